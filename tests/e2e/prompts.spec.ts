import type { Page } from '@playwright/test';
import { serveFeeds } from '../support/browser';
import { blueskyFeed } from '../support/feeds/bluesky';
import { xNotificationsPage } from '../support/feeds/x-reciprocity';
import { xHomeFeed } from '../support/feeds/x';
import type { DemoFeed } from '../support/feeds/types';
import { expect, test } from './fixtures';

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts);

const cases: [DemoFeed, string][] = [
  [xHomeFeed(), '[data-testid="tweetTextarea_0"]'],
  [blueskyFeed(), '[data-testid="composerTextInput"] [contenteditable]'],
];

for (const [feed, editor] of cases) {
  test(`${feed.site}: "Use" puts a prompt into the site's reply box for that post and sends nothing`, async ({ extension }) => {
    await serveFeeds(extension.context, [feed]);
    const page = await extension.context.newPage();
    await page.goto(feed.url);
    const post = feed.expected[1]!;
    await page.locator(`[data-feedcoach-post="${feed.site}:${post.postId}"]`).click();
    const prompts = page.getByTestId('reply-prompt');
    await expect(prompts.first()).toBeVisible();
    expect(await prompts.count()).toBeGreaterThanOrEqual(2);
    const text = (await prompts.first().textContent())!;
    expect(text).not.toMatch(/\{|\}|undefined/);

    await page.getByTestId('use-prompt').first().click();
    await expect(page.locator(editor)).toHaveText(text);
    await expect(page.getByTestId('reply-prompts').getByRole('status')).toHaveText(/In the reply box/);
    expect(await sent(page)).toEqual([]);
    // The reply box is the one for this post.
    await expect(page.locator(`.composer-dialog a[href*="${post.postId}"]`)).toHaveCount(1);
  });
}

test('X notifications: a thank-you button beside the repost notification offers prompts naming each sharer', async ({ extension }) => {
  const notifications = xNotificationsPage();
  await serveFeeds(extension.context, [notifications]);
  const page = await extension.context.newPage();
  await page.goto(notifications.url);
  const thank = page.getByTestId('feedcoach-thanks');
  await expect(thank).toHaveCount(1); // the likes notification gets none: likes ask for nothing
  await expect(thank).toHaveAccessibleName(/Thank Ana Souza and Ben Carter/);
  await thank.click();
  const prompts = page.getByTestId('reply-prompt');
  await expect(prompts.filter({ hasText: 'Ana' }).first()).toBeVisible();
  await expect(prompts.filter({ hasText: 'Ben' }).first()).toBeVisible();
  for (const situation of await prompts.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-situation')))) {
    expect(situation).toBe('thank-sharer');
  }
});
