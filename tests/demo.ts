/**
 * `npm run demo`: FeedCoach at work on every supported site, with no account and no network.
 * Serves the bundled demo feeds at the sites' real URLs in Debian's Chromium with the built extension.
 * Headless (no display, or --headless) it writes screenshots of each annotated feed, light and dark, each with a
 * post's panel open, and of the popup; it checks what it shows and exits 1 when any feed has fewer annotated posts
 * than it should, a panel does not open or a screenshot is missing. `npm test` runs it that way.
 * With --store it writes the store listing's 1280x800 screenshots to docs/store/screenshots/ instead: a few feeds
 * with a post's panel open, and the popup over a feed as the toolbar button opens it.
 * With --lang <language> (de, fr or es) Chromium runs in that language (as `--lang=de` starts it) and the
 * screenshots go to demo-output/<language>/: FeedCoach as a German, French or Spanish user sees it.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, popupUrl, PROJECT_ROOT, scrollThrough, serveFeeds } from './support/browser';
import { DEMO_FEEDS } from './support/feeds';
import { sourceDictionary } from './support/i18n';
import { PANEL_TAG } from '../lib/overlay/panel-tag';
import { uiLocaleFor } from '../lib/i18n/locales';
import type { DemoFeed } from './support/feeds/types';

const store = process.argv.includes('--store');
const headless = store || process.argv.includes('--headless') || !process.env.DISPLAY;
/** --lang de (or --lang=de): the browser's UI language. */
const lang = /^--lang=(.+)$/.exec(process.argv.find((arg) => arg.startsWith('--lang=')) ?? '')?.[1] ?? (process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1] : undefined);
/** The language FeedCoach speaks in this run, and its words, to check the panel speaks it. */
const uiLocale = uiLocaleFor('auto', lang ?? 'en');
const words = await sourceDictionary(uiLocale);
const outputDir = store ? join(PROJECT_ROOT, 'docs', 'store', 'screenshots') : join(PROJECT_ROOT, 'demo-output', ...(lang ? [lang] : []));
/** The feeds the store listing shows, in its order: each in one colour scheme, its panel at the ladder or the prompts. */
const STORE_SHOTS = new Map<string, { scheme: 'light' | 'dark'; panelAt: 'ladder' | 'prompts' }>([
  ['https://x.com/home', { scheme: 'light', panelAt: 'ladder' }],
  ['https://www.linkedin.com/feed/', { scheme: 'light', panelAt: 'prompts' }],
  ['https://www.reddit.com/r/marketing/', { scheme: 'dark', panelAt: 'ladder' }],
  ['https://mastodon.social/home', { scheme: 'light', panelAt: 'prompts' }],
]);

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
  // The panel asks for the post's history as it opens: its picture is taken once that has come (nothing in it is
  // aria-busy any more), in whatever language it speaks.
  const settled = opened && (await panel.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 5_000 }).then(() => true, () => false));
  const close = opened ? await panel.getByRole('button', { name: words.panel_close, exact: true }).count() : 0;
  return check(opened && settled && close === 1, `${feed.site}: the panel opens from a badge${opened ? ` (${prompts} reply prompts)` : ''}, its history loaded, in ${uiLocale}`);
}

/** True when the panel shows its top, its title in view: what a person sees first when it opens. */
function showsTitle(page: Page): Promise<boolean> {
  return page.locator(PANEL_TAG).evaluate((host) => {
    const title = host.shadowRoot?.querySelector('h2')?.getBoundingClientRect();
    const box = host.getBoundingClientRect();
    return host.scrollTop === 0 && !!title && title.top >= box.top && title.bottom <= box.bottom;
  });
}

