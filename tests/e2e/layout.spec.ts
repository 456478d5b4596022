import type { Page } from '@playwright/test';
import { launchWithoutExtension, scrollThrough, serveFeeds } from '../support/browser';
import { blueskyFeed } from '../support/feeds/bluesky';
import { xHomeFeed } from '../support/feeds/x';
import { expect, test } from './fixtures';

async function postHeights(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((posts) => posts.map((post) => Math.round(post.getBoundingClientRect().height)));
}

for (const [feed, selector] of [
  [xHomeFeed(), 'article[data-testid="tweet"]'],
  [blueskyFeed(), '[data-testid^="feedItem-by-"]'],
] as const) {
  test(`${feed.site}: badges sit in the action row without changing any post's height`, async ({ extension }) => {
    const plain = await launchWithoutExtension();
    await serveFeeds(plain.context, [feed]);
    const bare = await plain.context.newPage();
    await bare.goto(feed.url);
    const before = await postHeights(bare, selector);
    await plain.close();

    await serveFeeds(extension.context, [feed]);
    const page = await extension.context.newPage();
    await page.goto(feed.url);
    await scrollThrough(page);
    await expect(page.locator('[data-feedcoach-post]')).toHaveCount(feed.expected.length);
    expect(await postHeights(page, selector)).toEqual(before);
  });
}

test('bluesky: the panel opens from the keyboard and shows the numbers of the page', async ({ extension }) => {
  const feed = blueskyFeed();
  await serveFeeds(extension.context, [feed]);
  const page = await extension.context.newPage();
  await page.goto(feed.url);
  const post = feed.expected.find((each) => each.metrics.reposts !== undefined)!;
  const badge = page.locator(`[data-feedcoach-post="bluesky:${post.postId}"]`);
  await badge.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('feedcoach-panel');
  await expect(panel).toBeVisible();
  expect(page.url()).toBe(feed.url); // the feed item is a link: the key must not open the post
  await expect(panel.locator('tr[data-level="replies"] td.num')).toHaveText(post.metrics.replies!.toLocaleString('en'));
  await expect(panel.locator('tr[data-level="likes"] td.num')).toHaveText(post.metrics.likes!.toLocaleString('en'));
  await expect(panel.locator('tr[data-level="views"] td.num')).toHaveText('not shown');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(badge).toBeFocused();
});
