import { t } from '../i18n/messages';
import type { MetricKey, Metrics } from '../sites/types';
import { formatNumber } from './format';

/** The effort ladder of domain.md, least to most effort. */
export const LADDER = [
  { level: 1, id: 'followers', keys: ['followers'] },
  { level: 2, id: 'likes', keys: ['likes'] },
  { level: 3, id: 'shares', keys: ['reposts'] },
  { level: 4, id: 'views', keys: ['views'] },
  { level: 5, id: 'mentions', keys: ['quotes', 'mentions'] },
  { level: 6, id: 'replies', keys: ['replies'] },
] as const satisfies ReadonlyArray<{ level: number; id: string; keys: readonly MetricKey[] }>;

export type LevelId = (typeof LADDER)[number]['id'];

export interface LevelValue {
  level: number;
  id: LevelId;
  /** undefined when the page shows none of the level's counts. */
  value: number | undefined;
  /** true when a count of this level was abbreviated by the site ("1.2K"). */
  lowerBound: boolean;
}

export function ladderOf(metrics: Metrics, lowerBounds: readonly MetricKey[] = []): LevelValue[] {
  // Plain loops: this runs for every post on the page.
  return LADDER.map(({ level, id, keys }) => {
    let value: number | undefined;
    let lowerBound = false;
    for (const key of keys) {
      const count = metrics[key];
      if (count === undefined) continue;
      value = (value ?? 0) + count;
      if (lowerBounds.includes(key)) lowerBound = true;
    }
    return { level, id, value, lowerBound };
  });
}

/** A level's name, in the language FeedCoach speaks ("Replies", "Antworten"): the panel's, not every badge's. */
export const levelName = (id: LevelId): string => t(`level.${id}`);

/** Per-unit weight of each engagement level; views and followers are reach, not engagement. */
export type LevelWeights = Record<'likes' | 'shares' | 'mentions' | 'replies', number>;

/** Defaults in the spirit of the published precedents (like 1, repost 3, words 6-13x a like). */
export const DEFAULT_WEIGHTS: LevelWeights = { likes: 1, shares: 3, mentions: 6, replies: 8 };

export type DepthLabel = 'no signal yet' | 'not enough shown' | 'mostly applause' | 'being amplified' | 'sparking conversation';

const DEPTH_NAMES = {
  'no signal yet': 'depth.noSignal',
  'not enough shown': 'depth.notEnough',
  'mostly applause': 'depth.applause',
  'being amplified': 'depth.amplified',
  'sparking conversation': 'depth.conversation',
} as const satisfies Record<DepthLabel, string>;

/** A depth label as the user reads it ("sparking conversation", "regt Gespräche an"). */
export const depthName = (label: DepthLabel): string => t(DEPTH_NAMES[label]);

/** "Sparking conversation · depth 46": a panel's title and a badge's hover text's first line. */
export function depthHeading(depth: Depth): string {
  const name = depthName(depth.label);
  const score = depthScoreText(depth);
  return `${name[0]!.toUpperCase()}${name.slice(1)}${score ? ` · ${score}` : ''}`;
}

/** Fewer interactions than this are too few to call a post a conversation or applause. */
export const MIN_INTERACTIONS = 10;
/** A post is "being amplified" only when at least this many people shared it. */
export const MIN_SHARES_FOR_AMPLIFIED = 3;
/** The written share of weighted engagement (0-100) from which a post is a conversation. */
export const CONVERSATION_SCORE = 40;

export interface Depth {
  /** 0-100: the share of the weighted engagement that people wrote (replies, mentions, quotes). */
  score: number | undefined;
  label: DepthLabel;
  /** true when a count behind the score was rounded by the site, so the score is approximate. */
  approximate: boolean;
  /** Why there is no label, when there is none: shown in the panel. */
  reason?: string;
}

const WRITTEN_KEYS = ['replies', 'quotes', 'mentions'] as const satisfies readonly MetricKey[];
const CLICK_KEYS = ['likes', 'reposts'] as const satisfies readonly MetricKey[];

const shows = (metrics: Metrics, keys: readonly MetricKey[]) => keys.some((key) => metrics[key] !== undefined);

/**
 * Depth compares what people wrote with what they clicked, so it needs both sides on the page: a count the page
 * does not show is unknown, not 0 (Mastodon's home column shows only replies, its thread view only boosts and
 * favourites). It also needs enough interactions behind it to mean anything.
 */