async function showFeed(feed: DemoFeed): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(feed.url);
  const annotated = await annotate(page, feed.expected.length);
  check(annotated >= feed.expected.length, `${feed.site.padEnd(9)} ${feed.url}: ${annotated} of ${feed.expected.length} posts annotated`);
  if (headless) {
    const name = slug(feed.url);
    const storeShot = STORE_SHOTS.get(feed.url);
    for (const scheme of store ? (storeShot ? [storeShot.scheme] : []) : (['light', 'dark'] as const)) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => window.scrollTo(0, 0));
      if (!store) await screenshot(page, `${name}-${scheme}`);
      const shot = store ? `${[...STORE_SHOTS.keys()].indexOf(feed.url) + 1}-${feed.site}` : `${name}-${scheme}-panel`;
      const opened = await openPanel(page, feed);
      // The panel scrolls within itself, the reply ideas at its end: a store picture of them shows them whole.
      const atPrompts = store && storeShot?.panelAt === 'prompts';
      if (opened && atPrompts) await page.locator(PANEL_TAG).evaluate((host) => host.scrollTo(0, host.scrollHeight));
      if (opened && !atPrompts) check(await showsTitle(page), `${feed.site}: the panel shows its title first`);
      if (opened) await screenshot(page, shot);
      // Closed with its × as a mouse user does: after Escape, the next panel's Close button would wear the keyboard's focus ring.
      if (opened) await page.getByTestId('feedcoach-panel').getByRole('button', { name: words.panel_close, exact: true }).click();
    }
    await page.close();
  }
}

/** The popup as the toolbar button opens it: its picture laid over the top right of the X notifications page. */
async function popupOverFeed(popup: Page): Promise<void> {
  const picture = (await popup.screenshot()).toString('base64');
  const page = await browser.context.newPage();
  await page.goto('https://x.com/notifications');
  await page.evaluate((png) => {
    const image = document.createElement('img');
    image.src = `data:image/png;base64,${png}`;
    image.style.cssText = 'position:fixed;top:8px;right:24px;border-radius:8px;box-shadow:0 8px 32px rgba(0,0,0,.35);z-index:2147483647';
    document.body.append(image);
    return image.decode();
  }, picture);
  await screenshot(page, `${STORE_SHOTS.size + 1}-popup`);
}

let browser: Awaited<ReturnType<typeof launchWithExtension>>;

async function main(): Promise<void> {
  if (headless) {
    // Last run's pictures go; the other languages' folders inside demo-output/ stay.
    mkdirSync(outputDir, { recursive: true });
    for (const file of readdirSync(outputDir)) if (file.endsWith('.png')) rmSync(join(outputDir, file));
  }
  browser = await launchWithExtension({ headless, lang, ...(store && { viewport: { width: 1280, height: 800 } }) });
  await serveFeeds(browser.context, DEMO_FEEDS);
  for (const feed of DEMO_FEEDS) await showFeed(feed);
  const popup = await browser.context.newPage();
  // As wide as the popup's body (components/popup/popup.css), as the toolbar sizes it: no strip of page beside it.
  await popup.setViewportSize({ width: 340, height: 600 });
  await popup.goto(popupUrl(browser.extensionId));
  const seen = await popup.getByTestId('posts-seen').filter({ hasNotText: /^0$|…/ }).waitFor({ timeout: 10_000 }).then(() => true, () => false);
  check(seen, `popup: posts seen ${(await popup.getByTestId('posts-seen').textContent())?.trim()}, thanks owed ${(await popup.getByTestId('thanks-owed').textContent())?.trim()}`);
  // The first figures come before the rest of the popup (lib/db/store-reader.ts): its picture waits for the people
  // the demo's notifications left owed, or it shows a popup still loading.
  const listed = await popup.getByTestId('owed-item').first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
  check(listed, "popup: lists the people owed a thank-you or a reply");
  if (!headless) {
    console.log('FeedCoach is running in the Chromium window: scroll the feeds, click a badge, open the popup tab. Close the window to finish.');
    await new Promise((done) => browser.context.on('close', done));
    return;
  }
  if (store) await popupOverFeed(popup);
  else await screenshot(popup, 'popup');
  await browser.close();
  const failed = checks.filter((item) => !item.ok).length;
  if (store) console.log(`\nStore screenshots (1280x800): ${checks.length - failed} checks passed, ${failed} failed; in ${outputDir}`);
  else console.log(`\nDemo: ${checks.length - failed} checks passed, ${failed} failed. Screenshots of every feed (light and dark, each with a panel open) and of the popup are in ${outputDir}`);
  if (failed > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
