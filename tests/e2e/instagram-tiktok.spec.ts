import type { Page } from '@playwright/test';
import { serveFeeds } from '../support/browser';
import { IG_MY_POST, instagramActivityPage, instagramOwnPostPage } from '../support/feeds/instagram-reciprocity';
import { tiktokInboxPage, tiktokOwnVideoPage, TT_MY_VIDEO } from '../support/feeds/tiktok-reciprocity';
import { expect, test } from './fixtures';

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts);

/** Opens a post's panel from its badge and puts its first prompt into the site's box with "Use"; returns the prompt. */
async function useFirstPrompt(page: Page, key: string): Promise<string> {
  await page.locator(`[data-feedcoach-post="${key}"]`).click();
  const prompts = page.getByTestId('reply-prompt');
  await expect(prompts.first()).toBeVisible();
  expect(await prompts.count()).toBeGreaterThanOrEqual(2);
  const text = (await prompts.first().textContent())!;
  expect(text).not.toMatch(/\{|\}|undefined/);
  await page.getByTestId('use-prompt').first().click();
  await expect(page.getByTestId('reply-prompts').getByRole('status')).toHaveText(/In the reply box/);
  return text;
}

test('Instagram: "Use" puts a prompt into the post’s comment box and sends nothing', async ({ extension }) => {
  const ownPost = instagramOwnPostPage();
  await serveFeeds(extension.context, [ownPost]);
  const page = await extension.context.newPage();
  await page.goto(ownPost.url);
  const text = await useFirstPrompt(page, `instagram:${IG_MY_POST}`);
  await expect(page.locator('article form textarea')).toHaveValue(text);
  expect(await sent(page)).toEqual([]);
});

test('TikTok: "Use" fills the video’s comment box, and a comment’s own reply box, and sends nothing', async ({ extension }) => {
  const ownVideo = tiktokOwnVideoPage();
  await serveFeeds(extension.context, [ownVideo]);
  const page = await extension.context.newPage();
  await page.goto(ownVideo.url);

  const forVideo = await useFirstPrompt(page, `tiktok:${TT_MY_VIDEO}`);
  await expect(page.locator('.css-1l9dl1q-DivCommentFooter:not(.fc-inline-reply) [contenteditable="true"]')).toHaveText(forVideo);
  await page.keyboard.press('Escape');

  // Carla's comment: its "Reply" opens a box under her thread, and the prompt goes there.
  const forComment = await useFirstPrompt(page, 'tiktok:7441555500000000001');
  const thread = page.locator('[class*="DivCommentObjectWrapper"]').filter({ has: page.locator('[id="7441555500000000001"]') });
  await expect(thread.locator('.fc-inline-reply [contenteditable="true"]')).toHaveText(forComment);
  expect(await sent(page)).toEqual([]);
});

for (const [site, notifications, first, second] of [
  ['Instagram', instagramActivityPage(), /Thank @ana\.souza/, /Thank @ben\.carter/],
  ['TikTok', tiktokInboxPage(), /Thank Ana Souza/, /Thank Ben Carter/],
] as const) {
  test(`${site} notifications: a thank-you button beside the share and the mention, none beside likes, comments or follows`, async ({ extension }) => {
    await serveFeeds(extension.context, [notifications]);
    const page = await extension.context.newPage();
    await page.goto(notifications.url);
    const thank = page.getByTestId('feedcoach-thanks');
    await expect(thank).toHaveCount(2);
    await expect(thank.nth(0)).toHaveAccessibleName(first);
    await expect(thank.nth(1)).toHaveAccessibleName(second);
    await thank.nth(0).click();
    const prompts = page.getByTestId('reply-prompt');
    await expect(prompts.first()).toBeVisible();
    for (const situation of await prompts.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-situation')))) expect(situation).toBe('thank-sharer');
    await expect(prompts.first()).toContainText(site === 'Instagram' ? '@ana.souza' : 'Ana');
  });
}
