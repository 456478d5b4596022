import type { FeedCoachDatabase } from '../db/database';

const DAY = 24 * 3600_000;
/** Rows deleted per transaction, so pruning a year of history never blocks the database for long. */
const PRUNE_CHUNK = 5000;

/** Drops snapshots older than the retention period; the daily totals they were counted in stay. */
export async function pruneSnapshots(db: FeedCoachDatabase, retentionDays: number, now: number): Promise<number> {
  if (retentionDays <= 0) return 0;
  const cutoff = now - retentionDays * DAY;
  let removed = 0;
  for (;;) {
    const keys = await db.snapshots.where('at').below(cutoff).limit(PRUNE_CHUNK).primaryKeys();
    if (keys.length === 0) return removed;
    await db.snapshots.bulkDelete(keys);
    removed += keys.length;
  }
}

/** The next time the local clock shows `hour`:00, from `now`. */
export function nextLocalHour(hour: number, now: number): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now) next.setDate(next.getDate() + 1);
  return next.getTime();
}
