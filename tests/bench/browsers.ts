import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, EXTENSION_PATH, QUIET_FLAGS } from '../support/browser';

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's id, when it is loaded. */
  extensionId?: string;
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1100, height: 900 };

let benchExtensionPath = EXTENSION_PATH;
/** Loads the extension from this folder from now on (the run's private copy of the build). */
export function setBenchExtensionPath(path: string): void {
  benchExtensionPath = path;
}

/**
 * Debian's Chromium in a fresh profile, with or without the built extension; everything else identical,
 * so the two can be compared page for page.
 */
export async function launchBench(withExtension: boolean, options: { profile?: string; extensionPath?: string; retried?: boolean } = {}): Promise<BenchBrowser> {
  const ownProfile = options.profile === undefined;
  const extensionPath = options.extensionPath ?? benchExtensionPath;
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), `feedcoach-bench-${withExtension ? 'ext' : 'base'}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    args: [
      ...QUIET_FLAGS,
      // Both browsers run side by side: the idle one must not slow the measured one's timers.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--enable-precise-memory-info',
      ...(withExtension ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : ['--disable-extensions']),
    ],
  });
  // tsx may wrap named functions in a `__name` helper: give every page (and extension page) a no-op one.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  let extensionId: string | undefined;
  if (withExtension) {
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
      extensionId = new URL(worker.url()).host;
    } catch (error) {
      await context.close();
      if (!ownProfile) throw error;
      rmSync(profile, { recursive: true, force: true });
      // Now and then the worker's start is missed: one more try in a fresh profile.
      if (options.retried) throw error;
      return launchBench(withExtension, { ...options, retried: true });
    }
  }
  return {
    context,
    ...(extensionId && { extensionId }),
    async close() {
      await context.close();
      if (ownProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves pages at their URLs and refuses every other request: the benchmark never touches the network. */
export async function servePages(context: BrowserContext, pages: readonly { url: string; html: string }[]): Promise<void> {
  const byUrl = new Map(pages.map((page) => [page.url, page.html]));
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const html = byUrl.get(route.request().url());
      if (html === undefined) await route.abort('blockedbyclient');
      else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    },
  );
}

/** Waits for `frames` animation frames in the page. */
export async function frames(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    for (let index = 0; index < n; index += 1) await new Promise((done) => requestAnimationFrame(done));
  }, count);
}
