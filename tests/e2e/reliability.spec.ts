import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as plain, type Page } from '@playwright/test';
import { EXTENSION_PATH, PROJECT_ROOT, popupUrl, scrollThrough, serveFeeds, type ExtensionBrowser } from '../support/browser';
import { xHomeFeed } from '../support/feeds/x';
import { feedPage } from '../support/feeds/page';
import { feedScriptFiles, feedScriptName } from '../../lib/sites/feed-scripts';
import { ALL_MATCHES, SITE_ADAPTERS } from '../../lib/sites/registry';
import { expect, test } from './fixtures';

const home = xHomeFeed();

/** The X home feed in a new tab, scrolled through and annotated, with the page's errors collected. */
async function annotatedHome(extension: ExtensionBrowser): Promise<{ page: Page; errors: string[] }> {
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(home.url);
  await scrollThrough(page);
  await expect(page.locator('[data-feedcoach-post]')).toHaveCount(home.expected.length);
  return { page, errors };
}

test('a new content script started in an open tab (as after an update) replaces the old one: one overlay per post, no errors', async ({ extension }) => {
  const { page, errors } = await annotatedHome(extension);

  // What the background does for open tabs when FeedCoach is installed or updated.
  const worker = extension.context.serviceWorkers()[0]!;
  const injected = await worker.evaluate(
    async ({ url, script }) => {
      const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const [tab] = await chrome.tabs.query({ url });
      await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: [script] });
      return tab!.id;
    },
    { url: home.url, script: feedScriptFiles('x').js },
  );
  expect(injected).toBeGreaterThan(0);
  await scrollThrough(page);
  await expect(page.locator('[data-feedcoach-post]')).toHaveCount(home.expected.length);
  for (const post of home.expected) await expect(page.locator(`[data-feedcoach-post="x:${post.postId}"]`)).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a running content script answers the background, so an install does not inject a second copy into its tab', async ({ extension }) => {
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  await page.goto(home.url);
  await expect(page.locator('[data-feedcoach-post]').first()).toBeAttached();
  const worker = extension.context.serviceWorkers()[0]!;
  const ask = () =>
    worker.evaluate(async (url) => {
      const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const [tab] = await chrome.tabs.query({ url });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'feedcoach-alive' });
    }, home.url);
  expect(await ask()).toBe(true);

  // A second copy in the tab (an install that raced the page's own start) replaces the first: the tab still
  // answers "alive", however the two copies' listeners are ordered; the replaced copy must not answer "no".
  await worker.evaluate(
    async ({ url, script }) => {
      const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const [tab] = await chrome.tabs.query({ url });
      await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: [script] });
    },
    { url: home.url, script: feedScriptFiles('x').js },
  );
  await expect(page.locator('[data-feedcoach-post]').first()).toBeAttached();
  for (let attempt = 0; attempt < 5; attempt += 1) expect(await ask()).toBe(true);
});

