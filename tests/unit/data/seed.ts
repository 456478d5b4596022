import type { FeedCoachDatabase } from '../../../lib/db/database';
import { ingestPosts } from '../../../lib/db/ingest';
import { recordHealth } from '../../../lib/health/health';
import { recordGiven, recordReceived, updateReminder } from '../../../lib/reciprocity/ledger';
import type { PostReading } from '../../../lib/sites/types';

export const T0 = Date.parse('2026-11-28T10:00:00Z');
export const MINUTE = 60_000;
export const DAY = 24 * 3600_000;

/** Post readings with the awkward parts real feeds have: quotes, commas, line breaks, emoji, formula-like text. */
export const READINGS: PostReading[] = [
  {
    site: 'x',
    postId: '1861000000000000001',
    permalink: 'https://x.com/ana/status/1861000000000000001',
    author: { handle: 'ana', name: 'Ana "the analyst", PhD' },
    publishedAt: '2026-11-28T09:30:00.000Z',
    text: '=HYPERLINK("https://evil.example","click")\nSecond line, with a comma; and 🎉',
    metrics: { likes: 12, reposts: 3, replies: 2, views: 1200 },
    lowerBounds: ['views'],
    context: { repostedBy: 'ben' },
    mentions: ['maya'],
  },
  {
    site: 'bluesky',
    postId: '3kabc2xyz',
    permalink: 'https://bsky.app/profile/cara.bsky.social/post/3kabc2xyz',
    author: { handle: 'cara.bsky.social' },
    text: '-5 degrees and @everyone is outside. "Quotes" too.',
    metrics: { likes: 0, reposts: 7 },
    lowerBounds: [],
    context: { quoted: { handle: 'dev', postId: '3kqqq' }, pinned: true },
    inReplyTo: ['maya.bsky.social'],
  },
  {
    site: 'reddit',
    postId: 't3_1abcde',
    permalink: 'https://www.reddit.com/r/marketing/comments/1abcde/hello/',
    author: { handle: 'u/eve_writes', name: 'Eve' },
    text: 'x'.repeat(2000),
    metrics: { likes: 4521, replies: 310 },
    lowerBounds: ['likes'],
    context: { promoted: true },
  },
];

/** Fills a database through the real write paths (ingest, ledger, health), as weeks of use would. */
export async function seedThroughRealWrites(db: FeedCoachDatabase): Promise<void> {
  await ingestPosts(db, T0, READINGS);
  await ingestPosts(db, T0 + MINUTE, READINGS.map((reading) => ({ ...reading, metrics: { ...reading.metrics, likes: (reading.metrics.likes ?? 0) + 5 } })));
  await ingestPosts(db, T0 + DAY, [READINGS[0]!]);
  // Posts stored by versions that kept their text, names and mentions (and exports of those) still carry them.
  for (const { site, postId, author, text, context, mentions, inReplyTo } of READINGS) {
    await db.posts.update(`${site}:${postId}`, { author, text, context, ...(mentions && { mentions }), ...(inReplyTo && { inReplyTo }) });
  }
  await db.accounts.put({ site: 'x', handle: 'maya', seenAt: T0 });
  await db.accounts.put({ site: 'bluesky', handle: 'maya.bsky.social', seenAt: T0 });
  await recordReceived(db, T0 + 2 * MINUTE, [
    { site: 'x', kind: 'repost', actor: { handle: 'ana', name: 'Ana' }, targetExcerpt: 'my launch post' },
    { site: 'x', kind: 'quote', actor: { handle: '@Ben' }, sourcePostId: '1862', targetPostId: '1861', permalink: 'https://x.com/ben/status/1862' },
    { site: 'x', kind: 'mention', actor: { handle: 'cara' }, sourcePostId: '1863' },
    { site: 'x', kind: 'like', actor: { handle: 'dev' }, targetExcerpt: 'my launch post' },
    { site: 'bluesky', kind: 'reply', actor: { handle: 'eve.bsky.social', name: '=cmd|calc' }, sourcePostId: '3kr' },
  ]);
  await recordReceived(db, T0 + DAY, [{ site: 'x', kind: 'repost', actor: { handle: 'ana' }, targetPostId: '1870', targetExcerpt: 'second post' }]);
  await recordGiven(db, 'g-0001-thanks', T0 + 3 * MINUTE, { site: 'x', kind: 'reply', to: [{ handle: 'ana' }], targetPostId: '1861', thanks: true });
  await recordGiven(db, 'g-0002-like', T0 + 4 * MINUTE, { site: 'x', kind: 'like', to: [{ handle: 'cara' }], targetPostId: '1863', thanks: false });
  await recordGiven(db, 'g-0003-post', T0 + 5 * MINUTE, { site: 'bluesky', kind: 'mention', to: [], thanks: false });
  const ben = await db.reminders.where('personKey').equals('x:ben').first();
  const cara = await db.reminders.where('personKey').equals('x:cara').first();
  await updateReminder(db, ben!.id, { type: 'snooze', until: T0 + 2 * DAY }, T0 + 6 * MINUTE);
  await updateReminder(db, cara!.id, { type: 'done' }, T0 + 7 * MINUTE);
  await db.people.update('x:ana', { linkedTo: 'bluesky:ana.bsky.social' });
  await recordHealth(db, T0, { site: 'x', seen: 40, read: 38, missing: { metrics: 2 } });
  await recordHealth(db, T0 + DAY, { site: 'bluesky', seen: 10, read: 10, missing: {} });
}
