/**
 * The floor of the per-post budget: a copy of the built extension whose content script is replaced by a stripped one
 * (tests/bench/floor-<kind>.ts). Measured like the extension, against the same pages, it tells how much of the added
 * time a part of FeedCoach costs on this machine before the rest of it runs. The default, `badge`, puts a fixed
 * badge in each post: what any visible in-post badge costs (its layout and paint, the watcher), so FeedCoach over
 * it is what its reading, messages and start-up add. `watcher` and `none` take the badge and then the watcher away
 * too, which splits the badge's floor into the extension's mere presence, the watcher and the badge itself.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { feedScriptFiles } from '../../lib/sites/feed-scripts';
import { SITE_ADAPTERS } from '../../lib/sites/registry';
import { PROJECT_ROOT } from '../support/browser';

export const FLOOR_KINDS = {
  badge: {
    briefly: 'a badge that reads nothing',
    content: 'only puts a fixed badge in each post: the same watcher, badge and place, but no reading of the post, no messages, no storage',
    title: 'what any in-post badge costs here',
  },
  watcher: {
    briefly: "FeedCoach's watcher alone",
    content: "only runs FeedCoach's watcher: the posts are found as they appear, and nothing is put in them",
    title: 'what watching the feed costs here, without a badge',
  },
  none: {
    briefly: 'an extension that does nothing',
    content: 'does nothing: the extension is loaded, its badge stylesheet injected and its background running',
    title: 'what a loaded extension costs here, doing nothing',
  },
} as const;
export type FloorKind = keyof typeof FLOOR_KINDS;

export function isFloorKind(name: string): name is FloorKind {
  return Object.hasOwn(FLOOR_KINDS, name);
}

/** Builds the floor extension beside `extensionDir` (a built chrome-mv3 folder); returns its folder. */
export function buildFloorExtension(extensionDir: string, kind: FloorKind): string {
  const floorDir = join(dirname(extensionDir), 'floor', 'chrome-mv3');
  rmSync(floorDir, { recursive: true, force: true });
  mkdirSync(dirname(floorDir), { recursive: true });
  cpSync(extensionDir, floorDir, { recursive: true });
  // The manifest, the badges' stylesheet and the background stay; only each site's content script is replaced, by
  // the floor started with that site's adapter alone, as FeedCoach's own script for the site is.
  for (const { site } of SITE_ADAPTERS) {
    const entry = [
      `import { startFloor } from './tests/bench/floor-${kind}';`,
      `import { ${site}Adapter } from './lib/sites/${site}/adapter';`,
      `startFloor(${site}Adapter);`,
    ].join('\n');
    execFileSync(
      join(PROJECT_ROOT, 'node_modules', '.bin', 'esbuild'),
      ['--bundle', '--minify', '--format=iife', '--loader=ts', `--sourcefile=floor-${site}.ts`, `--outfile=${join(floorDir, feedScriptFiles(site).js)}`, '--log-level=error'],
      { cwd: PROJECT_ROOT, input: entry },
    );
  }
  return floorDir;
}
