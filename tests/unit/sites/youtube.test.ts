import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYoutubeComment, youtubeAdapter } from '../../../lib/sites/youtube/adapter';
import type { PostReading } from '../../../lib/sites/types';
import { youtubeFeed } from '../../support/feeds/youtube';

const FIXTURES = resolve(__dirname, '../../fixtures/youtube');
const VIDEO = 'https://www.youtube.com/watch?v=Fc7mK2pLq9A&lc=';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function postsOf(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(youtubeAdapter.postSelector));
}

function readAll(doc: Document): PostReading[] {
  return postsOf(doc).flatMap((root) => {
    const result = youtubeAdapter.readPost(root);
    return result.ok ? [result.post] : [];
  });
}

describe('youtube adapter on the built watch-page fixture (2026-11-28)', () => {
  const doc = parse(readFileSync(resolve(FIXTURES, 'youtube-watch-comments-built-2026-11-28.html'), 'utf8'));
  const roots = postsOf(doc);
  const T1 = 'UgzKq3pX7bN1vR8tY2w4AaABAg';

  it('reads every count of every comment and reply', () => {
    const read = readAll(doc).map((post) => ({
      postId: post.postId,
      handle: post.author.handle,
      permalink: post.permalink,
      metrics: post.metrics,
      lowerBounds: post.lowerBounds,
    }));
    expect(read).toEqual([
      // The like button's label is exact (1,234) where the visible count is "1.2K".
      { postId: T1, handle: 'brightlanestudio', permalink: VIDEO + T1, metrics: { likes: 1234, replies: 12 }, lowerBounds: [] },
      { postId: `${T1}.9zAbCdEfGhI`, handle: 'nora.writes', permalink: `${VIDEO + T1}.9zAbCdEfGhI`, metrics: { likes: 3 }, lowerBounds: [] },
      // No likes shown (empty count, no number in the label): unknown, not 0.
      { postId: `${T1}.9zXyZwVuTsR`, handle: 'growth-mert', permalink: `${VIDEO + T1}.9zXyZwVuTsR`, metrics: {}, lowerBounds: [] },
      { postId: 'UgyHn5Lm2Qp8Rs0Tu1VwAaABAg', handle: 'maya.builds.brands', permalink: `${VIDEO}UgyHn5Lm2Qp8Rs0Tu1VwAaABAg`, metrics: { likes: 87, replies: 1 }, lowerBounds: [] },
      // Older ytd-comment-renderer markup, exact count from #vote-count-middle's aria-label.
      { postId: 'UgxR4tY7uI0oP3aS6dF9gAaABAg', handle: 'theocopy', permalink: `${VIDEO}UgxR4tY7uI0oP3aS6dF9gAaABAg`, metrics: { likes: 5612, replies: 48 }, lowerBounds: [] },
      { postId: 'Ugw2Ab3Cd4Ef5Gh6Ij7KlAaABAg', handle: 'quietfounder', permalink: `${VIDEO}Ugw2Ab3Cd4Ef5Gh6Ij7KlAaABAg`, metrics: {}, lowerBounds: [] },
      // German labels and counts.
      { postId: 'UgzDe8Fg9Hi0Jk1Lm2NoAaABAg', handle: 'lena.ugc.de', permalink: `${VIDEO}UgzDe8Fg9Hi0Jk1Lm2NoAaABAg`, metrics: { likes: 2345, replies: 48 }, lowerBounds: [] },
      // "View reply" states no number: the reply count stays unknown.
      { postId: 'UgyPq3Rs4Tu5Vw6Xy7ZaAaABAg', handle: 'studioferro', permalink: `${VIDEO}UgyPq3Rs4Tu5Vw6Xy7ZaAaABAg`, metrics: { likes: 24 }, lowerBounds: [] },
    ]);
  });

  it('reads text and the pinned state', () => {
    const first = readYoutubeComment(roots[0]!);
    expect(first.ok && first.post).toMatchObject({
      text: 'The part about hooks at 3:12 changed how we script our intros. Thank you!',
      context: { pinned: true },
    });
    const reply = readYoutubeComment(roots[1]!);
    expect(reply.ok && reply.post.context).toEqual({});
  });

  it('records abbreviated counts as lower bounds', () => {
    const fresh = postsOf(parse(readFileSync(resolve(FIXTURES, 'youtube-watch-comments-built-2026-11-28.html'), 'utf8')));
    const maya = fresh[3]!;
    const thread = maya.closest('ytd-comment-thread-renderer')!;
    maya.querySelector('#vote-count-middle')!.textContent = '1.5K';
    thread.querySelector('#more-replies button')!.setAttribute('aria-label', '2.1K replies');
    thread.querySelector('#more-replies span')!.textContent = '2.1K replies';
    const result = readYoutubeComment(maya);
    expect(result.ok && result.post.metrics).toEqual({ likes: 1500, replies: 2100 });
    expect(result.ok && [...result.post.lowerBounds].sort()).toEqual(['likes', 'replies']);
  });

  it('skips what it cannot read without throwing', () => {
    const failures = roots.map((root) => youtubeAdapter.readPost(root)).filter((result) => !result.ok);
    expect(failures).toEqual([
      { ok: false, missing: ['postId'] },
      { ok: false, missing: ['author'] },
    ]);
    const bare = document.createElement('ytd-comment-view-model');
    expect(readYoutubeComment(bare)).toEqual({ ok: false, missing: ['postId', 'author', 'metrics'] });
    const odd = parse('<ytd-comment-view-model><span id="published-time-text"><a href="http://[bad">x</a></span><a id="author-text" href="/@%E0%A4%A">@x</a></ytd-comment-view-model>');
    expect(() => readYoutubeComment(postsOf(odd)[0]!)).not.toThrow();
  });

  it('puts the overlay in the comment toolbar', () => {
    for (const root of roots) expect(youtubeAdapter.overlayAnchor(root).parent.id).toBe('toolbar');
    const bare = document.createElement('ytd-comment-view-model');
    expect(youtubeAdapter.overlayAnchor(bare).parent).toBe(bare);
  });
});

describe('youtube demo feed', () => {
  it('reads every comment to exactly its expected metrics', () => {
    const doc = parse(youtubeFeed.html);
    const read = readAll(doc).map((post) => ({ postId: post.postId, metrics: post.metrics }));
    expect(postsOf(doc)).toHaveLength(youtubeFeed.expected.length);
    expect(read).toEqual(youtubeFeed.expected);
    expect(youtubeFeed.expected.length).toBeGreaterThanOrEqual(12);
    expect(youtubeFeed.url).toBe('https://www.youtube.com/watch?v=Fc7mK2pLq9A');
  });

  it("gives the channel's own comments its \"48K subscribers\" as followers (a lower bound), and no one else's", () => {
    const posts = readAll(parse(youtubeFeed.html));
    const channel = posts.filter((post) => post.author.handle === 'studiolumen');
    expect(channel).toHaveLength(2);
    for (const post of channel) {
      expect(post.metrics.followers).toBe(48000);
      expect(post.lowerBounds).toContain('followers');
    }
    expect(posts.filter((post) => post.metrics.followers !== undefined)).toHaveLength(2);
  });
});
