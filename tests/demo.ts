/**
 * `npm run demo`: FeedCoach at work on every supported site, with no account and no network.
 * Serves the bundled demo feeds at the sites' real URLs in Debian's Chromium with the built extension.
 * Headless (no display, or --headless) it writes screenshots of each annotated feed, light and dark, each with a
 * post's panel open, and of the popup; it checks what it shows and exits 1 when any feed has fewer annotated posts
 * than it should, a panel does not open or a screenshot is missing. `npm test` runs it that way.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, popupUrl, PROJECT_ROOT, scrollThrough, serveFeeds } from './support/browser';
import { DEMO_FEEDS } from './support/feeds';
import type { DemoFeed } from './support/feeds/types';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outputDir = join(PROJECT_ROOT, 'demo-output');

/** What the demo checked, one line each; a failed check makes the run exit 1. */
const checks: { ok: boolean; line: string }[] = [];
function check(ok: boolean, line: string): boolean {
  checks.push({ ok, line });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  return ok;
}

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

async function screenshot(page: Page, name: string): Promise<void> {
  const path = join(outputDir, `${name}.png`);
  await page.screenshot({ path });
  check(existsSync(path) && statSync(path).size > 0, `screenshot ${name}.png written`);
}

/** Opens the first annotated post's panel from its badge, as a person clicks it; true when it shows prompts. */
async function openPanel(page: Page, feed: DemoFeed): Promise<boolean> {
  const badge = page.locator('[data-feedcoach-post]').first();
  await badge.scrollIntoViewIfNeeded();
  await badge.click();
  const panel = page.getByTestId('feedcoach-panel');
  const opened = await panel.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
  const prompts = opened ? await panel.getByTestId('reply-prompt').count() : 0;
  return check(opened, `${feed.site}: the panel opens from a badge${opened ? ` (${prompts} reply prompts)` : ''}`);
}

async function showFeed(feed: DemoFeed): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(feed.url);
  const annotated = await annotate(page, feed.expected.length);
  check(annotated >= feed.expected.length, `${feed.site.padEnd(9)} ${feed.url}: ${annotated} of ${feed.expected.length} posts annotated`);
  if (headless) {
    const name = slug(feed.url);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `${name}-${scheme}`);
      if (await openPanel(page, feed)) await screenshot(page, `${name}-${scheme}-panel`);
      await page.keyboard.press('Escape');
    }
    await page.close();
  }
}

let browser: Awaited<ReturnType<typeof launchWithExtension>>;

async function main(): Promise<void> {
  if (headless) {
    rmSync(outputDir, { recursive: true, force: true });
    mkdirSync(outputDir, { recursive: true });
  }
  browser = await launchWithExtension({ headless });
  await serveFeeds(browser.context, DEMO_FEEDS);
  for (const feed of DEMO_FEEDS) await showFeed(feed);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(popupUrl(browser.extensionId));
  const seen = await popup.getByTestId('posts-seen').filter({ hasNotText: /^0$|…/ }).waitFor({ timeout: 10_000 }).then(() => true, () => false);
  check(seen, `popup: posts seen ${(await popup.getByTestId('posts-seen').textContent())?.trim()}, thanks owed ${(await popup.getByTestId('thanks-owed').textContent())?.trim()}`);
  if (!headless) {
    console.log('FeedCoach is running in the Chromium window: scroll the feeds, click a badge, open the popup tab. Close the window to finish.');
    await new Promise((done) => browser.context.on('close', done));
    return;
  }
  await screenshot(popup, 'popup');
  await browser.close();
  const failed = checks.filter((item) => !item.ok).length;
  console.log(`\nDemo: ${checks.length - failed} checks passed, ${failed} failed. Screenshots of every feed (light and dark, each with a panel open) and of the popup are in ${outputDir}`);
  if (failed > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
