import { popupUrl, serveFeeds } from '../support/browser';
import { RECIPROCITY_SCENARIOS } from '../support/feeds/reciprocity';
import { tiktokInboxPage, tiktokOwnVideoPage } from '../support/feeds/tiktok-reciprocity';
import { xNotificationsPage, xOwnPostPage } from '../support/feeds/x-reciprocity';
import { expect, test } from './fixtures';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { SiteId } from '../../lib/sites/types';
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
 * Opens a notification's button, Uses the first prompt of its first section as FeedCoach words it, and returns that
 * text and what the panel said beside that prompt's Use ("In the reply box…" or "Copied…").
 */
async function useFirstPrompt(page: Page, button: Locator): Promise<{ text: string; outcome: string }> {
  await button.click();
  const section = page.getByTestId('feedcoach-panel').getByTestId('reply-prompts').first();
  const idea = section.getByRole('listitem').filter({ has: page.getByTestId('reply-prompt') }).first();
  const text = (await idea.getByTestId('reply-prompt').textContent())!;
  expect(text.length).toBeGreaterThan(10);
  await idea.getByTestId('use-prompt').click();
  const status = idea.getByTestId('use-status');
  // "Opening the reply box…" while the site's reply button opens one; then where the prompt went.
  await expect(status).toHaveText(/^In the reply box|^Copied/);
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

/** Sites whose notification groups everyone who shared one post: one Thank button names both sharers. */
const GROUPED_SITES: ReadonlySet<SiteId> = new Set(['x', 'mastodon']);

/**
 * How a thank-you must name a person for the site to notify them: "@handle", "u/handle" on Reddit, and on LinkedIn
 * and Facebook the name the user picks from the site's list (the name the button shows).
 */
function asNotified(site: SiteId, handle: string, name: string): string {
  if (site === 'reddit') return `u/${handle}`;
  return site === 'linkedin' || site === 'facebook' ? name : `@${handle}`;
}

/** "@handle" as the popup writes it, whatever case the page gave it. */
const handleIn = (handle: string) => new RegExp(`@${handle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');

for (const scenario of RECIPROCITY_SCENARIOS) {
  const grouped = GROUPED_SITES.has(scenario.site);
  const flow = grouped
    ? 'one Thank button for both sharers -> Use -> paste and send closes both thank-yous as one thank-you sent'
    : 'a Thank button per sharer -> Use -> paste and send closes exactly that one';
  test(`${scenario.site}: ${flow}; Bring back, Thanked and Undo in the popup move the figures and the page's buttons`, async ({ extension }) => {
    const { context } = extension;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await serveFeeds(context, [scenario.notifications, scenario.ownPost]);
    const worker = context.serviceWorkers()[0]!;

    const notifications = await context.newPage();
    await notifications.goto(scenario.notifications.url);
    const popup = await context.newPage();
    await popup.goto(popupUrl(extension.extensionId));
    await figures(popup, { 'thanks-owed': '2', 'thanks-sent': '0', 'replies-given': '0' });
    // Every site's notifications page holds one question to the user (tests/unit/reciprocity/replies-owed.test.ts). A
    // mention is judged by the classifier, which comes with the panel kit: its reply waits for that, a moment after the thanks.
    await expect(notifications.getByTestId('feedcoach-reply')).toHaveCount(1);
    await figures(popup, { 'replies-owed': '1' });
    await expect.poll(() => actionBadge(worker)).toBe('3');
    expect(await actionTitle(worker)).toBe('FeedCoach: 2 thank-yous owed, 1 reply owed');

    const thankButtons = notifications.getByTestId('feedcoach-thanks');
    await expect(thankButtons).toHaveCount(grouped ? 1 : 2);
    await expect(thankButtons.first()).toHaveText(/^Thank /);
    const labels = (await thankButtons.allTextContents()).map((label) => label.replace(/^Thank /, ''));
    const names = grouped ? labels[0]!.split(' and ') : labels;
    expect(names).toHaveLength(2);
    const [first, second] = names as [string, string];
    const [firstHandle, secondHandle] = scenario.sharers;
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
    // The prompt names whom its button thanks, as the site notifies them, and nobody else.
    expect(text).toContain(asNotified(scenario.site, firstHandle, first));
    if (grouped) expect(text).toContain(asNotified(scenario.site, secondHandle, second));
    else expect(text).not.toContain(asNotified(scenario.site, secondHandle, second));
    // No reply box for a share on a notifications page: the prompt is copied, and the user pastes it under their post.
    expect(outcome).toMatch(/^Copied/);

    const ownPost = await pasteUnderOwnPost(context, scenario, text);
    await ownPost.locator(scenario.submit).click();
    expect(await sent(ownPost)).toHaveLength(1);

    // One message sent: one thank-you sent, closing every reminder its button answered.
    await figures(popup, { 'thanks-owed': grouped ? '0' : '1', 'thanks-sent': '1', 'replies-given': '1' });
    // The user's own post may show replies waiting for an answer (comments on a video): they join the queue.
    await expectBadgeToMatch(popup, worker);
    await expectButtons(true, grouped);
    const owedItems = popup.getByTestId('owed-item');
    await expect(owedItems).toHaveCount(grouped ? 0 : 1);

    await popup.getByText('Done and snoozed').click();
    const setAside = (handle: string) => popup.getByTestId('set-aside-item').filter({ hasText: handleIn(handle) });
    await expect(setAside(firstHandle)).toContainText('you thanked them');
    if (grouped) {
      await expect(setAside(secondHandle)).toContainText('you thanked them');
      // Brought back: the second sharer waits again, the thank-you that was sent stays counted, and the button asks for them alone.
      await popup.getByRole('button', { name: `Bring @${secondHandle} back` }).click();
      await figures(popup, { 'thanks-owed': '1', 'thanks-sent': '1' });
      await expectButtons(true, false);
      await expectBadgeToMatch(popup, worker);
    }
    await expect(setAside(secondHandle)).toHaveCount(0);
    await expect(owedItems).toHaveCount(1);
    await expect(owedItems).toContainText(handleIn(secondHandle));

    // Thanked from the popup: the figures and the page's button follow at once, and Undo takes it back.
    await popup.getByRole('button', { name: `Mark @${secondHandle} thanked` }).click();
    await figures(popup, { 'thanks-owed': '0', 'thanks-sent': '2' });
    await expectButtons(true, true);
    await expectBadgeToMatch(popup, worker);
    await expect(setAside(secondHandle)).toContainText('you marked it done, counted as a thank-you sent');
    await expect(popup.getByTestId('undo-toast')).toContainText(new RegExp(`^Marked ${handleIn(secondHandle).source} thanked\\.`, 'i'));
    await popup.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
    await figures(popup, { 'thanks-owed': '1', 'thanks-sent': '1' });
    await expectButtons(true, false);
    await expectBadgeToMatch(popup, worker);
    await expect(setAside(secondHandle)).toHaveCount(0);

    // The sent thank-you's reminder brought back too: both wait again, and the send stays counted.
    await popup.getByRole('button', { name: `Bring @${firstHandle} back` }).click();
    await figures(popup, { 'thanks-owed': '2', 'thanks-sent': '1' });
    await expectButtons(false, false);
    await expectBadgeToMatch(popup, worker);
    await expect(owedItems).toHaveCount(2);
  });
}

