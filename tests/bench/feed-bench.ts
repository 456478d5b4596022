/**
 * Content-script overhead: the same N-post feed, scrolled through the same way, in a browser with the extension
 * and in one without, alternating, in the same run.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { BenchFeed, FeedPageRecord } from './feeds';
import { launchBench, servePages, type BenchBrowser } from './browsers';
import { startTrace, summarizeTrace, type TraceSummary } from './trace';

const METRIC_NAMES = ['TaskDuration', 'ScriptDuration', 'LayoutCount', 'RecalcStyleCount', 'LayoutDuration', 'RecalcStyleDuration'] as const;
type MetricName = (typeof METRIC_NAMES)[number];

export interface FeedRun {
  site: string;
  withExtension: boolean;
  /** With the floor's extension (tests/bench/floor.ts), not FeedCoach. */
  floor: boolean;
  posts: number;
  /** Wall time of the scroll (ms). */
  scrollMs: number;
  /** Page metrics accumulated from navigation to the end of the scroll (durations in ms). */
  metrics: Record<MetricName, number>;
  /** After the posts left the DOM and two garbage collections. */
  heapAfterMb: number;
  nodesAfter: number;
  trace: TraceSummary;
  /** With the extension: per post, ms from entering the viewport to its overlay appearing (negative: badged before). */
  badgeLagMs: number[];
  /** The same for the posts already on the first screen (includes the content script's start). */
  firstScreenLagMs: number[];
  /** Posts that never got an overlay. */
  unbadged: number;
  /** Readwrite IndexedDB transactions of the background while this page was open (ms since the scroll started). */
  transactions?: number[];
  /** The object stores of each of those transactions. */
  transactionStores?: string[];
  /** How long the storage window was (ms): the scroll plus the batcher's last flush. */
  storageWindowMs: number;
  /** Requests the page made for chrome-extension:// resources (a CSS fetch per badge would show here). */
  extensionRequests: number;
  /** <style> and stylesheet <link> elements inside the overlays' shadow roots at the end of the scroll. */
  overlayStyleElements: number;
}

type Metrics = { metrics: { name: string; value: number }[] };

const readMetrics = async (cdp: import('@playwright/test').CDPSession) => {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as Metrics;
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value])) as Record<string, number>;
};

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

const verbose = Boolean(process.env.BENCH_VERBOSE);

