import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedCoachDatabase } from '../../lib/db/database';
import { dayKey } from '../../lib/db/schema';
import { ingestPosts, loadPostHistory } from '../../lib/db/ingest';
import { recordGiven } from '../../lib/reciprocity/ledger';
import { handleMessage } from '../../lib/background/handle-message';
import { loadSummary } from '../../lib/popup/summary';
import type { PostReading } from '../../lib/sites/types';
import { contentScript, testEnvironment } from './message-environment';

const reading = (postId: string, likes: number): PostReading => ({
  site: 'x',
  postId,
  permalink: `https://x.com/ana/status/${postId}`,
  author: { handle: 'ana' },
  text: 'hello',
  metrics: { likes, replies: 2 },
  lowerBounds: [],
  context: {},
});

const T0 = Date.parse('2026-11-28T10:00:00');
let db: FeedCoachDatabase;

beforeEach(() => {
  db = new FeedCoachDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('ingestPosts', () => {
  it('stores posts and a first snapshot, and counts each post once per day', async () => {
    await ingestPosts(db, T0, [reading('1', 5), reading('2', 7)]);
    expect(await db.posts.count()).toBe(2);
    expect(await db.snapshots.count()).toBe(2);
    expect(await db.daily.get(dayKey(T0))).toMatchObject({ postsSeen: 2, snapshots: 2 });
  });

  it('adds a snapshot only when the counts changed', async () => {
    await ingestPosts(db, T0, [reading('1', 5)]);
    await ingestPosts(db, T0 + 60_000, [reading('1', 5)]);
    await ingestPosts(db, T0 + 120_000, [reading('1', 9)]);
    const snapshots = await db.snapshots.where('[postKey+at]').between(['x:1', 0], ['x:1', Infinity]).toArray();
    expect(snapshots.map((row) => row.metrics.likes)).toEqual([5, 9]);
    expect((await db.posts.get('x:1'))?.metrics.likes).toBe(9);
    expect(await db.daily.get(dayKey(T0))).toMatchObject({ postsSeen: 1, snapshots: 2 });
  });

  it('is idempotent: a batch delivered twice adds no rows', async () => {
    const batch = [reading('1', 5), reading('2', 6)];
    await ingestPosts(db, T0, batch);
    await ingestPosts(db, T0, batch);
    expect(await db.snapshots.count()).toBe(2);
    expect(await db.daily.get(dayKey(T0))).toMatchObject({ postsSeen: 2, snapshots: 2 });
  });

  it('never rolls a post back to an older reading that arrives late', async () => {
    await ingestPosts(db, T0 + 10_000, [reading('1', 9)]);
    await ingestPosts(db, T0, [reading('1', 5)]);
    expect((await db.posts.get('x:1'))?.metrics.likes).toBe(9);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('counts a post again on a new day', async () => {
    await ingestPosts(db, T0, [reading('1', 5)]);
    await ingestPosts(db, T0 + 24 * 3600_000, [reading('1', 5)]);
    expect((await loadSummary(db, 'week', T0 + 24 * 3600_000)).postsSeen).toBe(2);
    expect((await loadSummary(db, 'today', T0 + 24 * 3600_000)).postsSeen).toBe(1);
  });
});

describe('handleMessage', () => {
  const message = { type: 'posts-seen', seenAt: T0, posts: [reading('1', 5)] };

  it('stores a valid batch from our own extension and acknowledges it after the write', async () => {
    expect(await handleMessage(db, message, contentScript(), testEnvironment())).toEqual({ ok: true });
    expect(await db.posts.count()).toBe(1);
  });

  it.each([
    ['an unknown type', { type: 'drop-tables' }],
    ['a batch of the wrong shape', { ...message, posts: 'all of them' }],
    ['no message at all', undefined],
  ])('refuses %s and writes nothing', async (_case, raw) => {
    const reply = await handleMessage(db, raw, contentScript(), testEnvironment());
    expect(reply.ok).toBe(false);
    expect(await db.posts.count()).toBe(0);
  });

  it.each([
    ['a negative count', { ...reading('1', 5), metrics: { likes: -1 } }],
    ['a fractional count', { ...reading('1', 5), metrics: { likes: 1.5 } }],
    ['an unknown metric', { ...reading('1', 5), metrics: { karma: 3 } }],
    ['an unknown site', { ...reading('1', 5), site: 'myspace' }],
    ['a javascript: permalink', { ...reading('1', 5), permalink: 'javascript:alert(1)' }],
    ['101 mentions', { ...reading('1', 5), mentions: Array.from({ length: 101 }, (_, i) => `user${i}`) }],
    ['a name of 501 characters', { ...reading('1', 5), author: { handle: 'ana', name: 'n'.repeat(501) } }],
    ['a date after year 9999', { ...reading('1', 5), publishedAt: '+010000-01-01T00:00:00.000Z' }],
  ])('refuses a post with %s, stores the rest of its batch, and says how many it refused', async (_case, bad) => {
    const reply = await handleMessage(db, { ...message, posts: [reading('0', 1), bad, reading('2', 2)] }, contentScript(), testEnvironment());
    expect(reply).toEqual({ ok: true, rejected: 1 });
    expect((await db.posts.toCollection().primaryKeys()).sort()).toEqual(['x:0', 'x:2']);
  });

  it('rejects messages from other extensions or pages', async () => {
    expect(await handleMessage(db, message, { ...contentScript(), id: 'someone-else' }, testEnvironment())).toEqual({ ok: false, error: 'foreign sender', refused: true });
    expect(await handleMessage(db, message, {}, testEnvironment())).toMatchObject({ ok: false });
    expect(await db.posts.count()).toBe(0);
  });
});

describe('storage full', () => {
  it('answers "storage-full", keeps everything already stored, and writes nothing half-way', async () => {
    await handleMessage(db, { type: 'posts-seen', seenAt: T0, posts: [reading('1', 5)] }, contentScript(), testEnvironment());
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const original = db.snapshots.bulkPut.bind(db.snapshots);
    db.snapshots.bulkPut = (() => Promise.reject(quota)) as unknown as typeof db.snapshots.bulkPut;
    const reply = await handleMessage(db, { type: 'posts-seen', seenAt: T0 + 1000, posts: [reading('1', 9), reading('2', 1)] }, contentScript(), testEnvironment());
    db.snapshots.bulkPut = original;
    expect(reply).toEqual({ ok: false, error: 'storage-full' });
    expect((await db.posts.get('x:1'))?.metrics.likes).toBe(5);
    expect(await db.posts.get('x:2')).toBeUndefined();
    expect(await db.snapshots.count()).toBe(1);
  });

  it('passes other failures on', async () => {
    const original = db.posts.bulkGet.bind(db.posts);
    db.posts.bulkGet = (() => Promise.reject(new Error("disk on fire"))) as unknown as typeof db.posts.bulkGet;
    await expect(handleMessage(db, { type: 'posts-seen', seenAt: T0, posts: [reading('1', 5)] }, contentScript(), testEnvironment())).rejects.toThrow('disk on fire');
    db.posts.bulkGet = original;
  });
});

describe('post history', () => {
  it('has the post’s snapshots oldest first and what the user did on it, newest first', async () => {
    await ingestPosts(db, T0, [reading('1', 5)]);
    await ingestPosts(db, T0 + 1000, [reading('1', 7)]);
    await recordGiven(db, 'a', T0 + 2000, { site: 'x', kind: 'like', to: [{ handle: 'ana' }], targetPostId: '1', thanks: false });
    await recordGiven(db, 'b', T0 + 3000, { site: 'x', kind: 'reply', to: [{ handle: 'ana' }], targetPostId: '1', thanks: true });
    await recordGiven(db, 'c', T0 + 4000, { site: 'x', kind: 'like', to: [{ handle: 'ben' }], targetPostId: '2', thanks: false });
    const history = await loadPostHistory(db, 'x:1');
    expect(history.snapshots.map((snapshot) => snapshot.metrics.likes)).toEqual([5, 7]);
    expect(history.yourActions).toEqual([
      { kind: 'reply', at: T0 + 3000, thanks: true },
      { kind: 'like', at: T0 + 2000, thanks: false },
    ]);
    expect(history.firstSeenAt).toBe(T0);
  });
});
