import type { Locator, Page } from '@playwright/test';
import { serveFeeds } from '../support/browser';
import { blueskyFeed } from '../support/feeds/bluesky';
import { facebookFeed } from '../support/feeds/facebook';
import { linkedinFeed } from '../support/feeds/linkedin';
import { mastodonFeed } from '../support/feeds/mastodon';
import { threadsFeed } from '../support/feeds/threads';
import { xNotificationsPage } from '../support/feeds/x-reciprocity';
import { xHomeFeed } from '../support/feeds/x';
import type { DemoFeed } from '../support/feeds/types';
import { expect, test } from './fixtures';

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts);

/** The reply box of each feed's stand-in, and where it opens: a dialog, or inside the post (LinkedIn, Facebook). */
const cases: [DemoFeed, string, 'dialog' | 'inline'][] = [
  [xHomeFeed(), '[data-testid="tweetTextarea_0"]', 'dialog'],
  [blueskyFeed(), '[data-testid="composerTextInput"] [contenteditable]', 'dialog'],
  [threadsFeed, '.composer-dialog [role="textbox"]', 'dialog'],
  [linkedinFeed, '.comments-comment-box .ql-editor', 'inline'],
  [facebookFeed, '.composer-inline [role="textbox"]', 'inline'],
];

async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [one, two] = [(await a.boundingBox())!, (await b.boundingBox())!];
  return one.x < two.x + two.width && one.x + one.width > two.x && one.y < two.y + two.height && one.y + one.height > two.y;
}

