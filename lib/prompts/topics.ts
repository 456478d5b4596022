// The {topic} of a prompt: one noun phrase of the post, in its language, or nothing. A prompt that reads
// "One thing I would add on question and tested" is worse than one worded without a topic, so the rules
// only accept what is a noun phrase with confidence: a hashtag the author chose, a phrase introduced by an
// article or possessive ("our community report", "la nueva versión del editor"), a technical
// name (TypeScript, API), and in German a capitalised noun mid-sentence. Everything else gives no topic.
//
// Hand rules first: compromise and its siblings are 250-390 kB minified each, 2.5 to 4 times the whole panel kit
// these rules ship in (lib/panel-kit/), and these rules cost a few kB and run in well under a millisecond. Where
// an English post's panel has loaded compromise, its tagger checks the phrase (lib/prompts/language-reader.ts).
import type { LexiconLanguage } from './lexicon';
import { normalize } from './text';

const HASHTAG = /(?<![\p{L}\p{N}_&#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// Clause breaks: a noun phrase never runs across them.
const CLAUSE = /[.,!?;:()\n"“”«»—–…¿¡|/]+/;
const MAX_PHRASE_WORDS = 3;

interface Rules {
  /** Normalised determiner -> the article the phrase is shown with ('' = bare, undefined = by the noun). */
  determiners: Readonly<Record<string, string | undefined>>;
  /** Adjectives that stand before a noun and are kept ("new", "nueva"); other non-nouns end a phrase. */
  preAdjectives: ReadonlySet<string>;
  /** Nouns too general to be what a post is about ("post", "thing", "Frage"). */
  generic: ReadonlySet<string>;
  /** Words that end a phrase: verbs and adverbs a phrase runs into ("the tool works", "la app funciona"). */
  breaks: ReadonlySet<string>;
  /** A word that cannot be a phrase's last word (adverbs, past participles). */
  notHead: (key: string) => boolean;
  /** "de"/"du" linking a second noun: "la versión del editor", "le rapport de la communauté". */
  linkers: ReadonlySet<string>;
  /** English drops the article after a preposition ("on Kubernetes operators"): a phrase may start there. */
  prepositions: ReadonlySet<string>;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(normalize));
const NUMBER_WORD = /^(?:\p{N}[\p{N}.,]*[%kKmMxX]?|\p{N}+-\p{L}+)$/u;

const EN: Rules = {
  determiners: Object.fromEntries(
    'the a an our my your their his her its this these those every each'.split(' ').map((word) => [word, undefined]),
  ),
  preAdjectives: set(
    'new same first last next big small whole entire own real quick little latest full short long free open weekly monthly annual public early final few many several hundred thousand million dozen two three four five six seven eight nine ten',
  ),
  generic: set(
    'post posts thing things way ways time times year years day days week weeks month months today people person question questions answer answers winner winners lot bit part parts kind sort one ones take thread reminder note point points fact facts reason reasons example examples case cases stuff everyone everything something idea ideas tip tips number numbers word words job jobs end start story rest world life place hello friends team folks guys results dms dm half majority most name names claim claims quarter quarters morning evening weekend season',
  ),
  breaks: set(
    'is are was were be been being has have had do does did gets got get makes made make works worked goes went says said seems looks feels helps needs wins matters changes changed shows showed came comes took takes gave gives keeps kept starts started stopped ends ended runs ran hit hits just really also still always never not no now today here there again ago yet better worse more less faster slower easier harder bigger smaller higher lower longer shorter enough done last first agree disagree say think know show work need want make get go come take give look feel seem help keep start stop run matter win lose tell ask use try like love hate see hear find went until unless since while because although though whereas once',
  ),
  // Adverbs, participles, and compound adjectives ("best-performing").
  notHead: (key) => (/(?:ly|ed)$/.test(key) && key.length > 4) || /-\p{L}+ing$/u.test(key),
  linkers: new Set(),
  prepositions: set('on about with for into in from around across behind'),
};

const ES_ARTICLES: Record<string, string | undefined> = {
  el: 'el', la: 'la', los: 'los', las: 'las', un: 'el', una: 'la', unos: 'los', unas: 'las',
  este: 'el', esta: 'la', estos: 'los', estas: 'las', ese: 'el', esa: 'la', esos: 'los', esas: 'las',
  nuestro: 'el', nuestra: 'la', nuestros: 'los', nuestras: 'las', vuestro: 'el', vuestra: 'la',
  mi: undefined, tu: undefined, su: undefined, mis: undefined, tus: undefined, sus: undefined, cada: undefined,
};

const ES: Rules = {
  determiners: ES_ARTICLES,
  preAdjectives: set('nuevo nueva nuevos nuevas primer primera primeros último última últimos gran grandes mejor mejores pequeño pequeña próximo próxima'),
  generic: set(
    'publicación post cosa cosas vez veces año años día días semana mes gente persona pregunta preguntas respuesta forma manera parte tiempo hilo idea ideas equipo mundo vida hola mayoría mitad resto nombre',
  ),
  breaks: set('es son está están fue era ha han hay tiene tienen funciona no ya muy también siempre nunca que'),
  notHead: (key) => key.endsWith('mente') || /(?:ado|ido|ada|ida)$/.test(key),
  linkers: set('de del'),
  prepositions: new Set(),
};

const FR_ARTICLES: Record<string, string | undefined> = {
  le: 'le', la: 'la', les: 'les', "l'": 'le', un: 'le', une: 'la', des: 'les', du: 'le',
  ce: 'le', cet: 'le', cette: 'la', ces: 'les',
  mon: undefined, ma: 'la', mes: 'les', ton: undefined, ta: 'la', tes: 'les', son: undefined, sa: 'la', ses: 'les',
  notre: undefined, nos: 'les', votre: undefined, vos: 'les', leur: undefined, leurs: 'les', chaque: undefined,
};

const FR: Rules = {
  determiners: FR_ARTICLES,
  preAdjectives: set(
    'nouveau nouvel nouvelle nouveaux nouvelles premier première dernier dernière grand grande grands grandes petit petite petits petites meilleur meilleure prochain prochaine beau belle bon bonne long longs longue longues même',
  ),
  generic: set(
    'publication post chose choses fois année années an ans jour jours semaine mois gens personne question questions réponse façon manière partie temps fil idée idées équipe monde vie bonjour partage plupart moitié majorité reste nom',
  ),
  breaks: set('est sont était a ont fait marche fonctionne ne pas plus très aussi toujours jamais que qui'),
  // "-ment" is an adverb after a verb but a noun after an article (le paiement, le lancement).
  notHead: () => false,
  linkers: set("de d' du des"),
  prepositions: new Set(),
};

const DE: Rules = {
  determiners: {},
  preAdjectives: new Set(),
  generic: set(
    'Beitrag Beiträge Post Posts Ding Dinge Sache Sachen Mal Jahr Jahre Tag Tage Woche Wochen Monat Leute Menschen Frage Fragen Antwort Art Weise Teil Zeit Thema Idee Ideen Team Welt Leben Hallo Dank Danke Grüße Hälfte Mehrheit Rest Name Namen Möglichkeit Möglichkeiten Erfahrung Erfahrungen Ende Tipp Tipps',
  ),
  breaks: new Set(),
  notHead: () => false,
  linkers: new Set(),
  prepositions: new Set(),
};

const RULES: Readonly<Record<LexiconLanguage, Rules>> = { en: EN, es: ES, de: DE, fr: FR };
const SINGULAR_EN = set('a an every each this its');

interface Token {
  word: string;
  key: string;
  /** The first word of its sentence: its capital says nothing. */
  sentenceStart: boolean;
}

function clausesOf(cleanText: string): Token[][] {
  const clauses: Token[][] = [];
  let sentenceStart = true;
  for (const piece of cleanText.split(/([.!?\n…:]+)/)) {
    if (/^[.!?\n…:]+$/.test(piece)) {
      sentenceStart = true;
      continue;
    }
    for (const clause of piece.split(CLAUSE)) {
      const tokens: Token[] = [];
      for (const match of clause.matchAll(WORD)) {
        // French elision belongs to the article: "l'accessibilité" -> "l'" + "accessibilité".
        const elided = /^([ldjnmtsc]|qu)['’](?=\p{L})/iu.exec(match[0]);
        if (elided) {
          tokens.push({ word: `${elided[1]}'`, key: `${normalize(elided[1] ?? '')}'`, sentenceStart });
          sentenceStart = false;
        }
        const word = elided ? match[0].slice(elided[0].length) : match[0];
        tokens.push({ word, key: normalize(word), sentenceStart });
        sentenceStart = false;
      }
      if (tokens.length > 0) clauses.push(tokens);
    }
  }
  return clauses;
}

/** TypeScript, API, a11y, Node.js: names whose form says they are names, at any place in a sentence. */
const isTechnicalName = (word: string) => /\p{Lu}/u.test(word.slice(1)) || (/\p{N}/u.test(word) && /\p{L}/u.test(word) && !NUMBER_WORD.test(word));

interface Candidate {
  phrase: string;
  /** Higher reads more like a topic: a hashtag, a compound, a plural or a name over a lone singular. */
  rank: number;
  at: number;
}

const startsWithVowel = (word: string) => /^[aeiouyàâäéèêëîïôöûùüh]/iu.test(word);

/** Article for a French or Spanish phrase the determiner does not decide (mon, su): guessed from the noun's ending. */
function guessedArticle(language: LexiconLanguage, noun: string): string {
  const key = normalize(noun);
  if (language === 'es') {
    const feminine = /(?:a|as|ion|iones|dad|dades|tud)$/.test(key);
    return key.endsWith('s') ? (feminine ? 'las' : 'los') : feminine ? 'la' : 'el';
  }
  if (key.endsWith('s') || key.endsWith('x')) return 'les';
  return /(?:tion|sion|te|ure|ette|ence|ance|ie|ise|ade|ee)$/.test(key) ? 'la' : 'le';
}

/** Words joined as written: an elided article or "d’" takes no space after it ("de l’API", "guide d’accueil"). */
const joinWords = (words: readonly string[]) => words.map((word) => word.replace(/'$/, '’')).join(' ').replace(/’ /g, '’');

function withArticle(language: LexiconLanguage, article: string, words: readonly string[]): string {
  const phrase = joinWords(words);
  if (language === 'fr' && (article === 'le' || article === 'la') && startsWithVowel(words[0] ?? '')) return `l’${phrase}`;
  return `${article} ${phrase}`;
}

/** English: a plural, a name or a mass noun reads bare ("hooks", "TypeScript", "onboarding"); a singular needs "the". */
function englishForm(words: readonly string[]): string {
  const head = words[words.length - 1] ?? '';
  const bare = /\p{Lu}/u.test(head) || /(?:[^su]s|ing|ity|ness|ism|ics|ware|data|content|feedback|advice|research)$/.test(head.toLowerCase());
  return bare ? joinWords(words) : `the ${joinWords(words)}`;
}

function phraseAfterDeterminer(
  language: LexiconLanguage,
  rules: Rules,
  tokens: readonly Token[],
  from: number,
  skip: (key: string) => boolean,
  singular: boolean,
): { words: string[]; end: number } | undefined {
  const words: string[] = [];
  let i = from;
  while (i < tokens.length && words.length === 0 && (rules.preAdjectives.has(tokens[i]!.key) || NUMBER_WORD.test(tokens[i]!.word))) {
    // "the same post" -> "post"; "our 40 hooks" -> "hooks": the adjective or count is not the topic.
    i++;
  }
  const nounAt = (at: number) => {
    const token = tokens[at];
    return token !== undefined && !skip(token.key) && !rules.breaks.has(token.key) && !NUMBER_WORD.test(token.word) && [...token.key].length >= 3;
  };
  while (i < tokens.length && words.length < (language === 'en' ? MAX_PHRASE_WORDS : 1) && nounAt(i)) {
    // "every day hurts": after "a", "every" or "this" and a noun, an -s word is its verb, not a second noun.
    if (singular && words.length === 1 && /[^s]s$/.test(tokens[i]!.key)) break;
    // A plural is a phrase's head: what follows it starts a clause ("the questions sales hears").
    const last = words[words.length - 1];
    if (language === 'en' && last !== undefined && /[^s]s$/.test(last) && !/^\p{Lu}/u.test(last)) break;
    words.push(tokens[i++]!.word);
  }
  // Spanish and French: "la versión del editor", "le rapport de la communauté".
  const linker = tokens[i];
  if (words.length === 1 && linker && rules.linkers.has(linker.key)) {
    const article = tokens[i + 1] && /^(?:la|l'|les|el|los|las)$/.test(tokens[i + 1]!.key) ? tokens[i + 1]!.word : undefined;
    const noun = i + 1 + (article ? 1 : 0);
    if (nounAt(noun) && !rules.generic.has(tokens[noun]!.key) && !rules.notHead(tokens[noun]!.key)) {
      words.push(...[linker.word, ...(article ? [article] : []), tokens[noun]!.word]);
      i = noun + 1;
    }
  }
  while (words.length > 0) {
    const headKey = normalize(words[words.length - 1]!);
    if (!rules.generic.has(headKey) && !rules.notHead(headKey)) break;
    // "our launch post" is still about a launch; "a reply" alone is no topic.
    if (language !== 'en' || words.length === 1) return undefined;
    words.pop();
  }
  return words.length > 0 ? { words, end: i } : undefined;
}

/** Capitalised nouns mid-sentence, the German way of marking them; compounds (long) first. */
function germanCandidates(clauses: readonly Token[][], skip: (key: string) => boolean): Candidate[] {
  const found: Candidate[] = [];
  let at = 0;
  for (const tokens of clauses) {
    for (let i = 0; i < tokens.length; i++, at++) {
      const isNoun = (token: Token | undefined) =>
        token !== undefined && /^\p{Lu}/u.test(token.word) && (!token.sentenceStart || isTechnicalName(token.word)) && !skip(token.key);
      if (!isNoun(tokens[i])) continue;
      // "Social Media", "Head of Community": capitalised words in a row are one name.
      const words = [tokens[i]!.word];
      while (words.length < MAX_PHRASE_WORDS && isNoun(tokens[i + words.length])) words.push(tokens[i + words.length]!.word);
      i += words.length - 1;
      const phrase = words.join(' ');
      if (DE.generic.has(normalize(words[words.length - 1]!)) || [...phrase].length < 4) continue;
      found.push({ phrase, rank: 1 + Math.min(phrase.length, 20) / 20, at });
    }
  }
  return found;
}

/**
 * The post's topic as a phrase ready to insert in its language: "our community report" -> "the community
 * report" (en), "la nueva versión del editor" (es), "l’accessibilité" (fr), "Barrierefreiheit" (de), or a
 * hashtag's word. Undefined when no noun phrase can be told with confidence.
 * `cleanText` must already be free of links and handles; `skip` tells which normalised words are not nouns.
 */
export function topicPhrase(cleanText: string, language: LexiconLanguage, skip: (key: string) => boolean): string | undefined {
  for (const match of cleanText.matchAll(HASHTAG)) {
    const tag = match[1] ?? '';
    if ([...tag].length >= 2 && !skip(normalize(tag))) return tag;
  }
  const clauses = clausesOf(cleanText.replace(HASHTAG, ' '));
  const rules = RULES[language];
  const candidates: Candidate[] = language === 'de' ? germanCandidates(clauses, skip) : [];
  let at = 0;
  for (const tokens of clauses) {
    for (let i = 0; i < tokens.length; i++, at++) {
      const token = tokens[i]!;
      if (language === 'de') continue;
      if (isTechnicalName(token.word) && !skip(token.key) && !rules.generic.has(token.key)) {
        candidates.push({ phrase: token.word, rank: 2, at });
        continue;
      }
      const prepositionLed = rules.prepositions.has(token.key);
      if (!(token.key in rules.determiners) && !prepositionLed) continue;
      // "in 5 steps", "for six months": a count after a preposition is a measure, not a topic.
      if (prepositionLed && (NUMBER_WORD.test(tokens[i + 1]?.word ?? '') || rules.preAdjectives.has(tokens[i + 1]?.key ?? ''))) continue;
      const found = phraseAfterDeterminer(language, rules, tokens, i + 1, skip, language === 'en' && SINGULAR_EN.has(token.key));
      if (!found) continue;
      const { words } = found;
      const head = words[words.length - 1]!;
      // Without an article, only what cannot be an adjective or a verb: "on Kubernetes operators", not "on social".
      if (prepositionLed && words.length === 1 && !/^\p{Lu}/u.test(head) && !/[^su]s$/.test(head)) continue;
      if (prepositionLed && /^\p{Lu}/u.test(words[0]!) && words.length === 1 && tokens[i + 1]?.sentenceStart) continue;
      let phrase: string;
      if (language === 'en') phrase = englishForm(words);
      else {
        const article = rules.determiners[token.key] ?? guessedArticle(language, words[0]!);
        phrase = withArticle(language, article, words);
      }
      const plural = /[^su]s$/i.test(head);
      candidates.push({ phrase, rank: (words.length > 1 ? 1.5 : 1) + (plural ? 0.25 : 0), at });
      i = found.end - 1;
    }
  }
  candidates.sort((a, b) => b.rank - a.rank || a.at - b.at);
  const best = candidates[0]?.phrase;
  return best && [...best].length <= 60 ? best : undefined;
}

/** Whether a phrase is one of the words a topic must never be (for the corpus check and callers' tests). */
export const isGenericTopic = (phrase: string, language: LexiconLanguage): boolean =>
  RULES[language].generic.has(normalize(phrase.replace(/^(?:the|el|la|los|las|le|les|l[’'])\s*/iu, '')));
