import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from '../../lib/model/format';
import { ladderGlyphs } from '../../lib/overlay/badge';
import { estimateAmplification } from '../../lib/model/amplification';
import { DEFAULT_WEIGHTS, depthOf, depthReason, depthScoreText, describeLadder, explainDepth, ladderOf, MIN_INTERACTIONS } from '../../lib/model/ladder';
import { againstUsual, engagementRates, MIN_POSTS_FOR_USUAL } from '../../lib/model/rates';

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
    expect(depthOf({ replies: 17, reposts: 10, likes: 131 })).toMatchObject({ score: 46, label: 'sparking conversation' });
  });

  it('tells applause from amplification', () => {
    expect(depthOf({ likes: 1000, reposts: 10, replies: 1 })).toMatchObject({ score: 1, label: 'mostly applause' });
    expect(depthOf({ likes: 100, reposts: 50, replies: 1 })).toMatchObject({ score: 3, label: 'being amplified' });
  });

  it('has no score without engagement counts', () => {
    expect(depthOf({ views: 500 })).toMatchObject({ score: undefined, label: 'no signal yet' });
  });

  it('follows user-set weights', () => {
    expect(depthOf({ likes: 10, replies: 1 }, { likes: 1, shares: 1, mentions: 1, replies: 10 }).score).toBe(50);
  });

  it('says "not enough shown" where the page shows only replies (Mastodon home): one reply is not a conversation of depth 100', () => {
    const depth = depthOf({ replies: 1 });
    expect(depth).toMatchObject({ score: undefined, label: 'not enough shown' });
    expect(depthReason(depth, { replies: 1 })).toBe('The page shows replies here but no likes or shares, so there is nothing to weigh them against.');
    expect(depthOf({ replies: 14 }).label).toBe('not enough shown');
  });

  it('does not call a thread\'s main post with ≥1,200 boosts and ≥4,800 favourites "applause, depth 0": its replies are not shown', () => {
    const depth = depthOf({ reposts: 1200, likes: 4800 }, DEFAULT_WEIGHTS, ['reposts', 'likes']);
    expect(depth).toMatchObject({ score: undefined, label: 'not enough shown' });
    expect(depthReason(depth, { reposts: 1200, likes: 4800 })).toMatch(/no reply count/);
  });

  it('does not call 1 share and 2 likes "amplified": too few interactions behind a label', () => {
    expect(depthOf({ reposts: 1, likes: 2 }).label).toBe('not enough shown');
    const few = depthOf({ reposts: 1, likes: 2, replies: 0 });
    expect(few).toMatchObject({ score: undefined, label: 'not enough shown' });
    expect(depthReason(few, { reposts: 1, likes: 2, replies: 0 })).toBe(`Only 3 interactions so far: a label needs at least ${MIN_INTERACTIONS}.`);
  });

  it('calls an ad with 900 replies a conversation, not applause', () => {
    // X's demo ad: 900 replies, 542 reposts, 8,115 likes. Words 7,200 of 16,941 weighted: 42.5.
    expect(depthOf({ replies: 900, reposts: 542, likes: 8115 })).toMatchObject({ score: 43, label: 'sparking conversation' });
  });

  it('needs a few shares before "amplified"', () => {
    expect(depthOf({ reposts: 2, likes: 5, replies: 0 })).toMatchObject({ label: 'not enough shown' });
    // Shares weighted 10: 2 shares outweigh 8 likes, but two people are not "amplified".
    expect(depthOf({ reposts: 2, likes: 8, replies: 0 }, { likes: 1, shares: 10, mentions: 6, replies: 8 }).label).toBe('mostly applause');
    expect(depthOf({ reposts: 4, likes: 10, replies: 0 }).label).toBe('being amplified');
  });

  it('marks a score from rounded counts as approximate, and says so in words', () => {
    const depth = depthOf({ likes: 1200, replies: 48, reposts: 12 }, DEFAULT_WEIGHTS, ['likes']);
    expect(depth).toMatchObject({ score: 24, label: 'mostly applause', approximate: true });
    expect(depthScoreText(depth)).toBe('depth ≈ 24');
    expect(depthScoreText(depthOf({ likes: 1200, replies: 48, reposts: 12 }, DEFAULT_WEIGHTS, ['views']))).toBe('depth 24');
  });

  it('explains in one line what depth means and which counts it used', () => {
    const metrics = { replies: 17, reposts: 10, likes: 131, views: 11716 };
    expect(explainDepth(metrics, DEFAULT_WEIGHTS, depthOf(metrics))).toBe(
      'Depth 46 of 100: the share of the weighted engagement that people wrote rather than clicked, from 17 replies, 10 shares and 131 likes (weights: like 1, share 3, mention 6, reply 8).',
    );
    expect(explainDepth({ replies: 1 }, DEFAULT_WEIGHTS, depthOf({ replies: 1 }))).toBe(
      'The page shows replies here but no likes or shares, so there is nothing to weigh them against. Depth weighs what people wrote (replies, mentions, quotes) against what they clicked (likes, shares); it had 1 reply.',
    );
  });
});

