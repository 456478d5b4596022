import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../lib/prompts/classify';
import { normalize, stripNoise, tokenize } from '../../lib/prompts/text';
import { mentionsIn } from '../../lib/reciprocity/capture';

/**
 * Page text is hostile: a post or a composer can hold anything, and every pattern that reads it must take time in
 * proportion to its length. A backtracking pattern is quadratic or worse: 2,000 "@" took 1.9 s in the old e-mail
 * pattern, 4,000 characters of "a.a.a…" took 11 ms in the domain pattern (and 1.1 s at 40,000).
 */
const LONG = 40_000;
/** Linear work on 40,000 characters takes about a millisecond; a quadratic pattern takes a second or more. */
const TIME_BOUND_MS = 150;

/** The pieces the patterns look for, repeated: the runs that make a backtracking pattern explode. */
const adversarialPiece = fc.constantFrom('@', 'a@', 'a.', 'a-', '-.', 'www.', 'u/', 'r/', '/', 'a', '.com', '@a.', ' ', 'é', 'https://', ':');
const adversarialText = fc
  .tuple(fc.array(adversarialPiece, { minLength: 1, maxLength: 4 }), fc.array(adversarialPiece, { maxLength: 3 }))
  .map(([unit, tail]) => {
    const piece = unit.join('');
    return piece.repeat(Math.ceil(LONG / piece.length)).slice(0, LONG) + tail.join('');
  });

function timeOf(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

describe('patterns that see page text run in linear time', () => {
  it('the worst inputs the review found: 2,000 "@", "a@a@…" and "a.a.a…"', () => {
    for (const text of ['@'.repeat(2000), 'a@'.repeat(1000), 'a.'.repeat(LONG / 2)]) {
      expect(timeOf(() => stripNoise(text))).toBeLessThan(TIME_BOUND_MS);
    }
  });

  it('stripNoise, normalize and tokenize, on 40,000 characters of repeated adversarial pieces', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        expect(timeOf(() => tokenize(normalize(stripNoise(text))))).toBeLessThan(TIME_BOUND_MS);
      }),
      { numRuns: 60 },
    );
  });

  it('finding the mentions a send names', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        expect(timeOf(() => mentionsIn(text))).toBeLessThan(TIME_BOUND_MS);
      }),
      { numRuns: 60 },
    );
  });

  it('classifying a composer text on submit (4,000 characters are read; the old e-mail pattern took 13.7 s)', () => {
    // Linear, but every clause is looked up in four languages' word lists: 4,000 one-character clauses take ~0.1 s.
    const CLASSIFY_BOUND_MS = 1000;
    classifyText('warm up? yes.');
    fc.assert(
      fc.property(adversarialText, (text) => {
        expect(timeOf(() => classifyText(text))).toBeLessThan(CLASSIFY_BOUND_MS);
      }),
      { numRuns: 30 },
    );
  });

  it('still takes out what it took out before', () => {
    expect(stripNoise('write to ana@example.com today').split(/\s+/)).toEqual(['write', 'to', 'today']);
    expect(stripNoise('see (ana@mail.example.org) and x.com/ana?').trim()).toBe('see   and');
    expect(stripNoise('read news.example.co.uk first').split(/\s+/)).toEqual(['read', 'first']);
    expect(stripNoise('@@@ hello @ana')).toContain('hello');
    expect(stripNoise('a@b is not an address')).toContain('a@b');
  });
});
