/**
 * Popup and storage benchmarks, inside the extension's own origin:
 * - time from navigation to the popup's headline figures, with an empty database and with a seeded year
 *   of heavy history (seeded with raw IndexedDB in an extension page, in the schema of lib/db/schema.ts:
 *   nothing is added to the product for the benchmark);
 * - bulk write throughput: raw IndexedDB (the seeding itself) and the product's own path (posts-seen
 *   messages of 500 readings, validated and ingested by the background service worker).
 */
import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_NAME, SCHEMA_VERSIONS, type AccountRow, type DailyRow, type InteractionRow, type PersonRow, type ReminderRow } from '../../lib/db/schema';
import { KIND_WEIGHTS } from '../../lib/reciprocity/ledger';
import { popupUrl } from '../support/browser';
import { launchBench, type BenchBrowser } from './browsers';

export interface SeedPlan {
  snapshots: number;
  /** Posts the snapshots belong to. */
  posts: number;
  people: number;
  interactions: number;
  days: number;
}

export const HEAVY_YEAR: SeedPlan = { snapshots: 1_000_000, posts: 50_000, people: 20_000, interactions: 50_000, days: 365 };

export interface SeedResult {
  /** Rows written per table (absent: the table does not exist in this schema). */
  written: Record<string, number>;
  /** Tables of the plan that the schema does not have yet. */
  missingTables: string[];
  ms: number;
  rowsPerSecond: number;
  storeNames: string[];
}

export interface PopupOpen {
  /** ms from navigation start to the headline figures (thanks-sent, replies-given, thanks-owed) holding numbers. */
  figuresMs: number;
  /** ms from navigation start to the popup's first content (the early headline figures, or React's loading state). */
  firstRenderMs?: number;
  /** ms from navigation start to the end of DOMContentLoaded (the module scripts have run). */
  domContentLoadedMs?: number;
  /** ms from navigation start to the animation frame that paints them. */
  frameMs: number;
}

export interface PopupResult {
  emptyFirst: PopupOpen;
  empty: PopupOpen[];
  heavyCold: PopupOpen;
  heavy: PopupOpen[];
  seed: SeedResult;
  /** The heavy profile came from the cache (seeded by an earlier run, at seededAt). */
  seedReused: boolean;
  seededAt?: number;
  rawWrite: { rows: number; ms: number; rowsPerSecond: number; transactionRows: number };
  ingest: { posts: number; batches: number; ms: number; postsPerSecond: number; transactionsPerSecond: number };
  plan: SeedPlan;
}

/** Each table's latest Dexie store spec ("key, site, [site+lastSeenAt]"), across all schema versions. */
export function latestStores(): Record<string, string> {
  const stores: Record<string, string | null> = {};
  for (const version of SCHEMA_VERSIONS) Object.assign(stores, version.stores);
  return Object.fromEntries(Object.entries(stores).filter((entry): entry is [string, string] => entry[1] !== null));
}

const HEADLINE_IDS = ['thanks-sent', 'replies-given', 'thanks-owed'];

