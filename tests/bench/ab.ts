/**
 * `npm run bench:ab -- [--base REV] [--sites x,reddit] [--rounds N] [--page-posts N]`: the per-post work of annotating a post (read
 * it, make and fill its badge, put the badge in place), in the working tree against another commit, in one page.
 * This machine's speed drifts by 10-15% between runs of a few seconds, more than most changes to that work; here
 * both versions run in the same page, turn about, on fresh copies of the feed's posts that the page has laid out
 * (as a site does before the extension sees them), so the drift falls on both alike. Two runs of the same code
 * differ by up to about 7%.
 * Both run in an isolated world, as a content script does: there, every page node the code touches gets a
 * wrapper object of that world's own, kept in a table, where the page's own script finds it in the node itself.
 * Touching 18,000 nodes took 1.7-2x as long there as in the page's world; a whole reading took 5-20% longer
 * (Facebook's, which touches many spans, 75%). Measuring in the page's world would hide what touching costs.
 * `--page-posts` fills the page with that many posts (40 by default) around the 40 that are copied each round: some
 * lookups grow with the page (YouTube's comments, which stay on the page once loaded, repeat their ids).
 * `--badge-only` reads the posts first, untimed, and times only making, filling and placing their badges: the
 * badge's share, which the reading's drift would otherwise swamp.
 */
import { chromium } from '@playwright/test';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, PROJECT_ROOT } from '../support/browser';
import { flag, option } from './args';
import { VIEWPORT } from './browsers';
import { benchSites, buildBenchFeed } from './feeds';

/** Posts copied and annotated by each version in a round. */
const POSTS_PER_ROUND = 40;
const base = option('base') ?? 'HEAD';
const siteNames = option('sites')?.split(',');
const rounds = Number(option('rounds') ?? 60);
const pagePosts = Number(option('page-posts') ?? POSTS_PER_ROUND);
const badgeOnly = flag('badge-only');

/**
 * The work of annotate for a new post, written against one tree's lib/. A reading may say where its badge goes:
 * `findAnchor` from 8bc994a on, an `anchor` object in the few commits before it.
 */
const entry = (root: string, name: string) => `
import { SITE_ADAPTERS } from '${root}/lib/sites/registry';
import { createOverlay, updateOverlay } from '${root}/lib/overlay/badge';
import { DEFAULT_WEIGHTS } from '${root}/lib/model/ladder';
globalThis.${name} = (site, posts, badgeOnly) => {
  const adapter = SITE_ADAPTERS.find((candidate) => candidate.site === site);
  const badge = (reading, place) => {
    const host = createOverlay(() => undefined);
    updateOverlay(host, reading, DEFAULT_WEIGHTS);
    const anchor = place();
    anchor.parent.insertBefore(host, anchor.before ?? null);
  };
  const read = [];
  let annotated = 0;
  let start = performance.now();
  for (const post of posts) {
    const result = adapter.readPost(post);
    if (!result.ok) continue;
    annotated += 1;
    const place = () => result.findAnchor?.() ?? result.anchor ?? adapter.overlayAnchor(post);
    if (!badgeOnly) badge(result.post, place);
    else read.push([result.post, place()]);
  }
  if (badgeOnly) {
    start = performance.now();
    for (const [reading, anchor] of read) badge(reading, () => anchor);
  }
  return { annotated, ms: performance.now() - start };
};
`;

function bundle(root: string, name: string, workDir: string): string {
  const source = join(workDir, `${name}.js`);
  const out = join(workDir, `${name}.bundle.js`);
  writeFileSync(source, entry(root, name));
  execFileSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'esbuild'), [source, '--bundle', '--minify', '--format=iife', `--outfile=${out}`, '--log-level=error'], { cwd: PROJECT_ROOT });
  return readFileSync(out, 'utf8');
}

