import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facebookAdapter, readFacebookPost } from '../../../lib/sites/facebook/adapter';
import type { PostReading } from '../../../lib/sites/types';
import { facebookFeed } from '../../support/feeds/facebook';

const FIXTURES = resolve(__dirname, '../../fixtures/facebook');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function postsOf(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(facebookAdapter.postSelector));
}

function readAll(doc: Document): PostReading[] {
  return postsOf(doc).flatMap((root) => {
    const result = facebookAdapter.readPost(root);
    return result.ok ? [result.post] : [];
  });
}

describe('facebook adapter on the built feed fixture (2026-11-28)', () => {
  const doc = parse(readFileSync(resolve(FIXTURES, 'facebook-feed-built-2026-11-28.html'), 'utf8'));
  const roots = postsOf(doc);

  it('selects each post once, whichever wrapper it has', () => {
    expect(roots).toHaveLength(8);
    expect(roots[0]!.hasAttribute('aria-posinset')).toBe(true);
    expect(roots[3]!.getAttribute('data-pagelet')).toBe('FeedUnit_4');
  });

  it('reads every count of every post: reactions as likes, comments as replies, shares as reposts', () => {
    const read = readAll(doc).map((post) => ({
      postId: post.postId,
      handle: post.author.handle,
      name: post.author.name,
      permalink: post.permalink,
      metrics: post.metrics,
      lowerBounds: [...post.lowerBounds].sort(),
    }));
    expect(read).toEqual([
      // Comments below the action row ("12 comments" in a comment, "View 5 more comments") are not counts.
      {
        postId: 'pfbid02Xk7aBcDeFgHiJkLmNoPqRsTuVwXyZ12345aBcDeFgHiJkl', handle: 'brightlane.studio', name: 'Brightlane Studio',
        permalink: 'https://www.facebook.com/brightlane.studio/posts/pfbid02Xk7aBcDeFgHiJkLmNoPqRsTuVwXyZ12345aBcDeFgHiJkl',
        metrics: { likes: 1200, replies: 48, reposts: 12 }, lowerBounds: ['likes'],
      },
      // "Jane Doe and 86 others": at least 86. No share count shown.
      {
        postId: 'pfbid0Nq8rStUvWxYz1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7qRl', handle: '100012345678901', name: 'Nora Writes',
        permalink: 'https://www.facebook.com/permalink.php?story_fbid=pfbid0Nq8rStUvWxYz1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7qRl&id=100012345678901',
        metrics: { likes: 86, replies: 3 }, lowerBounds: ['likes'],
      },
      // A group post; the shared link's title "3 ways to share" is not a count.
      {
        postId: '7712345678901234', handle: '100009876543210', name: 'Maya Builds Brands',
        permalink: 'https://www.facebook.com/groups/marketingpros/permalink/7712345678901234',
        metrics: { likes: 27, replies: 1, reposts: 2 }, lowerBounds: [],
      },
      // Older FeedUnit_ wrapper and preview hook; exact reactions from the aria-label.
      {
        postId: '1234567890123456', handle: 'kaori.design', name: 'Kaori Design',
        permalink: 'https://www.facebook.com/kaori.design/posts/1234567890123456',
        metrics: { likes: 2431, replies: 1100, reposts: 356, views: 12000 }, lowerBounds: ['replies', 'views'],
      },
      // French labels.
      {
        postId: 'pfbid0Fr4nC3aBcDeFgHiJkLmNoPqRsTuVwXyZ1a2b3c4d5e6f7g8h9il', handle: 'lucie.contenus', name: 'Lucie Contenus',
        permalink: 'https://www.facebook.com/lucie.contenus/posts/pfbid0Fr4nC3aBcDeFgHiJkLmNoPqRsTuVwXyZ1a2b3c4d5e6f7g8h9il',
        metrics: { likes: 1200, replies: 15, reposts: 4 }, lowerBounds: ['likes'],
      },
      // A fresh post with no summary bar: every count unknown, none invented as 0.
      {
        postId: 'pfbid0QuIeT1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9s0T1u2Vl', handle: 'quiet.founder', name: 'Quiet Founder',
        permalink: 'https://www.facebook.com/quiet.founder/posts/pfbid0QuIeT1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9s0T1u2Vl',
        metrics: {}, lowerBounds: [],
      },
    ]);
  });

  it('reads no count past the action row, even where the summary bar shows none', () => {
    const post = parse(readFileSync(resolve(FIXTURES, 'facebook-feed-built-2026-11-28.html'), 'utf8')).querySelector(facebookAdapter.postSelector)!;
    const summaryComments = [...post.querySelectorAll('span')].find((span) => span.textContent === '48 comments')!;
    summaryComments.remove();
    // Below the action row, outside any comment: a short count-like text is still no summary.
    post.querySelector('[data-ad-rendering-role="share_button"]')!.closest('[role="button"]')!.parentElement!.parentElement!.insertAdjacentHTML('afterend', '<div role="button"><span>3 comments</span></div>');
    const result = readFacebookPost(post);
    expect(result.ok && result.post.metrics).toEqual({ likes: 1200, reposts: 12 });
  });

  it('reads the post text', () => {
    const first = readFacebookPost(roots[0]!);
    expect(first.ok && first.post.text).toBe('Five hooks that stopped the scroll for us this month. Which one would you try first?');
    const old = readFacebookPost(roots[3]!);
    expect(old.ok && old.post.text).toBe('Our brand guide is public now.');
  });

  it('skips what it cannot read without throwing', () => {
    expect(facebookAdapter.readPost(roots[6]!)).toEqual({ ok: false, missing: ['postId'] });
    expect(facebookAdapter.readPost(roots[7]!)).toEqual({ ok: false, missing: ['metrics'] });
    const bare = document.createElement('div');
    bare.setAttribute('aria-posinset', '1');
    expect(readFacebookPost(bare)).toEqual({ ok: false, missing: ['postId', 'author', 'metrics'] });
    const odd = parse('<div aria-posinset="1"><a href="http://[bad/posts/1">x</a><a href="https://evil.example/x/posts/99">y</a><span data-ad-rendering-role="like_button"></span></div>');
    expect(() => readFacebookPost(postsOf(odd)[0]!)).not.toThrow();
    expect(readFacebookPost(postsOf(odd)[0]!)).toEqual({ ok: false, missing: ['postId', 'author'] });
  });

  it('puts the overlay in the Like / Comment / Share row', () => {
    for (const root of roots.slice(0, 7)) {
      const { parent } = facebookAdapter.overlayAnchor(root);
      expect(parent.querySelector('[data-ad-rendering-role="like_button"]')).not.toBeNull();
      expect(parent.querySelector('[data-ad-rendering-role="share_button"]')).not.toBeNull();
      expect(parent.querySelector('[data-ad-rendering-role="story_message"], [data-ad-preview="message"]')).toBeNull();
    }
    expect(facebookAdapter.overlayAnchor(roots[7]!).parent).toBe(roots[7]);
  });
});

describe('facebook demo feed', () => {
  it('reads every post to exactly its expected metrics', () => {
    const doc = parse(facebookFeed.html);
    const read = readAll(doc).map((post) => ({ postId: post.postId, metrics: post.metrics }));
    expect(postsOf(doc)).toHaveLength(facebookFeed.expected.length);
    expect(read).toEqual(facebookFeed.expected);
    expect(facebookFeed.expected.length).toBeGreaterThanOrEqual(12);
    expect(facebookFeed.url).toBe('https://www.facebook.com/');
  });
});
