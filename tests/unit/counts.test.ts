import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount, parseExactCount } from '../../lib/counts/parse';

describe('parseCount', () => {
  it.each([
    ['1,234', 1234, true],
    ['1.234', 1234, true],
    ['1 234', 1234, true],
    ['1\u202f234\u202f567', 1234567, true],
    ['1,23,456', 123456, true],
    ['12', 12, true],
    ['0', 0, true],
    ['252 reactions', 252, true],
    ['17 Replies. Reply', 17, true],
    ['5124 次查看。查看帖子分析', 5124, true],
    ['1.2K', 1200, false],
    ['12K', 12000, false],
    ['1.2M', 1200000, false],
    ['1,2 k', 1200, false],
    ['1,2 M', 1200000, false],
    ['12 mil', 12000, false],
    ['1,5 mil', 1500, false],
    ['2,3 Mio.', 2300000, false],
    ['4 Tsd.', 4000, false],
    ['1.2万', 12000, false],
    ['12万', 120000, false],
    ['1.2萬', 12000, false],
    ['1.2億', 120000000, false],
    ['3.4천', 3400, false],
    ['1.5B', 1500000000, false],
    ['2.1 million views', 2100000, false],
    ['1,4 млн', 1400000, false],
    ['1.2 lakh', 120000, false],
    ['1+', 1, false],
    ['3 MILLION views, 2 replies, 5 likes', 3000000, false],
    ['1,2\u00a0k', 1200, false],
    ['4 thousand', 4000, false],
  ])('%s -> %d (exact: %s)', (text, value, exact) => {
    expect(parseCount(text)).toEqual({ value, exact });
  });

  it.each([[''], ['Reply'], ['no numbers'], [null], [undefined], ['1.5']])('%s has no count', (text) => {
    expect(parseCount(text)).toBeUndefined();
  });

  it('does not take words that start like a multiplier for one', () => {
    expect(parseCount('5 minutes ago')).toEqual({ value: 5, exact: true });
    expect(parseCount('10 bookmarks')).toEqual({ value: 10, exact: true });
    expect(parseCount('3 months')).toEqual({ value: 3, exact: true });
    expect(parseCount('7 thousands of them')).toEqual({ value: 7, exact: true });
  });

  it('skips any space a pattern calls a space between a number and its multiplier', () => {
    const spaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((char) => /\s/.test(char));
    expect(spaces.length).toBeGreaterThan(20);
    for (const space of spaces) expect(parseCount(`1,2${space}${space}k`), `U+${space.charCodeAt(0).toString(16)}`).toEqual({ value: 1200, exact: false });
  });

  it('takes a multiplier only when no letter of any script follows it', () => {
    for (let code = 0; code < 0x80; code++) {
      const next = String.fromCharCode(code);
      const expected = /\p{L}/u.test(next) ? { value: 12, exact: true } : { value: 12_000_000, exact: false };
      expect(parseCount(`12 m${next}`), JSON.stringify(next)).toEqual(expected);
    }
    expect(parseCount('12 més')).toEqual({ value: 12, exact: true });
    expect(parseCount('3 k次')).toEqual({ value: 3, exact: true });
    expect(parseCount('3 k。')).toEqual({ value: 3000, exact: false });
  });

  it('reads any integer written with or without grouping, exactly', () => {
    fc.assert(
      fc.property(fc.nat(Number.MAX_SAFE_INTEGER), fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'en-IN', 'ja-JP'), (value, locale) => {
        const written = value.toLocaleString(locale);
        expect(parseCount(written)).toEqual({ value, exact: true });
        expect(parseExactCount(`${written} likes`)).toBe(value);
      }),
    );
  });

  it('treats an abbreviated count as a lower bound close to the real one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), (value) => {
        const short = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
        const parsed = parseCount(short);
        expect(parsed?.exact).toBe(false);
        // Compact forms round to 2-3 significant digits: within 5% of the real count.
        expect(Math.abs(parsed!.value - value) / value).toBeLessThan(0.05);
      }),
    );
  });

  it('never throws and never returns a negative or fractional count', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseCount(text);
        if (parsed) expect(Number.isSafeInteger(parsed.value) && parsed.value >= 0).toBe(true);
      }),
    );
  });
});
