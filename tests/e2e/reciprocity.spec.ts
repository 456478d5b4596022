import { popupUrl, serveFeeds } from '../support/browser';
import { RECIPROCITY_SCENARIOS } from '../support/feeds/reciprocity';
import { xNotificationsPage, xOwnPostPage } from '../support/feeds/x-reciprocity';
import { expect, test } from './fixtures';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { ReciprocityScenario } from '../support/feeds/types';

/** The toolbar badge's text and tooltip, read inside the extension's service worker. */
async function actionBadge(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.action.getBadgeText({}));
}
async function actionTitle(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.action.getTitle({}));
}

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts);

async function figures(popup: Page, expected: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(expected)) await expect(popup.getByTestId(id), id).toHaveText(value);
}

/** The toolbar badge counts what the popup shows as owed, thanks and replies together (one source of truth). */
async function expectBadgeToMatch(popup: Page, worker: Worker): Promise<void> {
  const owed = async (id: string) => Number(await popup.getByTestId(id).textContent());
  const total = (await owed('thanks-owed')) + (await owed('replies-owed'));
  await expect.poll(() => actionBadge(worker)).toBe(total > 0 ? String(total) : '');
}

/** The text a reply box holds, whether a textarea or a rich editor. */
const editorText = (editor: Locator) => editor.evaluate((node) => (node instanceof HTMLTextAreaElement ? node.value : (node.textContent ?? '')));

/**
 * Opens a notification's button, Uses the first prompt of its first person's section as FeedCoach words it, and
 * returns that text and what the panel said it did with it ("In the reply box…" or "Copied…").
 */
async function useFirstPrompt(page: Page, button: Locator): Promise<{ text: string; outcome: string }> {
  await button.click();
  const panel = page.getByTestId('feedcoach-panel');
  const section = panel.getByTestId('reply-prompts').first();
  const text = (await section.getByTestId('reply-prompt').first().textContent())!;
  expect(text.length).toBeGreaterThan(10);
  await section.getByTestId('use-prompt').first().click();
  const status = section.getByRole('status');
  await expect(status).toHaveText(/reply box|Copied/);
  const outcome = (await status.textContent())!;
  await page.keyboard.press('Escape');
  return { text, outcome };
}

/** Opens the user's own post, pastes the copied prompt into its reply box as a person would, and sends nothing yet. */
async function pasteUnderOwnPost(context: BrowserContext, scenario: ReciprocityScenario, text: string): Promise<Page> {
  const ownPost = await context.newPage();
  await ownPost.goto(scenario.ownPost.url);
  const editor = ownPost.locator(scenario.editor);
  await editor.click();
  await ownPost.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => editorText(editor)).toContain(text.trim());
  expect(await sent(ownPost)).toEqual([]);
  return ownPost;
}

for (const scenario of RECIPROCITY_SCENARIOS) {
  test(`${scenario.site}: notification -> Thank -> Use -> paste and send closes exactly that thank-you; Thanked in the popup updates the button and Undo restores it`, async ({ extension }) => {
    const { context } = extension;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await serveFeeds(context, [scenario.notifications, scenario.ownPost]);
    const worker = context.serviceWorkers()[0]!;

    const notifications = await context.newPage();
    await notifications.goto(scenario.notifications.url);
    const popup = await context.newPage();
    await popup.goto(popupUrl(extension.extensionId));
    await figures(popup, { 'thanks-owed': '2', 'thanks-sent': '0', 'replies-given': '0' });
    const repliesOwed = Number(await popup.getByTestId('replies-owed').textContent());
    await expect(notifications.getByTestId('feedcoach-reply')).toHaveCount(repliesOwed);
    await expect.poll(() => actionBadge(worker)).toBe(String(2 + repliesOwed));
    expect(await actionTitle(worker)).toBe(`FeedCoach: 2 thank-yous owed, ${repliesOwed} ${repliesOwed === 1 ? 'reply' : 'replies'} owed`);

    // One button naming both sharers (a grouped notification), or one button each.
    const thankButtons = notifications.getByTestId('feedcoach-thanks');
    await expect(thankButtons.first()).toHaveText(/^Thank /);
    const grouped = (await thankButtons.count()) === 1;
    const names = grouped
      ? (await thankButtons.first().textContent())!.replace(/^Thank /, '').split(' and ')
      : await Promise.all([0, 1].map(async (index) => (await thankButtons.nth(index).textContent())!.replace(/^Thank /, '')));
    expect(names).toHaveLength(2);
    const [first, second] = names as [string, string];
    /** What the buttons say when the first sharer and/or the second one have been thanked. */
    const expectButtons = async (firstDone: boolean, secondDone: boolean) => {
      if (grouped) {
        const waiting = [...(firstDone ? [] : [first]), ...(secondDone ? [] : [second])];
        await expect(thankButtons).toHaveText(waiting.length === 0 ? `Thanked ${first} and ${second}` : `Thank ${waiting.join(' and ')}`);
      } else {
        await expect(thankButtons.nth(0)).toHaveText(`${firstDone ? 'Thanked' : 'Thank'} ${first}`);
        await expect(thankButtons.nth(1)).toHaveText(`${secondDone ? 'Thanked' : 'Thank'} ${second}`);
      }
    };
    const { text, outcome } = await useFirstPrompt(notifications, thankButtons.first());
    // No reply box for a share on a notifications page: the prompt is copied, and the user pastes it under their post.
    expect(outcome).toMatch(/^Copied/);

    const ownPost = await pasteUnderOwnPost(context, scenario, text);
    await ownPost.locator(scenario.submit).click();
    expect(await sent(ownPost)).toHaveLength(1);

    await figures(popup, { 'thanks-owed': '1', 'thanks-sent': '1', 'replies-given': '1' });
    // The user's own post may show replies waiting for an answer (comments on a video): they join the queue.
    await expectBadgeToMatch(popup, worker);
    await expect(popup.getByTestId('owed-item')).toHaveCount(1);
    const waiting = /@(\S+)/.exec((await popup.getByTestId('owed-item').textContent())!)![1]!;
    expect(scenario.sharers.map((handle) => handle.toLowerCase())).toContain(waiting.toLowerCase());
    await expectButtons(true, false);

    // Thanked from the popup: the figures and the page's button follow at once, and Undo takes it back.
    await popup.getByRole('button', { name: `Mark @${waiting} thanked` }).click();
    await figures(popup, { 'thanks-owed': '0', 'thanks-sent': '2' });
    await expectButtons(true, true);
    await expectBadgeToMatch(popup, worker);
    await expect(popup.getByTestId('undo-toast')).toContainText(`Marked @${waiting} thanked.`);
    await popup.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
    await figures(popup, { 'thanks-owed': '1', 'thanks-sent': '1' });
    await expectButtons(true, false);
    await expectBadgeToMatch(popup, worker);
  });
}

