import { MAX_CLASSIFIED_LENGTH, QUESTION_MARK, questionClauses, startsWithWord, stripNoise } from '../prompts/text';

/**
 * The first word of every question opener in the classifier's lexicons (lib/prompts/lexicon.ts), in all four
 * languages, spelled as the classifier normalises words: tests/unit/feed/may-ask.test.ts keeps it complete.
 */
const OPENER_FIRST_WORDS = new Set([
  // English
  'what', 'how', 'why', 'who', 'which', 'where', 'when', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could',
  'should', 'would', 'will', 'has', 'have', 'anyone', 'anybody', 'someone', 'somebody', "what's", 'whats', "how's",
  "who's", "where's", "why's", 'any', 'thoughts', 'i', 'wondering', 'curious',
  // Spanish
  'por', 'alguien', 'alguno', 'alguna', 'sabeis', 'sabes', 'hay', 'algun', 'me', 'podrian', 'podriais', 'se', 'conoceis',
  'conoces', 'cual', 'cuales', 'que',
  // German
  'warum', 'wieso', 'weshalb', 'was', 'wie', 'wer', 'welche', 'welcher', 'welches', 'weiss', 'kennt', 'hat', 'kann',
  'gibt', 'habt', 'hast', 'wisst', 'wann', 'wo', 'ist', 'sind',
  // French
  'pourquoi', 'comment', 'quoi', 'quel', 'quelle', 'quels', 'quelles', 'combien', 'est', "qu'", "quelqu'un", 'qui',
  'savez', 'avez', 'connaissez', 'pouvez', 'sais', 'as', 'une', 'des', 'vous',
]);

/** The openers the classifier matches only with their accent (cómo, not como), in lower case. */
const ACCENTED_OPENERS = ['qué', 'cómo', 'cuándo', 'dónde', 'quién', 'quiénes', 'cuánto', 'cuántos', 'cuánta', 'cuántas', 'où'];

/**
 * Whether the panel kit's classifier could find a question in `text`. False means it finds none, for sure: the
 * same clauses are read, and a clause the classifier opens with one of its openers starts with one of these first
 * words. A mention that cannot ask is offered for thanks without loading the 95 KB kit (lib/panel-kit/), which
 * then loads only when a panel opens or a mention may ask.
 */
export function mayAsk(text: string): boolean {
  const clean = stripNoise(text.slice(0, MAX_CLASSIFIED_LENGTH));
  if (QUESTION_MARK.test(clean)) return true;
  for (const { joined, lower } of questionClauses(clean)) {
    if (OPENER_FIRST_WORDS.has(joined.split(' ', 1)[0]!)) return true;
    if (ACCENTED_OPENERS.some((opener) => startsWithWord(lower, opener))) return true;
  }
  return false;
}
