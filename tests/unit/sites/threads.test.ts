import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readThreadsPost, threadsAdapter } from '../../../lib/sites/threads/adapter';
import type { PostReading } from '../../../lib/sites/types';
import { threadsFeed } from '../../support/feeds/threads';

const FIXTURES = resolve(__dirname, '../../fixtures/threads');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function postsOf(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(threadsAdapter.postSelector));
}

function readAll(doc: Document): PostReading[] {
  return postsOf(doc).flatMap((root) => {
    const result = threadsAdapter.readPost(root);
    return result.ok ? [result.post] : [];
  });
}

describe('threads adapter on the built feed fixture (2026-11-28)', () => {
  const doc = parse(readFileSync(resolve(FIXTURES, 'threads-feed-built-2026-11-28.html'), 'utf8'));
  const roots = postsOf(doc);

  it('reads every count of every post, compact counts as lower bounds', () => {
    const read = readAll(doc).map((post) => ({
      postId: post.postId,
      handle: post.author.handle,
      permalink: post.permalink,
      metrics: post.metrics,
      lowerBounds: [...post.lowerBounds].sort(),
    }));
    expect(read).toEqual([
      { postId: 'DB7kQz2sXaP', handle: 'brightlane.studio', permalink: 'https://www.threads.com/@brightlane.studio/post/DB7kQz2sXaP', metrics: { likes: 1200, replies: 48, reposts: 12 }, lowerBounds: ['likes'] },
      // Liked and reposted by the user ("Unlike", "Unrepost"); no reply count shown.
      { postId: 'DB8aa_Lm-3q', handle: 'nora.writes', permalink: 'https://www.threads.com/@nora.writes/post/DB8aa_Lm-3q', metrics: { likes: 87, reposts: 3 }, lowerBounds: [] },
      // Japanese labels.
      { postId: 'DC1jPq9Lx0A', handle: 'kaori.design', permalink: 'https://www.threads.com/@kaori.design/post/DC1jPq9Lx0A', metrics: { likes: 12000, replies: 356, reposts: 1024 }, lowerBounds: ['likes'] },
      // Turkish labels, in none of the lists: read by the action row's order.
      { postId: 'DC2xYz7Tt1B', handle: 'growth.mert', permalink: 'https://www.threads.com/@growth.mert/post/DC2xYz7Tt1B', metrics: { likes: 15, replies: 2 }, lowerBounds: [] },
      // No count shown at all: every count unknown, none invented as 0.
      { postId: 'DC3mN0pQr4S', handle: 'quiet.founder', permalink: 'https://www.threads.com/@quiet.founder/post/DC3mN0pQr4S', metrics: {}, lowerBounds: [] },
      // Spanish "1,2 mil".
      { postId: 'DC4kLm_8vWx', handle: 'lucia.contenidos', permalink: 'https://www.threads.com/@lucia.contenidos/post/DC4kLm_8vWx', metrics: { likes: 1200, replies: 9, reposts: 27 }, lowerBounds: ['likes'] },
    ]);
  });

  it('reads time, text and the quoted post', () => {
    const nora = readThreadsPost(roots[1]!);
    expect(nora.ok && nora.post).toMatchObject({
      publishedAt: '2026-11-28T08:12:00.000Z',
      text: 'This is the best breakdown of hooks I have read all year.',
      context: { quoted: { handle: 'brightlane.studio', postId: 'DB7kQz2sXaP' } },
    });
    const first = readThreadsPost(roots[0]!);
    expect(first.ok && first.post.context).toEqual({});
  });

  it('skips what it cannot read without throwing', () => {
    const failures = roots.map((root) => threadsAdapter.readPost(root)).filter((result) => !result.ok);
    expect(failures).toEqual([
      // The quote card inside nora.writes' post: a pressable container with no action row.
      { ok: false, missing: ['metrics'] },
      { ok: false, missing: ['postId'] },
      { ok: false, missing: ['metrics'] },
    ]);
    const empty = document.createElement('div');
    empty.setAttribute('data-pressable-container', 'true');
    expect(readThreadsPost(empty)).toEqual({ ok: false, missing: ['postId', 'author', 'metrics'] });
    const odd = parse('<div data-pressable-container="true"><a href="javascript:alert(1)"><time datetime="x">1h</time></a><div role="button"><svg aria-label="Like"></svg></div></div>');
    expect(() => readThreadsPost(postsOf(odd)[0]!)).not.toThrow();
  });

  it('puts the overlay in the action row', () => {
    for (const root of roots.filter((candidate) => threadsAdapter.readPost(candidate).ok)) {
      const { parent } = threadsAdapter.overlayAnchor(root);
      expect(parent.querySelectorAll('[role="button"] svg[aria-label]')).toHaveLength(4);
    }
    const noActions = roots[roots.length - 1]!;
    expect(threadsAdapter.overlayAnchor(noActions).parent).toBe(noActions);
  });

  it('matches both hosts', () => {
    expect(threadsAdapter.matches).toEqual(['https://www.threads.com/*', 'https://www.threads.net/*']);
  });
});

describe('threads demo feed', () => {
  it('reads every post to exactly its expected metrics', () => {
    const doc = parse(threadsFeed.html);
    const read = readAll(doc).map((post) => ({ postId: post.postId, metrics: post.metrics }));
    expect(postsOf(doc)).toHaveLength(threadsFeed.expected.length);
    expect(read).toEqual(threadsFeed.expected);
    expect(threadsFeed.expected.length).toBeGreaterThanOrEqual(12);
    expect(threadsFeed.url).toBe('https://www.threads.com/');
  });
});