/** Records, in extension pages, when the headline figures first hold numbers. */
const FIGURES_PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const ids = ${JSON.stringify(HEADLINE_IDS)};
  const state = (globalThis.__fcFigures = {});
  const check = () => {
    if (state.firstRenderMs === undefined && document.getElementById('root')?.firstChild) state.firstRenderMs = performance.now();
    if (state.figuresMs !== undefined) return;
    const ready = ids.every((id) => { const el = document.querySelector('[data-testid="' + id + '"]'); return el && /\\d/.test(el.textContent || ''); });
    if (!ready) return;
    state.figuresMs = performance.now();
    observer.disconnect();
    const nav = performance.getEntriesByType('navigation')[0];
    state.domContentLoadedMs = nav ? nav.domContentLoadedEventEnd || nav.domContentLoadedEventStart : undefined;
    requestAnimationFrame(() => { state.frameMs = performance.now(); });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

async function openPopup(browser: BenchBrowser): Promise<PopupOpen> {
  // A pause between opens, as between a user's clicks: the last popup's teardown must not overlap the next open.
  await new Promise((done) => setTimeout(done, 1000));
  const page = await browser.context.newPage();
  try {
    await page.goto(popupUrl(browser.extensionId!));
    const handle = await page.waitForFunction(
      () => {
        const state = (globalThis as unknown as { __fcFigures?: { figuresMs?: number; frameMs?: number } }).__fcFigures;
        return state?.frameMs !== undefined ? state : undefined;
      },
      undefined,
      { timeout: 30_000, polling: 50 },
    );
    return (await handle.jsonValue()) as PopupOpen;
  } finally {
    await page.close();
  }
}

/** Writes the plan's rows with raw IndexedDB, in the extension origin, into the database the popup created. */
async function seed(page: Page, plan: SeedPlan): Promise<SeedResult> {
  return page.evaluate(
    async ({ plan, name, weights }) => {
      const request = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
        request.onupgradeneeded = () => reject(new Error('the database does not exist yet: open the popup first'));
      });
      const storeNames = [...db.objectStoreNames];
      const written: Record<string, number> = {};
      const put = async (table: string, rows: unknown[]) => {
        const tx = db.transaction(table, 'readwrite', { durability: 'relaxed' });
        const store = tx.objectStore(table);
        for (const row of rows) store.put(row);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
        written[table] = (written[table] ?? 0) + rows.length;
      };
      const pad = (n: number) => String(n).padStart(2, '0');
      const dayOf = (at: number) => {
        const date = new Date(at);
        return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
      };
      const now = Date.now();
      const yearStart = now - plan.days * 86_400_000;
      let seedValue = 12345;
      const random = () => {
        seedValue = (seedValue * 1_103_515_245 + 12_345) % 2_147_483_648;
        return seedValue / 2_147_483_648;
      };
      const started = performance.now();
      const BATCH = 10_000;
      const perPost = Math.ceil(plan.snapshots / plan.posts);
      const daily = new Map<string, DailyRow>();
      let snapshotRows = 0;
      for (let first = 0; first < plan.posts; first += BATCH / perPost) {
        const posts: unknown[] = [];
        const snapshots: unknown[] = [];
        for (let index = first; index < Math.min(plan.posts, first + BATCH / perPost); index += 1) {
          const postId = String(1_900_000_000_000_000_000n + BigInt(index));
          const key = `x:${postId}`;
          const firstSeenAt = yearStart + Math.floor(random() * (plan.days - 1) * 86_400_000);
          let at = firstSeenAt;
          let likes = Math.floor(random() * 50);
          const count = Math.min(perPost, plan.snapshots - snapshotRows);
          for (let n = 0; n < count; n += 1) {
            at += Math.floor(random() * 3_600_000) + 1;
            likes += Math.floor(random() * 40);
            const metrics = { likes, reposts: Math.floor(likes / 9), replies: Math.floor(likes / 20), views: likes * 90 };
            snapshots.push({ postKey: key, at, metrics });
            const day = dayOf(at);
            const row = daily.get(day) ?? { day, postsSeen: 0, snapshots: 0, thanksSent: 0, repliesGiven: 0 };
            row.snapshots += 1;
            if (n === 0) row.postsSeen += 1;
            daily.set(day, row);
          }
          snapshotRows += count;
          posts.push({
            key,
            site: 'x',
            postId,
            permalink: `https://x.com/someone${index % 2000}/status/${postId}`,
            author: { handle: `someone${index % 2000}`, name: `Someone ${index % 2000}` },
            publishedAt: new Date(firstSeenAt - 3_600_000).toISOString(),
            text: 'A post of a heavy year of history, long enough to look like a real post on a real feed, with a question at the end?',
            metrics: (snapshots[snapshots.length - 1] as { metrics: unknown }).metrics,
            lowerBounds: [],
            context: {},
            firstSeenAt,
            lastSeenAt: at,
            lastSeenDay: dayOf(at),
          });
        }
        await put('posts', posts);
        await put('snapshots', snapshots);
      }
      // The reciprocity ledger, when the schema has it: people, their interactions, reminders of thanks owed,
      // in the shapes of lib/db/schema.ts, with the daily aggregates the ledger keeps.
      const missingTables = ['people', 'interactions', 'reminders', 'accounts'].filter((table) => !storeNames.includes(table));
      if (missingTables.length === 0) {
        const sites = ['x', 'bluesky', 'linkedin', 'mastodon'] as const;
        const people: PersonRow[] = [];
        for (let index = 0; index < plan.people; index += 1) {
          const site = sites[index % sites.length]!;
          const handle = `person_${index}`;
          people.push({ key: `${site}:${handle}`, site, handle, name: `Person ${index}`, received: {}, given: {}, owed: 0, lastInteractionAt: 0, activeDays: [] });
        }
        const pick = <T,>(weighted: readonly (readonly [T, number])[]): T => {
          let roll = random();
          for (const [value, weight] of weighted) if ((roll -= weight) < 0) return value;
          return weighted[weighted.length - 1]![0];
        };
        const receivedKinds = [['like', 0.45], ['repost', 0.2], ['reply', 0.15], ['mention', 0.12], ['quote', 0.08]] as const;
        const givenKinds = [['like', 0.4], ['reply', 0.45], ['repost', 0.1], ['mention', 0.05]] as const;
        const interactions: InteractionRow[] = [];
        const reminders: ReminderRow[] = [];
        const dayRow = (at: number) => {
          const day = dayOf(at);
          const row = daily.get(day) ?? { day, postsSeen: 0, snapshots: 0, thanksSent: 0, repliesGiven: 0 };
          daily.set(day, row);
          return row as DailyRow;
        };
        for (let index = 0; index < plan.interactions; index += 1) {
          // A few people do most of the engaging.
          const person = people[Math.floor(plan.people * random() ** 2)]!;
          const at = yearStart + Math.floor(random() * plan.days * 86_400_000);
          const received = index % 5 !== 0;
          const kind = pick(received ? receivedKinds : givenKinds);
          const postId = String(1_900_000_000_000_000_000n + BigInt(Math.floor(random() * plan.posts)));
          const counts = received ? person.received : person.given;
          counts[kind] = (counts[kind] ?? 0) + 1;
          person.lastInteractionAt = Math.max(person.lastInteractionAt, at);
          const day = dayRow(at);
          if (received) {
            if (!person.activeDays.includes(dayOf(at))) person.activeDays = [...person.activeDays, dayOf(at)].slice(-30);
            const id = `received:${person.site}:${kind}:${person.key}:${postId}:${index}`;
            interactions.push({ id, direction: 'received', site: person.site, kind, personKey: person.key, at, postKey: `${person.site}:${postId}` });
            day.received = (day.received ?? 0) + 1;
            if (kind === 'repost' || kind === 'quote' || kind === 'mention') {
              const recent = now - at < 10 * 86_400_000;
              const roll = random();
              const status = recent && roll < 0.6 ? 'open' : roll < 0.03 ? 'snoozed' : 'done';
              reminders.push({
                id,
                site: person.site,
                personKey: person.key,
                handle: person.handle,
                owes: 'thanks',
                kind,
                status,
                snoozedUntil: status === 'snoozed' ? at + 14 * 86_400_000 : 0,
                createdAt: at,
                ...(status === 'done' && { closedAt: at + 86_400_000, closedBy: 'thanks' as const }),
                excerpt: 'The post of yours they shared, as the notification quotes it.',
              });
            }
          } else {
            const thanks = (kind === 'reply' || kind === 'mention') && random() < 0.4;
            interactions.push({ id: `given:${person.site}:${postId}:${index}`, direction: 'given', site: person.site, kind, personKey: person.key, at, thanks, postKey: `${person.site}:${postId}` });
            day.given = (day.given ?? 0) + 1;
            if (kind === 'reply') day.repliesGiven += 1;
            if (thanks) day.thanksSent += 1;
          }
        }
        const total = (counts: Partial<Record<string, number>>) => Object.entries(counts).reduce((sum, [kind, count]) => sum + (weights[kind] ?? 0) * (count ?? 0), 0);
        for (const person of people) person.owed = total(person.received) - total(person.given);
        for (const [table, rows] of [['people', people], ['interactions', interactions], ['reminders', reminders]] as const) {
          for (let first = 0; first < rows.length; first += BATCH) await put(table, rows.slice(first, first + BATCH));
        }
        await put('accounts', sites.map((site): AccountRow => ({ site, handle: 'me', seenAt: now })));
      }
      await put('daily', [...daily.values()]);
      db.close();
      const ms = performance.now() - started;
      const total = Object.values(written).reduce((sum, rows) => sum + rows, 0);
      return { written, missingTables, ms, rowsPerSecond: (total / ms) * 1000, storeNames };
    },
    { plan, name: DATABASE_NAME, weights: KIND_WEIGHTS as Record<string, number> },
  );
}