test('when the extension goes away under an open tab, its orphaned script takes its UI off the page and stops, without errors', async ({ extension }) => {
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(home.url);
  await expect(page.locator('[data-feedcoach-post]').first()).toBeAttached();
  await page.locator('[data-feedcoach-post]').first().click();
  await expect(page.getByTestId('feedcoach-panel')).toBeVisible();

  // A command-line-loaded extension that reloads itself is unloaded here: its content scripts are orphaned.
  await extension.context
    .serviceWorkers()[0]!
    .evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.reload())
    .catch(() => undefined); // the worker goes away with the reload
  await expect(page.locator('feedcoach-overlay, feedcoach-panel')).toHaveCount(0, { timeout: 10_000 });
  // The page goes on changing and scrolling; the stopped script reacts to none of it.
  await page.evaluate(() => document.querySelector('article [data-testid="like"]')!.setAttribute('aria-label', '99 Likes. Like'));
  await scrollThrough(page);
  await page.locator('article [data-testid="like"]').first().click();
  await page.waitForTimeout(1000);
  await expect(page.locator('feedcoach-overlay')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a hostile page: markup in names and texts stays text, huge and RTL-override texts are harmless, removed overlays come back', async ({ extension }) => {
  const payload = '<img src=x onerror="window.__pwned=1">';
  const tweet = (id: number, name: string, text: string) =>
    `<article data-testid="tweet"><div data-testid="User-Name"><a href="/evil${id}"><span>${name}</span></a><a href="/evil${id}/status/${id}"><time datetime="2026-11-28T08:00:00.000Z">1h</time></a></div>` +
    `<div data-testid="tweetText"><span>${text}</span><a href="javascript:window.__pwned=2">link</a></div><div role="group" aria-label="3 replies, 4 likes"><button data-testid="reply" aria-label="3 Replies. Reply"></button><button data-testid="like" aria-label="4 Likes. Like"></button></div></article>`;
  const escaped = payload.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = [
    tweet(1, escaped, `Why? ${escaped}`),
    tweet(2, '\u202egnp.exe\u202c Mallory', 'a'.repeat(100_000)),
    tweet(3, 'Eve &lt;/style&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt;', 'Is this a question?'),
  ].join('');
  const feed = { site: 'x' as const, url: 'https://x.com/home', title: 'Home', html: feedPage({ title: 'Home', css: '', body }), expected: [] };
  await serveFeeds(extension.context, [feed]);
  const page = await extension.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(feed.url);
  await expect(page.locator('[data-feedcoach-post]')).toHaveCount(3);

  for (const id of [1, 2, 3]) {
    await page.locator(`[data-feedcoach-post="x:${id}"]`).click();
    await expect(page.getByTestId('reply-prompt').first()).toBeVisible();
    await page.keyboard.press('Escape');
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('feedcoach-panel img, feedcoach-overlay img').count()).toBe(0);

  // The page keeps removing and moving our hosts; each post still ends with exactly one.
  for (let round = 0; round < 3; round += 1) {
    await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('feedcoach-overlay')];
      hosts[0]?.remove();
      if (hosts[1]) document.body.append(hosts[1]);
    });
    await page.waitForTimeout(200);
  }
  await page.evaluate(() => document.querySelectorAll('article').forEach((article) => article.append(document.createElement('i'))));
  for (const id of [1, 3]) await expect(page.locator(`article [data-feedcoach-post="x:${id}"]`)).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the extension makes no network requests of its own', async ({ extension }) => {
  const requests: string[] = [];
  extension.context.on('request', (request) => requests.push(request.url()));
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  await page.goto(home.url);
  await scrollThrough(page);
  await page.locator('[data-feedcoach-post]').first().click();
  const popup = await extension.context.newPage();
  await popup.goto(popupUrl(extension.extensionId));
  await expect(popup.getByTestId('posts-seen')).not.toHaveText('…');
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'FeedCoach settings' })).toBeVisible();
  const foreign = requests.filter((url) => !url.startsWith('chrome-extension://') && url !== home.url);
  expect(foreign).toEqual([]);
});

test('a service worker stopped in the middle of batches loses nothing the content script read', async ({ extension }) => {
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  const cdp = await extension.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await page.goto(home.url);
  for (let round = 0; round < 4; round += 1) {
    await page.mouse.wheel(0, 1500);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
  }
  await scrollThrough(page);
  // The content script read every post: what follows proves they all reached the database.
  await expect(page.locator('[data-feedcoach-post]')).toHaveCount(home.expected.length);
  const popup = await extension.context.newPage();
  await popup.goto(popupUrl(extension.extensionId));
  // Over 7 days, not today: a run that straddles midnight stores the posts yesterday and opens the popup today,
  // where "today" rightly shows 0: the likely cause of this test's one failure ("posts-seen 0 after 20 s", passed on retry).
  await popup.getByRole('group', { name: 'Period' }).getByRole('button', { name: '7 days' }).click();
  await expect(popup.getByTestId('posts-seen')).toHaveText(String(home.expected.length), { timeout: 20_000 });
});

