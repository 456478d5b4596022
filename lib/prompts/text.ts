// Text helpers shared by the classifier and the lexicon compiler, so post text and word lists are
// normalised and split the same way.

// German readers type "schoen" for "schön"; plain accent stripping would turn it into "schon" ("already").
const TRANSLITERATED: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', œ: 'oe', æ: 'ae' };

/** Lower case, accents off (ä/ö/ü/ß spelled out), full-width forms folded, one kind of apostrophe. */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüßœæ]/g, (letter) => TRANSLITERATED[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*'?/gu;
// French elided words ("l'", "qu'") are split off so "n'est" yields the negator "n'" and "est".
const ELIDED = new Set(['l', 'd', 'j', 'n', 'm', 't', 's', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);
// ... but English contractions stay whole: "don't", "it's", "we're".
const CONTRACTION_ENDS = new Set(['t', 's', 'm', 're', 've', 'll', 'd']);

/** Words of normalised text. */
export function tokenize(normalised: string): string[] {
  const words: string[] = [];
  for (const match of normalised.matchAll(WORD)) {
    let word = match[0];
    if (word.endsWith("'") && !ELIDED.has(word.slice(0, -1))) word = word.slice(0, -1);
    const cut = word.indexOf("'");
    const head = word.slice(0, cut);
    const tail = word.slice(cut + 1);
    if (cut > 0 && tail && ELIDED.has(head) && !CONTRACTION_ENDS.has(tail)) words.push(`${head}'`, tail);
    else words.push(word);
  }
  return words;
}

/** A lexicon entry as the token sequence it matches, space separated. */
export const phraseKey = (entry: string): string => tokenize(normalize(entry)).join(' ');

/** Whether a space-joined token sequence contains a phrase as whole words. */
export const hasPhrase = (joined: string, phrase: string): boolean =>
  phrase !== '' && ` ${joined} `.includes(` ${phrase} `);

// Every pattern here sees page text, which is hostile: each must run in time linear in the text. A pattern that
// can start anywhere inside a long run of its characters and scan to the run's end is quadratic ("a.a.a…" of 40,000
// characters took a second), so those below may start only where such a run starts (the lookbehinds).
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const EMAIL = /(?<![^\s@])[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+/gu;
const HANDLE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.-]+/gu;
const REDDIT_NAME = /(^|\s)\/?[ur]\/[\p{L}\p{N}_-]+/gu;
const DOMAIN = /(?<![\p{L}\p{N}.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|dev|app|ai|co|de|es|fr|uk|eu|me|ly|gl|gg|tv|xyz|info|social)\b(?:\/\S*)?/gu;

/**
 * Removes links, e-mail addresses, @handles and u/ r/ names: their "?" is not a question and their
 * words are not the post's topic.
 */
export function stripNoise(text: string): string {
  return text
    .replace(URL, ' ')
    .replace(EMAIL, ' ')
    .replace(HANDLE, '$1 ')
    .replace(REDDIT_NAME, '$1 ')
    .replace(DOMAIN, ' ');
}

/** Post text is capped by the adapters already; this bounds the classifier's work for any other caller. */
export const MAX_CLASSIFIED_LENGTH = 4000;

/** A question mark of any script: anywhere in a text, it asks. */
export const QUESTION_MARK = /[?？¿؟]/;

/** Whether `lowerText` starts with `word` as a whole word. */
export function startsWithWord(lowerText: string, word: string): boolean {
  if (!lowerText.startsWith(word)) return false;
  const next = lowerText.slice(word.length, word.length + 1);
  return next === '' || !/[\p{L}\p{N}]/u.test(next);
}

/**
 * The clauses a question can open without a question mark: each sentence that is not an exclamation, split where a
 * greeting or aside ends ("Hey, how do you ..."), as normalised words joined by spaces (`joined`) and in lower case
 * from its first letter (`lower`, for openers matched with their accent).
 */
export function* questionClauses(cleanText: string): Generator<{ joined: string; lower: string }> {
  for (const sentence of cleanText.match(/[^.!\n…]+[.!\n…]*/g) ?? []) {
    if (sentence.includes('!')) continue;
    for (const segment of sentence.split(/[,;:()"“”«»—–]/)) {
      yield { joined: tokenize(normalize(segment)).join(' '), lower: segment.normalize('NFC').toLowerCase().replace(/^[^\p{L}]+/u, '') };
    }
  }
}
