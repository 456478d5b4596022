import { describe, expect, it } from 'vitest';
import { mastodonAdapter, readMastodonPost } from '../../../lib/sites/mastodon/adapter';
import type { PostReading, ReadResult } from '../../../lib/sites/types';
import { mastodonFeed, mastodonThreadFeed } from '../../support/feeds/mastodon';
import { fixtureHtml, parsePage } from '../../support/load-fixture';

// Status links are relative ("/@maren/1135…"): the permalink is on the instance the page is served from.
// Set before the describe blocks below read their fixtures.
(window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://mastodon.social/home');

function readResults(html: string): ReadResult[] {
  const doc = parsePage(html);
  return Array.from(doc.querySelectorAll(mastodonAdapter.postSelector), (root) => readMastodonPost(root));
}

function readAll(html: string): PostReading[] {
  return readResults(html).map((result) => {
    if (!result.ok) throw new Error(`unreadable post: missing ${result.missing.join(', ')}`);
    return result.post;
  });
}

describe('Mastodon adapter on the built home timeline (4.3+)', () => {
  const results = readResults(fixtureHtml('mastodon/home-timeline-built-2026-11.html'));
  const posts = results.filter((result) => result.ok).map((result) => result.post);

  it('reads a status: the reply counter is the only count a home timeline shows', () => {
    expect(posts[0]).toEqual({
      site: 'mastodon',
      postId: '113555100000000001',
      permalink: 'https://mastodon.social/@maren/113555100000000001',
      author: { handle: 'maren', name: 'Maren Holt' },
      publishedAt: '2026-11-28T08:41:00.000Z',
      text: 'What made you reply to a brand last week? Collecting answers for a talk.',
      metrics: { replies: 12 },
      lowerBounds: [],
      context: {},
    });
  });

  it('reads a boost as the boosted status, with its own id and the booster in its context', () => {
    expect(posts[1]).toMatchObject({
      postId: '113554800000000002',
      permalink: 'https://mastodon.social/@devon@mas.to/113554800000000002',
      author: { handle: 'devon@mas.to', name: 'Devon Okafor' },
      context: { repostedBy: 'maren' },
      metrics: { replies: 0 },
    });
  });

  it('does not take a quoted status for the post, and keeps an abbreviated counter as a lower bound', () => {
    expect(posts[2]).toMatchObject({
      postId: '113555080000000003',
      author: { handle: 'priya' },
      text: 'This thread on replies over likes changed how we report.',
      metrics: { replies: 1200 },
      lowerBounds: ['replies'],
    });
  });

  it('gives ok:false for an emptied off-screen article, so it is read again when filled', () => {
    expect(results[3]).toEqual({ ok: false, missing: ['author', 'metrics'] });
  });

  it('reads localised action bars by their icons', () => {
    expect(posts[3]).toMatchObject({ postId: '113555060000000005', metrics: { replies: 7 } });
    expect(results).toHaveLength(5);
  });

  it('anchors the overlay in the status action bar', () => {
    const doc = parsePage(fixtureHtml('mastodon/home-timeline-built-2026-11.html'));
    const article = doc.querySelector(mastodonAdapter.postSelector)!;
    expect(mastodonAdapter.overlayAnchor(article).parent.className).toBe('status__action-bar');
  });
});

describe("Mastodon adapter on an account page's header", () => {
  it("reads the header's exact follower count (its title) for the account's own statuses only", () => {
    const [own, other, ...rest] = readAll(fixtureHtml('mastodon/account-header-built-2026-12.html'));
    expect(rest).toHaveLength(0);
    expect(own!.author.handle).toBe('maren');
    // "1.3K Followers", titled "1,262"; the home column shows only the reply count.
    expect(own!.metrics).toEqual({ followers: 1262, replies: 12 });
    expect(own!.lowerBounds).toEqual([]);
    expect(other!.author.handle).toBe('priya');
    expect(other!.metrics.followers).toBeUndefined();
  });

  it('keeps the compact number as a lower bound when the link has no title', () => {
    const [own] = readAll(fixtureHtml('mastodon/account-header-built-2026-12.html').replace('title="1,262" ', ''));
    expect(own!.metrics.followers).toBe(1300);
    expect(own!.lowerBounds).toEqual(['followers']);
  });
});

describe('Mastodon adapter on the built Explore > Posts column (with counters)', () => {
  const posts = readAll(fixtureHtml('mastodon/explore-posts-built-2026-11.html'));

  it('maps boosts to reposts and favourites to likes', () => {
    expect(posts.map((post) => [post.postId, post.author.handle, post.metrics, post.lowerBounds])).toEqual([
      ['113555200000000001', 'maren', { replies: 48, reposts: 312, likes: 1900 }, ['likes']],
      ['113555190000000002', 'okafor@mastodon.online', { replies: 0, reposts: 0, likes: 5 }, []],
      ['113555180000000003', 'lena', { replies: 2100, reposts: 12000, likes: 1500000 }, ['replies', 'reposts', 'likes']],
    ]);
  });
});

describe('Mastodon adapter on the built 4.1 timeline (Font Awesome icons)', () => {
  const posts = readAll(fixtureHtml('mastodon/home-timeline-fa-icons-built-2023-08.html'));

  it('reads the obfuscated "1+" reply counter as a lower bound', () => {
    expect(posts[0]).toMatchObject({ postId: '110900000000000001', metrics: { replies: 1 }, lowerBounds: ['replies'] });
    expect(posts[1]).toMatchObject({
      postId: '110899000000000002',
      author: { handle: 'kofi' },
      metrics: { replies: 1 },
      lowerBounds: [],
      context: { repostedBy: 'priya' },
    });
  });
});

describe('Mastodon adapter on the built status page', () => {
  const posts = readAll(fixtureHtml('mastodon/status-detail-built-2026-11.html'));

  it('reads the thread around the focused status, and the focused status with its boosts and favourites', () => {
    expect(posts.map((post) => [post.postId, post.author.handle, post.metrics, post.lowerBounds])).toEqual([
      ['113555000000000010', 'maren', { replies: 3 }, []],
      // Its datetime link points to the origin server: the id is the instance's, from the boosts link.
      ['113555000000000011', 'devon@mas.to', { reposts: 1200, likes: 4800 }, ['reposts', 'likes']],
      ['113555000000000012', 'priya', { replies: 0 }, []],
    ]);
    expect(posts[1]).toMatchObject({
      permalink: 'https://mastodon.social/@devon@mas.to/113555000000000011',
      author: { name: 'Devon Okafor' },
      text: 'Replies per post. Everything else is applause.',
    });
  });

  it('anchors the focused status overlay in its action bar', () => {
    const doc = parsePage(fixtureHtml('mastodon/status-detail-built-2026-11.html'));
    const detailed = doc.querySelector('.detailed-status__wrapper')!;
    expect(mastodonAdapter.overlayAnchor(detailed).parent.className).toBe('detailed-status__action-bar');
  });

  it('leaves reposts out of a followers-only status, which has no boosts link', () => {
    const [post, ...rest] = readAll(fixtureHtml('mastodon/status-detail-private-built-2026-11.html'));
    expect(rest).toHaveLength(0);
    expect(post).toMatchObject({ postId: '113555000000000020', author: { handle: 'maren' }, metrics: { likes: 7 } });
  });
});

function article(inner: string): Element {
  return parsePage(`<article data-id="1">${inner}</article>`).querySelector('article')!;
}

describe('Mastodon adapter on edge cases', () => {
  it('gives ok:false without throwing on broken markup', () => {
    expect(readMastodonPost(article('<div class="status" data-id="abc"><div class="status__action-bar"></div></div>'))).toEqual({
      ok: false,
      missing: ['postId', 'author'],
    });
    expect(readMastodonPost(article('<div class="status" data-id="5"><a class="status__relative-time" href="/@ana/5">1h</a></div>'))).toEqual({
      ok: false,
      missing: ['metrics'],
    });
    expect(readMastodonPost(parsePage('<article></article>').querySelector('article')!)).toEqual({
      ok: false,
      missing: ['postId', 'author', 'metrics'],
    });
    expect(readMastodonPost(parsePage('<div class="detailed-status__wrapper"></div>').querySelector('div')!)).toEqual({
      ok: false,
      missing: ['postId', 'author', 'metrics'],
    });
    const emptied = article('<div><div class="status__wrapper"><span>Ana</span></div></div>');
    expect(mastodonAdapter.overlayAnchor(emptied).parent).toBe(emptied);
  });

  it('reads an action bar without counters as a status with no counts shown', () => {
    const result = readMastodonPost(
      article('<div class="status" data-id="5"><a class="status__relative-time" href="/@ana/5">1h</a><div class="status__action-bar"></div></div>'),
    );
    expect(result.ok && result.post.metrics).toEqual({});
  });
});

describe('Mastodon demo feeds', () => {
  for (const feed of [mastodonFeed(), mastodonThreadFeed()]) {
    it(`${feed.title}: reads every post to exactly its expected metrics`, () => {
      expect(new URL(feed.url).host).toBe('mastodon.social');
      const posts = readAll(feed.html);
      expect(posts.map((post) => ({ postId: post.postId, metrics: post.metrics }))).toEqual(feed.expected);
    });
  }

  it('the home feed lists 12 to 30 posts, each with only its reply count', () => {
    const feed = mastodonFeed();
    expect(feed.url).toBe('https://mastodon.social/home');
    expect(feed.expected.length).toBeGreaterThanOrEqual(12);
    expect(feed.expected.length).toBeLessThanOrEqual(30);
    expect(feed.expected.every((post) => Object.keys(post.metrics).join() === 'replies')).toBe(true);
  });
});

describe('Mastodon adapter on hostile links', () => {
  it('does not throw on a malformed escape in a link', () => {
    const root = parsePage('<article data-id="5"><div class="status" data-id="5"><a class="status__relative-time" href="/@%E0%A4%A/5">1h</a><div class="status__action-bar"></div></div></article>').querySelector('article')!;
    expect(readMastodonPost(root)).toEqual({ ok: false, missing: ['author'] });
  });
});
