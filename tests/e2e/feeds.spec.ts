import { DEMO_FEEDS } from '../support/feeds';
import { scrollThrough, serveFeeds } from '../support/browser';
import { expect, test } from './fixtures';

for (const feed of DEMO_FEEDS) {
  test(`${feed.site}: one overlay per post with the page's counts at ${feed.url}`, async ({ extension }) => {
    await serveFeeds(extension.context, DEMO_FEEDS);
    const page = await extension.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(feed.url);
    await scrollThrough(page);

    const overlays = page.locator('[data-feedcoach-post]');
    await expect(overlays).toHaveCount(feed.expected.length);
    for (const post of feed.expected) {
      const host = page.locator(`[data-feedcoach-post="${feed.site}:${post.postId}"]`);
      await expect(host).toHaveCount(1);
      expect(JSON.parse((await host.getAttribute('data-feedcoach-metrics'))!)).toEqual(post.metrics);
    }

    // Scrolling the whole feed again re-reads every post and must not add a second overlay anywhere.
    await scrollThrough(page);
    await expect(overlays).toHaveCount(feed.expected.length);
    expect(errors).toEqual([]);
  });
}
