import { describe, expect, it } from 'vitest';
import { blueskyAdapter, readBlueskyPost } from '../../../lib/sites/bluesky/adapter';
import type { PostReading } from '../../../lib/sites/types';
import { blueskyFeed } from '../../support/feeds/bluesky';
import { fixtureHtml, parsePage } from '../../support/load-fixture';

function readAll(html: string): PostReading[] {
  const doc = parsePage(html);
  return Array.from(doc.querySelectorAll(blueskyAdapter.postSelector), (root) => {
    const result = readBlueskyPost(root);
    if (!result.ok) throw new Error(`unreadable post: missing ${result.missing.join(', ')}`);
    return result.post;
  });
}

describe('Bluesky adapter on the built home feed', () => {
  const posts = readAll(fixtureHtml('bluesky/home-following-built-2026-11.html'));

  it('finds every feed item', () => {
    expect(posts.map((post) => post.postId)).toEqual([
      '3lbq2xk4hvs2a',
      '3lbpzq7m2dk2f',
      '3lbpx2v6ngc2k',
      '3lbpvn3ic7s2y',
      '3lbptbbwx3k2u',
      '3lbprr4yhs22o',
    ]);
  });

  it('reads a plain post: exact replies and likes from the labels, reposts from the visible number', () => {
    expect(posts[0]).toMatchObject({
      site: 'bluesky',
      permalink: 'https://bsky.app/profile/maren.bsky.social/post/3lbq2xk4hvs2a',
      author: { handle: 'maren.bsky.social', name: 'Maren Holt' },
      text: 'What made you reply to a brand last week? Not like: reply. Collecting answers for a talk.',
      context: {},
    });
    expect(posts[0]!.metrics).toEqual({ replies: 12, reposts: 4, likes: 40 });
    expect(posts[0]!.lowerBounds).toEqual([]);
  });

  it('reads a repost as the original post, with the reposter in its context and only the counts the page states', () => {
    expect(posts[1]).toMatchObject({
      permalink: 'https://bsky.app/profile/okafor.studio/post/3lbpzq7m2dk2f',
      author: { handle: 'okafor.studio', name: 'Devon Okafor' },
      context: { repostedBy: 'maren.bsky.social' },
    });
    // "Reply (0 replies)" and a repost button without a number: Bluesky prints that number only above zero.
    // The labels state zero replies; the repost button shows no number, so reposts stays unknown.
    expect(posts[1]!.metrics).toEqual({ replies: 0, likes: 1 });
  });

  it('prefers the exact label counts over the compact ones, and keeps compact-only counts as lower bounds', () => {
    expect(posts[2]!.metrics).toEqual({ replies: 1204, reposts: 3400, likes: 15873 });
    expect(posts[2]!.lowerBounds).toEqual(['reposts']);
  });

  it('leaves reposts out when the signed-out repost button cannot be told apart', () => {
    expect(posts[3]!.metrics).toEqual({ replies: 3, likes: 0 });
  });

  it('does not take a quoted post for the post', () => {
    expect(posts[4]).toMatchObject({
      postId: '3lbptbbwx3k2u',
      author: { handle: 'kofi.bsky.social', name: 'Kofi Mensah' },
      text: 'This is the whole playbook, honestly.',
      context: {},
    });
    expect(posts[4]!.metrics).toEqual({ replies: 2, reposts: 1, likes: 9 });
  });

  it('reads localised labels by their testids', () => {
    expect(posts[5]).toMatchObject({ author: { handle: 'jun.takahashi.jp' } });
    expect(posts[5]!.metrics).toEqual({ replies: 7, reposts: 57, likes: 1234 });
  });

  it('anchors the overlay in the row of the reply, repost and like buttons', () => {
    const doc = parsePage(fixtureHtml('bluesky/home-following-built-2026-11.html'));
    const root = doc.querySelector(blueskyAdapter.postSelector)!;
    const { parent } = blueskyAdapter.overlayAnchor(root);
    expect(parent.querySelector('[data-testid="replyBtn"]')).not.toBeNull();
    expect(parent.querySelector('[data-testid="likeBtn"]')).not.toBeNull();
    expect(parent.querySelector('[data-testid="postShareBtn"]')).toBeNull();
  });
});

describe("Bluesky adapter on a profile page's header", () => {
  const [own, other, ...rest] = readAll(fixtureHtml('bluesky/profile-header-built-2026-12.html'));

  it("reads the header's follower count, exact from its title, for the profile's own posts only", () => {
    expect(rest).toHaveLength(0);
    expect(own!.author.handle).toBe('maren.bsky.social');
    // "1.2K followers", titled "1,204".
    expect(own!.metrics).toEqual({ followers: 1204, replies: 12, reposts: 4, likes: 40 });
    expect(own!.lowerBounds).toEqual([]);
    expect(other!.author.handle).toBe('priya.raman.dev');
    expect(other!.metrics.followers).toBeUndefined();
  });

  it('takes the compact number as a lower bound where the header has no exact one', () => {
    const html = fixtureHtml('bluesky/profile-header-built-2026-12.html').replace(/ title="1,204"/, '').replace('aria-label="1.2K followers"', '');
    const [post] = readAll(html);
    expect(post!.metrics.followers).toBe(1200);
    expect(post!.lowerBounds).toEqual(['followers']);
  });
});