/**
 * Runs a function in FeedCoach's content-script world of an x.com tab: the background takes readings only from a
 * content script of the site they are for, so the bench sends them from where the extension itself does.
 */
async function inContentScript<A, R>(page: Page, fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
  await page.route('https://x.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Home</title><main></main>' }));
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; name: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, name: context.name, type: context.auxData?.type }));
  await cdp.send('Runtime.enable');
  await page.goto('https://x.com/home');
  let world: number | undefined;
  for (let tries = 0; tries < 100 && world === undefined; tries += 1) {
    world = worlds.find((context) => context.type === 'isolated' && context.name === 'FeedCoach')?.id;
    if (world === undefined) await page.waitForTimeout(100);
  }
  if (world === undefined) throw new Error(`FeedCoach's content script did not start on x.com (worlds: ${worlds.map((context) => context.name).join(', ')})`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
    contextId: world,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as R;
}

/** Sends posts-seen messages (500 readings each, the batcher's largest) to the background and times the acknowledged writes. */
async function ingestThroughput(page: Page, batches: number): Promise<PopupResult['ingest']> {
  return inContentScript(page, async (batches: number) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime;
    const started = performance.now();
    let posts = 0;
    for (let batch = 0; batch < batches; batch += 1) {
      const readings = [];
      for (let index = 0; index < 500; index += 1) {
        const postId = String(1_950_000_000_000_000_000n + BigInt(batch * 500 + index));
        readings.push({
          site: 'x',
          postId,
          permalink: `https://x.com/writer${index}/status/${postId}`,
          author: { handle: `writer${index}`, name: `Writer ${index}` },
          publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
          text: 'Bulk ingest: a post as the content script reads it, with counts that change between batches.',
          metrics: { likes: index + batch, reposts: index % 7, replies: index % 5, views: index * 100 + batch },
          lowerBounds: [],
          context: {},
        });
      }
      const reply = await runtime.sendMessage({ type: 'posts-seen', seenAt: Date.now(), posts: readings });
      if (!reply?.ok) throw new Error(`ingest refused: ${reply?.error ?? 'no reply'}`);
      posts += readings.length;
    }
    const ms = performance.now() - started;
    return { posts, batches, ms, postsPerSecond: (posts / ms) * 1000, transactionsPerSecond: (batches / ms) * 1000 };
  }, batches);
}

