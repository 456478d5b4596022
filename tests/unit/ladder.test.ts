import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from '../../lib/model/format';
import { ladderGlyphs } from '../../lib/overlay/badge';
import { depthOf, describeLadder, ladderOf } from '../../lib/model/ladder';
import { engagementRates } from '../../lib/model/rates';

describe('ladderOf', () => {
  it('puts each count on its level and leaves levels the page does not show unknown', () => {
    const levels = ladderOf({ likes: 131, reposts: 10, views: 11716, replies: 17, quotes: 2 }, ['views']);
    expect(levels.map((level) => [level.id, level.value, level.lowerBound])).toEqual([
      ['followers', undefined, false],
      ['likes', 131, false],
      ['shares', 10, false],
      ['views', 11716, true],
      ['mentions', 2, false],
      ['replies', 17, false],
    ]);
  });

  it('adds mentions and quotes into level 5', () => {
    expect(ladderOf({ quotes: 3, mentions: 4 })[4]!.value).toBe(7);
  });

  it('describes the counts in words, most effort first', () => {
    expect(describeLadder(ladderOf({ likes: 1, replies: 2, views: 1200 }, ['views']))).toBe(
      '2 replies, at least 1,200 views, 1 like; followers, shares, mentions & quotes not shown',
    );
    expect(describeLadder(ladderOf({}))).toMatch(/^no counts shown; followers, likes/);
  });
});

describe('depthOf', () => {
  // Default weights: like 1, share 3, mention/quote 6, reply 8.
  it('scores the written share of weighted engagement', () => {
    // words 17*8 = 136; total 131 + 30 + 136 = 297; 136/297 = 45.8%
    expect(depthOf({ replies: 17, reposts: 10, likes: 131 })).toEqual({ score: 46, label: 'sparking conversation' });
  });

  it('tells applause from amplification', () => {
    expect(depthOf({ likes: 1000, reposts: 10, replies: 1 })).toEqual({ score: 1, label: 'mostly applause' });
    expect(depthOf({ likes: 100, reposts: 50, replies: 1 })).toEqual({ score: 3, label: 'being amplified' });
  });

  it('has no score without engagement counts', () => {
    expect(depthOf({ views: 500 })).toEqual({ score: undefined, label: 'no signal yet' });
  });

  it('follows user-set weights', () => {
    expect(depthOf({ likes: 10, replies: 1 }, { likes: 1, shares: 1, mentions: 1, replies: 10 }).score).toBe(50);
  });
});

describe('engagementRates', () => {
  it('computes Kaushik rates per post and engagement rate by views', () => {
    const rates = engagementRates({ replies: 17, reposts: 10, likes: 131, views: 11716 });
    expect(Object.fromEntries(rates.map((rate) => [rate.id, rate.display]))).toEqual({
      conversation: '17 per post',
      amplification: '10 per post',
      applause: '131 per post',
      // (17 + 10 + 131) / 11716 = 1.35%
      'engagement-by-views': '1.3%',
    });
  });

  it('leaves out rates whose counts the page does not show', () => {
    expect(engagementRates({ likes: 3 }).map((rate) => rate.id)).toEqual(['applause']);
    expect(engagementRates({ likes: 3, followers: 12000 }).find((rate) => rate.id === 'engagement-by-followers')?.display).toBe('0.03%');
  });
});

describe('formatNumber', () => {
  it('groups whole numbers exactly as the English Intl formatter does, and leaves fractions to it', () => {
    const intl = new Intl.NumberFormat('en');
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: -100_000, max: 100_000 }), fc.double({ noNaN: true, noDefaultInfinity: true })), (value) => {
        // Intl writes minus zero as "-0"; a count never is.
        expect(formatNumber(value)).toBe(Object.is(value, -0) ? '0' : intl.format(value));
      }),
    );
  });
});

describe('ladderGlyphs', () => {
  it('gives the largest count the full block, smaller ones a log share, zero the lowest block and an unshown level a gap', () => {
    expect(ladderGlyphs([undefined, 1000, 0, 10, undefined, 1])).toBe('\u2002█▁▃\u2002▂');
  });

  it('shows the lowest block for every shown count when all are zero', () => {
    expect(ladderGlyphs([0, 0, undefined, 0, 0, 0])).toBe('▁▁\u2002▁▁▁');
  });

  it('keeps one glyph per level, whatever the counts', () => {
    for (const values of [[1, 2, 3, 4, 5, 6], [undefined, undefined, undefined, undefined, undefined, undefined], [1e9, 0, 1, 1e3, 7, 12]]) {
      expect([...ladderGlyphs(values)]).toHaveLength(6);
    }
  });
});
