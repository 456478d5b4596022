import { popupUrl, serveFeeds } from '../support/browser';
import { RECIPROCITY_SCENARIOS } from '../support/feeds/reciprocity';
import { xNotificationsPage, xOwnPostPage } from '../support/feeds/x-reciprocity';
import { expect, test } from './fixtures';
import type { Page, Worker } from '@playwright/test';

/** The toolbar badge's text, read inside the extension's service worker. */
async function actionBadge(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.action.getBadgeText({}));
}

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts);

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
  expect(await sent(page)).toEqual([]);
  await page.getByTestId('tweetButtonInline').click();
  expect(await sent(page)).toHaveLength(1);

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

for (const scenario of RECIPROCITY_SCENARIOS) {
  test(`${scenario.site}: two sharers are thanks owed; a thank-you reply naming one closes that one`, async ({ extension }) => {
    await serveFeeds(extension.context, [scenario.notifications, scenario.ownPost]);
    const worker = extension.context.serviceWorkers()[0]!;
    const [thanked, waiting] = scenario.sharers;

    const page = await extension.context.newPage();
    await page.goto(scenario.notifications.url);
    const popup = await extension.context.newPage();
    await popup.goto(popupUrl(extension.extensionId));
    await figures(popup, { 'thanks-owed': '2', 'thanks-sent': '0', 'replies-given': '0' });
    await expect.poll(() => actionBadge(worker)).toBe('2');

    await page.goto(scenario.ownPost.url);
    await page.locator(scenario.editor).click();
    await page.keyboard.type(`Thank you @${thanked} for sharing it!`);
    expect(await sent(page)).toEqual([]);
    await page.locator(scenario.submit).click();
    expect(await sent(page)).toHaveLength(1);

    await figures(popup, { 'thanks-owed': '1', 'thanks-sent': '1', 'replies-given': '1' });
    await expect.poll(() => actionBadge(worker)).toBe('1');
    await expect(popup.getByTestId('owed-list')).toContainText(`@${waiting}`);
    await expect(popup.getByTestId('owed-list')).not.toContainText(`@${thanked}`);
  });
}
