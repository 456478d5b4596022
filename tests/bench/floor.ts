/**
 * The floor of the per-post budget: a copy of the built extension whose content script only puts a fixed badge in
 * each post (tests/bench/floor-badge.ts). Measured like the extension, against the same pages, it tells how much of
 * the added time any visible in-post badge costs on this machine (its layout and paint, the watcher), and so how
 * much FeedCoach's reading, messages and start-up add on top.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../support/browser';

/** Builds the floor extension beside `extensionDir` (a built chrome-mv3 folder); returns its folder. */
export function buildFloorExtension(extensionDir: string): string {
  const floorDir = join(dirname(extensionDir), 'floor', 'chrome-mv3');
  rmSync(floorDir, { recursive: true, force: true });
  mkdirSync(dirname(floorDir), { recursive: true });
  cpSync(extensionDir, floorDir, { recursive: true });
  // The manifest, the badges' stylesheet and the background stay; only the content script is replaced.
  execFileSync(
    join(PROJECT_ROOT, 'node_modules', '.bin', 'esbuild'),
    [join(PROJECT_ROOT, 'tests', 'bench', 'floor-badge.ts'), '--bundle', '--minify', '--format=iife', `--outfile=${join(floorDir, 'content-scripts', 'feed.js')}`, '--log-level=error'],
    { cwd: PROJECT_ROOT },
  );
  return floorDir;
}
