import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage, type MessageSender } from '../../lib/background/handle-message';
import { applyRetention, forgetPostText } from '../../lib/background/maintenance';
import { parseImport } from '../../lib/data/import';
import { FeedCoachDatabase } from '../../lib/db/database';
import { ingestPosts } from '../../lib/db/ingest';
import { startFeedCoach } from '../../lib/feed/annotator';
import { createPanelKit } from '../../lib/panel-kit/kit';
import { validReading } from '../../lib/feed/valid-reading';
import { loadHealth } from '../../lib/health/health';
import { replacedNotice } from '../../lib/messages/alive';
import { postsSeenMessage, type ExtensionMessage } from '../../lib/messages/schema';
import { siteName } from '../../lib/model/baselines';
import { startCapture, type GivenRecord } from '../../lib/reciprocity/capture';
import { recordGiven, recordReceived } from '../../lib/reciprocity/ledger';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { isoDate } from '../../lib/sites/dom';
import { readMastodonPost } from '../../lib/sites/mastodon/adapter';
import type { PostReading } from '../../lib/sites/types';
import { xAdapter } from '../../lib/sites/x/adapter';
import { DEMO_FEEDS } from '../support/feeds';
import { contentScript, extensionPage, testEnvironment } from './message-environment';
import { userClick } from './user-events';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const DAY = 24 * 3600_000;
const reading = (postId: string, likes = 1, site: PostReading['site'] = 'x'): PostReading => ({
  site,
  postId,
  permalink: site === 'x' ? `https://x.com/ana/status/${postId}` : `https://www.reddit.com/r/a/comments/${postId}/`,
  author: { handle: 'ana', name: 'Ana Souza' },
  text: 'Shipping our launch post today, thoughts?',
  metrics: { likes },
  lowerBounds: [],
  context: { repostedBy: 'ben', quoted: { handle: 'cara', postId: '9' } },
  mentions: ['maya'],
  inReplyTo: ['ben'],
});
const postsSeen = (posts: unknown[], seenAt = NOW) => ({ type: 'posts-seen', seenAt, posts });