/** A phase of a run that must end within `ms`: a stuck browser fails the run by name instead of hanging it. */
async function phase<T>(label: string, work: Promise<T>, ms = 30_000): Promise<T> {
  if (verbose) console.log(`    ${label}`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Counts the background's readwrite IndexedDB transactions, from inside its service worker. */
async function watchTransactions(context: BrowserContext): Promise<(() => Promise<[number, string][]>) | undefined> {
  const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://'));
  if (!worker) return undefined;
  try {
    await phase('count the background\'s transactions', worker.evaluate(() => {
      const scope = globalThis as unknown as { __fcTx?: [number, string][] };
      if (!scope.__fcTx) {
        const log: [number, string][] = [];
        scope.__fcTx = log;
        // Dexie binds IDBDatabase.transaction when it opens the database, so the transactions are caught where
        // every one of them gets its handlers: the onabort setter.
        const counted = new WeakSet<IDBTransaction>();
        const descriptor = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'onabort')!;
        Object.defineProperty(IDBTransaction.prototype, 'onabort', {
          ...descriptor,
          set(this: IDBTransaction, handler: unknown) {
            if (this.mode === 'readwrite' && !counted.has(this)) {
              counted.add(this);
              log.push([Date.now(), [...this.objectStoreNames].join('+')]);
            }
            descriptor.set!.call(this, handler);
          },
        });
      }
      scope.__fcTx.length = 0;
    }), 5000);
  } catch {
    return undefined;
  }
  return async () => {
    try {
      return await phase('read the background\'s transactions', worker.evaluate(() => [...((globalThis as unknown as { __fcTx?: [number, string][] }).__fcTx ?? [])]), 5000);
    } catch {
      return [];
    }
  };
}

/** Scrolls a bench feed to its end the same way in every run: 0.8 viewport every two frames. */
export async function scrollToEnd(page: Page): Promise<void> {
  const stuck = await page.evaluate(async () => {
    const bench = (window as unknown as { __bench: { done(): boolean; record(): { created: number } } }).__bench;
    const started = performance.now();
    while (!bench.done()) {
      if (performance.now() - started > 150_000) {
        return `the feed did not end: ${bench.record().created} posts created, scrollY ${Math.round(window.scrollY)} of ${document.documentElement.scrollHeight}`;
      }
      window.scrollBy(0, window.innerHeight * 0.8);
      // Two frames per step: about 20,000 px/s, a fast fling, kept up to the feed's end. A tab that stops
      // rendering (seen now and then, with FeedCoach and with a floor alike) is given up on early.
      const rendered = await new Promise<boolean>((done) => {
        const timer = setTimeout(() => done(false), 10_000);
        requestAnimationFrame(() => requestAnimationFrame(() => {
          clearTimeout(timer);
          done(true);
        }));
      });
      if (!rendered) return `the tab rendered no frame for 10 s: ${bench.record().created} posts created, scrollY ${Math.round(window.scrollY)}`;
    }
    return undefined;
  });
  if (stuck) throw new Error(stuck);
}

export async function runFeed(browser: BenchBrowser, feed: BenchFeed, floor = false): Promise<FeedRun> {
  const withExtension = browser.extensionId !== undefined;
  const name = `${feed.site} ${floor ? 'floor' : withExtension ? 'with' : 'without'} extension`;
  const page = await phase(`${name}: new tab`, browser.context.newPage());
  const cdp = await phase(`${name}: CDP session`, browser.context.newCDPSession(page));
  await phase(`${name}: Performance.enable`, cdp.send('Performance.enable', { timeDomain: 'threadTicks' }));
  const stopTrace = await phase(`${name}: start the trace`, startTrace(cdp));
  let extensionRequests = 0;
  page.on('request', (request) => {
    if (request.url().startsWith('chrome-extension://')) extensionRequests += 1;
  });
  const before = await phase(`${name}: metrics`, readMetrics(cdp));
  const transactions = withExtension ? await watchTransactions(browser.context) : undefined;
  await phase(`${name}: load`, page.goto(feed.url, { waitUntil: 'load' }), 60_000);
  // The same settling time in both browsers: the content script starts at document_idle and reads its settings.
  await pause(1000);
  const scrollStart = Date.now();
  await phase(
    `${name}: scroll`,
    scrollToEnd(page).catch((error: Error) => {
      throw new Error(`${name}: ${error.message}`);
    }),
    180_000,
  );
  const scrollMs = Date.now() - scrollStart;
  // The batcher sends at most once a second: give its last batch time to land.
  await pause(1500);
  const storageWindowMs = Date.now() - scrollStart;
  const after = await phase(`${name}: metrics`, readMetrics(cdp));
  const record = await phase(`${name}: read the page's record`, page.evaluate(() => (window as unknown as { __bench: { record(): FeedPageRecord } }).__bench.record()));
  const overlayStyleElements = await phase(
    `${name}: count style elements`,
    page.evaluate(() => {
      // In the badge itself or in a shadow root of it, should a badge ever have one again.
      const sheetsIn = (root: ParentNode | null) => root?.querySelectorAll('style, link[rel="stylesheet"]').length ?? 0;
      return [...document.querySelectorAll('[data-feedcoach-post]')].reduce((sum, host) => sum + sheetsIn(host) + sheetsIn(host.shadowRoot), 0);
    }),
  );
  const scrollStartedAt = await phase(`${name}: clock`, page.evaluate((wallStart) => performance.now() - (Date.now() - wallStart), scrollStart));

  await phase(`${name}: clear the feed`, page.evaluate(() => (window as unknown as { __bench: { clear(): void } }).__bench.clear()));
  await pause(500);
  await phase(`${name}: collect garbage`, cdp.send('HeapProfiler.collectGarbage'));
  await phase(`${name}: collect garbage`, cdp.send('HeapProfiler.collectGarbage'));
  const cleared = await phase(`${name}: metrics`, readMetrics(cdp));
  const events = await phase(`${name}: end the trace`, stopTrace(), 60_000);
  const rawTx = transactions ? await transactions() : undefined;
  const txLog = rawTx?.map(([at, stores]) => [at - scrollStart, stores] as const).filter(([at]) => at >= 0 && at <= storageWindowMs);
  await phase(`${name}: close the tab`, page.close());

  const metrics = Object.fromEntries(
    METRIC_NAMES.map((name) => [name, (after[name]! - (before[name] ?? 0)) * (name.endsWith('Count') ? 1 : 1000)]),
  ) as Record<MetricName, number>;
  const lags = record.posts.filter((post) => post.visibleAt !== undefined && post.badgeAt !== undefined);
  const firstScreen = lags.filter((post) => post.visibleAt! < scrollStartedAt);
  return {
    site: feed.site,
    withExtension,
    floor,
    posts: record.created,
    scrollMs,
    metrics,
    heapAfterMb: cleared.JSHeapUsedSize! / 2 ** 20,
    nodesAfter: cleared.Nodes!,
    trace: summarizeTrace(events, feed.url),
    badgeLagMs: lags.filter((post) => post.visibleAt! >= scrollStartedAt).map((post) => post.badgeAt! - post.visibleAt!),
    firstScreenLagMs: firstScreen.map((post) => post.badgeAt! - post.visibleAt!),
    unbadged: withExtension ? record.posts.filter((post) => post.badgeAt === undefined).length : 0,
    ...(txLog && { transactions: txLog.map(([at]) => at), transactionStores: txLog.map(([, stores]) => stores) }),
    storageWindowMs,
    extensionRequests,
    overlayStyleElements,
  };
}

export interface FeedPair {
  site: string;
  runs: FeedRun[];
}

/**
 * The browsers open side by side (with the extension, without, and with the floor's extension when `floorPath` is
 * given); per site, the runs take turns, each round starting with the next browser.
 */
export async function benchFeeds(feeds: BenchFeed[], { rounds = 1, log = console.log, floorPath }: { rounds?: number; log?: (line: string) => void; floorPath?: string } = {}): Promise<FeedPair[]> {
  const browsers: { browser: BenchBrowser; floor: boolean; label: string }[] = [
    { browser: await launchBench(true), floor: false, label: 'with   ' },
    { browser: await launchBench(false), floor: false, label: 'without' },
    ...(floorPath ? [{ browser: await launchBench(true, { extensionPath: floorPath }), floor: true, label: 'floor  ' }] : []),
  ];
  try {
    for (const { browser } of browsers) {
      await servePages(browser.context, feeds);
      // A first page in each, so none pays the first renderer's start inside a measured run.
      const warm = await browser.context.newPage();
      await warm.goto(feeds[0]!.url);
      await pause(500);
      await warm.close();
    }
    const pairs: FeedPair[] = [];
    let turn = 0;
    for (const feed of feeds) {
      const runs: FeedRun[] = [];
      for (let round = 0; round < rounds; round += 1) {
        const order = [...browsers.slice(turn % browsers.length), ...browsers.slice(0, turn % browsers.length)];
        turn += 1;
        for (const { browser, floor, label } of order) {
          // Let the last page's teardown finish first: on two cores it would land inside this run.
          await pause(1000);
          let run: FeedRun;
          try {
            run = await runFeed(browser, feed, floor);
          } catch (error) {
            // Once, a run may meet a wedged tab (the machine is busy, a worker restarts): one more try, then give up.
            log(`  ${feed.site}: ${error instanceof Error ? error.message : String(error)}; running it again`);
            for (const page of browser.context.pages()) await page.close().catch(() => undefined);
            run = await runFeed(browser, feed, floor);
          }
          runs.push(run);
          log(
            `  ${feed.site.padEnd(9)} ${label} extension: ${run.posts} posts, task ${run.metrics.TaskDuration.toFixed(0)} ms, ` +
              `script ${run.metrics.ScriptDuration.toFixed(0)} ms, scroll ${(run.scrollMs / 1000).toFixed(1)} s`,
          );
        }
      }
      pairs.push({ site: feed.site, runs });
    }
    return pairs;
  } finally {
    for (const { browser } of browsers) await browser.close();
  }
}
