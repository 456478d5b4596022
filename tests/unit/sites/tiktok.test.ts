import { describe, expect, it } from 'vitest';
import { readTiktokPost, tiktokAdapter } from '../../../lib/sites/tiktok/adapter';
import { adapterForHost } from '../../../lib/sites/registry';
import type { PostReading } from '../../../lib/sites/types';
import { tiktokFeed, tiktokVideoFeed } from '../../support/feeds/tiktok';
import { atUrl, fixtureHtml, parsePage } from '../../support/load-fixture';
import { healthOf } from '../../support/site-health';

const VIDEO = '7441201855212305678';
const postsOf = (doc: Document) => Array.from(doc.querySelectorAll(tiktokAdapter.postSelector));
const readAll = (doc: Document): PostReading[] =>
  postsOf(doc).flatMap((root) => {
    const result = tiktokAdapter.readPost(root);
    return result.ok ? [result.post] : [];
  });
const summary = (post: PostReading) => ({ postId: post.postId, handle: post.author.handle, metrics: post.metrics, lowerBounds: post.lowerBounds });

describe('tiktok adapter on the built For You feed (2026-12-07)', () => {
  const doc = parsePage(fixtureHtml('tiktok/foryou-built-2026-12-07.html'));
  const roots = postsOf(doc);

  it('reads every count of every video, by its numeric id (saves as bookmarks, shares as reposts)', () => {
    expect(readAll(doc).map(summary)).toEqual([
      { postId: VIDEO, handle: 'studio.lumen', metrics: { likes: 12300, replies: 482, bookmarks: 2104, reposts: 1093 }, lowerBounds: ['likes'] },
      // No player id here: the id comes from the video's link. "Share" is printed for no shares: unknown.
      { postId: '7440987654321098765', handle: 'nora.writes', metrics: { likes: 1200000, replies: 15400, bookmarks: 88100 }, lowerBounds: ['likes', 'replies', 'bookmarks'] },
      // Every count printed as its label: nothing is known, nothing is 0.
      { postId: '7440555512345678901', handle: 'quiet.founder', metrics: {}, lowerBounds: [] },
      { postId: '7440111122223333444', handle: 'lena.ugc.de', metrics: { likes: 1200000, replies: 3456, reposts: 980, bookmarks: 12500 }, lowerBounds: ['likes', 'bookmarks'] },
    ]);
  });

  it('reads the caption, its mentions and the permalink', () => {
    const first = readTiktokPost(roots[0]!);
    expect(first.ok && first.post).toMatchObject({
      text: 'Storyboard your hook before you film. #videomarketing @nora.writes',
      mentions: ['nora.writes'],
      permalink: `https://www.tiktok.com/@studio.lumen/video/${VIDEO}`,
    });
  });

  it('skips a LIVE card (no id) and an ad without an action bar (no counts)', () => {
    expect(tiktokAdapter.readPost(roots[4]!)).toEqual({ ok: false, missing: ['postId'] });
    expect(tiktokAdapter.readPost(roots[5]!)).toEqual({ ok: false, missing: ['metrics'] });
    const bare = parsePage('<article data-e2e="recommend-list-item-container"></article>');
    expect(readTiktokPost(postsOf(bare)[0]!)).toEqual({ ok: false, missing: ['postId', 'author', 'metrics'] });
  });

  it('reads views where the page shows them (profile grids and some builds: video-views)', () => {
    const page = parsePage(fixtureHtml('tiktok/foryou-built-2026-12-07.html'));
    const card = postsOf(page)[0]!;
    card.querySelector('section[data-e2e="feed-video"]')!.insertAdjacentHTML('beforeend', '<strong data-e2e="video-views">1.4M</strong>');
    const result = readTiktokPost(card);
    expect(result.ok && result.post.metrics.views).toBe(1400000);
    expect(result.ok && result.post.lowerBounds).toContain('views');
  });

  it('puts the overlay in the action bar', () => {
    for (const root of roots.slice(0, 4)) expect(tiktokAdapter.overlayAnchor(root).parent.querySelector('[data-e2e="like-count"]')).not.toBeNull();
    expect(tiktokAdapter.overlayAnchor(roots[5]!).parent).toBe(roots[5]);
  });
});

