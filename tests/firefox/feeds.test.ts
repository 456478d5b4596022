import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { feedScriptName } from '../../lib/sites/feed-scripts';
import { DEMO_FEEDS } from '../support/feeds';
import { localDay } from '../support/days';
import { blueskyFeed } from '../support/feeds/bluesky';
import type { DemoFeed } from '../support/feeds/types';
import { xHomeFeed } from '../support/feeds/x';
import { ADDON_ID, launchFirefox, scrollThrough, settle, textOf, toolbarBadge, type FirefoxRun } from './firefox';

let firefox: FirefoxRun;
/** The local day the run began, before any feed was opened (see the popup's test). */
let runDay: string;
beforeAll(async () => {
  runDay = localDay();
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
});

const errorsOf = new WeakMap<Page, string[]>();
async function openWatched(feed: DemoFeed): Promise<Page> {
  const page = await firefox.openFeed(feed, DEMO_FEEDS);
  const errors: string[] = [];
  page.on('pageerror', (error: unknown) => errors.push(error instanceof Error ? error.message : String(error)));
  errorsOf.set(page, errors);
  return page;
}

const overlays = (page: Page) =>
  page.$$eval('[data-feedcoach-post]', (hosts) => hosts.map((host) => [host.getAttribute('data-feedcoach-post'), host.getAttribute('data-feedcoach-metrics')] as const));

