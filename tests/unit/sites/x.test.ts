import { describe, expect, it } from 'vitest';
import { readXPost, xAdapter } from '../../../lib/sites/x/adapter';
import type { PostReading } from '../../../lib/sites/types';
import { fixtureHtml, parsePage } from '../../support/load-fixture';

function readAll(path: string): PostReading[] {
  const doc = parsePage(fixtureHtml(path));
  return Array.from(doc.querySelectorAll(xAdapter.postSelector), (article) => {
    const result = readXPost(article);
    if (!result.ok) throw new Error(`unreadable post in ${path}: missing ${result.missing.join(', ')}`);
    return result.post;
  });
}

describe('X adapter on captured markup', () => {
  it('reads the 2026-02 home timeline repost with the exact counts of its aria-labels', () => {
    const [post, ...rest] = readAll('x/home-repost-2026-02-13.html');
    expect(rest).toHaveLength(0);
    expect(post).toMatchObject({
      site: 'x',
      postId: '2022259933887050206',
      permalink: 'https://x.com/eikedrescher/status/2022259933887050206',
      author: { handle: 'eikedrescher', name: 'Eike Drescher' },
      publishedAt: '2026-02-13T10:41:54.000Z',
      context: { repostedBy: 'hwwaanng' },
    });
    // "17 replies, 10 reposts, 131 likes, 25 bookmarks, 11716 views": views exact, not the visible "11K".
    expect(post!.metrics).toEqual({ replies: 17, reposts: 10, likes: 131, bookmarks: 25, views: 11716 });
    expect(post!.lowerBounds).toEqual([]);
    expect(post!.context.promoted).toBeUndefined();
  });

  it('reads the 2026-09 pinned quote post the viewer liked and bookmarked', () => {
    const [post, ...rest] = readAll('x/profile-pinned-quote-2026-09.html');
    expect(rest).toHaveLength(0);
    expect(post).toMatchObject({
      postId: '2097778026113318960',
      author: { handle: 'theo', name: 'Theo - t3.gg' },
      text: "We need to talk about Jacob's resignation.",
      context: { pinned: true, quoted: { handle: 'hilbertspaess' } },
    });
    // The bookmark button says only "Bookmarked": the count comes from the group label.
    expect(post!.metrics).toEqual({ replies: 79, reposts: 47, likes: 897, bookmarks: 478, views: 146469 });
    // A video's placement tracker inside the post is not an ad.
    expect(post!.context.promoted).toBeUndefined();
    expect(post!.publishedAt).toBeUndefined();
  });

  it('reads the 2023-08 quote post (div buttons) without taking the quoted post for the post', () => {
    const [post, ...rest] = readAll('x/home-quote-2023-08.html');
    expect(rest).toHaveLength(0);
    expect(post).toMatchObject({
      postId: '1694793444009337123',
      author: { handle: 'realNathanCheng' },
      publishedAt: '2023-08-24T19:26:59.000Z',
      text: 'There are 8B other people with you in this escape room. But most don’t even know it’s an escape room.',
      context: { quoted: { handle: 'realNathanCheng' } },
    });
    expect(post!.metrics).toEqual({ replies: 4, reposts: 9, likes: 83, bookmarks: 1, views: 5360 });
  });

  it("reads the profile header's follower count for the profile's own posts, as a lower bound where X abbreviates it", () => {
    const [post, ...rest] = readAll('x/profile-header-built-2026-12.html');
    expect(rest).toHaveLength(0);
    expect(post!.author.handle).toBe('theo');
    // "492.1K Followers" in the header of @theo's page.
    expect(post!.metrics).toEqual({ followers: 492100, replies: 79, reposts: 47, likes: 897, bookmarks: 478, views: 146469 });
    expect(post!.lowerBounds).toEqual(['followers']);
  });

  it("gives another author's post on the same profile page no follower count, and an exact count stays exact", () => {
    const repost = fixtureHtml('x/home-repost-2026-02-13.html');
    const doc = parsePage(
      `<div data-testid="primaryColumn"><a href="/eikedrescher/verified_followers" dir="ltr" role="link"><span><span>2,181</span></span> <span><span>Followers</span></span></a>` +
        `<section>${fixtureHtml('x/profile-pinned-quote-2026-09.html')}${repost}</section></div>`,
    );
    const [theo, eike] = Array.from(doc.querySelectorAll(xAdapter.postSelector), (node) => readXPost(node));
    expect(theo!.ok && theo!.post.metrics.followers).toBeUndefined();
    expect(eike!.ok && eike!.post.author.handle).toBe('eikedrescher');
    expect(eike!.ok && eike!.post.metrics.followers).toBe(2181);
    expect(eike!.ok && eike!.post.lowerBounds).toEqual([]);
  });

  it('anchors the overlay in the action row', () => {
    const doc = parsePage(fixtureHtml('x/home-repost-2026-02-13.html'));
    const article = doc.querySelector(xAdapter.postSelector)!;
    expect(xAdapter.overlayAnchor(article).parent.getAttribute('role')).toBe('group');
  });
});

