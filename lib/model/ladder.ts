import type { MetricKey, Metrics } from '../sites/types';
import { formatNumber } from './format';

/** The effort ladder of domain.md, least to most effort. */
export const LADDER = [
  { level: 1, id: 'followers', label: 'Followers', one: 'follower', keys: ['followers'] },
  { level: 2, id: 'likes', label: 'Likes', one: 'like', keys: ['likes'] },
  { level: 3, id: 'shares', label: 'Shares', one: 'share', keys: ['reposts'] },
  { level: 4, id: 'views', label: 'Views', one: 'view', keys: ['views'] },
  { level: 5, id: 'mentions', label: 'Mentions & quotes', one: 'mention or quote', keys: ['quotes', 'mentions'] },
  { level: 6, id: 'replies', label: 'Replies', one: 'reply', keys: ['replies'] },
] as const satisfies ReadonlyArray<{ level: number; id: string; label: string; one: string; keys: readonly MetricKey[] }>;

export type LevelId = (typeof LADDER)[number]['id'];

export interface LevelValue {
  level: number;
  id: LevelId;
  label: string;
  /** The level's name for a count of one ("reply"). */
  one: string;
  /** undefined when the page shows none of the level's counts. */
  value: number | undefined;
  /** true when a count of this level was abbreviated by the site ("1.2K"). */
  lowerBound: boolean;
}

export function ladderOf(metrics: Metrics, lowerBounds: readonly MetricKey[] = []): LevelValue[] {
  // Plain loops: this runs for every post on the page.
  return LADDER.map(({ level, id, label, one, keys }) => {
    let value: number | undefined;
    let lowerBound = false;
    for (const key of keys) {
      const count = metrics[key];
      if (count === undefined) continue;
      value = (value ?? 0) + count;
      if (lowerBounds.includes(key)) lowerBound = true;
    }
    return { level, id, label, one, value, lowerBound };
  });
}

/** Per-unit weight of each engagement level; views and followers are reach, not engagement. */
export type LevelWeights = Record<'likes' | 'shares' | 'mentions' | 'replies', number>;

/** Defaults in the spirit of the published precedents (like 1, repost 3, words 6-13x a like). */
export const DEFAULT_WEIGHTS: LevelWeights = { likes: 1, shares: 3, mentions: 6, replies: 8 };

export type DepthLabel = 'no signal yet' | 'mostly applause' | 'being amplified' | 'sparking conversation';

export interface Depth {
  /** 0-100: the share of the weighted engagement that people wrote (replies, mentions, quotes). */
  score: number | undefined;
  label: DepthLabel;
}

export function depthOf(metrics: Metrics, weights: LevelWeights = DEFAULT_WEIGHTS): Depth {
  const applause = (metrics.likes ?? 0) * weights.likes;
  const amplification = (metrics.reposts ?? 0) * weights.shares;
  const words =
    ((metrics.quotes ?? 0) + (metrics.mentions ?? 0)) * weights.mentions + (metrics.replies ?? 0) * weights.replies;
  const total = applause + amplification + words;
  if (total === 0) return { score: undefined, label: 'no signal yet' };
  const score = Math.round((100 * words) / total);
  if (score >= 45) return { score, label: 'sparking conversation' };
  if (amplification >= applause) return { score, label: 'being amplified' };
  return { score, label: 'mostly applause' };
}

/** "1 reply", "11,716 views", "at least 1,200 likes". */
export function countInWords(value: number, one: string, many: string, lowerBound = false): string {
  return `${lowerBound ? 'at least ' : ''}${formatNumber(value)} ${value === 1 ? one : many.toLowerCase()}`;
}

/** "17 replies, 11,716 views, 10 shares, 131 likes; followers, mentions & quotes not shown": most effort first. */
export function describeLadder(levels: readonly LevelValue[]): string {
  const shown = [...levels]
    .reverse()
    .filter((level) => level.value !== undefined)
    .map((level) => countInWords(level.value!, level.one, level.label, level.lowerBound));
  const hidden = levels.filter((level) => level.value === undefined).map((level) => level.label.toLowerCase());
  const parts = [shown.length > 0 ? shown.join(', ') : 'no counts shown'];
  if (hidden.length > 0) parts.push(`${hidden.join(', ')} not shown`);
  return parts.join('; ');
}
