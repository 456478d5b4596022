import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoFeed } from './feeds/types';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXTENSION_PATH = join(PROJECT_ROOT, '.output', 'chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded, in a fresh profile. The flags keep Chromium from
 * calling home, which a machine without network refuses loudly.
 */
/** Flags that keep Chromium from calling home, which a machine without network refuses loudly. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The same Chromium without the extension: the baseline for layout and speed comparisons. */
export async function launchWithoutExtension({ headless = true, viewport = { width: 1100, height: 900 } } = {}): Promise<PlainBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'feedcoach-plain-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless, viewport, args: QUIET_FLAGS });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** `lang`: the browser's UI language ("de"), as a person who runs Chromium in German has it (`--lang=de`). */
export async function launchWithExtension({ headless = true, viewport = { width: 1100, height: 900 }, lang = undefined as string | undefined } = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'feedcoach-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport,
    ...(lang && { locale: lang }),
    args: [...QUIET_FLAGS, ...(lang ? [`--lang=${lang}`] : []), `--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Serves the feeds at the sites' real URLs, as the live sites would, and refuses every other request:
 * tests and the demo never touch the network.
 */
export async function serveFeeds(context: BrowserContext, feeds: readonly DemoFeed[]): Promise<void> {
  const pages = new Map(feeds.map((feed) => [feed.url, feed.html]));
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', async (route) => {
    const html = pages.get(route.request().url());
    if (html === undefined) await route.abort('blockedbyclient');
    else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/**
 * Scrolls the page it runs in to its end and back up in viewport steps, so every post passes near the viewport.
 * Handed to a page's evaluate, in Chromium (Playwright) and in Firefox (puppeteer). No named functions inside:
 * tsx would wrap them in a helper the page does not have.
 */
export async function scrollInPage(): Promise<void> {
  const positions: number[] = [];
  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight * 0.8) positions.push(y);
  positions.push(document.documentElement.scrollHeight, 0);
  for (const y of positions) {
    window.scrollTo(0, y);
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30)));
  }
}

export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(scrollInPage);
}

export function popupUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/popup.html`;
}