describe('Firefox: every site’s feed', () => {
  for (const feed of DEMO_FEEDS) {
    test(`${feed.site}: one overlay per post with the page's exact counts at ${feed.url}`, async () => {
      const page = await openWatched(feed);
      await scrollThrough(page);
      await expect.poll(async () => (await overlays(page)).length, { timeout: 15_000 }).toBe(feed.expected.length);
      const byPost = new Map((await overlays(page)).map(([post, metrics]) => [post, JSON.parse(metrics ?? 'null')]));
      for (const post of feed.expected) expect(byPost.get(`${feed.site}:${post.postId}`), post.postId).toEqual(post.metrics);

      // Reading the whole feed again must not add a second overlay anywhere.
      await scrollThrough(page);
      expect(await overlays(page)).toHaveLength(feed.expected.length);
      expect(errorsOf.get(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('Firefox: the panel and its prompts', () => {
  test('the keyboard alone opens a post’s panel with its reply prompts, and Escape closes it', async () => {
    const feed = xHomeFeed();
    const page = await openWatched(feed);
    // Tab through the page as a keyboard user does, until the first post's badge has the focus.
    const first = `x:${feed.expected[0]!.postId}`;
    for (let presses = 0; presses < 60; presses += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('data-feedcoach-post'))) === first) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-feedcoach-post'))).toBe(first);
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(name).toMatch(/\d+ likes?/i);

    await page.keyboard.press('Enter');
    await page.waitForSelector('>>> [data-testid="feedcoach-panel"]', { visible: true, timeout: 5_000 });
    const prompts = await page.$$eval('>>> [data-testid="reply-prompt"]', (nodes) => nodes.map((node) => node.textContent?.trim() ?? ''));
    expect(prompts.length).toBeGreaterThanOrEqual(2);
    for (const prompt of prompts) expect(prompt).toMatch(/^[^{}]{12,}$/);

    await page.keyboard.press('Escape');
    await page.waitForSelector('>>> [data-testid="feedcoach-panel"]', { hidden: true, timeout: 5_000 });
    expect(errorsOf.get(page)).toEqual([]);
    await page.close();
  });

  const composers: [DemoFeed, string][] = [
    [xHomeFeed(), '[data-testid="tweetTextarea_0"]'],
    // Bluesky's editor is contenteditable: the prompt goes in through execCommand('insertText').
    [blueskyFeed(), '[data-testid="composerTextInput"] [contenteditable]'],
  ];
  for (const [feed, editor] of composers) {
    test(`${feed.site}: "Use" puts the prompt into the site's reply box for that post, and nothing is sent`, async () => {
      const page = await openWatched(feed);
      const post = feed.expected[1]!;
      // Badges are placed as posts come near the viewport, which moves what is below them: click once they are in.
      await expect.poll(async () => (await overlays(page)).length).toBeGreaterThan(2);
      await settle(page);
      await page.click(`[data-feedcoach-post="${feed.site}:${post.postId}"]`);
      await page.waitForSelector('>>> [data-testid="reply-prompt"]', { visible: true, timeout: 5_000 });
      const text = (await textOf(page, '>>> [data-testid="reply-prompt"]'))!;
      expect(text).not.toMatch(/\{|\}|undefined/);

      // The panel scrolls within itself where the window is short: a person scrolls to the button first.
      const use = (await page.$('>>> [data-testid="use-prompt"]'))!;
      await use.scrollIntoView();
      await use.click();
      await expect.poll(() => textOf(page, editor)).toBe(text);
      await expect.poll(() => textOf(page, '>>> [data-testid="reply-prompts"] [role="status"]')).toMatch(/In the reply box/);
      expect(await page.evaluate(() => (window as unknown as { __sentPosts: string[] }).__sentPosts)).toEqual([]);
      // The reply box is the one for this post.
      expect(await page.$$(`.composer-dialog a[href*="${post.postId}"]`)).toHaveLength(1);
      expect(errorsOf.get(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('Firefox: the popup and the network', () => {
  test('the popup counts every post the feeds showed, the two people waiting for a thank-you and the one waiting for an answer', async () => {
    const posts = new Set(DEMO_FEEDS.flatMap((feed) => feed.expected.map((post) => `${feed.site}:${post.postId}`)));
    const popup = await firefox.openExtensionPage('popup.html');
    // Over 7 days, not today: the feeds were read minutes ago, maybe before midnight (today would then show fewer).
    await popup.click('[role="group"] button::-p-text(7 days)');
    await expect.poll(() => textOf(popup, 'button[aria-pressed="true"]')).toBe('7 days');
    const seen = () => textOf(popup, '[data-testid="posts-seen"]').then(Number);
    if (localDay() === runDay) await expect.poll(seen, { timeout: 10_000 }).toBe(posts.size);
    else {
      // The run crossed midnight: a post shown again after it (the panel tests open feeds again) counts on both days.
      await expect.poll(seen, { timeout: 10_000 }).toBeGreaterThanOrEqual(posts.size);
      expect(await seen()).toBeLessThanOrEqual(2 * posts.size);
    }
    // x.com/notifications: Ana and Ben reposted the user's post, and Carla asked the user a question.
    expect(await textOf(popup, '[data-testid="thanks-owed"]')).toBe('2');
    expect(await textOf(popup, '[data-testid="replies-owed"]')).toBe('1');
    expect(await textOf(popup, '[data-testid="thanks-sent"]')).toBe('0');
    expect(await textOf(popup, '[data-testid="replies-given"]')).toBe('0');
    // The toolbar counts both queues.
    expect(await toolbarBadge(popup)).toBe('3');
    await popup.close();
  });

  test('the extension made no network request of its own in all of the above, and the options page makes none', async () => {
    const options = await firefox.openExtensionPage('options.html');
    await options.waitForSelector('h1');
    expect(await textOf(options, 'h1')).toBe('FeedCoach settings');
    await options.close();
    expect(firefox.network.refused).toEqual([]);
    expect(firefox.network.proxied).toEqual([]);

    // The check can fail: a request from the extension's background page does reach the log.
    const popup = await firefox.openExtensionPage('popup.html');
    await popup.evaluate(() => {
      const background = (globalThis as unknown as { browser: { extension: { getBackgroundPage(): typeof globalThis } } }).browser.extension.getBackgroundPage();
      return background.fetch('https://network-check.invalid/').catch(() => undefined);
    });
    await expect.poll(() => firefox.network.proxied).toEqual(['CONNECT network-check.invalid:443']);
    await popup.close();
  });
});

// Last: its late post would change the popup's count of posts seen above.
describe('Firefox: a page cannot switch FeedCoach off (issue 18, item 4)', () => {
  test('a forged "newer script started" event from the page leaves every badge, and a later post is still annotated', async () => {
    const home = xHomeFeed();
    const page = await openWatched(home);
    await scrollThrough(page);
    await expect.poll(async () => (await overlays(page)).length, { timeout: 15_000 }).toBe(home.expected.length);
    // What WXT's content-script context listens for, under the add-on's public id, sent from the page's own world.
    // X's content script is named feed-x (lib/sites/feed-scripts.ts).
    const name = feedScriptName('x');
    await page.evaluate(
      (type, name) => {
        for (let i = 0; i < 3; i += 1) {
          document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: `forged-${i}` } }));
          window.postMessage({ type, contentScriptName: name, messageId: `forged-${i}` }, '*');
        }
      },
      `${ADDON_ID}:${name}:wxt:content-script-started`,
      name,
    );
    await new Promise((done) => setTimeout(done, 2500)); // past the script's own check that its extension is still there
    expect(await overlays(page)).toHaveLength(home.expected.length);
    await page.evaluate(() => {
      const copy = document.querySelector('article')!.cloneNode(true) as Element;
      copy.querySelector('feedcoach-overlay')?.remove();
      for (const link of copy.querySelectorAll('a[href*="/status/"]')) link.setAttribute('href', '/late/status/1999999999999999999');
      document.querySelector('article')!.before(copy);
    });
    await expect.poll(async () => (await overlays(page)).filter(([post]) => post === 'x:1999999999999999999').length, { timeout: 10_000 }).toBe(1);
    expect(errorsOf.get(page)).toEqual([]);
    await page.close();
  });
});
