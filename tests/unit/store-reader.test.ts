import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDay, FeedCoachDatabase } from '../../lib/db/database';
import { dayKey, type ReminderRow } from '../../lib/db/schema';
import { openStoreReader } from '../../lib/db/store-reader';
import { loadSummary, readFirstSummary } from '../../lib/popup/summary';

const T0 = Date.parse('2026-11-28T10:00:00');
const DAY = 24 * 3600_000;
let name: string;
let db: FeedCoachDatabase;

const reminder = (id: string, status: ReminderRow['status'], snoozedUntil = 0, owes: ReminderRow['owes'] = 'thanks'): ReminderRow => ({
  id,
  site: 'x',
  personKey: `x:${id}`,
  handle: id,
  kind: 'repost',
  owes,
  status,
  snoozedUntil,
  createdAt: T0 - DAY,
});

beforeEach(() => {
  name = `reader-${Math.random()}`;
  db = new FeedCoachDatabase(name);
});

afterEach(async () => {
  await db.delete();
});

describe('readFirstSummary (plain IndexedDB, before Dexie loads)', () => {
  it("reads the same headline figures as Dexie does: today's counters, open reminders and snoozes that ran out", async () => {
    await db.daily.bulkPut([
      { ...emptyDay(dayKey(T0 - DAY)), postsSeen: 40, thanksSent: 4, repliesGiven: 5 },
      { ...emptyDay(dayKey(T0)), postsSeen: 7, thanksSent: 2, repliesGiven: 3 },
    ]);
    await db.reminders.bulkPut([
      reminder('ana', 'open'),
      reminder('ben', 'open'),
      reminder('cara', 'snoozed', T0 - 1000),
      reminder('dev', 'snoozed', T0 + DAY / 2),
      reminder('eli', 'done'),
      reminder('fay', 'open', 0, 'reply'),
      reminder('gus', 'snoozed', T0 + DAY / 2, 'reply'),
    ]);
    expect(await readFirstSummary(T0, name)).toEqual({ postsSeen: 7, thanksSent: 2, repliesGiven: 3, thanksOwed: 3, repliesOwed: 1 });
    // A day later: yesterday's counters are not today's, and dev's and gus's snoozes have run out.
    expect(await readFirstSummary(T0 + DAY, name)).toEqual({ postsSeen: 0, thanksSent: 0, repliesGiven: 0, thanksOwed: 4, repliesOwed: 2 });
    for (const now of [T0, T0 + DAY]) expect(await readFirstSummary(now, name)).toEqual(await loadSummary(db, 'today', now));
  });

  it('shows nothing stored when there is no database, and leaves none behind for Dexie to create with its schema', async () => {
    const absent = `absent-${Math.random()}`;
    expect(await readFirstSummary(T0, absent)).toEqual({ postsSeen: 0, thanksSent: 0, repliesGiven: 0, thanksOwed: 0, repliesOwed: 0 });
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(absent);
    const fresh = new FeedCoachDatabase(absent);
    await fresh.reminders.put(reminder('ana', 'open'));
    expect(await readFirstSummary(T0, absent)).toMatchObject({ thanksOwed: 1 });
    await fresh.delete();
  });

  it('never holds up Dexie: an open reader closes when the database must change', async () => {
    await db.daily.put(emptyDay(dayKey(T0)));
    const reader = await openStoreReader(name);
    expect(await reader!.getMany('daily', [dayKey(T0), 'no such day'])).toEqual([emptyDay(dayKey(T0)), undefined]);
    // Deleting (like upgrading) waits for every other connection to close: this resolves only if the reader steps aside.
    await db.delete();
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(name);
  });

  it('fails, for the popup to fall back on Dexie, when the database lacks what it reads', async () => {
    const old = `old-${Math.random()}`;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(old, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('posts');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    await expect(readFirstSummary(T0, old)).rejects.toThrow();
    indexedDB.deleteDatabase(old);
  });
});