describe('engagementRates', () => {
  it('gives no "per post" rate that only repeats a count', () => {
    const rates = engagementRates({ replies: 24, reposts: 10, likes: 131 });
    expect(rates).toEqual([]);
  });

  it('gives Kaushik\'s rates per 1,000 views where views are shown, and engagement rate by views', () => {
    const rates = engagementRates({ replies: 17, reposts: 10, likes: 131, views: 11716 });
    expect(Object.fromEntries(rates.map((rate) => [rate.name, rate.display]))).toEqual({
      'Conversation rate (replies)': '1.5 per 1,000 views',
      'Amplification rate (shares)': '0.9 per 1,000 views',
      'Applause rate (likes)': '11 per 1,000 views',
      // (17 + 10 + 131) / 11716 = 1.35%
      'Engagement rate by views': '1.3%',
    });
  });

  it('uses followers where the page shows followers and no views', () => {
    const rates = engagementRates({ likes: 2481, replies: 36, followers: 12408 });
    expect(Object.fromEntries(rates.map((rate) => [rate.id, rate.display]))).toEqual({
      conversation: '2.9 per 1,000 followers',
      applause: '200 per 1,000 followers',
      'engagement-by-followers': '20.3%',
    });
  });
});

describe('againstUsual', () => {
  it('compares a post with the median of its author\'s other posts once enough of them were seen', () => {
    const others = [{ replies: 4, likes: 100 }, { replies: 2, likes: 80 }, { replies: 6, likes: 120 }, { replies: 4 }];
    expect(againstUsual({ replies: 12, likes: 100 }, others, 'Devon').map((each) => each.text)).toEqual([
      "3× Devon's usual replies (median 4 across 4 of their posts you saw)",
      "likes: about Devon's usual (median 100 across 3 of their posts you saw)",
    ]);
  });

  it('says nothing before it has seen enough of the author', () => {
    expect(againstUsual({ replies: 12 }, [{ replies: 4 }, { replies: 2 }], 'Devon')).toEqual([]);
    expect(MIN_POSTS_FOR_USUAL).toBe(3);
  });
});

describe('estimateAmplification', () => {
  it('states the followers per sharer as an assumption, apart from the estimate', () => {
    expect(estimateAmplification({ reposts: 47 }, 200)).toMatchObject({
      text: '≈ 9,400 people reached through 47 shares',
      assumption: 'assuming 200 followers per sharer',
    });
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
  it('gives the largest count the full block, smaller ones a log share, zero the lowest block and an unshown level a dot', () => {
    expect(ladderGlyphs([undefined, 1000, 0, 10, undefined, 1])).toBe('·█▁▃·▂');
  });

  it('shows the lowest block for every shown count when all are zero', () => {
    expect(ladderGlyphs([0, 0, undefined, 0, 0])).toBe('▁▁·▁▁');
  });

  it('keeps one glyph per level, whatever the counts', () => {
    for (const values of [[1, 2, 3, 4, 5], [undefined, undefined, undefined, undefined, undefined], [1e9, 0, 1, 1e3, 7]]) {
      expect([...ladderGlyphs(values)]).toHaveLength(5);
    }
  });
});