for (const [feed, editor, kind] of cases) {
  test(`${feed.site}: "Use" puts a prompt into the reply box for that post within 300 ms, confirms beside the button, moves out of the box's way and sends nothing`, async ({ extension }) => {
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

    // Timed in the page, from the click on Use to the text in the reply box: the test's own round trips are not FeedCoach's.
    await page.evaluate((selector) => {
      const times: Record<string, number> = {};
      (window as unknown as { __times: Record<string, number> }).__times = times;
      document.addEventListener('click', (event) => {
        if (event.composedPath().some((node) => (node as HTMLElement).dataset?.testid === 'use-prompt')) times.use = performance.now();
      }, true);
      new MutationObserver(() => {
        if (times.filled === undefined && document.querySelector(selector)?.textContent) times.filled = performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, editor);
    const use = page.getByTestId('use-prompt').first();
    await use.click();
    await expect(page.locator(editor)).toHaveText(text);
    const times = await page.evaluate(() => (window as unknown as { __times: { use: number; filled: number } }).__times);
    expect(times.filled - times.use).toBeLessThan(300);
    // The confirmation is beside the button that was pressed: on its line, or just under it when the line is full.
    const status = page.getByTestId('use-status').first();
    await expect(status).toHaveText('In the reply box: edit it and send it yourself.');
    const [button, said] = [(await use.boundingBox())!, (await status.boundingBox())!];
    expect(said.y + said.height).toBeGreaterThan(button.y);
    expect(said.y - (button.y + button.height)).toBeLessThan(12);
    // The panel no longer covers the reply box.
    await expect.poll(() => overlaps(page.locator('feedcoach-panel'), page.locator(editor))).toBe(false);
    expect(await sent(page)).toEqual([]);
    // The reply box is the one for this post.
    if (kind === 'dialog') await expect(page.locator(`.composer-dialog a[href*="${post.postId}"]`)).toHaveCount(1);
    else await expect(page.locator(`[data-feedcoach-post="${feed.site}:${post.postId}"]`).locator('xpath=ancestor::*[.//*[contains(@class,"composer-inline")]][1]').locator(editor)).toHaveCount(1);
  });
}

test('a reply box that takes time to open shows "Opening the reply box…" beside Use until it is filled', async ({ extension }) => {
  const feed = xHomeFeed();
  // The site opens its reply dialog 800 ms after the click, as a slow network would.
  const slow = { ...feed, html: feed.html.replace("document.addEventListener('click', (event) => {", "document.addEventListener('click', (event) => { if (!event.__late && event.target.closest('[data-testid=\"reply\"]')) { const target = event.target; setTimeout(() => { const late = new MouseEvent('click', { bubbles: true }); late.__late = true; target.dispatchEvent(late); }, 800); return; }") };
  expect(slow.html).not.toBe(feed.html);
  await serveFeeds(extension.context, [slow]);
  const page = await extension.context.newPage();
  await page.goto(slow.url);
  await page.locator(`[data-feedcoach-post="x:${feed.expected[1]!.postId}"]`).click();
  await page.getByTestId('use-prompt').first().click();
  const status = page.getByTestId('use-status').first();
  await expect(status).toHaveText('Opening the reply box…');
  await expect(status).toHaveText('In the reply box: edit it and send it yourself.');
  await expect(page.locator('[data-testid="tweetTextarea_0"]')).not.toBeEmpty();
});

test('mastodon: "Use" fills the compose column, which is always on the page, within 300 ms of the click', async ({ extension }) => {
  const feed = mastodonFeed();
  // Mastodon's web app keeps its compose form beside the timeline; a status's reply button points it at that status
  // by adding a reply indicator that names the author (as mastodon/mastodon's compose_form.jsx renders it).
  const compose = `<div class="drawer" style="position: fixed; left: 0; top: 0; width: 250px"><form class="compose-form"><div class="compose-form__highlightable"><div class="autosuggest-textarea"><textarea class="autosuggest-textarea__textarea" placeholder="What's on your mind?"></textarea></div><div class="compose-form__submit"><button type="submit" class="button">Post</button></div></div></form></div>
<script>
window.__sentPosts = [];
document.addEventListener('submit', (event) => { event.preventDefault(); window.__sentPosts.push(event.target.querySelector('textarea').value); });
document.addEventListener('click', (event) => {
  const reply = event.target.closest('.status__action-bar button[aria-label^="Reply"]');
  const status = reply && reply.closest('.status');
  if (!status) return;
  const author = status.querySelector('.status__display-name');
  setTimeout(() => {
    document.querySelector('.reply-indicator')?.remove();
    const indicator = document.createElement('div');
    indicator.className = 'reply-indicator';
    indicator.innerHTML = '<a class="detailed-status__display-name" href="' + author.getAttribute('href') + '">' + author.textContent + '</a>';
    document.querySelector('.compose-form__highlightable').prepend(indicator);
  }, 30);
});
</script>`;
  const withCompose = { ...feed, html: feed.html.replace('</body>', `${compose}</body>`) };
  expect(withCompose.html).not.toBe(feed.html);
  await serveFeeds(extension.context, [withCompose]);
  const page = await extension.context.newPage();
  await page.goto(feed.url);
  const post = feed.expected[2]!;
  await page.locator(`[data-feedcoach-post="mastodon:${post.postId}"]`).click();
  const text = (await page.getByTestId('reply-prompt').first().textContent())!;
  await page.evaluate(() => {
    const times: Record<string, number> = {};
    (window as unknown as { __times: Record<string, number> }).__times = times;
    document.addEventListener('click', (event) => {
      if (event.composedPath().some((node) => (node as HTMLElement).dataset?.testid === 'use-prompt')) times.use = performance.now();
    }, true);
    document.querySelector('textarea')!.addEventListener('input', () => (times.filled ??= performance.now()));
  });
  await page.getByTestId('use-prompt').first().click();
  await expect(page.locator('.compose-form textarea')).toHaveValue(text);
  const times = await page.evaluate(() => (window as unknown as { __times: { use: number; filled: number } }).__times);
  expect(times.filled - times.use).toBeLessThan(300);
  await expect(page.getByTestId('use-status').first()).toHaveText('In the reply box: edit it and send it yourself.');
  expect(await sent(page)).toEqual([]);
});

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
