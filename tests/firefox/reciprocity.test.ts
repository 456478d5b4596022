import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mastodonFeed } from '../support/feeds/mastodon';
import { xHomeFeed } from '../support/feeds/x';
import { xReciprocity } from '../support/feeds/x-reciprocity';
import { ADDON_ID, FIREFOX_EXTENSION_PATH, launchFirefox, scrollThrough, settle, textOf, toolbarBadge, type FirefoxRun } from './firefox';

let firefox: FirefoxRun;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
});

const figures = async (popup: Page) =>
  Object.fromEntries(await Promise.all(['thanks-owed', 'replies-owed', 'thanks-sent', 'replies-given'].map(async (id) => [id, await textOf(popup, `[data-testid="${id}"]`)])));

describe('Firefox: thanking the people who shared your post', () => {
  test('two sharers in one notification are 2 thanks owed; the product’s own thank-you names both by @handle, and pasted and sent as it is, closes both; Bring back reopens one', async () => {
    const { notifications, ownPost, sharers, editor, submit } = xReciprocity;
    const mentions = sharers.map((handle) => `@${handle}`);
    const page = await firefox.openFeed(notifications, [ownPost]);
    const popup = await firefox.openExtensionPage('popup.html');
    await expect.poll(() => figures(popup), { timeout: 10_000 }).toEqual({ 'thanks-owed': '2', 'replies-owed': '1', 'thanks-sent': '0', 'replies-given': '0' });
    // Carla's question waits for an answer too: the toolbar counts both queues.
    await expect.poll(() => toolbarBadge(popup)).toBe('3');

    // X groups both sharers in one notification: one Thank button, whose prompts name each of them as X notifies them.
    await page.bringToFront();
    const thankButton = () => textOf(page, '[data-testid="feedcoach-thanks"]');
    await page.waitForSelector('[data-testid="feedcoach-thanks"]');
    expect(await page.$$eval('[data-testid="feedcoach-thanks"]', (buttons) => buttons.length)).toBe(1);
    await expect.poll(thankButton).toBe('Thank Ana Souza and Ben Carter');
    await page.click('[data-testid="feedcoach-thanks"]');
    await page.waitForSelector('>>> [data-testid="reply-prompt"]', { visible: true, timeout: 5_000 });
    const text = (await textOf(page, '>>> [data-testid="reply-prompt"]'))!;
    expect(text).toContain(`${mentions[0]} and ${mentions[1]}`);

    // No reply box on the notifications page: "Use" copies the prompt, and the user pastes it into their post's.
    const use = (await page.$('>>> [data-testid="use-prompt"]'))!;
    await use.scrollIntoView();
    await use.click();
    await expect.poll(() => textOf(page, '>>> [data-testid="use-status"]')).toBe('Copied: paste it where you reply.');

    await page.goto(ownPost.url);
    await page.click(editor);
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    await expect.poll(() => textOf(page, editor)).toBe(text);
    expect(await page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts)).toEqual([]);
    // Every state the popup shows while the send lands, the thanks-owed figure and its list read in the same instant.
    await popup.evaluate(() => {
      const shown: [string, number][] = [];
      (window as unknown as { __shown: typeof shown }).__shown = shown;
      const record = () => shown.push([document.querySelector('[data-testid="thanks-owed"]')?.textContent ?? '', document.querySelectorAll('[data-testid="owed-item"]').length]);
      record();
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.click(submit);
    expect(await page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts)).toEqual([text]);

    // One message sent: one thank-you sent, and both reminders it answered closed.
    await expect.poll(() => figures(popup), { timeout: 10_000 }).toEqual({ 'thanks-owed': '0', 'replies-owed': '1', 'thanks-sent': '1', 'replies-given': '1' });
    await expect.poll(() => toolbarBadge(popup)).toBe('1');
    await expect.poll(() => popup.$$eval('[data-testid="owed-item"]', (items) => items.length)).toBe(0);
    // One source of truth: at no moment did the list trail its figure (each figure shown with as many rows).
    const shown = await popup.evaluate(() => (window as unknown as { __shown: [string, number][] }).__shown);
    expect(shown.map(([figure]) => figure)).toEqual(expect.arrayContaining(['2', '0']));
    for (const [figure, rows] of shown) expect(rows, `thanks owed ${figure} shown with ${rows} rows`).toBe(Number(figure));
    await page.goto(notifications.url);
    await expect.poll(thankButton, { timeout: 10_000 }).toBe('Thanked Ana Souza and Ben Carter');

    // Brought back from "Done and snoozed": Ben waits again, the sent thank-you stays counted, and the page's button follows.
    await popup.bringToFront();
    await popup.click('details.set-aside summary');
    const bringBack = await popup.waitForSelector(`[aria-label="Bring ${mentions[1]} back"]`);
    await bringBack!.click();
    await expect.poll(() => figures(popup), { timeout: 10_000 }).toEqual({ 'thanks-owed': '1', 'replies-owed': '1', 'thanks-sent': '1', 'replies-given': '1' });
    await expect.poll(() => toolbarBadge(popup)).toBe('2');
    await expect.poll(() => textOf(popup, '[data-testid="owed-list"]')).toContain(mentions[1]);
    await expect.poll(thankButton, { timeout: 10_000 }).toBe('Thank Ben Carter');
    await popup.close();
    await page.close();
  });
});