/** Runs in the page: fresh copies of the posts, laid out, then annotated by each version in turn. */
function compareInPage({ site, postSelector, rounds: count, perRound, badgeOnly }: { site: string; postSelector: string; rounds: number; perRound: number; badgeOnly: boolean }) {
  type Annotate = (site: string, posts: Element[], badgeOnly: boolean) => { annotated: number; ms: number };
  const versions = globalThis as unknown as { abBase: Annotate; abHead: Annotate };
  const posts = [...document.querySelectorAll(postSelector)].slice(0, perRound);
  const container = posts[0]!.parentElement!;
  const perPost: Record<'abBase' | 'abHead', number[]> = { abBase: [], abHead: [] };
  for (let round = 0; round < count; round += 1) {
    for (const name of round % 2 === 0 ? (['abBase', 'abHead'] as const) : (['abHead', 'abBase'] as const)) {
      const fresh = posts.map((post) => post.cloneNode(true) as Element);
      const fragment = document.createDocumentFragment();
      fragment.append(...fresh);
      container.append(fragment);
      void document.body.offsetHeight;
      const { annotated, ms } = versions[name](site, fresh, badgeOnly);
      perPost[name].push((ms * 1000) / Math.max(1, annotated));
      for (const post of fresh) post.remove();
      void document.body.offsetHeight;
    }
  }
  // The page's clock ticks in 100 µs steps: a single round is coarse, so the top and bottom fifths are dropped.
  const trimmedMean = (values: number[]) => {
    const kept = [...values].sort((a, b) => a - b).slice(Math.floor(values.length / 5), Math.ceil((values.length * 4) / 5));
    return kept.reduce((sum, value) => sum + value, 0) / kept.length;
  };
  return { base: trimmedMean(perPost.abBase), head: trimmedMean(perPost.abHead) };
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'feedcoach-ab-'));
  const baseTree = join(workDir, 'base');
  execFileSync('git', ['worktree', 'add', '--detach', baseTree, base], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  try {
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(baseTree, 'node_modules'));
    const scripts = [bundle(baseTree, 'abBase', workDir), bundle(PROJECT_ROOT, 'abHead', workDir)];
    const messages = generateChromeMessages(await parseMessagesFile(join(PROJECT_ROOT, 'locales', 'en.yml')));
    const english = Object.fromEntries(Object.entries(messages).map(([key, { message }]) => [key, message]));
    const revision = execFileSync('git', ['rev-parse', '--short', base], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    console.log(`${badgeOnly ? 'Badge and place a post (read first, untimed)' : 'Read, badge and place a post'}: ${base} (${revision}) against the working tree, ${rounds} rounds of ${POSTS_PER_ROUND} posts a site in a page of ${pagePosts}, microseconds per post`);
    for (const demo of benchSites().filter((feed) => !siteNames || siteNames.includes(feed.site))) {
      const feed = buildBenchFeed(demo, pagePosts, { ahead: 1000 });
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.route('**/*', (route) => (route.request().url() === feed.url ? route.fulfill({ body: feed.html, contentType: 'text/html' }) : route.abort()));
      await page.goto(feed.url);
      const cdp = await page.context().newCDPSession(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'feedcoach-ab' });
      const evaluate = async <T>(expression: string): Promise<T> => {
        const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
        if (exceptionDetails) throw new Error(`${feed.site}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return result.value as T;
      };
      await evaluate('globalThis.__name = globalThis.__name || ((f) => f);');
      // The badge's words come from the browser's i18n, which a page's isolated world has not: English, from locales/en.yml.
      await evaluate(`globalThis.browser = { i18n: { getMessage: (key) => (${JSON.stringify(english)})[key] ?? '', getUILanguage: () => 'en' } };`);
      for (const content of scripts) await evaluate(content);
      const options = { site: feed.site, postSelector: feed.postSelector, rounds, perRound: POSTS_PER_ROUND, badgeOnly };
      const { base: before, head: after } = await evaluate<{ base: number; head: number }>(`(${compareInPage.toString()})(${JSON.stringify(options)})`);
      console.log(`${feed.site.padEnd(9)} ${before.toFixed(1).padStart(6)} -> ${after.toFixed(1).padStart(6)} µs  ${after <= before ? '' : '+'}${((after / before - 1) * 100).toFixed(0)}%`);
      await page.close();
    }
  } finally {
    await browser.close();
    execFileSync('git', ['worktree', 'remove', '--force', baseTree], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(2);
});
