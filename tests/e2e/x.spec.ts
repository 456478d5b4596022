import { fixtureHtml } from '../support/load-fixture';
import { popupUrl, scrollThrough, serveFeeds } from '../support/browser';
import { awayFromMidnight } from '../support/days';
import { xHomeFeed } from '../support/feeds/x';
import type { DemoFeed } from '../support/feeds/types';
import { expect, test } from './fixtures';

const home = xHomeFeed();

test('captured X markup of 2023, 2026-02 and 2026-09 is annotated with the counts its aria-labels state', async ({ extension }) => {
  const captured: DemoFeed[] = [
    { site: 'x', url: 'https://x.com/home', title: 'Home', html: fixtureHtml('x/home-repost-2026-02-13.html'), expected: [] },
    { site: 'x', url: 'https://x.com/theo', title: 'Theo', html: fixtureHtml('x/profile-pinned-quote-2026-09.html'), expected: [] },
    { site: 'x', url: 'https://twitter.com/home', title: 'Home', html: fixtureHtml('x/home-quote-2023-08.html'), expected: [] },
  ];
  await serveFeeds(extension.context, captured);
  const page = await extension.context.newPage();
  const cases: [string, string, Record<string, number>][] = [
    ['https://x.com/home', '2022259933887050206', { replies: 17, reposts: 10, likes: 131, bookmarks: 25, views: 11716 }],
    ['https://x.com/theo', '2097778026113318960', { replies: 79, reposts: 47, likes: 897, bookmarks: 478, views: 146469 }],
    ['https://twitter.com/home', '1694793444009337123', { replies: 4, reposts: 9, likes: 83, bookmarks: 1, views: 5360 }],
  ];
  for (const [url, id, metrics] of cases) {
    await page.goto(url);
    const host = page.locator(`[data-feedcoach-post="x:${id}"]`);
    await expect(host).toHaveCount(1);
    expect(JSON.parse((await host.getAttribute('data-feedcoach-metrics'))!)).toEqual(metrics);
    await expect(page.locator('[data-feedcoach-post]')).toHaveCount(1); // the quoted post is not a second post
  }
});

test('the badge names the counts in words and opens the panel from the keyboard', async ({ extension }) => {
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  await page.goto(home.url);
  const first = home.expected[0]!;
  const badge = page.locator(`[data-feedcoach-post="x:${first.postId}"]`);
  // The first demo post has 1 reply, 900 views, 1 share, 9 likes and 1 bookmark.
  expect(first.metrics).toEqual({ replies: 1, views: 900, reposts: 1, likes: 9, bookmarks: 1 });
  // Every count in words from the start, focused or not (a screen reader's browse mode moves no focus).
  await expect(badge).toHaveAccessibleName(/1 reply, 900 views, 1 share, 9 likes; .*; 1 bookmark$/);
  await expect(badge).toHaveAccessibleName(/followers, mentions & quotes not shown/);
  await expect(badge).toHaveRole('button');

  await badge.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('feedcoach-panel');
  await expect(panel).toBeVisible();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.locator('tr[data-level="replies"] td.num')).toHaveText(String(first.metrics.replies));
  await expect(panel.locator('tr[data-level="followers"] td.num')).toHaveText('not shown');
  // 1 reply in 900 views.
  await expect(panel.locator('[data-rate="conversation"]')).toHaveText('1.1 per 1,000 views');

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(badge).toBeFocused();
  await page.keyboard.press('Space');
  await expect(panel).toBeVisible();
  // The click on the badge must not reach the site (which would open the post).
  expect(page.url()).toBe(home.url);
});

test('counts that change in place are re-read, and an overlay the site removes comes back once', async ({ extension }) => {
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  await page.goto(home.url);
  const first = home.expected[0]!;
  const host = page.locator(`[data-feedcoach-post="x:${first.postId}"]`);
  await expect(host).toHaveCount(1);

  await page.evaluate(() => {
    const like = document.querySelector('article [data-testid="like"]')!;
    like.setAttribute('aria-label', '5000 Likes. Like');
  });
  await expect.poll(async () => JSON.parse((await host.getAttribute('data-feedcoach-metrics'))!).likes).toBe(5000);

  // A React re-render of the action row drops our host; the post is annotated again, once.
  await page.evaluate(() => document.querySelector('feedcoach-overlay')!.remove());
  await expect(host).toHaveCount(1);
  await page.evaluate(() => document.querySelector('article')!.append(document.createElement('span')));
  await expect(host).toHaveCount(1);
});

test('the popup shows what was stored: posts seen today and the reciprocity figures', async ({ extension }) => {
  // "Today" and "the same day" are what this test reads: it runs within one local day. Its timeout is the span
  // guarded, so it cannot run into midnight; time spent waiting for one to pass is added to it.
  const timeout = test.info().timeout;
  test.setTimeout(2 * timeout);
  test.setTimeout(timeout + (await awayFromMidnight(timeout)));
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  await page.goto(home.url);
  await scrollThrough(page);
  await expect(page.locator('[data-feedcoach-post]')).toHaveCount(home.expected.length);

  const popup = await extension.context.newPage();
  await popup.goto(popupUrl(extension.extensionId));
  // Batches are written at most once a second; the live query shows them as they land.
  await expect(popup.getByTestId('posts-seen')).toHaveText(String(home.expected.length));
  for (const id of ['thanks-sent', 'replies-given', 'thanks-owed']) await expect(popup.getByTestId(id)).toHaveText('0');

  // Seeing the same posts again the same day does not count them twice.
  await page.reload();
  await scrollThrough(page);
  await popup.reload();
  await expect(popup.getByTestId('posts-seen')).toHaveText(String(home.expected.length));
});

test('a redesign the adapter cannot read breaks nothing and shows as "this site changed" in the popup', async ({ extension }) => {
  // Posts without status links or action rows: what a redesign would look like to the adapter.
  const broken = Array.from({ length: 14 }, (_, index) => `<article data-testid="tweet"><div data-testid="User-Name"><a href="/someone${index}">Someone</a></div><div data-testid="tweetText">Post ${index}</div></article>`).join('');
  const page = await extension.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await serveFeeds(extension.context, [{ site: 'x', url: 'https://x.com/home', title: 'Home', html: `<!doctype html><body><main>${broken}</main></body>`, expected: [] }]);
  await page.goto('https://x.com/home');
  await expect(page.locator('article')).toHaveCount(14);
  await expect(page.locator('[data-feedcoach-post]')).toHaveCount(0);

  const popup = await extension.context.newPage();
  await popup.goto(popupUrl(extension.extensionId));
  await expect(popup.getByTestId('site-health')).toContainText('X seems to have changed its page: FeedCoach read only 0 of 14 posts', { timeout: 15_000 });
  expect(errors).toEqual([]);
});

test('what the user did on a post shows in its panel: a like given on the page is remembered', async ({ extension }) => {
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  await page.goto(home.url);
  const first = home.expected[0]!;
  const post = page.locator('article', { has: page.locator(`[data-feedcoach-post="x:${first.postId}"]`) });
  await post.getByTestId('like').click();
  const badge = page.locator(`[data-feedcoach-post="x:${first.postId}"]`);
  await expect(async () => {
    await badge.click();
    await expect(page.getByTestId('your-actions')).toContainText('You liked it', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
});
