import { CLOCK_SKEW_MS } from '../messages/limits';
import { HISTORY_LIMIT, type PostHistory } from '../messages/schema';
import type { PostReading, Metrics } from '../sites/types';
import { METRIC_KEYS, postKey } from '../sites/types';
import { addToDay, type FeedCoachDatabase } from './database';
import { keptOf } from './kept';
import { dayKey, type PostRow, type SnapshotRow } from './schema';

export function sameMetrics(a: Metrics, b: Metrics): boolean {
  return METRIC_KEYS.every((key) => a[key] === b[key]);
}

export interface IngestResult {
  newPosts: number;
  newSnapshots: number;
}

/**
 * Stores a batch of post readings in one transaction. Idempotent: delivering the same batch twice
 * adds no rows, because snapshots are keyed by post and time and written only when counts changed.
 * `seenAt` is bounded to `now` by the caller; a stored time in the future (a clock that jumped, an old import) does
 * not make every later reading a late retry: it counts as no time at all.
 */
export async function ingestPosts(db: FeedCoachDatabase, seenAt: number, readings: PostReading[], now = Date.now()): Promise<IngestResult> {
  const day = dayKey(seenAt);
  return db.transaction('rw', db.posts, db.snapshots, db.daily, async () => {
    const latest = new Map<string, PostReading>();
    for (const reading of readings) latest.set(postKey(reading.site, reading.postId), reading);
    const keys = [...latest.keys()];
    const existing = await db.posts.bulkGet(keys);

    const posts: PostRow[] = [];
    const snapshots: SnapshotRow[] = [];
    let seenToday = 0;
    keys.forEach((key, index) => {
      const reading = latest.get(key)!;
      const previous = existing[index];
      // A reading older than what is stored (a late retry) must not roll a post back.
      if (previous && seenAt < previous.lastSeenAt && previous.lastSeenAt <= now + CLOCK_SKEW_MS) return;
      if (!previous || !sameMetrics(previous.metrics, reading.metrics)) snapshots.push({ postKey: key, at: seenAt, metrics: reading.metrics });
      if (previous?.lastSeenDay !== day) seenToday += 1;
      posts.push({
        key,
        ...keptOf(reading),
        firstSeenAt: Math.min(previous?.firstSeenAt ?? seenAt, seenAt),
        lastSeenAt: seenAt,
        lastSeenDay: day,
      });
    });

    await db.posts.bulkPut(posts);
    if (snapshots.length > 0) await db.snapshots.bulkPut(snapshots);
    await addToDay(db, seenAt, { postsSeen: seenToday, snapshots: snapshots.length });
    return { newPosts: existing.filter((row) => !row).length, newSnapshots: snapshots.length };
  });
}

/** A post's snapshots, oldest first, for the panel's history and velocity. */
export async function loadPostHistory(db: FeedCoachDatabase, key: string): Promise<PostHistory> {
  const [post, newestFirst, interactions] = await Promise.all([
    db.posts.get(key),
    db.snapshots.where('[postKey+at]').between([key, -Infinity], [key, Infinity]).reverse().limit(HISTORY_LIMIT).toArray(),
    db.interactions.where('postKey').equals(key).limit(HISTORY_LIMIT).toArray(),
  ]);
  return {
    snapshots: newestFirst.reverse().map(({ at, metrics }) => ({ at, metrics })),
    ...(post && { firstSeenAt: post.firstSeenAt }),
    yourActions: interactions
      .filter((row) => row.direction === 'given')
      .sort((a, b) => b.at - a.at)
      .map(({ kind, at, thanks }) => ({ kind, at, ...(thanks !== undefined && { thanks }) })),
  };
}
