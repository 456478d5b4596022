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
  Object.fromEntries(await Promise.all(['thanks-owed', 'thanks-sent', 'replies-given'].map(async (id) => [id, await textOf(popup, `[data-testid="${id}"]`)])));

describe('Firefox: thanking the people who shared your post', () => {
  test('two sharers are 2 thanks owed; the product’s own thank-you, pasted and sent, leaves 1 owed', async () => {
    const { notifications, ownPost, sharers, editor, submit } = xReciprocity;
    const [thanked, waiting] = sharers;
    const page = await firefox.openFeed(notifications, [ownPost]);
    const popup = await firefox.openExtensionPage('popup.html');
    await expect.poll(() => figures(popup), { timeout: 10_000 }).toEqual({ 'thanks-owed': '2', 'thanks-sent': '0', 'replies-given': '0' });
    await expect.poll(() => toolbarBadge(popup)).toBe('2');

    // The thank-you button beside the repost notification offers prompts naming each sharer.
    await page.bringToFront();
    const thank = await page.waitForSelector('[data-testid="feedcoach-thanks"]');
    expect(await thank!.evaluate((button) => button.getAttribute('aria-label') ?? button.textContent)).toMatch(/Thank Ana Souza and Ben Carter/);
    await thank!.click();
    await page.waitForSelector('>>> [data-testid="reply-prompt"]', { visible: true, timeout: 5_000 });
    const prompts = await page.$$('>>> [data-testid="reply-prompt"]');
    const texts = await Promise.all(prompts.map((prompt) => prompt.evaluate((node) => node.textContent?.trim() ?? '')));
    const chosen = texts.findIndex((text) => text.includes('Ana Souza'));
    expect(chosen, texts.join(' | ')).toBeGreaterThanOrEqual(0);
    const text = texts[chosen]!;

    // No reply box on the notifications page: "Use" copies the prompt, and the user pastes it into their post's.
    const use = (await page.$$('>>> [data-testid="use-prompt"]'))[chosen]!;
    await use.scrollIntoView();
    await use.click();
    const statuses = () => page.$$eval('>>> [data-testid="reply-prompts"] [role="status"]', (nodes) => nodes.map((node) => node.textContent?.trim()));
    await expect.poll(statuses).toContain('Copied: paste it where you reply.');

    await page.goto(ownPost.url);
    // The prompt names Ana; on X a thank-you reaches her by her handle, which the user types before pasting.
    await page.click(editor);
    await page.keyboard.type(`@${thanked} `);
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    await expect.poll(() => textOf(page, editor)).toBe(`@${thanked} ${text}`);
    expect(await page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts)).toEqual([]);
    await page.click(submit);
    expect(await page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts)).toEqual([`@${thanked} ${text}`]);

    await expect.poll(() => figures(popup), { timeout: 10_000 }).toEqual({ 'thanks-owed': '1', 'thanks-sent': '1', 'replies-given': '1' });
    await expect.poll(() => toolbarBadge(popup)).toBe('1');
    const owed = await textOf(popup, '[data-testid="owed-list"]');
    expect(owed).toContain(`@${waiting}`);
    expect(owed).not.toContain(`@${thanked}`);
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
