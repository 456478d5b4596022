import { popupUrl, serveFeeds } from '../support/browser';
import { blueskyNotificationsPage, blueskyOwnPostPage } from '../support/feeds/bluesky-reciprocity';
import { xNotificationsPage, xOwnPostPage } from '../support/feeds/x-reciprocity';
import { expect, test } from './fixtures';
import type { Page, Worker } from '@playwright/test';

/** The toolbar badge's text, read inside the extension's service worker. */
async function actionBadge(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.action.getBadgeText({}));
}

async function figures(popup: Page, expected: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(expected)) await expect(popup.getByTestId(id)).toHaveText(value);
}

test('X: reposts by two people are thanks owed; a thank-you reply closes one and counts as thanks sent and a reply', async ({ extension }) => {
  const notifications = xNotificationsPage();
  const ownPost = xOwnPostPage();
  await serveFeeds(extension.context, [notifications, ownPost]);
  const worker = extension.context.serviceWorkers()[0]!;

  const page = await extension.context.newPage();
  await page.goto(notifications.url);
  const popup = await extension.context.newPage();
  await popup.goto(popupUrl(extension.extensionId));
  // Ana and Ben reposted: two thanks owed. Carla's reply wants an answer, not a thank-you; likes want nothing.
  await figures(popup, { 'thanks-owed': '2', 'thanks-sent': '0', 'replies-given': '0' });
  await expect.poll(() => actionBadge(worker)).toBe('2');
  await expect(popup.getByTestId('owed-item')).toHaveCount(2);
  await expect(popup.getByTestId('owed-list')).toContainText('@ana_writes');
  await expect(popup.getByTestId('owed-list')).toContainText('@ben_builds');

  await page.goto(ownPost.url);
  const editor = page.getByTestId('tweetTextarea_0');
  await editor.click();
  await page.keyboard.type('Thanks @ana_writes for sharing this, it made my week!');
  expect(await page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts)).toEqual([]);
  await page.getByTestId('tweetButtonInline').click();
  expect(await page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts)).toHaveLength(1);

  await figures(popup, { 'thanks-owed': '1', 'thanks-sent': '1', 'replies-given': '1' });
  await expect.poll(() => actionBadge(worker)).toBe('1');
  await expect(popup.getByTestId('owed-list')).not.toContainText('@ana_writes');

  // Marking one done from the popup also counts as a thank-you sent.
  await popup.getByTestId('owed-item').filter({ hasText: '@ben_builds' }).getByRole('button', { name: /mark .* thanked/i }).click();
  await figures(popup, { 'thanks-owed': '0', 'thanks-sent': '2', 'replies-given': '1' });
  await expect.poll(() => actionBadge(worker)).toBe('');

  // Seeing the notifications again reopens nothing.
  await page.goto(notifications.url);
  await page.waitForTimeout(1500);
  await popup.reload();
  await figures(popup, { 'thanks-owed': '0' });
});

test('Bluesky: two reposters are thanks owed; a thank-you reply in the composer closes the one it names', async ({ extension }) => {
  const notifications = blueskyNotificationsPage();
  const ownPost = blueskyOwnPostPage();
  await serveFeeds(extension.context, [notifications, ownPost]);
  const worker = extension.context.serviceWorkers()[0]!;

  const page = await extension.context.newPage();
  await page.goto(notifications.url);
  const popup = await extension.context.newPage();
  await popup.goto(popupUrl(extension.extensionId));
  await figures(popup, { 'thanks-owed': '2', 'thanks-sent': '0', 'replies-given': '0' });
  await expect.poll(() => actionBadge(worker)).toBe('2');

  await page.goto(ownPost.url);
  await page.locator('[data-testid="composerTextInput"] [contenteditable]').click();
  await page.keyboard.type('Thank you @ana.bsky.social for sharing it!');
  expect(await page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts)).toEqual([]);
  await page.getByTestId('composerPublishBtn').click();

  await figures(popup, { 'thanks-owed': '1', 'thanks-sent': '1', 'replies-given': '1' });
  await expect.poll(() => actionBadge(worker)).toBe('1');
  await expect(popup.getByTestId('owed-list')).toContainText('@ben.builds.dev');
  await expect(popup.getByTestId('owed-list')).not.toContainText('@ana.bsky.social');
});
