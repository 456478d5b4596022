/**
 * `npm run bench:profile -- [--sites x,reddit] [--posts N]`: where the content script's time goes, per function.
 * Scrolls each site's bench feed with an unminified build (.output-prof/) under the CDP sampling profiler and
 * writes bench-output/profile-<site>.txt: time per post by function, inclusive and self, extension code only.
 * The profiler's own overhead inflates the figures by about a third: compare functions, not the totals with
 * docs/benchmarks.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/browser';
import { option } from './args';
import { launchBench, servePages, setBenchExtensionPath } from './browsers';
import { scrollToEnd } from './feed-bench';
import { benchSites, buildBenchFeed } from './feeds';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const posts = Number(option('posts') ?? 1000);
const siteNames = option('sites')?.split(',');

const isExtension = (frame: ProfileNode['callFrame']) => frame.url.startsWith('chrome-extension://');
const nameOf = (frame: ProfileNode['callFrame']) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;

/** Self and inclusive microseconds per extension function (a function that recurses counts once per sample); a
 * native leaf's time is charged to its nearest extension caller, under both names. */
function byFunction(profile: Profile): { self: Map<string, number>; inclusive: Map<string, number>; total: number } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    const leaf = nodes.get(id)!;
    const counted = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = nodes.get(at)!.callFrame;
      if (!isExtension(frame) || counted.has(nameOf(frame))) continue;
      // Native calls (querySelector, getAttribute…) have no extension URL: their time is the self time of
      // the extension function that made them, shown with the native's name.
      if (counted.size === 0) {
        const selfName = at === id ? nameOf(frame) : `${nameOf(frame)} > ${leaf.callFrame.functionName || '(native)'}`;
        self.set(selfName, (self.get(selfName) ?? 0) + micros);
      }
      counted.add(nameOf(frame));
      inclusive.set(nameOf(frame), (inclusive.get(nameOf(frame)) ?? 0) + micros);
    }
    if (counted.size > 0) total += micros;
  });
  return { self, inclusive, total };
}

async function main(): Promise<void> {
  setBenchExtensionPath(join(PROJECT_ROOT, '.output-prof', 'chrome-mv3'));
  const feeds = benchSites().filter((feed) => !siteNames || siteNames.includes(feed.site));
  mkdirSync(join(PROJECT_ROOT, 'bench-output'), { recursive: true });
  for (const demo of feeds) {
    const feed = buildBenchFeed(demo, posts);
    const browser = await launchBench(true);
    try {
      await servePages(browser.context, [feed]);
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await page.goto(feed.url);
      await new Promise((done) => setTimeout(done, 1000));
      await cdp.send('Profiler.start');
      await scrollToEnd(page);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const { self, inclusive, total } = byFunction(profile);
      const rows = (table: Map<string, number>) =>
        [...table]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 40)
          .map(([name, micros]) => `${(micros / 1000 / posts).toFixed(4)} ms/post  ${name}`)
          .join('\n');
      const report = `${feed.site}: extension code ${(total / 1000 / posts).toFixed(3)} ms/post while ${posts} posts scrolled by (sampled, unminified)\n\nInclusive\n${rows(inclusive)}\n\nSelf\n${rows(self)}\n`;
      const out = join(PROJECT_ROOT, 'bench-output', `profile-${feed.site}.txt`);
      writeFileSync(out, report);
      console.log(`${feed.site}: ${(total / 1000 / posts).toFixed(3)} ms/post in extension code; ${out}`);
    } finally {
      await browser.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(2);
});