plain.describe('the built extension', () => {
  plain('asks only for what its features need: no <all_urls>, no unsafe-eval, no remote code', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toContain('unsafe-eval');
    expect(manifest.permissions.sort()).toEqual(['alarms', 'scripting', 'storage']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.host_permissions.sort()).toEqual([...ALL_MATCHES].sort());
    expect(manifest.content_security_policy).toBeUndefined(); // the strict MV3 default
    // The background re-injects and registers these very files: a renamed build output would leave tabs unstyled or dead.
    expect(manifest.content_scripts).toEqual(
      SITE_ADAPTERS.map(({ site, matches }) =>
        expect.objectContaining({ matches: [...matches].sort(), js: [feedScriptFiles(site).js.slice(1)], css: [feedScriptFiles(site).css.slice(1)] }),
      ),
    );
    const scripts = readdirSync(EXTENSION_PATH, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    for (const file of scripts) {
      const code = readFileSync(join(EXTENSION_PATH, file), 'utf8');
      // No code is fetched from anywhere: no remote script URLs, no eval of strings.
      expect(code, file).not.toMatch(/importScripts\(\s*['"]https?:|<script[^>]+src=["']https?:|\beval\(|new Function\(/);
    }
  });

  plain("a page loads only its own site's adapter: no site's script holds another site's hosts", () => {
    for (const { site } of SITE_ADAPTERS) {
      const code = readFileSync(join(EXTENSION_PATH, feedScriptFiles(site).js), 'utf8');
      for (const other of SITE_ADAPTERS.filter((adapter) => adapter.site !== site)) {
        for (const pattern of other.matches) expect(code, `${site}'s script`).not.toContain(pattern);
      }
    }
  });

  plain('the Firefox build passes Mozilla’s add-ons linter with no errors', () => {
    const firefoxBuild = join(PROJECT_ROOT, '.output', 'firefox-mv2');
    // npm test builds it in its zip step; run on its own, this test says what is missing rather than failing on empty JSON.
    expect(existsSync(join(firefoxBuild, 'manifest.json')), 'no Firefox build: run `npx wxt build -b firefox` first').toBe(true);
    let output: string;
    try {
      output = execFileSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', firefoxBuild, '--output', 'json', '--no-input'], {
        encoding: 'utf8',
        env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      });
    } catch (failure) {
      // web-ext exits non-zero when it finds errors; its report is still on stdout.
      output = (failure as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(output) as { errors: { code: string; message: string }[] };
    expect(report.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
  });
});

test('a page that forges WXT\'s "a newer script started" event cannot switch FeedCoach off (issue 18 item 4)', async ({ extension }) => {
  const { page, errors } = await annotatedHome(extension);

  // The page world knows the public extension id: it sends the event WXT's content-script context listens for,
  // in both forms WXT itself uses, as often as it likes.
  // X's content script is named feed-x (lib/sites/feed-scripts.ts).
  await page.evaluate(
    ({ id, name }) => {
      const type = `${id}:${name}:wxt:content-script-started`;
      for (let i = 0; i < 3; i += 1) {
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: `forged-${i}` } }));
        window.postMessage({ type, contentScriptName: name, messageId: `forged-${i}` }, '*');
      }
    },
    { id: extension.extensionId, name: feedScriptName('x') },
  );
  await page.waitForTimeout(2500); // past the script's own 2 s check that its extension is still there

  await expect(page.locator('[data-feedcoach-post]')).toHaveCount(home.expected.length);
  // Still at work: a post that arrives afterwards gets its badge, with the counts the page shows.
  await page.evaluate(() => {
    const copy = document.querySelector('article')!.cloneNode(true) as Element;
    copy.querySelector('feedcoach-overlay')?.remove();
    for (const link of copy.querySelectorAll('a[href*="/status/"]')) link.setAttribute('href', '/late/status/1999999999999999999');
    document.querySelector('article')!.before(copy);
  });
  await expect(page.locator('[data-feedcoach-post="x:1999999999999999999"]')).toHaveCount(1);
  // And the panel opens, for the user.
  await page.locator('[data-feedcoach-post="x:1999999999999999999"]').click();
  await expect(page.getByTestId('reply-prompt').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('one post the background would refuse (101 mentions, a 600-character name) costs nothing: every post is stored (issue 18 item 1)', async ({ extension }) => {
  const mentions = Array.from({ length: 101 }, (_, i) => `<a href="/fan${i}">@fan${i}</a>`).join(' ');
  const tweet = (id: number, name: string, text: string) =>
    `<article data-testid="tweet"><div data-testid="User-Name"><a href="/writer${id}"><span>${name}</span></a><a href="/writer${id}/status/${id}"><time datetime="2026-11-28T08:00:00.000Z">1h</time></a></div>` +
    `<div data-testid="tweetText">${text}</div><div role="group" aria-label="3 replies, 4 likes"><button data-testid="reply" aria-label="3 Replies. Reply"></button><button data-testid="like" aria-label="4 Likes. Like"></button></div></article>`;
  const body = [tweet(11, 'Mentions everyone', `Thanks all ${mentions}`), tweet(12, 'N'.repeat(600), 'A long name'), tweet(13, 'Plain', 'An ordinary post')].join('');
  const feed = { site: 'x' as const, url: 'https://x.com/home', title: 'Home', html: feedPage({ title: 'Home', css: '', body }), expected: [] };
  await serveFeeds(extension.context, [feed]);
  const page = await extension.context.newPage();
  await page.goto(feed.url);
  await expect(page.locator('[data-feedcoach-post]')).toHaveCount(3);
  const popup = await extension.context.newPage();
  await popup.goto(popupUrl(extension.extensionId));
  await expect(popup.getByTestId('posts-seen')).toHaveText('3', { timeout: 15_000 });
});