describe('Bluesky adapter on the built thread page', () => {
  const [anchor, reply, ...rest] = readAll(fixtureHtml('bluesky/thread-anchor-built-2026-11.html'));

  it('reads the anchor from its stats links, not from the post it quotes', () => {
    expect(rest).toHaveLength(0);
    expect(anchor).toMatchObject({
      postId: '3lbpx2v6ngc2k',
      permalink: 'https://bsky.app/profile/priya.raman.dev/post/3lbpx2v6ngc2k',
      author: { handle: 'priya.raman.dev', name: 'Priya Raman' },
      text: 'We tested 40 hooks on the same post. The winner was a question.',
    });
    // Reposts: 1.5K reposts + 212 quotes (1,712 at least) beats the button's "1.7K"; likes exact from the label.
    expect(anchor!.metrics).toEqual({ replies: 431, reposts: 1712, likes: 9812, bookmarks: 340 });
    expect(anchor!.lowerBounds.sort()).toEqual(['reposts']);
  });

  it('reads a reply in the thread', () => {
    expect(reply).toMatchObject({ postId: '3lbpy7qkq6c2w', author: { handle: 'maren.bsky.social' } });
    expect(reply!.metrics).toEqual({ replies: 1, likes: 27 });
  });
});

function root(testId: string, inner: string): Element {
  return parsePage(`<div data-testid="${testId}">${inner}</div>`).querySelector('[data-testid]')!;
}

const timestamp = '<a href="/profile/ana.bsky.social/post/3labc">1h</a>';

describe('Bluesky adapter on the demo feed', () => {
  it('names each author by their display name, never by the letter their avatar link shows', () => {
    const authors = readAll(blueskyFeed().html).map((post) => post.author.name);
    expect(authors[0]).toBe('Maren Holt');
    expect(authors.filter((name) => name !== undefined && [...name].length < 2)).toEqual([]);
  });
});

describe('Bluesky adapter on edge cases', () => {
  it('takes a compact reply count as a lower bound when the label has no number', () => {
    const result = readBlueskyPost(
      root('feedItem-by-ana.bsky.social', `${timestamp}<button data-testid="replyBtn" aria-label="Reply"><div>2.5K</div></button>`),
    );
    expect(result.ok && result.post.metrics).toEqual({ replies: 2500 });
    expect(result.ok && result.post.lowerBounds).toEqual(['replies']);
  });

  it('reads the thread anchor without counts from the page address', () => {
    const html = '<button data-testid="replyBtn" aria-label="Reply (0 replies)"></button><button data-testid="likeBtn" aria-label="Like (0 likes)"></button>';
    const doc = parsePage(`<div data-testid="postThreadItem-by-ana.bsky.social">${html}</div>`);
    Object.defineProperty(doc, 'defaultView', { value: { location: new URL('https://bsky.app/profile/ana.bsky.social/post/3lxyz') } });
    const result = readBlueskyPost(doc.querySelector('[data-testid]')!);
    expect(result.ok && result.post.postId).toBe('3lxyz');
    // A feed item never falls back to the address.
    const feedItem = parsePage(`<div data-testid="feedItem-by-ana.bsky.social">${html}</div>`).querySelector('[data-testid]')!;
    expect(readBlueskyPost(feedItem)).toEqual({ ok: false, missing: ['postId'] });
  });

  it('gives ok:false without throwing on broken markup', () => {
    expect(readBlueskyPost(root('feedItem-by-ana.bsky.social', '<div>no links, no buttons</div>'))).toEqual({
      ok: false,
      missing: ['postId', 'metrics'],
    });
    expect(readBlueskyPost(root('feedItem-by-', `${timestamp}<button data-testid="likeBtn" aria-label="Like (1 like)"></button>`))).toEqual({
      ok: false,
      missing: ['author', 'postId'],
    });
    expect(readBlueskyPost(root('feedItem-by-ana.bsky.social', '<a href="http://[bad">x</a><button data-testid="likeBtn"></button>'))).toEqual({
      ok: false,
      missing: ['postId'],
    });
    const orphan = root('feedItem-by-ana.bsky.social', timestamp);
    expect(blueskyAdapter.overlayAnchor(orphan).parent).toBe(orphan);
  });
});

describe('Bluesky demo feed', () => {
  const feed = blueskyFeed();

  it('is served at bsky.app and lists 12 to 30 posts', () => {
    expect(feed.url).toBe('https://bsky.app/');
    expect(feed.expected.length).toBeGreaterThanOrEqual(12);
    expect(feed.expected.length).toBeLessThanOrEqual(30);
  });

  it('reads every post to exactly its expected metrics', () => {
    const posts = readAll(feed.html);
    expect(posts.map((post) => ({ postId: post.postId, metrics: post.metrics }))).toEqual(feed.expected);
  });
});

describe('Bluesky adapter on hostile links', () => {
  it('does not throw on a malformed escape in a link', () => {
    const result = readBlueskyPost(root('feedItem-by-ana.bsky.social', '<a href="/profile/%E0%A4%A/post/3l">x</a><button data-testid="likeBtn"></button>'));
    expect(result).toEqual({ ok: false, missing: ['postId'] });
  });
});