for (const scenario of RECIPROCITY_SCENARIOS.filter((each) => each.replier)) {
  test(`${scenario.site}: a question waiting on the notifications page -> Reply -> Use -> send (in the reply box the page opens, or pasted under the post) closes that reply owed; Bring back, Answered and Undo`, async ({ extension }) => {
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
    let owed: number;
    if (scenario.replyInPage) {
      // Their question is a post with its own reply button: the site's reply box opens on the page, holding the prompt.
      expect(outcome).toMatch(/^In the reply box/);
      const editor = notifications.locator(scenario.replyInPage.editor);
      await expect.poll(() => editorText(editor)).toContain(text.trim());
      owed = Number(await popup.getByTestId('replies-owed').textContent());
      await notifications.locator(scenario.replyInPage.submit).click();
      expect(await sent(notifications)).toHaveLength(1);
    } else {
      expect(outcome).toMatch(/^Copied/);
      const before = Number(await popup.getByTestId('replies-owed').textContent());
      const ownPost = await pasteUnderOwnPost(context, scenario, text);
      // The own post's page may show other replies waiting (comments under a video); the question seen on both pages
      // is one reminder (TikTok's inbox quotes it without its id), which the prompt from the notification closes.
      await ownPost.waitForTimeout(1500);
      owed = before + (scenario.othersOnOwnPost ?? 0);
      await expect(popup.getByTestId('replies-owed')).toHaveText(String(owed));
      await ownPost.locator(scenario.submit).click();
      expect(await sent(ownPost)).toHaveLength(1);
    }

    await figures(popup, { 'replies-given': '1', 'replies-owed': String(owed - 1) });
    await expect(reply).toHaveText(`Replied to ${scenario.replier}`);

    // Brought back from "Done and snoozed": they wait again, the page's button asks again, the reply sent stays counted.
    await popup.getByText('Done and snoozed').click();
    const replied = popup.getByTestId('set-aside-item').filter({ hasText: 'you replied' });
    await expect(replied).toHaveCount(1);
    const bringBack = replied.getByRole('button', { name: /^Bring .+ back$/ });
    const who = (await bringBack.getAttribute('aria-label'))!.replace(/^Bring (.+) back$/, '$1');
    await bringBack.click();
    await figures(popup, { 'replies-given': '1', 'replies-owed': String(owed) });
    await expect(reply).toHaveText(`Reply to ${scenario.replier}`);

    // Answered by hand: closed and, as a thank-you marked done is a thank-you sent, counted as a reply given (the
    // user answered it some other way); the popup says so, and Undo takes both back.
    await expect(popup.locator('.figure', { has: popup.getByTestId('replies-given') })).toHaveAttribute('title', 'Replies FeedCoach saw you send, and replies you marked answered');
    await popup.getByRole('button', { name: `Mark ${who} answered` }).first().click();
    await figures(popup, { 'replies-given': '2', 'replies-owed': String(owed - 1) });
    await expect(reply).toHaveText(`Replied to ${scenario.replier}`);
    await expect(popup.getByTestId('set-aside-item').filter({ hasText: 'you marked it answered, counted as a reply given' })).toHaveCount(1);
    await expect(popup.getByTestId('undo-toast')).toContainText(`Marked ${who} answered.`);
    await popup.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
    await figures(popup, { 'replies-given': '1', 'replies-owed': String(owed) });
    await expect(reply).toHaveText(`Reply to ${scenario.replier}`);
  });
}

