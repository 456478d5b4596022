import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedCoachDatabase } from '../../lib/db/database';
import { judgeHealth, loadHealth, recordHealth } from '../../lib/health/health';
import { siteName } from '../../lib/model/baselines';
import { contentScript, testEnvironment } from './message-environment';

const T0 = Date.parse('2026-11-28T10:00:00');
let db: FeedCoachDatabase;
beforeEach(() => {
  db = new FeedCoachDatabase(`health-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('adapter health', () => {
  it('says plainly when a site reads far fewer posts than it sees', () => {
    expect(judgeHealth({ site: 'x', seen: 40, read: 40, missing: {} }, 'X').status).toBe('ok');
    const broken = judgeHealth({ site: 'x', seen: 40, read: 4, missing: { postId: 36 } }, 'X');
    expect(broken.status).toBe('broken');
    expect(broken.message).toBe(
      'X seems to have changed its page: FeedCoach read only 4 of 40 posts (post ids not found). Counts there may be missing until FeedCoach is updated.',
    );
    expect(judgeHealth({ site: 'x', seen: 40, read: 30, missing: { metrics: 10 } }, 'X').status).toBe('degraded');
  });

  it('does not cry wolf on a handful of posts', () => {
    expect(judgeHealth({ site: 'x', seen: 5, read: 0, missing: { postId: 5 } }, 'X').status).toBe('ok');
  });

  it('adds reports per site and day, including failures taken back', async () => {
    await recordHealth(db, T0, { site: 'reddit', seen: 10, read: 7, missing: { metrics: 3 } });
    await recordHealth(db, T0 + 1000, { site: 'reddit', seen: 0, read: 2, missing: { metrics: -2 } });
    await recordHealth(db, T0, { site: 'x', seen: 3, read: 3, missing: {} });
    const health = await loadHealth(db, 7, T0, siteName);
    expect(health.find((site) => site.site === 'reddit')).toMatchObject({ seen: 10, read: 9, missing: { metrics: 1 }, status: 'ok' });
    expect(health).toHaveLength(2);
  });
});

describe('health riding along with posts', () => {
  it('is written in the same transaction as the posts it came with', async () => {
    const { handleMessage } = await import('../../lib/background/handle-message');
    const post = { site: 'x', postId: '1', permalink: 'https://x.com/a/status/1', author: { handle: 'a' }, text: '', metrics: { likes: 1 }, lowerBounds: [], context: {} };
    const reply = await handleMessage(db, { type: 'posts-seen', seenAt: T0, posts: [post], health: { id: 'report-1', seen: 3, read: 2, missing: { metrics: 1 } } }, contentScript(), testEnvironment());
    expect(reply).toEqual({ ok: true });
    expect((await loadHealth(db, 1, T0, siteName))[0]).toMatchObject({ site: 'x', seen: 3, read: 2, missing: { metrics: 1 } });
    expect(await db.posts.count()).toBe(1);
  });
});