describe('Firefox: a Mastodon server of the user’s own (issue 18, item 12)', () => {
  test('adding fosstodon.org in Settings asks Firefox for that server, and its timeline is then annotated', async () => {
    const home = mastodonFeed();
    const fosstodon = { ...home, url: 'https://fosstodon.org/home' };
    const options = await firefox.openExtensionPage('options.html');
    await options.waitForSelector('#server');
    await options.type('#server', 'https://Fosstodon.org/home');
    await options.click('#server ~ button[type="submit"]'); // Add server
    await expect.poll(() => textOf(options, '[data-testid="servers-status"]')).toBe('Added fosstodon.org. Reload its tabs to see FeedCoach there.');
    expect(await textOf(options, 'ul.servers')).toContain('fosstodon.org');
    await options.close();

    const page = await firefox.openFeed(fosstodon);
    await scrollThrough(page);
    const posts = () => page.$$eval('[data-feedcoach-post]', (hosts) => hosts.map((host) => host.getAttribute('data-feedcoach-post')));
    await expect.poll(posts, { timeout: 15_000 }).toHaveLength(home.expected.length);
    expect((await posts()).sort()).toEqual(home.expected.map((post) => `mastodon:${post.postId}`).sort());
    await page.close();
  });
});

describe('Firefox: an update under an open tab (last: it reinstalls the add-on)', () => {
  test('the new copy takes the old copy’s dead badges and open panel off the page and annotates every post once, live', async () => {
    const home = xHomeFeed();
    const page = await firefox.openFeed(home);
    const errors: string[] = [];
    page.on('pageerror', (error: unknown) => errors.push(error instanceof Error ? error.message : String(error)));
    await scrollThrough(page);
    const posts = () => page.$$eval('[data-feedcoach-post]', (hosts) => hosts.map((host) => host.getAttribute('data-feedcoach-post')));
    await expect.poll(posts, { timeout: 15_000 }).toHaveLength(home.expected.length);
    await page.click(`[data-feedcoach-post="x:${home.expected[0]!.postId}"]`);
    await page.waitForSelector('>>> [data-testid="feedcoach-panel"]', { visible: true });

    // Firefox unloads the old copy without running any of it (no invalidation event): its badges and panel stay.
    await firefox.browser.uninstallExtension(ADDON_ID);
    await firefox.browser.installExtension(FIREFOX_EXTENSION_PATH);
    // Firefox starts the new copy in the open tab by itself.
    await expect.poll(() => page.$$eval('feedcoach-panel', (panels) => panels.length), { timeout: 15_000 }).toBe(0);
    await scrollThrough(page);
    await expect.poll(posts, { timeout: 15_000 }).toHaveLength(home.expected.length);
    expect((await posts()).sort()).toEqual(home.expected.map((post) => `x:${post.postId}`).sort());
    await settle(page);
    await page.click(`[data-feedcoach-post="x:${home.expected[2]!.postId}"]`);
    await page.waitForSelector('>>> [data-testid="feedcoach-panel"]', { visible: true, timeout: 5_000 });
    expect(errors).toEqual([]);
  });
});
