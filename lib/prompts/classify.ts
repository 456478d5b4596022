// What a post or reply says, as far as a prompt needs to know: its language, whether it asks, complains
// or thanks, and what it is about. Word lists live in lexicon.ts; this file only applies them.
import { LEXICON_LANGUAGES, LEXICONS, OTHER_LANGUAGE_WORDS, type LexiconLanguage } from './lexicon';
import { fitTopicToTags, registeredLanguageReader } from './language-reader';
import { hasTone, sentimentScore } from './sentiment';
import { hasPhrase, MAX_CLASSIFIED_LENGTH, normalize, phraseKey, QUESTION_MARK, questionClauses, startsWithWord, stripNoise, tokenize } from './text';
import { topicPhrase } from './topics';

export type Language = LexiconLanguage | 'other';

export interface TextSignals {
  language: Language;
  isQuestion: boolean;
  /** Sentiment from -1 (hostile) through 0 (neutral or unknown) to 1 (glowing): negative means negative tone. */
  negativity: number;
  /** The score is at or below NEGATIVE_THRESHOLD, or the text uses a complaint phrase ("refund", "no funciona"). */
  isNegative: boolean;
  isThanks: boolean;
  /** A customer's complaint phrase ("refund", "no funciona", "déçu"), whatever the tone score says. */
  isComplaint: boolean;
  /** Good news: a launch, a milestone, a thank-you to others. */
  isCelebration: boolean;
  /** The post makes a claim and invites a challenge ("Hot take: …", "I think … Agree?"). */
  invitesDebate: boolean;
  /** One noun phrase of the post, ready to insert in its language; absent when none is clear. */
  topic?: string;
  /** The language the topic is read in: the post's, or English for a short post of plain ASCII. */
  topicLanguage?: LexiconLanguage;
}

/** About one clearly negative word ("bad") or a negated positive one ("not good"). */
export const NEGATIVE_THRESHOLD = -0.3;

interface CompiledLanguage {
  language: LexiconLanguage;
  /** Normalised word -> weight for language detection. */
  weights: Map<string, number>;
  letters: RegExp;
  openers: string[];
  accentedOpeners: string[];
  notQuestions: string[];
  complaints: string[];
  thanks: string[];
  notThanks: string[];
  celebrations: string[];
  debateMarkers: string[];
  claims: string[];
}

interface Compiled {
  languages: CompiledLanguage[];
  otherWords: Set<string>;
  topicSkip: Set<string>;
}

let compiledLexicons: Compiled | undefined;

// Compiled on first use, not at import: the content script loads this module with the panel.
function compiled(): Compiled {
  if (compiledLexicons) return compiledLexicons;
  const topicSkip = new Set<string>();
  const languages = LEXICON_LANGUAGES.map((language): CompiledLanguage => {
    const lexicon = LEXICONS[language];
    const weights = new Map<string, number>();
    for (const word of lexicon.stopwords) weights.set(phraseKey(word), 1);
    for (const word of lexicon.markers) weights.set(phraseKey(word), 2);
    const skipped = [
      ...lexicon.stopwords, ...lexicon.markers, ...lexicon.fillers, ...lexicon.negators, ...lexicon.intensifiers,
      ...lexicon.contrasts, ...lexicon.questionOpeners, ...lexicon.thanks,
    ];
    for (const entry of skipped) for (const word of phraseKey(entry).split(' ')) topicSkip.add(word);
    return {
      language,
      weights,
      letters: lexicon.letters,
      openers: lexicon.questionOpeners.map(phraseKey),
      accentedOpeners: lexicon.accentedOpeners.map((opener) => opener.normalize('NFC').toLowerCase()),
      notQuestions: lexicon.notQuestions.map(phraseKey),
      complaints: lexicon.complaints.map(phraseKey),
      thanks: lexicon.thanks.map(phraseKey),
      notThanks: lexicon.notThanks.map(phraseKey),
      celebrations: lexicon.celebrations.map(phraseKey),
      debateMarkers: lexicon.debateMarkers.map(phraseKey),
      claims: lexicon.claims.map(phraseKey),
    };
  });
  const otherWords = new Set(OTHER_LANGUAGE_WORDS.map(phraseKey));
  for (const word of otherWords) topicSkip.add(word);
  compiledLexicons = { languages, otherWords, topicSkip };
  return compiledLexicons;
}

/**
 * Stopword counts, markers counting double, plus two points for letters only one language uses. A short
 * or mixed text stays 'other' unless one language leads with at least 2 points.
 */
function detectLanguage(words: readonly string[], lowerText: string, lexicons: Compiled): Language {
  const scores = lexicons.languages.map(({ language, weights, letters }) => ({
    language: language as Language,
    // A letter only one of the four languages uses is as telling as a marker word.
    score: words.reduce((sum, word) => sum + (weights.get(word) ?? 0), 0) + (letters.test(lowerText) ? 2 : 0),
  }));
  scores.push({ language: 'other', score: 2 * words.filter((word) => lexicons.otherWords.has(word)).length });
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score < 2 || best.score === second?.score) return 'other';
  return best.language;
}

const startsWithPhrase = (joined: string, phrase: string) => joined === phrase || joined.startsWith(`${phrase} `);

