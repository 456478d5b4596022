import { describe, expect, it } from 'vitest';
import { instagramAdapter, readInstagramPost } from '../../../lib/sites/instagram/adapter';
import { adapterForHost } from '../../../lib/sites/registry';
import type { PostReading } from '../../../lib/sites/types';
import { instagramFeed } from '../../support/feeds/instagram';
import { fixtureHtml, parsePage } from '../../support/load-fixture';
import { healthOf } from '../../support/site-health';

const FIXTURE = 'instagram/home-feed-built-2026-12-07.html';
const postsOf = (doc: Document) => Array.from(doc.querySelectorAll(instagramAdapter.postSelector));
const readAll = (doc: Document): PostReading[] =>
  postsOf(doc).flatMap((root) => {
    const result = instagramAdapter.readPost(root);
    return result.ok ? [result.post] : [];
  });

describe('instagram adapter on the built home feed (2026-12-07)', () => {
  const doc = parsePage(fixtureHtml(FIXTURE));
  const roots = postsOf(doc);

  it('reads every count of every post, by shortcode', () => {
    expect(readAll(doc).map((post) => ({ postId: post.postId, handle: post.author.handle, permalink: post.permalink, metrics: post.metrics, lowerBounds: post.lowerBounds }))).toEqual([
      // 2025-26 build: the bare numbers beside the heart and the speech bubble; the share count is not a metric read.
      { postId: 'DF3kQz2sXaP', handle: 'brightlane.studio', permalink: 'https://www.instagram.com/p/DF3kQz2sXaP/', metrics: { likes: 1234, replies: 48 }, lowerBounds: [] },
      // Older build: "2,431 likes" and "View all 112 comments"; the permalink names the author (/<user>/p/<code>/).
      { postId: 'DF2aa_Lm-3q', handle: 'maya.builds.brands', permalink: 'https://www.instagram.com/p/DF2aa_Lm-3q/', metrics: { likes: 2431, replies: 112 }, lowerBounds: [] },
      // The author hid the likes: no number anywhere, so likes are unknown, not 0.
      { postId: 'DF1xQw9Er8T', handle: 'quiet.founder', permalink: 'https://www.instagram.com/p/DF1xQw9Er8T/', metrics: { replies: 5 }, lowerBounds: [] },
      // A reel: compact counts are lower bounds; its views are read.
      { postId: 'DE9zT0pQr4S', handle: 'ana.creates', permalink: 'https://www.instagram.com/reel/DE9zT0pQr4S/', metrics: { likes: 12300, replies: 1204, views: 48200 }, lowerBounds: ['likes', 'views'] },
      // German labels and counts: "1,2 Mio." and "3.456".
      { postId: 'DE7bC1dE2fG', handle: 'lena.ugc.de', permalink: 'https://www.instagram.com/p/DE7bC1dE2fG/', metrics: { likes: 1200000, replies: 3456 }, lowerBounds: ['likes'] },
    ]);
  });

  it('reads the caption, its mentions and the date', () => {
    const first = readInstagramPost(roots[0]!);
    expect(first.ok && first.post).toMatchObject({
      text: 'Five hooks that stopped the scroll for us this month. Credit to @nora.writes for the second one.',
      mentions: ['nora.writes'],
      publishedAt: '2026-12-06T14:05:00.000Z',
      context: {},
    });
  });

  it('skips what it cannot read, saying what is missing, without throwing', () => {
    expect(instagramAdapter.readPost(roots[5]!)).toEqual({ ok: false, missing: ['postId'] });
    expect(instagramAdapter.readPost(roots[6]!)).toEqual({ ok: false, missing: ['metrics'] });
    const bare = document.createElement('article');
    expect(readInstagramPost(bare)).toEqual({ ok: false, missing: ['postId', 'author', 'metrics'] });
    const odd = parsePage('<article><a href="http://[bad"><time datetime="x">1</time></a><a href="/%E0%A4%A/">x</a><svg aria-label="Like"></svg></article>');
    expect(() => readInstagramPost(postsOf(odd)[0]!)).not.toThrow();
  });

  it('a "Liked by ana_92 and others" line states no count, and a word with a digit is no count', () => {
    const page = parsePage(fixtureHtml(FIXTURE));
    const older = postsOf(page)[1]!;
    older.querySelector('a[href$="/liked_by/"]')!.textContent = 'Liked by ana_92 and others';
    const result = readInstagramPost(older);
    expect(result.ok && result.post.metrics).toEqual({ replies: 112 });
    const hidden = postsOf(page)[2]!;
    hidden.querySelector('svg[aria-label="Like"]')!.closest('[role="button"]')!.parentElement!.insertAdjacentHTML('afterend', '<span>Top 10</span>');
    const stillHidden = readInstagramPost(hidden);
    expect(stillHidden.ok && stillHidden.post.metrics).toEqual({ replies: 5 });
  });

  it('reads views in other languages ("1,2 Mio. Aufrufe"), and no views where none are stated', () => {
    const page = parsePage(fixtureHtml(FIXTURE));
    const german = postsOf(page)[4]!;
    german.querySelector('section')!.insertAdjacentHTML('beforeend', '<div><span>1,2 Mio. Aufrufe</span></div>');
    const result = readInstagramPost(german);
    expect(result.ok && result.post.metrics).toEqual({ likes: 1200000, replies: 3456, views: 1200000 });
    const first = readInstagramPost(postsOf(page)[0]!);
    expect(first.ok && first.post.metrics.views).toBeUndefined();
  });

  it('reads views a section runs into the next words, or whose words an image gives', () => {
    const page = parsePage(fixtureHtml(FIXTURE));
    const [first, second] = postsOf(page);
    // The section's text reads "12.3K viewsMore": the count's own span still states its views.
    first!.querySelector('section')!.insertAdjacentHTML('beforeend', '<div><span>12.3K views</span><span>More</span></div>');
    const runOn = readInstagramPost(first!);
    expect(runOn.ok && runOn.post.metrics.views).toBe(12300);
    second!.querySelector('section')!.insertAdjacentHTML('beforeend', '<div><span>7,5 k <img alt="views"></span></div>');
    const pictured = readInstagramPost(second!);
    expect(pictured.ok && pictured.post.metrics.views).toBe(7500);
  });

  it('puts the overlay in the action row, or in the post when it has none', () => {
    for (const root of roots.slice(0, 5)) {
      const { parent } = instagramAdapter.overlayAnchor(root);
      expect(parent.querySelector('svg[aria-label="Like"], svg[aria-label="Unlike"], svg[aria-label="Gefällt mir"]')).not.toBeNull();
      expect(parent.tagName).not.toBe('ARTICLE');
    }
    expect(instagramAdapter.overlayAnchor(roots[6]!).parent).toBe(roots[6]);
  });

  it('is the adapter for www.instagram.com only', () => {
    expect(adapterForHost('www.instagram.com')?.site).toBe('instagram');
    expect(adapterForHost('instagram.com.evil.example')).toBeUndefined();
  });
});


describe('instagram site health', () => {
  it('reads the feed as healthy, and says Instagram changed when its action icons lose their labels', () => {
    const doc = parsePage(instagramFeed.html);
    expect(healthOf(doc, instagramAdapter)).toMatchObject({ status: 'ok', message: 'Instagram: read 12 of 12 posts.' });
    for (const icon of doc.querySelectorAll('svg[aria-label]')) icon.setAttribute('aria-label', 'Icon');
    expect(healthOf(doc, instagramAdapter)).toMatchObject({ status: 'broken', message: expect.stringMatching(/^Instagram seems to have changed its page: FeedCoach read only 0 of 12 posts \(counts not found\)/) });
  });
});

describe('instagram demo feed', () => {
  it('reads every post to exactly its expected metrics', () => {
    const doc = parsePage(instagramFeed.html);
    expect(postsOf(doc)).toHaveLength(instagramFeed.expected.length);
    expect(readAll(doc).map((post) => ({ postId: post.postId, metrics: post.metrics }))).toEqual(instagramFeed.expected);
    expect(instagramFeed.expected.length).toBeGreaterThanOrEqual(12);
  });
});