describe('tiktok adapter on the built video page (2026-12-07)', () => {
  const doc = parsePage(fixtureHtml('tiktok/video-page-built-2026-12-07.html'));
  const roots = postsOf(doc);

  it('reads the video and every comment with an id: likes, and replies stated on a thread', () => {
    expect(readAll(doc).map(summary)).toEqual([
      { postId: VIDEO, handle: 'studio.lumen', metrics: { likes: 48900, replies: 1284, bookmarks: 5310, reposts: 2207 }, lowerBounds: ['likes'] },
      { postId: '7441300000000000001', handle: 'nora.writes', metrics: { likes: 1204, replies: 12 }, lowerBounds: [] },
      { postId: '7441300000000000011', handle: 'studio.lumen', metrics: { likes: 31 }, lowerBounds: [] },
      // Nobody liked it: TikTok prints no number, so likes are unknown.
      { postId: '7441300000000000012', handle: 'growth.mert', metrics: {}, lowerBounds: [] },
      { postId: '7441300000000000002', handle: 'maya.builds.brands', metrics: { likes: 2100, replies: 48 }, lowerBounds: ['likes'] },
      { postId: '7441300000000000003', handle: 'quiet.founder', metrics: {}, lowerBounds: [] },
      // "View 10 more" is what is left to load, not the total: replies unknown.
      { postId: '7441300000000000004', handle: 'theo.copy', metrics: { likes: 9 }, lowerBounds: [] },
      { postId: '7441300000000000041', handle: 'lena.ugc.de', metrics: { likes: 2 }, lowerBounds: [] },
      { postId: '7441300000000000005', handle: 'lucia.contenidos', metrics: { likes: 56, replies: 3 }, lowerBounds: [] },
    ]);
  });

  it('a comment without an id is not a post; one with an id that is no comment id is unreadable', () => {
    // Ten comment items, one without an id: the video and nine comments are posts.
    expect(doc.querySelectorAll('[class*="DivCommentItemWrapper"]')).toHaveLength(10);
    expect(roots).toHaveLength(10);
    expect(roots.map((root) => tiktokAdapter.readPost(root)).filter((result) => !result.ok)).toEqual([{ ok: false, missing: ['postId'] }]);
  });

  it('a comment answers the video’s author, a reply its thread’s first comment; mentions are read', () => {
    const comments = readAll(doc).slice(1, 3);
    expect(comments.map((post) => [post.inReplyTo, post.mentions, post.permalink])).toEqual([
      [['studio.lumen'], ['studio.lumen'], `https://www.tiktok.com/@studio.lumen/video/${VIDEO}`],
      [['nora.writes'], ['nora.writes'], `https://www.tiktok.com/@studio.lumen/video/${VIDEO}`],
    ]);
    expect(readAll(doc)[1]!.text).toBe('The hook at 0:03 is the whole lesson. @studio.lumen thank you!');
  });

  it('reads the video id from the copy box when the page shows no link or player', () => {
    const page = parsePage(fixtureHtml('tiktok/video-page-built-2026-12-07.html'));
    for (const node of page.querySelectorAll('[id^="xgwrapper-"]')) node.remove();
    const result = readTiktokPost(page.querySelector('[data-e2e="video-detail"]')!);
    expect(result.ok && [result.post.postId, result.post.author.handle]).toEqual([VIDEO, 'studio.lumen']);
  });

  it('reads the video id from the page address when the page shows no link, player or copy box', () => {
    const page = parsePage(fixtureHtml('tiktok/video-page-built-2026-12-07.html'));
    for (const node of page.querySelectorAll('[data-e2e="browse-video-link"], [id^="xgwrapper-"]')) node.remove();
    const detail = atUrl(page, `https://www.tiktok.com/@studio.lumen/video/${VIDEO}`).querySelector('[data-e2e="video-detail"]')!;
    expect(readTiktokPost(detail)).toEqual({ ok: false, missing: ['postId'] });
    Object.defineProperty(page, 'location', { value: new URL(`https://www.tiktok.com/@studio.lumen/video/${VIDEO}`) });
    const result = readTiktokPost(detail);
    expect(result.ok && result.post.postId).toBe(VIDEO);
  });

  it('puts a comment’s overlay in its time-and-reply row', () => {
    for (const root of roots.slice(1)) expect(tiktokAdapter.overlayAnchor(root).parent.querySelector('[data-e2e^="comment-reply-"]')).not.toBeNull();
  });

  it('records abbreviated comment counts as lower bounds', () => {
    const page = parsePage(fixtureHtml('tiktok/video-page-built-2026-12-07.html'));
    const first = postsOf(page)[1]!;
    first.querySelector('[data-e2e="comment-like-count"]')!.textContent = '1.5K';
    first.closest('[class*="DivCommentObjectWrapper"]')!.querySelector('[class*="DivViewRepliesContainer"] span')!.textContent = 'View 2.1K replies';
    const result = readTiktokPost(first);
    expect(result.ok && result.post.metrics).toEqual({ likes: 1500, replies: 2100 });
    expect(result.ok && [...result.post.lowerBounds].sort()).toEqual(['likes', 'replies']);
  });

  it('is the adapter for www.tiktok.com', () => {
    expect(adapterForHost('www.tiktok.com')?.site).toBe('tiktok');
  });
});


describe('tiktok site health', () => {
  it('reads the feed as healthy, and says TikTok changed when the videos lose their ids', () => {
    const doc = parsePage(tiktokFeed.html);
    expect(healthOf(doc, tiktokAdapter)).toMatchObject({ status: 'ok', message: 'TikTok: read 12 of 12 posts.' });
    for (const player of doc.querySelectorAll('[id^="xgwrapper-"]')) player.removeAttribute('id');
    expect(healthOf(doc, tiktokAdapter)).toMatchObject({ status: 'broken', message: expect.stringMatching(/^TikTok seems to have changed its page: FeedCoach read only 0 of 12 posts \(post ids not found\)/) });
  });
});

describe('tiktok demo feeds', () => {
  for (const feed of [tiktokFeed, tiktokVideoFeed]) {
    it(`${feed.url} reads every post to exactly its expected metrics`, () => {
      const doc = parsePage(feed.html);
      expect(postsOf(doc)).toHaveLength(feed.expected.length);
      expect(readAll(doc).map((post) => ({ postId: post.postId, metrics: post.metrics }))).toEqual(feed.expected);
      expect(feed.expected.length).toBeGreaterThanOrEqual(12);
    });
  }
});