export function depthOf(metrics: Metrics, weights: LevelWeights = DEFAULT_WEIGHTS, lowerBounds: readonly MetricKey[] = []): Depth {
  const likes = metrics.likes ?? 0;
  const shares = metrics.reposts ?? 0;
  const written = (metrics.quotes ?? 0) + (metrics.mentions ?? 0) + (metrics.replies ?? 0);
  const interactions = likes + shares + written;
  const approximate = lowerBounds.some((key) => key !== 'views' && key !== 'followers' && metrics[key] !== undefined);
  const writtenShown = shows(metrics, WRITTEN_KEYS);
  const clicksShown = shows(metrics, CLICK_KEYS);
  if (!writtenShown && !clicksShown) return { score: undefined, label: 'no signal yet', approximate: false, reason: t('depth.reasonNoCounts') };
  if (!writtenShown || !clicksShown) {
    const reason = writtenShown ? t('depth.reasonOnlyReplies') : t('depth.reasonOnlyClicks');
    return { score: undefined, label: 'not enough shown', approximate, reason };
  }
  if (interactions === 0) return { score: undefined, label: 'no signal yet', approximate: false, reason: t('depth.reasonNobody') };
  if (interactions < MIN_INTERACTIONS) {
    return { score: undefined, label: 'not enough shown', approximate, reason: t('depth.reasonTooFew', interactions, { minimum: formatNumber(MIN_INTERACTIONS) }) };
  }
  const applause = likes * weights.likes;
  const amplification = shares * weights.shares;
  const words = ((metrics.quotes ?? 0) + (metrics.mentions ?? 0)) * weights.mentions + (metrics.replies ?? 0) * weights.replies;
  const total = applause + amplification + words;
  const score = total === 0 ? 0 : Math.round((100 * words) / total);
  if (score >= CONVERSATION_SCORE) return { score, label: 'sparking conversation', approximate };
  if (amplification >= applause && shares >= MIN_SHARES_FOR_AMPLIFIED) return { score, label: 'being amplified', approximate };
  return { score, label: 'mostly applause', approximate };
}

/** "depth 46", "depth ≈ 24" when a rounded count is behind it. */
export function depthScoreText(depth: Depth): string | undefined {
  if (depth.score === undefined) return undefined;
  return depth.approximate ? t('depth.scoreApproximate', { score: formatNumber(depth.score) }) : t('depth.score', { score: formatNumber(depth.score) });
}

/**
 * The panel's one line on what depth means and which counts it used, e.g. "Depth 46 of 100: the share of the
 * weighted engagement that people wrote rather than clicked, from 17 replies, 10 shares and 131 likes (weights: like 1, share 3, mention 6, reply 8)."
 */
export function explainDepth(metrics: Metrics, weights: LevelWeights, depth: Depth, lowerBounds: readonly MetricKey[] = []): string {
  const used = ([['replies', 'replies'], ['quotes', 'quotes'], ['mentions', 'mentionsOnly'], ['reposts', 'shares'], ['likes', 'likes']] as const)
    .filter(([key]) => metrics[key] !== undefined)
    .map(([key, word]) => countInWords(metrics[key]!, word, lowerBounds.includes(key)));
  const counts = used.length === 0 ? t('depth.nothingShown') : joinWords(used);
  const scale = t('depth.weights', { likes: formatNumber(weights.likes), shares: formatNumber(weights.shares), mentions: formatNumber(weights.mentions), replies: formatNumber(weights.replies) });
  if (depth.score === undefined) return t('depth.explainUnscored', { reason: depth.reason ?? '', counts }).trim();
  const explained = { score: formatNumber(depth.score), counts, weights: scale };
  return depth.approximate ? t('depth.explainApproximate', explained) : t('depth.explain', explained);
}

/** "a", "a and b", "a, b and c" ("a, b und c", "a, b et c"). */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  const last = words[words.length - 1]!;
  return words.length === 2 ? t('list.pair', { first: words[0]!, last }) : t('list.more', { rest: words.slice(0, -2).join(', '), last: joinWords(words.slice(-2)) });
}

/** What a count is of: a level of the ladder, or a count the ladder splits or leaves out. */
export type CountWord = LevelId | 'quotes' | 'mentionsOnly' | 'bookmarks';

/** "1 reply", "11,716 views", "at least 1,200 likes" ("mindestens 1.200 Likes"). */
export function countInWords(value: number, word: CountWord, lowerBound = false): string {
  const counted = t(`count.${word}`, value);
  return lowerBound ? t('count.atLeast', { count: counted }) : counted;
}

/** "17 replies, 11,716 views, 10 shares, 131 likes; followers, mentions & quotes not shown": most effort first. */
export function describeLadder(levels: readonly LevelValue[]): string {
  const shown = [...levels]
    .reverse()
    .filter((level) => level.value !== undefined)
    .map((level) => countInWords(level.value!, level.id, level.lowerBound));
  const hidden = levels.filter((level) => level.value === undefined).map((level) => t(`levelInText.${level.id}`));
  const parts = [shown.length > 0 ? shown.join(', ') : t('ladder.noCounts')];
  if (hidden.length > 0) parts.push(t('ladder.notShown', { levels: hidden.join(', ') }));
  return parts.join('; ');
}
