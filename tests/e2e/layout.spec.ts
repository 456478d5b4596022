import type { Page } from '@playwright/test';
import { launchWithExtension, launchWithoutExtension, scrollThrough, serveFeeds } from '../support/browser';
import { DEMO_FEEDS } from '../support/feeds';
import { blueskyFeed } from '../support/feeds/bluesky';
import { linkedinFeed } from '../support/feeds/linkedin';
import { threadsFeed } from '../support/feeds/threads';
import { xHomeFeed } from '../support/feeds/x';
import { xNotificationsPage } from '../support/feeds/x-reciprocity';
import { expect, test } from './fixtures';

async function postHeights(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((posts) => posts.map((post) => Math.round(post.getBoundingClientRect().height)));
}

for (const [feed, selector] of [
  [xHomeFeed(), 'article[data-testid="tweet"]'],
  [blueskyFeed(), '[data-testid^="feedItem-by-"]'],
] as const) {
  test(`${feed.site}: badges sit in the action row without changing any post's height`, async ({ extension }) => {
    const plain = await launchWithoutExtension();
    await serveFeeds(plain.context, [feed]);
    const bare = await plain.context.newPage();
    await bare.goto(feed.url);
    const before = await postHeights(bare, selector);
    await plain.close();

    await serveFeeds(extension.context, [feed]);
    const page = await extension.context.newPage();
    await page.goto(feed.url);
    await scrollThrough(page);
    await expect(page.locator('[data-feedcoach-post]')).toHaveCount(feed.expected.length);
    expect(await postHeights(page, selector)).toEqual(before);
  });
}

test('bluesky: the panel opens from the keyboard and shows the numbers of the page', async ({ extension }) => {
  const feed = blueskyFeed();
  await serveFeeds(extension.context, [feed]);
  const page = await extension.context.newPage();
  await page.goto(feed.url);
  const post = feed.expected.find((each) => each.metrics.reposts !== undefined)!;
  const badge = page.locator(`[data-feedcoach-post="bluesky:${post.postId}"]`);
  await badge.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('feedcoach-panel');
  await expect(panel).toBeVisible();
  expect(page.url()).toBe(feed.url); // the feed item is a link: the key must not open the post
  await expect(panel.locator('tr[data-level="replies"] td.num')).toHaveText(post.metrics.replies!.toLocaleString('en'));
  await expect(panel.locator('tr[data-level="likes"] td.num')).toHaveText(post.metrics.likes!.toLocaleString('en'));
  await expect(panel.locator('tr[data-level="views"] td.num')).toHaveText('not shown');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(badge).toBeFocused();
});

/**
 * The contrast of each visible badge's text against what is behind it, by WCAG 2's formula: the badge's own
 * background composited over the first opaque background among its ancestors (the page's canvas when none is).
 */
async function badgeContrasts(page: Page): Promise<{ key: string; ratio: number }[]> {
  // The Thank and Reply buttons beside notifications are badges too, drawn in the same theme.
  return page.locator('feedcoach-overlay, feedcoach-thanks, feedcoach-reply').evaluateAll((badges) => {
    const parse = (color: string): number[] => {
      const parts = /rgba?\(([^)]+)\)/.exec(color)?.[1]?.split(/[ ,/]+/).filter(Boolean).map(Number) ?? [0, 0, 0, 0];
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const over = (top: number[], bottom: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!)).concat(1);
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.slice(0, 3).map((channel) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const canvas = matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18, 1] : [255, 255, 255, 1];
    return badges
      .filter((badge) => badge.getClientRects().length > 0)
      .map((badge) => {
        const layers: number[][] = [];
        for (let element: Element | null = badge; element; element = element.parentElement) {
          const layer = parse(getComputedStyle(element).backgroundColor);
          if (layer[3]! > 0) layers.push(layer);
          if (layer[3] === 1) break;
        }
        const background = layers.reverse().reduce((below, layer) => over(layer, below), layers[0]?.[3] === 1 ? layers[0]! : canvas);
        const text = over(parse(getComputedStyle(badge).color), background);
        const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a) as [number, number];
        return { key: `${badge.localName} ${badge.getAttribute('data-feedcoach-post') ?? badge.textContent}`, ratio: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100 };
      });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every site's badges keep text contrast of at least 4.5:1 on its ${scheme} theme`, async ({ extension }) => {
    await serveFeeds(extension.context, DEMO_FEEDS);
    const page = await extension.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    const low: string[] = [];
    for (const feed of DEMO_FEEDS) {
      await page.goto(feed.url);
      await expect(page.locator('feedcoach-overlay').first()).toBeVisible();
      // X's notifications offer both buttons (two sharers to thank, Carla's question to answer): measured with the rest.
      if (feed.url === 'https://x.com/notifications') {
        await expect(page.locator('feedcoach-thanks').first()).toBeVisible();
        await expect(page.locator('feedcoach-reply').first()).toBeVisible();
      }
      const contrasts = await badgeContrasts(page);
      expect(contrasts.length, feed.url).toBeGreaterThan(0);
      for (const { key, ratio } of contrasts) if (ratio < 4.5) low.push(`${feed.url} ${key}: ${ratio}:1`);
    }
    expect(low).toEqual([]);
  });
}

