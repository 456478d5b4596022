import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PROJECT_ROOT, scrollInPage } from '../support/browser';
import type { DemoFeed } from '../support/feeds/types';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_PATH = join(PROJECT_ROOT, '.output', 'firefox-mv2');
/** The add-on id from the Firefox manifest (wxt.config.ts), which the uuid preference is keyed by. */
export const ADDON_ID = 'feedcoach@feedcoach.app';
/** Firefox picks a random moz-extension:// host per install; the uuids preference pins it so tests know the address. */
export const EXTENSION_UUID = '5b0f3a55-6c1d-4b7e-9a8e-feedc0ac0001';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * What Firefox tried to fetch from the network. Pages get their feeds from request interception; everything else
 * that would leave the machine goes to a local proxy that refuses it and writes it down here, whoever asked:
 * the extension's background page, its popup, a content script, or Firefox itself.
 */
export interface NetworkLog {
  /** Requests that reached the proxy ("CONNECT host:443" for https, the URL for http). */
  proxied: string[];
  /** Requests from a feed's tab for anything but a served feed (Firefox's own favicon request aside). */
  refused: string[];
}

export interface FirefoxRun {
  browser: Browser;
  network: NetworkLog;
  /** A new tab with these feeds served at their real URLs, at the first feed's URL. */
  openFeed(feed: DemoFeed, alsoServe?: readonly DemoFeed[]): Promise<Page>;
  /** A new tab at one of the extension's pages ("popup.html", "options.html"). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

function refusingProxy(log: NetworkLog): Promise<Server> {
  const proxy = createServer((request, response) => {
    log.proxied.push(request.url ?? '');
    response.writeHead(403).end();
  });
  proxy.on('connect', (request, socket) => {
    log.proxied.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((ready) => proxy.listen(0, '127.0.0.1', () => ready(proxy)));
}

/**
 * Debian's firefox-esr under WebDriver BiDi with the built Firefox add-on installed as a temporary add-on, in a
 * fresh profile. One instance serves a whole test file: starting Firefox costs 5-15 s on this machine.
 */
export async function launchFirefox(): Promise<FirefoxRun> {
  const network: NetworkLog = { proxied: [], refused: [] };
  const proxy = await refusingProxy(network);
  const { port } = proxy.address() as { port: number };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // The Chromium suite's window size, so the panels open in the same places.
    defaultViewport: { width: 1100, height: 900 },
    // Lets BiDi navigate a tab to a moz-extension:// page (the popup and options), which it refuses by default.
    args: ['--remote-allow-system-access'],
    // Lets the preference below turn Firefox's remote settings off; release builds ignore it otherwise.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // An optional permission is granted as if the user had clicked Allow in Firefox's prompt.
      'extensions.webextOptionalPermissionPrompts': false,
      'services.settings.server': 'data:,#remote-settings-off/v1',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_PATH);

  const served = new Map<string, string>();
  return {
    browser,
    network,
    async openFeed(feed, alsoServe = []) {
      for (const each of [feed, ...alsoServe]) served.set(each.url, each.html);
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const html = served.get(request.url());
        if (html !== undefined) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        const { protocol, pathname } = new URL(request.url());
        // data: images in the page are not requests; Firefox asks every site for its favicon itself.
        if (protocol.startsWith('http') && pathname !== '/favicon.ico') network.refused.push(request.url());
        void request.abort();
      });
      await page.goto(feed.url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // page.goto waits for load events that BiDi does not send for a moz-extension:// document; the
      // browsing context's own navigate command waits for it to be complete. Such a tab is never reloaded:
      // puppeteer would keep handles into the old document, so a fresh look opens a fresh tab.
      const context = (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<void> } }).browsingContext;
      await context.navigate(`${EXTENSION_ORIGIN}/${path}`, 'complete');
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((done) => proxy.close(done));
    },
  };
}

/** Waits for the next frames to be laid out, so that what was just added has its place before a click. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Scrolls a page through, so every post passes near the viewport (the Chromium suite's way). */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(scrollInPage);
}

/** The trimmed text of the first element matching a selector (shadow roots included with ">>>"), or undefined. */
export async function textOf(page: Page, selector: string): Promise<string | undefined> {
  const element = await page.$(selector);
  if (!element) return undefined;
  const text = await element.evaluate((node) => node.textContent?.trim() ?? '');
  await element.dispose();
  return text;
}

/** The toolbar button's badge text (the thanks owed), read from an extension page such as the popup. */
export function toolbarBadge(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(() =>
    (globalThis as unknown as { browser: { browserAction: { getBadgeText(details: object): Promise<string> } } }).browser.browserAction.getBadgeText({}),
  );
}
