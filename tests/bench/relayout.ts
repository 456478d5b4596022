/**
 * What a badge costs the page's layout, measured in the page itself with forced layouts, away from the scroll's
 * noise. Sites measure the posts they insert (virtualized lists read heights in the same task), so by the time
 * the extension's MutationObserver runs, the post has been laid out once without a badge: the badge then costs
 * a second layout of the post, not only of itself. This separates the two:
 * - first layout: laying out freshly inserted posts, without badges (the page's own cost, for scale);
 * - badge at first layout: the same with the badges already in them (what a badge adds when it is there in time);
 * - relayout: the badges inserted into posts already laid out, then laid out again (what happens on the sites).
 */
import type { Page } from '@playwright/test';
import { launchBench, servePages } from './browsers';
import type { BenchFeed } from './feeds';

export interface RelayoutFigures {
  site: string;
  posts: number;
  rounds: number;
  /** Microseconds per post. */
  firstLayoutUs: number;
  withBadgeFirstLayoutUs: number;
  relayoutUs: number;
}

/** Runs in the page, in one task: the extension's observer (a microtask) cannot touch the clones meanwhile. */
function measureInPage({ postSelector, rounds }: { postSelector: string; rounds: number }) {
  const badged = [...document.querySelectorAll(postSelector)].filter((post) => post.querySelector('[data-feedcoach-post]'));
  const container = badged[0]?.parentElement;
  if (!container) return undefined;
  const forceLayout = () => document.body.offsetHeight;
  const timed = (work: () => void) => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };
  /** Clones of the badged posts, with their badges taken out and remembered with where they were. */
  const strippedClones = () =>
    badged.map((post) => {
      const clone = post.cloneNode(true) as Element;
      const badge = clone.querySelector('[data-feedcoach-post]')!;
      const place = { parent: badge.parentNode!, before: badge.nextSibling };
      badge.remove();
      return { clone, badge, place };
    });
  const attach = (posts: Element[]) => {
    const fragment = document.createDocumentFragment();
    fragment.append(...posts);
    container.append(fragment);
  };
  const totals = { first: 0, withBadge: 0, relayout: 0 };
  for (let round = 0; round < rounds; round += 1) {
    const plain = strippedClones();
    attach(plain.map(({ clone }) => clone));
    totals.first += timed(forceLayout);
    for (const { badge, place } of plain) place.parent.insertBefore(badge, place.before);
    totals.relayout += timed(forceLayout);

    const withBadges = badged.map((post) => post.cloneNode(true) as Element);
    attach(withBadges);
    totals.withBadge += timed(forceLayout);

    for (const post of [...plain.map(({ clone }) => clone), ...withBadges]) post.remove();
    forceLayout();
  }
  const perPost = (totalMs: number) => (totalMs * 1000) / (rounds * badged.length);
  return { posts: badged.length, firstLayoutUs: perPost(totals.first), withBadgeFirstLayoutUs: perPost(totals.withBadge), relayoutUs: perPost(totals.relayout) };
}

async function waitForBadges(page: Page, postSelector: string): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const posts = document.querySelectorAll(selector);
      return posts.length > 0 && document.querySelectorAll('[data-feedcoach-post]').length >= posts.length * 0.9;
    },
    postSelector,
    { timeout: 20_000 },
  );
}

export async function benchRelayout(feeds: BenchFeed[], { rounds = 30, log = console.log } = {}): Promise<RelayoutFigures[]> {
  const browser = await launchBench(true);
  const figures: RelayoutFigures[] = [];
  try {
    await servePages(browser.context, feeds);
    for (const feed of feeds) {
      const page = await browser.context.newPage();
      await page.goto(feed.url);
      await waitForBadges(page, feed.postSelector);
      const measured = await page.evaluate(measureInPage, { postSelector: feed.postSelector, rounds });
      await page.close();
      if (!measured) throw new Error(`${feed.site}: no badged post to measure layout with`);
      figures.push({ site: feed.site, rounds, ...measured });
      log(`  ${feed.site}: relayout after a badge ${measured.relayoutUs.toFixed(0)} µs/post`);
    }
  } finally {
    await browser.close();
  }
  return figures;
}
