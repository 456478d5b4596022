/** Sizes of every entrypoint of the built extension (minified, and gzipped for reference). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SITE_ADAPTERS } from '../../lib/sites/registry';

export interface BundleFile {
  path: string;
  bytes: number;
  gzip: number;
  /** Loaded only through a dynamic import(). */
  lazy: boolean;
}

export interface EntrypointSize {
  name: string;
  kind: 'content script' | 'background' | 'page';
  files: BundleFile[];
  /** Everything loaded up front (lazy chunks excluded). */
  bytes: number;
  gzip: number;
  lazyBytes: number;
  /** For a content script: the sites whose adapters it holds (found by their match patterns in its code). */
  sites: string[];
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*${},\s]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
// Bundlers write dynamic imports with quotes or backticks: import(`./app-1a2b.js`).
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

function collect(root: string, entries: string[]): BundleFile[] {
  const files = new Map<string, BundleFile>();
  const visit = (path: string, lazy: boolean) => {
    const known = files.get(path);
    if (known && (!known.lazy || lazy)) return;
    const full = join(root, path);
    if (!existsSync(full)) return;
    const content = readFileSync(full);
    files.set(path, { path, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length, lazy });
    if (!path.endsWith('.js')) return;
    const text = content.toString('utf8');
    for (const match of text.matchAll(STATIC_IMPORT)) visit(normalize(join(dirname(path), match[1]!)), lazy);
    for (const match of text.matchAll(DYNAMIC_IMPORT)) visit(normalize(join(dirname(path), match[1]!)), true);
  };
  for (const entry of entries) visit(entry.replace(/^\//, ''), false);
  return [...files.values()];
}

/** The sites whose match patterns (which each adapter holds) appear in these files. */
function sitesIn(root: string, files: BundleFile[]): string[] {
  const code = files.filter((file) => file.path.endsWith('.js')).map((file) => readFileSync(join(root, file.path), 'utf8')).join('\n');
  return SITE_ADAPTERS.filter((adapter) => adapter.matches.some((pattern) => code.includes(pattern))).map((adapter) => adapter.site);
}

function sized(name: string, kind: EntrypointSize['kind'], files: BundleFile[], sites: string[] = []): EntrypointSize {
  const eager = files.filter((file) => !file.lazy);
  return {
    sites,
    name,
    kind,
    files,
    bytes: eager.reduce((sum, file) => sum + file.bytes, 0),
    gzip: eager.reduce((sum, file) => sum + file.gzip, 0),
    lazyBytes: files.filter((file) => file.lazy).reduce((sum, file) => sum + file.bytes, 0),
  };
}

/** Every entrypoint named by the manifest, plus every HTML page at the root (options, popup, ...). */
export function measureBundle(root: string): EntrypointSize[] {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const result: EntrypointSize[] = [];
  manifest.content_scripts?.forEach((script, index) => {
    const files = collect(root, [...(script.js ?? []), ...(script.css ?? [])]);
    const name = (script.js?.[0] ?? `content script ${index + 1}`).replace(/^content-scripts\//, '').replace(/\.js$/, '');
    result.push(sized(`${name} (content script)`, 'content script', files, sitesIn(root, files)));
  });
  const background = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []);
  if (background.length > 0) result.push(sized('background', 'background', collect(root, background)));
  for (const page of readdirSync(root).filter((file) => file.endsWith('.html')).sort()) {
    const html = readFileSync(join(root, page), 'utf8');
    const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((match) => match[1]!).filter((ref) => !/^[a-z]+:/.test(ref));
    result.push(sized(page.replace(/\.html$/, ''), 'page', [{ path: page, bytes: Buffer.byteLength(html), gzip: gzipSync(html).length, lazy: false }, ...collect(root, refs)]));
  }
  return result;
}