test('when the site switches to its dark theme after the badges are shown, their text turns light and keeps its contrast', async ({ extension }) => {
  await serveFeeds(extension.context, [linkedinFeed]);
  const page = await extension.context.newPage();
  await page.goto(linkedinFeed.url);
  const badge = page.locator('feedcoach-overlay').first();
  await expect(badge).toBeVisible();
  const textColour = () => badge.evaluate((host) => getComputedStyle(host).color);
  expect(await textColour()).toBe('rgb(31, 35, 40)');
  // What a site's theme switch does: a class on <body> that darkens the whole page, its cards included.
  await page.addStyleTag({ content: 'html:has(body.dark), body.dark, body.dark :not(feedcoach-overlay, feedcoach-thanks, feedcoach-reply) { background-color: rgb(0, 0, 0) !important; }' });
  await page.evaluate(() => document.body.classList.add('dark'));
  await expect.poll(textColour).toBe('rgb(242, 244, 245)');
  expect((await badgeContrasts(page)).filter(({ ratio }) => ratio < 4.5)).toEqual([]);
});

test('in narrow rows a badge never overlaps or crowds the site\'s controls: it shrinks to its bars, and its word is never cut', async () => {
  const narrow = await launchWithExtension({ viewport: { width: 400, height: 800 } });
  try {
    for (const [feed, row] of [
      [xHomeFeed(), '[role="group"]'],
      [threadsFeed, '.fc-actions'],
      [linkedinFeed, '.feed-shared-social-action-bar'],
    ] as const) {
      await serveFeeds(narrow.context, [feed]);
      const page = await narrow.context.newPage();
      await page.goto(feed.url);
      await scrollThrough(page);
      await expect(page.locator('[data-feedcoach-post]')).toHaveCount(feed.expected.length);
      await page.waitForTimeout(300); // the badges are fitted to their rows once laid out
      const problems = await page.locator('feedcoach-overlay').evaluateAll((badges, rowSelector) => {
        const found: string[] = [];
        for (const badge of badges) {
          const key = badge.getAttribute('data-feedcoach-post');
          const row = badge.closest(rowSelector) ?? badge.parentElement!;
          const box = badge.getBoundingClientRect();
          if (box.width === 0) continue;
          const rowBox = row.getBoundingClientRect();
          if (box.right > rowBox.right + 1 || box.left < rowBox.left - 1) found.push(`${key}: sticks out of its row`);
          if (badge.scrollWidth > badge.clientWidth + 1) found.push(`${key}: its text is cut`);
          const text = badge.textContent ?? '';
          const word = badge.getAttribute('data-label') ?? '';
          if (text.includes(' ') && !text.endsWith(` ${word}`)) found.push(`${key}: shows "${text}"`);
          // The site's controls: the row's other children, and the gaps between them.
          const controls = Array.from(row.children).filter((child) => child !== badge && !child.contains(badge)).map((child) => child.getBoundingClientRect()).filter((rect) => rect.width > 0);
          for (const control of controls) {
            if (control.left < box.right && control.right > box.left && control.top < box.bottom && control.bottom > box.top) found.push(`${key}: overlaps a control`);
          }
          const sorted = [...controls, box].sort((a, b) => a.left - b.left);
          for (let index = 1; index < sorted.length; index += 1) {
            if (sorted[index]!.left - sorted[index - 1]!.right < 2) found.push(`${key}: touches its neighbour`);
          }
        }
        return found;
      }, row);
      expect(problems, feed.url).toEqual([]);
      await page.close();
    }
  } finally {
    await narrow.close();
  }
});

test('a badge follows the window: bars alone when it is narrowed, its word back where the row has room when it is widened again', async () => {
  const browser = await launchWithExtension({ viewport: { width: 1280, height: 800 } });
  try {
    const feed = xHomeFeed();
    await serveFeeds(browser.context, [feed]);
    const page = await browser.context.newPage();
    await page.goto(feed.url);
    await scrollThrough(page);
    await expect(page.locator('[data-feedcoach-post]')).toHaveCount(feed.expected.length);
    const badges = page.locator('feedcoach-overlay');
    // What a person reads on each badge: its bars alone, or its bars and its word.
    const shown = () => badges.evaluateAll((all) => all.map((badge) => ((badge.textContent ?? '').includes(' ') ? 'with its word' : 'bars only')));
    await page.waitForTimeout(300); // the badges are fitted to their rows once laid out
    const wide = await shown();
    expect(wide.filter((each) => each === 'with its word').length).toBeGreaterThan(feed.expected.length / 2);
    // X's action row has no room for a word at 400 px.
    await page.setViewportSize({ width: 400, height: 800 });
    await expect.poll(shown).toEqual(wide.map(() => 'bars only'));
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(shown).toEqual(wide);
  } finally {
    await browser.close();
  }
});

