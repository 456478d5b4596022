import { t } from '../i18n/messages';
import type { MetricKey, Metrics } from '../sites/types';
import { elapsed, formatTimeAgo } from './format';
import { countInWords, type CountWord } from './ladder';

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

/** What each count is of, in words ("3 replies"); followers count as followers, reposts as shares. */
const WORDS: Record<MetricKey, CountWord> = {
  followers: 'followers',
  likes: 'likes',
  reposts: 'shares',
  quotes: 'quotes',
  views: 'views',
  mentions: 'mentionsOnly',
  replies: 'replies',
  bookmarks: 'bookmarks',
};

/** Most effort first, as on the ladder. */
const ORDER: MetricKey[] = ['replies', 'mentions', 'quotes', 'views', 'reposts', 'likes', 'bookmarks', 'followers'];

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
  const since = formatTimeAgo(before.at, now);
  const ago = elapsed(before.at, now);
  const grown = growth.map(({ key, delta }) => t(delta > 0 ? 'velocity.up' : 'velocity.down', { count: countInWords(Math.abs(delta), WORDS[key]) })).join(', ');
  const text =
    growth.length === 0 ? t('velocity.noChange', { when: since }) : ago.unit === 'day' && ago.value === 1 ? t('velocity.grewSinceYesterday', { growth: grown }) : t('velocity.grewSince', { growth: grown, when: since });
  return { since: before.at, growth, text };
}