/** Raw IndexedDB bulk writes of snapshot-shaped rows into a scratch database of the extension origin. */
async function rawBulkWrite(page: Page, rows: number): Promise<PopupResult['rawWrite']> {
  return page.evaluate(async (rows) => {
    const name = 'feedcoach-bench-scratch';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('snapshots', { keyPath: ['postKey', 'at'] }).createIndex('at', 'at');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    const BATCH = 5000;
    for (let first = 0; first < rows; first += BATCH) {
      const tx = db.transaction('snapshots', 'readwrite');
      const store = tx.objectStore('snapshots');
      for (let index = first; index < Math.min(rows, first + BATCH); index += 1) {
        store.put({ postKey: `x:${1_900_000_000_000_000_000n + BigInt(index >> 4)}`, at: 1_780_000_000_000 + index, metrics: { likes: index, reposts: 3, replies: 2, views: 9000 } });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    const ms = performance.now() - started;
    db.close();
    await new Promise((done) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = done;
    });
    return { rows, ms, rowsPerSecond: (rows / ms) * 1000, transactionRows: BATCH };
  }, rows);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface PopupBenchOptions {
  plan?: SeedPlan;
  opens?: number;
  ingestBatches?: number;
  rawRows?: number;
  /** Keep the seeded profile in this folder and reuse it while the schema and plan are the same (seeding a heavy year takes minutes). */
  cacheDir?: string;
  /** Reuse a cached seed at most this old. */
  cacheMaxAgeDays?: number;
  log?: (line: string) => void;
}

async function withFigureProbe(browser: BenchBrowser): Promise<BenchBrowser> {
  await browser.context.addInitScript(FIGURES_PROBE);
  return browser;
}

export async function benchPopup({
  plan = HEAVY_YEAR,
  opens = 7,
  ingestBatches = 10,
  rawRows = 20_000,
  cacheDir,
  cacheMaxAgeDays = 7,
  log = console.log,
}: PopupBenchOptions = {}): Promise<PopupResult> {
  const key = createHash('sha256').update(JSON.stringify({ stores: latestStores(), plan, format: 1 })).digest('hex').slice(0, 12);
  const cached = cacheDir && join(cacheDir, `popup-heavy-${key}`);
  const cachedMeta = cached && existsSync(join(cached, 'meta.json')) ? (JSON.parse(readFileSync(join(cached, 'meta.json'), 'utf8')) as CachedSeed) : undefined;
  const reuse = cachedMeta && Date.now() - cachedMeta.seededAt < cacheMaxAgeDays * 86_400_000 ? cachedMeta : undefined;

  // An empty database: a fresh profile, first open (the database is created), then warm opens.
  const emptyProfile = mkdtempSync(join(tmpdir(), 'feedcoach-bench-popup-'));
  let browser = await withFigureProbe(await launchBench(true, { profile: emptyProfile }));
  let seeded: SeedResult;
  const heavyProfile = mkdtempSync(join(tmpdir(), 'feedcoach-bench-heavy-'));
  try {
    const emptyFirst = await openPopup(browser);
    const empty: PopupOpen[] = [];
    for (let index = 0; index < opens; index += 1) empty.push(await openPopup(browser));
    log(`  popup, empty database: first open ${emptyFirst.figuresMs.toFixed(0)} ms, then median ${median(empty.map((open) => open.figuresMs)).toFixed(0)} ms`);

    if (reuse) {
      seeded = reuse.seed;
      await browser.context.close();
      cpSync(join(cached!, 'profile'), heavyProfile, { recursive: true });
      log(`  heavy history: reusing the seed of ${new Date(reuse.seededAt).toISOString()} (${cached})`);
    } else {
      const seeder = await browser.context.newPage();
      await seeder.goto(popupUrl(browser.extensionId!));
      seeded = await seed(seeder, plan);
      await seeder.close();
      log(`  seeded ${JSON.stringify(seeded.written)} in ${(seeded.ms / 1000).toFixed(1)} s (${Math.round(seeded.rowsPerSecond)} rows/s)`);
      await browser.context.close();
      cpSync(emptyProfile, heavyProfile, { recursive: true });
      if (cached) {
        rmSync(cached, { recursive: true, force: true });
        mkdirSync(cached, { recursive: true });
        cpSync(emptyProfile, join(cached, 'profile'), { recursive: true });
        writeFileSync(join(cached, 'meta.json'), JSON.stringify({ seededAt: Date.now(), seed: seeded } satisfies CachedSeed));
      }
    }

    // Heavy history, cold: a browser started on the seeded profile, as after a restart; then warm opens.
    browser = await withFigureProbe(await launchBench(true, { profile: heavyProfile }));
    const heavyCold = await openPopup(browser);
    const heavy: PopupOpen[] = [];
    for (let index = 0; index < opens; index += 1) heavy.push(await openPopup(browser));
    log(`  popup, heavy history: first open ${heavyCold.figuresMs.toFixed(0)} ms, then median ${median(heavy.map((open) => open.figuresMs)).toFixed(0)} ms`);

    const writer = await browser.context.newPage();
    await writer.goto(popupUrl(browser.extensionId!));
    const rawWrite = await rawBulkWrite(writer, rawRows);
    log(`  raw IndexedDB bulk write: ${Math.round(rawWrite.rowsPerSecond)} rows/s`);
    await writer.close();
    const tab = await browser.context.newPage();
    const ingest = await ingestThroughput(tab, ingestBatches);
    await tab.close();
    log(`  ingest through the background: ${Math.round(ingest.postsPerSecond)} posts/s in batches of 500`);
    return { emptyFirst, empty, heavyCold, heavy, seed: seeded, seedReused: reuse !== undefined, ...(reuse && { seededAt: reuse.seededAt }), rawWrite, ingest, plan };
  } finally {
    await browser.context.close().catch(() => undefined);
    rmSync(emptyProfile, { recursive: true, force: true });
    rmSync(heavyProfile, { recursive: true, force: true });
  }
}

interface CachedSeed {
  seededAt: number;
  seed: SeedResult;
}
