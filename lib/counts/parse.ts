/**
 * One count parser for every site. Sites print counts in many locales and forms:
 * "1,234" and "1.234" (grouped, exact), "1.2K", "1,2 k", "12 mil", "1.2万", "1.2億" (abbreviated).
 * An abbreviated count is rounded by the site, so it is only a lower bound of the real number.
 */
export interface ParsedCount {
  value: number;
  /** false when the site abbreviated the number (the real count is at least `value`). */
  exact: boolean;
}

/** Multiplier words and symbols, longest first so "million" wins over "mil" and "Mrd" over "M". */
const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = (
  [
    ['thousand', 1e3],
    ['millionen', 1e6],
    ['millions', 1e6],
    ['milliards', 1e9],
    ['million', 1e6],
    ['billion', 1e9],
    ['millones', 1e6],
    ['millón', 1e6],
    ['mille', 1e3],
    ['mila', 1e3],
    ['mil', 1e3],
    ['tsd', 1e3],
    ['тыс', 1e3],
    ['mln', 1e6],
    ['mio', 1e6],
    ['млн', 1e6],
    ['mrd', 1e9],
    ['млрд', 1e9],
    ['bn', 1e9],
    ['lakh', 1e5],
    ['crore', 1e7],
    ['k', 1e3],
    ['m', 1e6],
    ['b', 1e9],
    ['千', 1e3],
    ['万', 1e4],
    ['萬', 1e4],
    ['億', 1e8],
    ['亿', 1e8],
    ['천', 1e3],
    ['만', 1e4],
    ['억', 1e8],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The multipliers by their first letter, longest first: most counts are followed by a noun ("17 Replies", "9 Likes"),
 * and a noun whose initial starts a multiplier ("likes", "bookmarks") is checked against only those few.
 */
const MULTIPLIERS_BY_INITIAL = new Map<string, (readonly [string, number])[]>();
for (const entry of MULTIPLIERS) {
  const initial = entry[0].charAt(0);
  MULTIPLIERS_BY_INITIAL.set(initial, [...(MULTIPLIERS_BY_INITIAL.get(initial) ?? []), entry]);
}
/** Latin and Cyrillic multipliers must end a word ("12 mil" but not "12 miles"); CJK ones are followed by more CJK ("万次观看"). */
const ENDS_A_WORD = new Set(MULTIPLIERS.filter(([word]) => /[a-zа-я]/iu.test(word)).map(([word]) => word));
const LONGEST_MULTIPLIER = MULTIPLIERS[0]![0].length;
/** What `\s` matches, as a test of one character code: the gap before a multiplier is skipped without a regex search. */
const SPACES = new Set([...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((char) => char.charCodeAt(0)));
const isSpace = (code: number): boolean => SPACES.has(code) || (code >= 0x2000 && code <= 0x200a);
// A number: digits with optional inner separators (grouping or decimal), e.g. "1,234,567", "1,2", "12".
const NUMBER_PATTERN = /\d(?:[\d,.\u00a0\u202f' ]*\d)?/u;

function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  // An ASCII character is settled by its code: the Unicode letter class is a costly pattern to compile and run,
  // and nearly every word after a count is written in ASCII letters ("bookmarks", "likes").
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return /\p{L}/u.test(char);
}

/** Reads the multiplier that follows a number, e.g. " k" -> 1000, "万" -> 10000. */
function readMultiplier(rest: string): number | undefined {
  // Looked at in place: the rest can be a long label ("17 replies, 5 reposts, 20 likes…"), not worth a copy.
  let start = 0;
  while (start < rest.length && isSpace(rest.charCodeAt(start))) start++;
  // Most counts are followed by a noun ("17 Replies"): one look at its first letter settles it.
  const candidates = MULTIPLIERS_BY_INITIAL.get(rest.charAt(start).toLowerCase());
  if (!candidates) return undefined;
  const lower = rest.slice(start, start + LONGEST_MULTIPLIER).toLowerCase();
  for (const [word, factor] of candidates) {
    if (!lower.startsWith(word)) continue;
    if (ENDS_A_WORD.has(word) && isLetter(rest[start + word.length])) continue;
    return factor;
  }
  return undefined;
}

/** "1,234,567" / "1.234" / "1 234" / "1,23,456" -> integer; undefined when the grouping is not a thousands grouping. */
function readGroupedInteger(digits: string): number | undefined {
  const groups = digits.split(/[,.\u00a0\u202f' ]/u);
  if (groups.length === 1) return Number(groups[0]);
  const [head, ...tail] = groups;
  if (!head || head.length > 3) return undefined;
  const last = tail[tail.length - 1];
  if (last?.length !== 3) return undefined;
  // Middle groups are 3 digits (western) or 2 digits (Indian lakh grouping).
  if (!tail.slice(0, -1).every((g) => g.length === 3 || g.length === 2)) return undefined;
  return Number(groups.join(''));
}

/** "1,2" / "1.2" / "12" -> decimal number; the separator before a multiplier is a decimal mark. */
function readDecimal(digits: string): number | undefined {
  const compact = digits.replace(/[\u00a0\u202f' ]/gu, '');
  const separators = compact.match(/[.,]/g) ?? [];
  if (separators.length === 0) return Number(compact);
  if (separators.length === 1) return Number(compact.replace(',', '.'));
  // "1,234.5K": grouping plus decimal. The last separator is the decimal mark.
  const lastIndex = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  const integerPart = compact.slice(0, lastIndex).replace(/[.,]/g, '');
  return Number(`${integerPart}.${compact.slice(lastIndex + 1)}`);
}

/** Finds and parses the first count in a text ("252 reactions", "1.2K", "5124 次查看"). */
const PLAIN_DIGITS = /^\d{1,15}$/;

export function parseCount(text: string | null | undefined): ParsedCount | undefined {
  if (!text) return undefined;
  // Attributes and most visible counts are plain digits: no need for the general reading.
  if (PLAIN_DIGITS.test(text)) return { value: Number(text), exact: true };
  const match = NUMBER_PATTERN.exec(text);
  if (!match) return undefined;
  const digits = match[0]; // it ends in a digit: the pattern allows separators only between digits
  const rest = text.slice(match.index + match[0].length);
  const multiplier = readMultiplier(rest);
  if (multiplier !== undefined) {
    const base = readDecimal(digits);
    if (base === undefined || !Number.isFinite(base)) return undefined;
    return { value: Math.round(base * multiplier), exact: false };
  }
  // "5 10" is two numbers, not a grouping: fall back to the first one.
  const value = readGroupedInteger(digits) ?? readGroupedInteger(digits.split(/[\u00a0\u202f ]/u)[0] ?? '');
  if (value === undefined || !Number.isSafeInteger(value)) return undefined;
  // "1+" (Mastodon's reply count) says "at least one".
  return { value, exact: !/^\s*\+/.test(rest) };
}

/** The first integer in a text, only when it is written out exactly (aria-labels, attributes). */
export function parseExactCount(text: string | null | undefined): number | undefined {
  const parsed = parseCount(text);
  return parsed?.exact ? parsed.value : undefined;
}