test('TikTok: a comment seen in the inbox and under the video is one reply owed; Reply under the video -> Use -> send in its reply box closes it, and the inbox says so', async ({ extension }) => {
  const { context } = extension;
  await serveFeeds(context, [tiktokInboxPage(), tiktokOwnVideoPage()]);
  const inbox = await context.newPage();
  await inbox.goto(tiktokInboxPage().url);
  const popup = await context.newPage();
  await popup.goto(popupUrl(extension.extensionId));
  const inboxReply = inbox.getByTestId('feedcoach-reply');
  await expect(inboxReply).toHaveText('Reply to Carla');
  await figures(popup, { 'replies-owed': '1', 'replies-given': '0' });

  // The inbox quotes Carla's comment without its id; the video's page shows it with one: still one reminder.
  const video = await context.newPage();
  await video.goto(tiktokOwnVideoPage().url);
  await expect(video.getByTestId('feedcoach-reply')).toHaveCount(2);
  await figures(popup, { 'replies-owed': '2' }); // Carla's, and Omar's comment seen only under the video
  const carlaItems = popup.getByTestId('reply-owed-item').filter({ hasText: 'How did you pick the five questions?' });
  await expect(carlaItems).toHaveCount(1);

  const underVideo = video.locator('[class*="DivCommentObjectWrapper"]', { hasText: 'How did you pick' }).getByTestId('feedcoach-reply');
  const { text, outcome } = await useFirstPrompt(video, underVideo);
  expect(outcome).toMatch(/^In the reply box/);
  const editor = video.locator('.fc-inline-reply [data-e2e="comment-input"] [contenteditable="true"]');
  await expect.poll(() => editorText(editor)).toContain(text.trim());
  await video.locator('.fc-inline-reply [data-e2e="comment-post"]').click();
  expect(await sent(video)).toEqual([text.trim()]);

  await figures(popup, { 'replies-owed': '1', 'replies-given': '1' });
  await expect(carlaItems).toHaveCount(0);
  await expect(underVideo).toHaveText(/^Replied to /);
  await expect(inboxReply).toHaveText('Replied to Carla');
});

for (const scenario of RECIPROCITY_SCENARIOS.filter((each) => each.site === 'linkedin' || each.site === 'reddit')) {
  test(`${scenario.site}: a reply owed whose notification shows no words says so; once the post's page shows the comment, the reminder has its words and its reply idea fits them`, async ({ extension }) => {
    const { context } = extension;
    await serveFeeds(context, [scenario.notifications, scenario.ownPost]);
    const notifications = await context.newPage();
    await notifications.goto(scenario.notifications.url);
    const popup = await context.newPage();
    await popup.goto(popupUrl(extension.extensionId));
    const item = popup.getByTestId('reply-owed-item');
    await expect(item).toHaveCount(1);
    await expect(item.locator('.excerpt')).toHaveCount(0);

    // The panel and the popup say the idea cannot fit words FeedCoach has not seen, and Open leads to the comment.
    await notifications.getByTestId('feedcoach-reply').click();
    await expect(notifications.getByTestId('feedcoach-panel')).toContainText('This notification does not show their words');
    await notifications.keyboard.press('Escape');
    await item.getByRole('button', { name: 'Reply idea' }).click();
    await expect(item.getByTestId('words-unseen')).toHaveText(/^FeedCoach has not seen their words yet/);
    const general = (await item.getByTestId('reply-prompt').textContent())!;
    const open = item.getByRole('link', { name: /^Open .+'s words on / });
    const commentUrl = (await open.getAttribute('href'))!;

    // The user opens the post's page: the comment is there with its words, and it is the same reply owed.
    const ownPost = await context.newPage();
    await ownPost.goto(scenario.ownPost.url);
    await expect(ownPost.getByTestId('feedcoach-reply')).toHaveCount(1);
    const words = (await ownPost.locator('[slot="comment"], .comments-comment-item__main-content').first().textContent())!.trim();
    await expect(item.locator('.excerpt')).toHaveText(`“${words}”`);
    await expect(item).toHaveCount(1);
    await figures(popup, { 'replies-owed': '1' });
    expect(commentUrl).toContain(scenario.site === 'reddit' ? 'nq3carl' : 'urn:li:activity:');

    await item.getByRole('button', { name: 'Reply idea' }).click();
    await expect(item.getByTestId('words-unseen')).toHaveCount(0);
    // Their words ask something: the idea now answers a question instead of thanking for a comment in general.
    await expect(item.getByTestId('reply-prompt')).not.toHaveText(general);
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