function article(inner: string): Element {
  const doc = parsePage(`<article data-testid="tweet">${inner}</article>`);
  return doc.querySelector('article')!;
}

const header = (id = '123') =>
  `<div data-testid="User-Name"><a href="/ana"><span>Ana</span></a><a href="/ana/status/${id}"><time datetime="2026-11-01T10:00:00.000Z">1h</time></a></div>`;

describe('X adapter on edge cases', () => {
  it('falls back to the visible compact numbers as lower bounds when labels have no count', () => {
    const post = readXPost(
      article(`${header()}<div role="group" aria-label=""><button data-testid="reply" aria-label="Reply"><span data-testid="app-text-transition-container">1.2K</span></button>
      <button data-testid="like" aria-label="Like"><span data-testid="app-text-transition-container">3,4 k</span></button></div>`),
    );
    expect(post.ok && post.post.metrics).toEqual({ replies: 1200, likes: 3400 });
    expect(post.ok && post.post.lowerBounds.sort()).toEqual(['likes', 'replies']);
  });

  it('reads localised labels: numbers come from the buttons, bookmarks from the group label', () => {
    const post = readXPost(
      article(`${header()}<div role="group" aria-label="14 回复、13 次转帖、56 喜欢、90 书签、5124 次观看">
      <button data-testid="reply" aria-label="14 回复。回复"></button><button data-testid="retweet" aria-label="13 次转帖。转帖"></button>
      <button data-testid="like" aria-label="56 喜欢。喜欢"></button><button data-testid="bookmark" aria-label="书签"></button>
      <a href="/ana/status/123/analytics" aria-label="5124 次查看。查看帖子分析"></a></div>`),
    );
    expect(post.ok && post.post.metrics).toEqual({ replies: 14, reposts: 13, likes: 56, bookmarks: 90, views: 5124 });
  });

  it('leaves counts the page does not show absent, never 0', () => {
    const post = readXPost(
      article(`${header()}<div role="group" aria-label="3 likes"><button data-testid="reply" aria-label="Reply"></button>
      <button data-testid="like" aria-label="3 Likes. Like"></button></div>`),
    );
    expect(post.ok && post.post.metrics).toEqual({ likes: 3 });
  });

  it('recognises a promoted post by its placement wrapper or its Ad label', () => {
    const doc = parsePage(
      `<div data-testid="placementTracking"><article data-testid="tweet">${header('9')}<div role="group" aria-label="2 likes"></div></article></div>
       <article data-testid="tweet">${header('10')}<div><span>Ad</span></div><div role="group" aria-label="2 likes"></div></article>`,
    );
    const posts = Array.from(doc.querySelectorAll('article'), (node) => readXPost(node));
    expect(posts.map((post) => post.ok && post.post.context.promoted)).toEqual([true, true]);
  });

  it('does not take a name or text that merely contains "Ad" for the Ad label', () => {
    const post = readXPost(
      article(
        `<div data-testid="User-Name"><a href="/adam"><span>Adam Adler</span></a><a href="/adam/status/11"><time datetime="2026-11-01T10:00:00.000Z">1h</time></a></div>` +
          `<div><span>Ad hoc</span><span>Promoted by nobody</span></div><div role="group" aria-label="2 likes"></div>`,
      ),
    );
    expect(post.ok && post.post.context.promoted).toBeUndefined();
  });

  it('reports what is missing instead of throwing on broken markup', () => {
    expect(readXPost(article('<div>nothing here</div>'))).toEqual({ ok: false, missing: ['postId', 'author', 'metrics'] });
    expect(readXPost(article(header()))).toEqual({ ok: false, missing: ['metrics'] });
  });

  it('never lets post text become markup', () => {
    const post = readXPost(
      article(`${header()}<div data-testid="tweetText"><span>&lt;img src=x onerror=alert(1)&gt; hi</span><img alt="🎉"></div><div role="group" aria-label="1 like"></div>`),
    );
    expect(post.ok && post.post.text).toBe('<img src=x onerror=alert(1)> hi🎉');
  });
});
