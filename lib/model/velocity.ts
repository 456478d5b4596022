import type { MetricKey, Metrics } from '../sites/types';
import { formatNumber } from './format';

export interface Snapshot {
  at: number;
  metrics: Metrics;
}

export interface Growth {
  key: MetricKey;
  delta: number;
}

export interface Velocity {
  /** The snapshot compared against: the last one before the current visit. */
  since: number;
  growth: Growth[];
  text: string;
}

const WORDS: Record<MetricKey, [string, string]> = {
  followers: ['follower', 'followers'],
  likes: ['like', 'likes'],
  reposts: ['share', 'shares'],
  quotes: ['quote', 'quotes'],
  views: ['view', 'views'],
  mentions: ['mention', 'mentions'],
  replies: ['reply', 'replies'],
  bookmarks: ['bookmark', 'bookmarks'],
};

/** Most effort first, as on the ladder. */
const ORDER: MetricKey[] = ['replies', 'mentions', 'quotes', 'views', 'reposts', 'likes', 'bookmarks', 'followers'];

/** "yesterday", "3 hours ago", "5 days ago". */
export function timeAgo(since: number, now: number): string {
  const minutes = Math.max(0, Math.round((now - since) / 60_000));
  if (minutes < 60) return minutes <= 1 ? 'a minute ago' : `${minutes} minutes ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return hours === 1 ? 'an hour ago' : `${hours} hours ago`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/**
 * How the counts grew since the user last saw the post: the current counts against the newest stored snapshot
 * older than `visitStart` (snapshots of this visit do not count as "last time").
 */
export function velocityOf(history: readonly Snapshot[], current: Metrics, visitStart: number, now: number): Velocity | undefined {
  const before = history.filter((snapshot) => snapshot.at < visitStart).sort((a, b) => b.at - a.at)[0];
  if (!before) return undefined;
  const growth = ORDER.flatMap((key) => {
    const then = before.metrics[key];
    const nowValue = current[key];
    if (then === undefined || nowValue === undefined || nowValue === then) return [];
    return [{ key, delta: nowValue - then }];
  });
  const since = timeAgo(before.at, now);
  const text =
    growth.length === 0
      ? `No change since you saw it ${since}`
      : `${growth
          .map(({ key, delta }) => `${delta > 0 ? '+' : '−'}${formatNumber(Math.abs(delta))} ${WORDS[key][Math.abs(delta) === 1 ? 0 : 1]}`)
          .join(', ')} since ${since === 'yesterday' ? 'yesterday' : `you saw it ${since}`}`;
  return { since: before.at, growth, text };
}