for (const scenario of RECIPROCITY_SCENARIOS.filter((each) => each.replier)) {
  test(`${scenario.site}: a reply waiting on the notifications page -> Reply -> Use -> paste and send closes that reply owed`, async ({ extension }) => {
    const { context } = extension;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await serveFeeds(context, [scenario.notifications, scenario.ownPost]);
    const notifications = await context.newPage();
    await notifications.goto(scenario.notifications.url);
    const popup = await context.newPage();
    await popup.goto(popupUrl(extension.extensionId));
    const reply = notifications.getByTestId('feedcoach-reply').filter({ hasText: scenario.replier });
    await expect(reply).toHaveText(`Reply to ${scenario.replier}`);
    await expect(popup.getByTestId('replies-owed')).not.toHaveText('0');
    await expect(popup.getByTestId('replies-given')).toHaveText('0');

    const { text, outcome } = await useFirstPrompt(notifications, reply);
    expect(outcome).toMatch(/^Copied/);
    const ownPost = await pasteUnderOwnPost(context, scenario, text);
    // Read once the own post is in: its page may show more replies waiting (comments under a video).
    await ownPost.waitForTimeout(1500);
    const owed = Number(await popup.getByTestId('replies-owed').textContent());
    await ownPost.locator(scenario.submit).click();
    expect(await sent(ownPost)).toHaveLength(1);

    await figures(popup, { 'replies-given': '1', 'replies-owed': String(owed - 1) });
    await expect(reply).toHaveText(`Replied to ${scenario.replier}`);
  });
}

test('X: a reply to the user that asks is a reply owed; Reply -> Use -> send closes it; "Remind me tomorrow" and Bring back', async ({ extension }) => {
  const notifications = xNotificationsPage();
  const ownPost = xOwnPostPage();
  await serveFeeds(extension.context, [notifications, ownPost]);
  const worker = extension.context.serviceWorkers()[0]!;

  const page = await extension.context.newPage();
  await page.goto(notifications.url);
  const popup = await extension.context.newPage();
  await popup.goto(popupUrl(extension.extensionId));
  // Carla asked how the five questions were picked: she waits for an answer, not a thank-you.
  await figures(popup, { 'thanks-owed': '2', 'replies-owed': '1', 'replies-given': '0' });
  await expect(popup.getByTestId('reply-owed-item')).toContainText('@carla_cm replied to you on X');
  await expect(popup.getByTestId('reply-owed-item')).toContainText('How did you pick the five questions?');
  await popup.getByRole('button', { name: 'Reply idea' }).click();
  await expect(popup.getByTestId('replies-owed-list').getByTestId('reply-prompt')).not.toBeEmpty();

  // Snoozed, then brought back from "Done and snoozed".
  await popup.getByRole('button', { name: 'Remind me tomorrow about @carla_cm' }).click();
  await figures(popup, { 'replies-owed': '0' });
  await expect(popup.getByTestId('undo-toast')).toContainText('@carla_cm will be back tomorrow.');
  await popup.getByText('Done and snoozed').click();
  await expect(popup.getByTestId('set-aside-item')).toContainText('snoozed until');
  await popup.getByRole('button', { name: 'Bring @carla_cm back' }).click();
  await figures(popup, { 'replies-owed': '1' });

  const reply = page.getByTestId('feedcoach-reply');
  await expect(reply).toHaveText('Reply to Carla Mendes');
  const { text, outcome } = await useFirstPrompt(page, reply);
  expect(outcome).toMatch(/^In the reply box/);
  const editor = page.locator('.composer-dialog [data-testid="tweetTextarea_0"]');
  await expect.poll(() => editorText(editor)).toContain(text.trim());
  await page.locator('.composer-dialog [data-testid="tweetButton"]').click();
  expect(await sent(page)).toHaveLength(1);

  await figures(popup, { 'replies-owed': '0', 'replies-given': '1', 'thanks-owed': '2' });
  await expect(reply).toHaveText('Replied to Carla Mendes');
  await expect.poll(() => actionBadge(worker)).toBe('2');

  // Seeing the notifications again reopens nothing.
  await page.reload();
  await page.waitForTimeout(1500);
  await popup.reload();
  await figures(popup, { 'replies-owed': '0', 'thanks-owed': '2' });
});
