// A small lexicon scorer (in the spirit of VADER): word valences, flipped by a nearby negator, boosted by
// an intensifier, with what follows "but" outweighing what came before. Good enough to tell a complaint
// from praise in a reply; it is a hint for choosing a prompt, never a verdict shown as fact.
import { EMOJI_SENTIMENT, LEXICON_LANGUAGES, LEXICONS, type LexiconLanguage } from './lexicon';
import { normalize, phraseKey } from './text';

interface SentimentLexicon {
  exact: Map<string, number>;
  prefixes: [prefix: string, valence: number][];
  negators: Set<string>;
  intensifiers: Set<string>;
  contrasts: Set<string>;
}

// Negation weakens as well as flips: "not good" is milder than "bad".
const NEGATION = -0.75;
const INTENSIFIER = 1.5;
/** How many words a negator reaches ("not very good", "n'est pas bon"). */
const NEGATION_REACH = 3;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/** Larger = a score approaches ±1 more slowly as valences add up (VADER uses 15). */
const NORMALISATION = 15;

const compiled = new Map<string, SentimentLexicon>();

/** The merged lexicon of some languages; the first language listed wins a shared word. */
function lexiconFor(languages: readonly LexiconLanguage[]): SentimentLexicon {
  const key = languages.join();
  const cached = compiled.get(key);
  if (cached) return cached;
  const lexicon: SentimentLexicon = {
    exact: new Map(),
    prefixes: [],
    negators: new Set(),
    intensifiers: new Set(),
    contrasts: new Set(),
  };
  for (const language of languages) {
    const source = LEXICONS[language];
    for (const [entry, valence] of Object.entries(source.sentiment)) {
      if (entry.endsWith('*')) lexicon.prefixes.push([normalize(entry.slice(0, -1)), valence]);
      else if (!lexicon.exact.has(phraseKey(entry))) lexicon.exact.set(phraseKey(entry), valence);
    }
    for (const word of source.negators) lexicon.negators.add(phraseKey(word));
    for (const word of source.intensifiers) lexicon.intensifiers.add(phraseKey(word));
    for (const word of source.contrasts) lexicon.contrasts.add(phraseKey(word));
  }
  compiled.set(key, lexicon);
  return lexicon;
}

function valenceOf(word: string, lexicon: SentimentLexicon): number | undefined {
  const exact = lexicon.exact.get(word);
  if (exact !== undefined) return exact;
  return lexicon.prefixes.find(([prefix]) => word.startsWith(prefix))?.[1];
}

/** Whether a normalised word carries a tone in any language (tone words make poor topics). */
export const hasTone = (word: string): boolean => valenceOf(word, lexiconFor(LEXICON_LANGUAGES)) !== undefined;

const isNegator = (word: string, lexicon: SentimentLexicon) => lexicon.negators.has(word) || word.endsWith("n't");

/** Valences of one clause's words after intensifiers and negation; undefined where a word carries none. */
function clauseValences(words: readonly string[], lexicon: SentimentLexicon): (number | undefined)[] {
  const values = words.map((word) => valenceOf(word, lexicon));
  words.forEach((word, i) => {
    const next = values[i + 1];
    // "super" is praise on its own but only an intensifier in "super useful".
    if (lexicon.intensifiers.has(word) && next !== undefined) {
      values[i + 1] = next * INTENSIFIER;
      values[i] = undefined;
    }
  });
  const negated = new Set<number>();
  const flip = (at: number) => {
    const value = values[at];
    if (value === undefined) return false;
    if (!negated.has(at)) values[at] = value * NEGATION;
    negated.add(at);
    return true;
  };
  words.forEach((word, i) => {
    if (!isNegator(word, lexicon)) return;
    // Forward first ("not good", "no funciona"); else backward, for German and French where the
    // negator follows the verb ("gefällt mir nicht", "j'aime pas"). The first sentiment word met
    // stops the search, so "ne ... pas" around one word negates it once.
    for (let j = i + 1; j <= i + NEGATION_REACH && j < words.length; j++) if (flip(j)) return;
    for (let j = i - 1; j >= i - NEGATION_REACH && j >= 0; j--) if (flip(j)) return;
  });
  return values;
}

/**
 * Sentiment of a text's clauses (each a list of normalised words; negation does not cross a clause),
 * from -1 (hostile) to 1 (glowing); 0 when no word carries a tone.
 */
export function sentimentScore(clauses: readonly (readonly string[])[], languages: readonly LexiconLanguage[], rawText: string): number {
  const lexicon = lexiconFor(languages);
  const words = clauses.flat();
  const values = clauses.flatMap((clause) => clauseValences(clause, lexicon));
  let contrastAt = -1;
  words.forEach((word, i) => {
    // Spanish "sin embargo" is one contrast; "embargo" alone is not.
    if (lexicon.contrasts.has(word) && (word !== 'embargo' || words[i - 1] === 'sin')) contrastAt = i;
  });
  let sum = 0;
  values.forEach((value, i) => {
    if (value === undefined) return;
    const weight = contrastAt < 0 ? 1 : i < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
    sum += value * weight;
  });
  for (const symbol of rawText) sum += EMOJI_SENTIMENT[symbol] ?? 0;
  return sum === 0 ? 0 : sum / Math.sqrt(sum * sum + NORMALISATION);
}
