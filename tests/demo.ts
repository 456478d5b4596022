/**
 * `npm run demo`: FeedCoach at work on every supported site, with no account and no network.
 * Serves the bundled demo feeds at the sites' real URLs in Debian's Chromium with the built extension.
 * Headless (no display, or --headless) it writes screenshots of each annotated feed and of the popup.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, popupUrl, PROJECT_ROOT, scrollThrough, serveFeeds } from './support/browser';
import { DEMO_FEEDS } from './support/feeds';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outputDir = join(PROJECT_ROOT, 'demo-output');

async function annotate(page: Page, expected: number): Promise<number> {
  await scrollThrough(page);
  const overlays = page.locator('[data-feedcoach-post]');
  await overlays.nth(expected - 1).waitFor({ state: 'attached', timeout: 15_000 }).catch(() => undefined);
  return overlays.count();
}

/** A file name per feed: "x.com-home", "old.reddit.com-r-marketing". */
function slug(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`.replace(/[^a-z0-9.]+/gi, '-').replace(/-+$/, '').slice(0, 60);
}

async function main(): Promise<void> {
  mkdirSync(outputDir, { recursive: true });
  const browser = await launchWithExtension({ headless });
  await serveFeeds(browser.context, DEMO_FEEDS);
  const summary: string[] = [];
  for (const feed of DEMO_FEEDS) {
    const page = await browser.context.newPage();
    await page.goto(feed.url);
    const annotated = await annotate(page, feed.expected.length);
    summary.push(`${feed.site.padEnd(9)} ${feed.url}: ${annotated} of ${feed.expected.length} posts annotated`);
    if (!headless) continue;
    await page.screenshot({ path: join(outputDir, `${slug(feed.url)}-light.png`) });
    await page.locator('[data-feedcoach-post] button').first().click();
    await page.screenshot({ path: join(outputDir, `${slug(feed.url)}-panel.png`) });
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(outputDir, `${slug(feed.url)}-dark.png`) });
    await page.close();
  }
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 420 });
  await popup.goto(popupUrl(browser.extensionId));
  await popup.getByTestId('posts-seen').filter({ hasNotText: /^0$|…/ }).waitFor({ timeout: 10_000 }).catch(() => undefined);
  console.log(summary.join('\n'));
  if (headless) {
    await popup.screenshot({ path: join(outputDir, 'popup.png') });
    console.log(`Screenshots of every annotated feed and of the popup are in ${outputDir}`);
    await browser.close();
    return;
  }
  console.log('FeedCoach is running in the Chromium window: scroll the feeds, click a badge, open the popup tab. Close the window to finish.');
  await new Promise((done) => browser.context.on('close', done));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