let db: FeedCoachDatabase;
beforeEach(() => {
  db = new FeedCoachDatabase(`hardening-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('item 1: the content script sends only readings the background takes', () => {
  it('sends what the background keeps: no text, name or mentions; a date past 9999 dropped, the post kept', () => {
    const long = { ...reading('1'), text: 'T'.repeat(5000), author: { handle: 'ana', name: 'N'.repeat(600) }, mentions: Array.from({ length: 150 }, (_, i) => `fan${i}`), publishedAt: '+010000-01-01T00:00:00.000Z' };
    const valid = validReading(long)!;
    expect(valid.text).toBe('');
    expect(valid.author).toEqual({ handle: 'ana' });
    expect(valid.mentions).toBeUndefined();
    expect(valid.publishedAt).toBeUndefined();
    expect(valid.postId).toBe('1');
    expect(postsSeenMessage.safeParse({ type: 'posts-seen', seenAt: NOW, posts: [valid] }).success).toBe(true);
    expect(validReading({ ...reading('1'), postId: '' })).toBeUndefined();
  });

  it('the page\'s dates past year 9999 are no dates at all', () => {
    expect(isoDate('+010000-01-01T00:00:00Z')).toBeUndefined();
    expect(isoDate('9999-12-31T23:59:59Z')).toBe('9999-12-31T23:59:59.000Z');
    expect(isoDate('275760-09-13T00:00:00Z')).toBeUndefined();
  });
});

describe('item 2: made-up clicks record nothing', () => {
  it('101 clicks the page fires on like buttons record no like; the user\'s own like is recorded', () => {
    const feed = DEMO_FEEDS.find((each) => each.site === 'x')!;
    document.body.innerHTML = new DOMParser().parseFromString(feed.html, 'text/html').body.innerHTML;
    const given: GivenRecord[] = [];
    const stop = startCapture(xAdapter as Parameters<typeof startCapture>[0], document, { me: () => 'me', isThanks: () => false, record: (record) => given.push(record) });
    const like = document.querySelector<HTMLElement>('article [data-testid="like"]')!;
    for (let i = 0; i < 101; i += 1) like.click();
    expect(given).toEqual([]);
    userClick(like);
    stop();
    expect(given.map((record) => record.item.kind)).toEqual(['like']);
    document.body.replaceChildren();
  });
});

describe('item 3: times are bounded to now', () => {
  it('a reading stamped a year ahead is stored as seen now, and later readings still update the post', async () => {
    const environment = testEnvironment(NOW);
    await handleMessage(db, postsSeen([reading('1', 1)], NOW + 365 * DAY), contentScript(), environment);
    expect((await db.posts.get('x:1'))!.lastSeenAt).toBe(NOW);
    await handleMessage(db, postsSeen([reading('1', 9)], NOW + 1000), contentScript(), testEnvironment(NOW + 1000));
    expect((await db.posts.get('x:1'))!.metrics.likes).toBe(9);
  });

  it('a post stored with a time in the future (an old import, a clock that jumped) does not freeze, and retention reaches it', async () => {
    await ingestPosts(db, NOW + 365 * DAY, [reading('1', 1)], NOW + 365 * DAY);
    await ingestPosts(db, NOW, [reading('1', 5)], NOW);
    expect((await db.posts.get('x:1'))!.metrics.likes).toBe(5);
    await db.snapshots.put({ postKey: 'x:1', at: NOW + 365 * DAY, metrics: { likes: 1 } });
    await db.posts.update('x:1', { lastSeenAt: NOW + 365 * DAY });
    await applyRetention(db, 30, NOW);
    expect(await db.snapshots.where('at').above(NOW).count()).toBe(0);
    expect((await db.posts.get('x:1'))!.lastSeenAt).toBe(NOW);
  });

  it('an import with a time after now is refused, with a message that says so', () => {
    const file = { format: 'feedcoach-export', schemaVersion: 2, exportedAt: new Date(NOW).toISOString(), tables: { posts: [], snapshots: [{ postKey: 'x:1', at: 8.64e15, metrics: {} }], daily: [], accounts: [], people: [], interactions: [], reminders: [], health: [] } };
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/no later than now/);
  });
});

describe('item 8: only what a feature reads back is kept, and only as long as the user chose', () => {
  it('a post is stored without its text, display name, mentions, replies-to, reposter or quote', async () => {
    await handleMessage(db, postsSeen([reading('1')]), contentScript(), testEnvironment(NOW));
    expect(await db.posts.get('x:1')).toEqual({
      key: 'x:1',
      site: 'x',
      postId: '1',
      permalink: 'https://x.com/ana/status/1',
      author: { handle: 'ana' },
      text: '',
      metrics: { likes: 1 },
      lowerBounds: [],
      context: {},
      firstSeenAt: NOW,
      lastSeenAt: NOW,
      lastSeenDay: expect.any(String),
    });
  });

  it('posts stored by older versions lose their text once, after an update', async () => {
    await ingestPosts(db, NOW, [reading('1')], NOW);
    await db.posts.update('x:1', { text: 'old text', author: { handle: 'ana', name: 'Ana' }, mentions: ['maya'] });
    expect(await forgetPostText(db)).toBe(1);
    expect(await db.posts.get('x:1')).toMatchObject({ text: '', author: { handle: 'ana' } });
    expect((await db.posts.get('x:1'))!.mentions).toBeUndefined();
    expect(await forgetPostText(db)).toBe(0);
  });

  it('retention drops posts last seen before it with their snapshots, and people last heard from before it unless still owed', async () => {
    await ingestPosts(db, NOW - 100 * DAY, [reading('old')], NOW);
    await ingestPosts(db, NOW - DAY, [reading('new')], NOW);
    await recordGiven(db, 'g-quiet-0001', NOW - 100 * DAY, { site: 'x', kind: 'like', to: [{ handle: 'quiet' }], thanks: false });
    await db.accounts.put({ site: 'x', handle: 'me', seenAt: NOW });
    await recordReceived(db, NOW - 100 * DAY, [{ site: 'x', kind: 'repost', actor: { handle: 'owed' }, targetExcerpt: 'my post' }]);
    const result = await applyRetention(db, 30, NOW);
    expect(await db.posts.toCollection().primaryKeys()).toEqual(['x:new']);
    expect(await db.snapshots.where('postKey').equals('x:old').count()).toBe(0);
    expect(result).toMatchObject({ posts: 1, people: 1 });
    expect(await db.people.toCollection().primaryKeys()).toEqual(['x:owed']);
    expect(await db.interactions.where('personKey').equals('x:quiet').count()).toBe(0);
  });

  it('a Mastodon direct message ("private mention") is no post: not read, not counted', () => {
    const status = (visibility: string) =>
      new DOMParser().parseFromString(
        `<article data-id="1"><div class="status__wrapper status__wrapper-${visibility}"><div class="status status-${visibility}" data-id="112"><div class="status__info"><a class="status__relative-time" href="/@ana/112"><time datetime="2026-11-28T08:00:00.000Z">1h</time></a><a class="status__display-name" href="/@ana"></a></div><div class="status__content">secret</div><div class="status__action-bar"><button class="status__action-bar__button icon-button--with-counter"><svg class="icon icon-reply"></svg><span class="icon-button__counter">2</span></button></div></div></div></article>`,
        'text/html',
      ).querySelector('article')!;
    expect(readMastodonPost(status('direct'))).toEqual({ ok: false, missing: [], private: true });
    expect(readMastodonPost(status('public')).ok).toBe(true);
  });
});

describe('item 10: each context sends only its own kinds, and a content script only for its tab\'s site', () => {
  it('a content script cannot act on reminders or say the data changed; the popup cannot write posts', async () => {
    const environment = testEnvironment(NOW);
    for (const message of [{ type: 'data-changed' }, { type: 'reminder-action', id: 'r1', action: { type: 'done' } }]) {
      expect(await handleMessage(db, message, contentScript(), environment)).toMatchObject({ ok: false, refused: true });
    }
    expect(await handleMessage(db, postsSeen([reading('1')]), extensionPage, environment)).toMatchObject({ ok: false, refused: true });
    expect(await handleMessage(db, { type: 'data-changed' }, extensionPage, environment)).toEqual({ ok: true });
    expect(await db.posts.count()).toBe(0);
  });

  it('a content script on x.com cannot write Reddit posts, report Reddit\'s health or read a Reddit post\'s history', async () => {
    const environment = testEnvironment(NOW);
    const reply = await handleMessage(db, postsSeen([reading('1'), reading('t3_a', 1, 'reddit')]), contentScript('x'), environment);
    expect(reply).toEqual({ ok: true, rejected: 1 });
    expect(await db.posts.toCollection().primaryKeys()).toEqual(['x:1']);
    const health = { type: 'adapter-health', site: 'reddit', at: NOW, id: 'report-0001', seen: 10, read: 0, missing: { postId: 10 } };
    expect(await handleMessage(db, health, contentScript('x'), environment)).toMatchObject({ ok: false, refused: true });
    expect(await handleMessage(db, { type: 'post-history', postKey: 'reddit:t3_a' }, contentScript('x'), environment)).toMatchObject({ ok: false, refused: true });
    expect(await handleMessage(db, { type: 'post-history', postKey: 'x:1' }, contentScript('x'), environment)).toMatchObject({ ok: true });
  });

  it('a page of a host FeedCoach does not read is no sender at all', async () => {
    const stranger: MessageSender = { id: 'me', url: 'https://evil.example/', tab: { id: 3 }, frameId: 0 };
    expect(await handleMessage(db, postsSeen([reading('1')]), stranger, testEnvironment(NOW))).toMatchObject({ ok: false, refused: true });
  });
});

describe('item 4: a newer copy of the content script is announced through the background', () => {
  it('the background tells the frame the copy started in, which the page cannot do', async () => {
    const environment = testEnvironment(NOW);
    const instance = '00mif2x1a0-0a1b2c3d';
    expect(await handleMessage(db, { type: 'script-started', instance }, { ...contentScript('x', 12), frameId: 3 }, environment)).toEqual({ ok: true });
    expect(environment.told).toEqual([{ tabId: 12, frameId: 3, message: replacedNotice(instance) }]);
  });
});

describe('item 13: health is counted once when a reply is lost after the write committed', () => {
  it('the same report sent twice is added once', async () => {
    const environment = testEnvironment(NOW);
    const health = { type: 'adapter-health', site: 'x', at: NOW, id: 'report-0001', seen: 10, read: 9, missing: { metrics: 1 } };
    await handleMessage(db, health, contentScript(), environment);
    await handleMessage(db, health, contentScript(), environment);
    expect((await loadHealth(db, 1, NOW, siteName))[0]).toMatchObject({ seen: 10, read: 9 });
  });

  it('a page whose first reply is lost sends the same report again, and the site counts each post once', async () => {
    const feed = DEMO_FEEDS.find((each) => each.site === 'x')!;
    let replies = 0;
    const coach = startFeedCoach(xAdapter, document.body, DEFAULT_SETTINGS, {
      ask: async (message: ExtensionMessage) => {
        const reply = await handleMessage(db, message, contentScript(), testEnvironment(Date.now()));
        replies += 1;
        return replies === 1 ? undefined : reply; // the write committed, its answer never arrived
      },
      loadPanelKit: async () => createPanelKit(),
    });
    document.body.innerHTML = new DOMParser().parseFromString(feed.html, 'text/html').body.innerHTML;
    await new Promise((done) => setTimeout(done, 2500));
    coach.stop();
    document.body.replaceChildren();
    expect(replies).toBeGreaterThan(1);
    const [health] = await loadHealth(db, 1, Date.now(), siteName);
    expect(health).toMatchObject({ site: 'x', seen: feed.expected.length, read: feed.expected.length });
  }, 20_000);
});
