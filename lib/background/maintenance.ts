import type { FeedCoachDatabase } from '../db/database';
import { keptOf } from '../db/kept';
import type { PostRow } from '../db/schema';
import { CLOCK_SKEW_MS } from '../messages/limits';

const DAY = 24 * 3600_000;
/** Rows deleted or rewritten per transaction, so an hourly pass over a year of history never blocks the database for long. */
const CHUNK = 5000;

export interface RetentionResult {
  snapshots: number;
  posts: number;
  people: number;
}

/** Deletes what `keysOf` finds, a chunk per transaction, until it finds nothing. */
async function deleteInChunks(keysOf: () => Promise<unknown[]>, remove: (keys: unknown[]) => Promise<void>): Promise<number> {
  let removed = 0;
  for (;;) {
    const keys = await keysOf();
    if (keys.length === 0) return removed;
    await remove(keys);
    removed += keys.length;
  }
}

/**
 * What the user chose to keep, and no more. Older than the retention period: count snapshots; posts last seen
 * before it, with their snapshots; people whose last interaction is before it, with their interactions and closed
 * reminders (someone still owed a thank-you stays). The daily totals they were counted in stay. Times in the future
 * (a clock that jumped, an old import) are no times: such snapshots go, and such posts count as seen now, so that
 * nothing escapes the period. A retention of 0 days keeps everything.
 */
export async function applyRetention(db: FeedCoachDatabase, retentionDays: number, now: number): Promise<RetentionResult> {
  const future = now + CLOCK_SKEW_MS;
  const snapshotKeys = (range: 'past' | 'future', cutoff: number) => () =>
    (range === 'past' ? db.snapshots.where('at').below(cutoff) : db.snapshots.where('at').above(cutoff)).limit(CHUNK).primaryKeys();
  const removeSnapshots = (keys: unknown[]) => db.snapshots.bulkDelete(keys as [string, number][]);
  await deleteInChunks(snapshotKeys('future', future), removeSnapshots);
  await db.posts.where('lastSeenAt').above(future).modify((post: PostRow) => {
    post.lastSeenAt = now;
    post.firstSeenAt = Math.min(post.firstSeenAt, now);
  });
  if (retentionDays <= 0) return { snapshots: 0, posts: 0, people: 0 };

  const cutoff = now - retentionDays * DAY;
  const snapshots = await deleteInChunks(snapshotKeys('past', cutoff), removeSnapshots);
  const posts = await deleteInChunks(
    () => db.posts.where('lastSeenAt').below(cutoff).limit(CHUNK).primaryKeys(),
    (keys) =>
      db.transaction('rw', db.posts, db.snapshots, async () => {
        for (const key of keys as string[]) await db.snapshots.where('[postKey+at]').between([key, -Infinity], [key, Infinity]).delete();
        await db.posts.bulkDelete(keys as string[]);
      }),
  );
  const people = await forgetQuietPeople(db, cutoff);
  return { snapshots, posts, people };
}

async function forgetQuietPeople(db: FeedCoachDatabase, cutoff: number): Promise<number> {
  const quiet = await db.people.where('lastInteractionAt').below(cutoff).primaryKeys();
  let forgotten = 0;
  for (let start = 0; start < quiet.length; start += CHUNK) {
    const chunk = quiet.slice(start, start + CHUNK);
    forgotten += await db.transaction('rw', db.people, db.interactions, db.reminders, async () => {
      const reminders = await db.reminders.where('personKey').anyOf(chunk).toArray();
      const owed = new Set(reminders.filter((reminder) => reminder.status !== 'done').map((reminder) => reminder.personKey));
      const gone = chunk.filter((key) => !owed.has(key));
      await db.interactions.where('personKey').anyOf(gone).delete();
      await db.reminders.bulkDelete(reminders.filter((reminder) => !owed.has(reminder.personKey)).map((reminder) => reminder.id));
      await db.people.bulkDelete(gone);
      return gone.length;
    });
  }
  return forgotten;
}

/**
 * Posts stored before FeedCoach kept only what its features read back lose the rest (their text, display names,
 * mentions): run once after an update, a chunk per transaction. Returns how many posts changed.
 */
export async function forgetPostText(db: FeedCoachDatabase): Promise<number> {
  let changed = 0;
  let after = '';
  for (;;) {
    const chunk = await db.posts.where('key').above(after).limit(CHUNK).toArray();
    if (chunk.length === 0) return changed;
    const stale = chunk.filter(
      ({ text, author, mentions, inReplyTo, context }) => text !== '' || author.name !== undefined || mentions || inReplyTo || context.repostedBy !== undefined || context.quoted,
    );
    if (stale.length > 0) await db.posts.bulkPut(stale.map((post) => ({ key: post.key, ...keptOf(post), firstSeenAt: post.firstSeenAt, lastSeenAt: post.lastSeenAt, lastSeenDay: post.lastSeenDay })));
    changed += stale.length;
    after = chunk.at(-1)!.key;
  }
}

/** The next time the local clock shows `hour`:00, from `now`. */
export function nextLocalHour(hour: number, now: number): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now) next.setDate(next.getDate() + 1);
  return next.getTime();
}
