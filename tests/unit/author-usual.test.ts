import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../lib/background/handle-message';
import { FeedCoachDatabase } from '../../lib/db/database';
import { ingestPosts } from '../../lib/db/ingest';
import type { PostReading } from '../../lib/sites/types';
import { contentScript, testEnvironment } from './message-environment';

const post = (postId: string, handle: string, replies: number): PostReading => ({
  site: 'mastodon',
  postId,
  permalink: `https://mastodon.social/@${handle}/${postId}`,
  author: { handle },
  text: 'hello',
  metrics: { replies },
  lowerBounds: [],
  context: {},
});

let db: FeedCoachDatabase;

beforeEach(() => {
  db = new FeedCoachDatabase(`author-usual-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('post-history with the author', () => {
  it('answers with the counts of that author\'s other posts on the same site, newest first, and not the post itself', async () => {
    const at = Date.parse('2026-11-28T10:00:00');
    await ingestPosts(db, at, [post('1', 'devon@mas.to', 4), post('2', 'maren', 9)]);
    await ingestPosts(db, at + 30_000, [post('3', 'Devon@mas.to', 2)]);
    await ingestPosts(db, at + 60_000, [post('4', 'devon@mas.to', 12)]);
    const reply = await handleMessage(db, { type: 'post-history', postKey: 'mastodon:4', author: 'devon@mas.to' }, contentScript('mastodon'), testEnvironment());
    expect(reply.ok && reply.history?.authorPosts).toEqual([{ replies: 2 }, { replies: 4 }]);
  });

  it('leaves the author\'s posts out when the panel does not ask for them', async () => {
    await ingestPosts(db, Date.parse('2026-11-28T10:00:00'), [post('1', 'devon@mas.to', 4)]);
    const reply = await handleMessage(db, { type: 'post-history', postKey: 'mastodon:2' }, contentScript('mastodon'), testEnvironment());
    expect(reply.ok && reply.history?.authorPosts).toBeUndefined();
  });
});