/**
 * A question mark anywhere, or a clause (not an exclamation) opening like a question. The content script's
 * prefilter (lib/feed/may-ask.ts) reads the same clauses: keep the two together.
 */
function detectQuestion(cleanText: string, lexicons: readonly CompiledLanguage[]): boolean {
  if (QUESTION_MARK.test(cleanText)) return true;
  for (const { joined, lower } of questionClauses(cleanText)) {
    for (const lexicon of lexicons) {
      if (lexicon.notQuestions.some((phrase) => startsWithPhrase(joined, phrase))) continue;
      if (lexicon.openers.some((phrase) => startsWithPhrase(joined, phrase))) return true;
      if (lexicon.accentedOpeners.some((opener) => startsWithWord(lower, opener))) return true;
    }
  }
  return false;
}

function detectThanks(joined: string, lexicons: readonly CompiledLanguage[]): boolean {
  let masked = ` ${joined} `;
  for (const { notThanks } of lexicons) for (const phrase of notThanks) masked = masked.replaceAll(` ${phrase} `, ' | ');
  return lexicons.some(({ thanks }) => thanks.some((phrase) => hasPhrase(masked, phrase)));
}

const hasAnyPhrase = (joined: string, phrases: readonly string[]) => phrases.some((phrase) => hasPhrase(joined, phrase));

/**
 * A claim up for debate: a debate marker anywhere, or a claim in a statement of a post that also asks.
 * "Should I post on Fridays?" asks; "You should post on Fridays. Agree?" claims and invites.
 */
function detectDebate(cleanText: string, isQuestion: boolean, lexicons: readonly CompiledLanguage[]): boolean {
  const joinedOf = (text: string) => tokenize(normalize(text)).join(' ');
  if (lexicons.some(({ debateMarkers }) => hasAnyPhrase(joinedOf(cleanText), debateMarkers))) return true;
  if (!isQuestion) return false;
  const statements = (cleanText.match(/[^.!?\n]+[.!?\n]*/g) ?? []).filter((sentence) => !/[?？]/.test(sentence));
  return statements.some((sentence) => lexicons.some(({ claims }) => hasAnyPhrase(joinedOf(sentence), claims)));
}

function withoutPhrases(words: string[], phrases: readonly string[]): string[] {
  let joined = ` ${words.join(' ')} `;
  for (const phrase of phrases) joined = joined.replaceAll(` ${phrase} `, ' ');
  return joined.split(' ').filter(Boolean);
}

export function classifyText(text: string): TextSignals {
  const lexicons = compiled();
  const clean = stripNoise(text.slice(0, MAX_CLASSIFIED_LENGTH));
  const clauses = normalize(clean)
    .split(/[.!?;:,\n()…"“”«»¿¡]+/)
    .map(tokenize)
    .filter((clause) => clause.length > 0);
  const words = clauses.flat();
  const joined = words.join(' ');
  const language = detectLanguage(words, clean.normalize('NFC').toLowerCase(), lexicons);
  const known = language === 'other' ? undefined : lexicons.languages.find((lexicon) => lexicon.language === language);
  // Openers and tone words are language specific ("Comment below" is not French); complaint and thanks
  // phrases are distinctive enough to look for in every language, which catches short replies too.
  const ownLexicons = known ? [known] : lexicons.languages;
  const toneLanguages: LexiconLanguage[] =
    language === 'other' ? [...LEXICON_LANGUAGES] : language === 'en' ? ['en'] : [language, 'en'];
  // "No thanks" declines; it is not a negated compliment.
  const notThanks = lexicons.languages.flatMap((lexicon) => lexicon.notThanks);
  const negativity = sentimentScore(clauses.map((clause) => withoutPhrases(clause, notThanks)), toneLanguages, clean);
  const complains = lexicons.languages.some(({ complaints }) => hasAnyPhrase(joined, complaints));
  const isQuestion = detectQuestion(clean, ownLexicons);
  // A short English post often has too few function words to be told apart; it is answered with the
  // English templates, so its topic is read with the English rules when nothing marks another language.
  const topicLanguage = language !== 'other' ? language : /^[\p{ASCII}\p{Emoji}\s]*$/u.test(clean) ? 'en' : undefined;
  const handTopic = topicLanguage && topicPhrase(clean, topicLanguage, (word) => lexicons.topicSkip.has(word) || hasTone(word));
  // Where the post's language has a library loaded (a panel asked for it), it checks the hand rules' phrase.
  const reader = handTopic && registeredLanguageReader(topicLanguage);
  const topic = reader && handTopic ? fitTopicToTags(handTopic, reader.tag(clean)) : handTopic;
  return {
    language,
    isQuestion,
    negativity,
    isNegative: negativity <= NEGATIVE_THRESHOLD || complains,
    isThanks: detectThanks(joined, lexicons.languages),
    isComplaint: complains,
    isCelebration: ownLexicons.some(({ celebrations }) => hasAnyPhrase(joined, celebrations)) || /[🎉🚀🥳🏆🎊]/u.test(clean),
    invitesDebate: detectDebate(clean, isQuestion, ownLexicons),
    ...(topic && { topic }),
    ...(topicLanguage && { topicLanguage }),
  };
}