test('a Reply button beside a badge stays inside its post in a narrow column, its name shortened on screen and whole for a screen reader', async () => {
  const narrow = await launchWithExtension({ viewport: { width: 560, height: 800 } });
  try {
    const feed = xNotificationsPage();
    await serveFeeds(narrow.context, [feed]);
    const page = await narrow.context.newPage();
    await page.goto(feed.url);
    const reply = page.getByTestId('feedcoach-reply');
    await expect(reply).toHaveText('Reply to Carla Mendes');
    await page.waitForTimeout(300); // the badges are fitted to their rows once laid out
    const fit = await reply.evaluate((button) => {
      const post = button.closest('article')!.getBoundingClientRect();
      const box = button.getBoundingClientRect();
      return { inside: box.right <= post.right + 1 && box.left >= post.left - 1, clipped: button.scrollWidth > button.clientWidth };
    });
    expect(fit.inside).toBe(true);
    expect(fit.clipped).toBe(true); // in 560 px the whole name does not fit beside the counts and the badge
    await expect(reply).toHaveAccessibleName('Reply to Carla Mendes');
  } finally {
    await narrow.close();
  }
});

test('a badge low on the screen opens its panel within the viewport, keeps Tab inside it, and Escape returns focus to the badge', async ({ extension }) => {
  const feed = xHomeFeed();
  await serveFeeds(extension.context, [feed]);
  const page = await extension.context.newPage();
  await page.goto(feed.url);
  const viewport = page.viewportSize()!;
  await expect(page.locator('feedcoach-overlay').first()).toBeVisible();
  // The lowest badge fully on screen at the start.
  const key = await page.locator('feedcoach-overlay').evaluateAll((badges, height) => {
    const inView = badges.filter((badge) => badge.getBoundingClientRect().bottom < height - 20);
    return inView[inView.length - 1]!.getAttribute('data-feedcoach-post');
  }, viewport.height);
  const badge = page.locator(`[data-feedcoach-post="${key}"]`);
  expect((await badge.boundingBox())!.y).toBeGreaterThan(viewport.height / 2);
  await badge.click();
  const panel = page.locator('feedcoach-panel');
  await expect(page.getByTestId('feedcoach-panel')).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  // It opens at its top, its history loaded: the title in view and the focus on Close, its first control.
  await expect(page.getByTestId('feedcoach-panel').locator('[aria-busy="true"]')).toHaveCount(0);
  const title = (await page.getByTestId('feedcoach-panel').getByRole('heading', { level: 2 }).boundingBox())!;
  expect(await panel.evaluate((host) => host.scrollTop)).toBe(0);
  expect(title.y).toBeGreaterThanOrEqual(box.y);
  expect(title.y + title.height).toBeLessThanOrEqual(box.y + box.height);
  await expect(page.getByTestId('feedcoach-panel').getByRole('button', { name: 'Close FeedCoach panel' })).toBeFocused();

  // Tab through twice as many stops as the panel has: focus never leaves it.
  const stops = await page.getByTestId('feedcoach-panel').locator('button').count();
  for (let step = 0; step < stops * 2 + 2; step += 1) {
    await page.keyboard.press(step % 5 === 4 ? 'Shift+Tab' : 'Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('feedcoach-panel');
  }
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(badge).toBeFocused();
});

test('a badge with room below for the title and the effort ladder opens its panel below it, not over what the person was reading', async ({ extension }) => {
  const feed = xNotificationsPage();
  await serveFeeds(extension.context, [feed]);
  const page = await extension.context.newPage();
  await page.goto(feed.url);
  const badge = page.locator(`[data-feedcoach-post="x:${feed.expected[0]!.postId}"]`);
  const below = page.viewportSize()!.height - (await badge.boundingBox())!.y;
  // The reply is the last thing on the page, a little under the middle: more room above it than below, but room enough below.
  expect(below).toBeGreaterThan(380);
  expect(below).toBeLessThan(460);
  await badge.click();
  await expect(page.getByTestId('feedcoach-panel')).toBeVisible();
  const panel = (await page.locator('feedcoach-panel').boundingBox())!;
  const anchor = (await badge.boundingBox())!;
  expect(panel.y).toBeGreaterThanOrEqual(anchor.y + anchor.height);
  await expect(page.getByTestId('feedcoach-panel').locator('tr[data-level="likes"]')).toBeInViewport({ ratio: 1 });
});
