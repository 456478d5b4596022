import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/browser';

const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
const zipPath = (kind: 'chrome' | 'firefox' | 'sources') => join(PROJECT_ROOT, '.output', `feedcoach-${version}-${kind}.zip`);
const open = (kind: 'chrome' | 'firefox' | 'sources') => JSZip.loadAsync(readFileSync(zipPath(kind)));
const files = (zip: JSZip) => Object.values(zip.files).filter((entry) => !entry.dir).map((entry) => entry.name);

/** The listing's short description (docs/store/listing.md), which the manifests carry as theirs. */
const LISTED_SUMMARY = /## Short description[^\n]*\n\n([^\n]+)/.exec(readFileSync(join(PROJECT_ROOT, 'docs', 'store', 'listing.md'), 'utf8'))?.[1];

/** Nothing a store or a reviewer should get: source maps, tests, fixtures, local outputs, secrets. */
const NEVER_SHIPPED = /(\.map$|(^|\/)tests?\/|fixtures|\.spec\.|\.test\.|(^|\/)node_modules\/|(^|\/)\.output|demo-output|bench-output|(^|\/)\.env)/;

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.subarray(1, 4)].map((code) => String.fromCharCode(code)).join('')).toBe('PNG');
  return [view.getUint32(16), view.getUint32(20)];
}

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  name: string;
  version: string;
  icons: Record<string, string>;
  content_scripts: { js: string[]; css: string[] }[];
};

async function checkPackage(kind: 'chrome' | 'firefox'): Promise<Manifest> {
  const zip = await open(kind);
  const names = files(zip);
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;
  // The name and description are the browser's language's (_locales/, written by @wxt-dev/i18n); English is the default.
  expect(manifest).toMatchObject({ name: '__MSG_extName__', version, description: '__MSG_extDescription__', default_locale: 'en' });
  const english = JSON.parse(await zip.file('_locales/en/messages.json')!.async('string')) as Record<string, { message: string }>;
  expect({ name: english.extName?.message, description: english.extDescription?.message }).toEqual({ name: 'FeedCoach', description: LISTED_SUMMARY });
  for (const language of ['en', 'de', 'fr', 'es']) {
    const messages = JSON.parse(await zip.file(`_locales/${language}/messages.json`)!.async('string')) as Record<string, { message: string }>;
    expect(messages.extDescription!.message.length, language).toBeLessThanOrEqual(132); // the Chrome Web Store's limit
  }
  expect(names.filter((name) => NEVER_SHIPPED.test(name))).toEqual([]);
  expect(names.filter((name) => /\.(tsx?|jsx)$/.test(name))).toEqual([]);
  // Everything the manifest names is in the package, and every icon is the size it is listed as.
  const background = (manifest.background ?? {}) as { scripts?: string[]; service_worker?: string };
  const button = (manifest.action ?? manifest.browser_action) as { default_popup: string; default_icon: Record<string, string>; default_title: string };
  // The toolbar button's tooltip is the extension's name in the browser's language, like the name itself.
  expect(button.default_title).toBe('__MSG_extName__');
  const options = manifest.options_ui as { page: string };
  const named = [...(background.scripts ?? [background.service_worker!]), button.default_popup, options.page, ...manifest.content_scripts.flatMap((script) => [...script.js, ...script.css])];
  for (const file of named) expect(names, file).toContain(file);
  expect(Object.keys(manifest.icons).map(Number)).toEqual([16, 32, 48, 96, 128]);
  for (const [size, file] of [...Object.entries(manifest.icons), ...Object.entries(button.default_icon)]) {
    expect(pngSize(await zip.file(file)!.async('uint8array')), file).toEqual([Number(size), Number(size)]);
  }
  return manifest;
}

describe(`npm run zip: the three packages of FeedCoach ${version}`, () => {
  test('the Chrome Web Store zip holds a valid Manifest V3 extension and nothing else', async () => {
    const manifest = await checkPackage('chrome');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  test('the Firefox add-ons zip holds a valid Manifest V2 add-on with its gecko id, minimum version and no data collected', async () => {
    const manifest = await checkPackage('firefox');
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'feedcoach@feedcoach.app', strict_min_version: '153.0', data_collection_permissions: { required: ['none'] } },
    });
    // Manifest V2 has no optional_host_permissions: a Mastodon server is asked for through optional_permissions.
    expect(manifest.optional_permissions).toEqual(['notifications', 'https://*/*']);
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  const built = mkdtempSync(join(tmpdir(), 'feedcoach-sources-'));
  afterAll(() => rmSync(built, { recursive: true, force: true }));

  test('the sources zip builds the very Firefox package it is sent with, and holds no tests or fixtures', async () => {
    const sources = await open('sources');
    const names = files(sources);
    expect(names.filter((name) => NEVER_SHIPPED.test(name))).toEqual([]);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'assets/icon.svg', 'modules/icons.ts', 'entrypoints/background.ts', 'README.md']) {
      expect(names).toContain(needed);
    }

    // A reviewer's build: the sources alone, with the dependencies the lock file names (this checkout's copy).
    for (const name of names) {
      mkdirSync(dirname(join(built, name)), { recursive: true });
      writeFileSync(join(built, name), await sources.file(name)!.async('uint8array'));
    }
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(built, 'node_modules'));
    // A reviewer's shell, not this test runner's: Vitest sets NODE_ENV=test, which changes what Vite builds.
    const shell = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
    execFileSync(join(built, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], { cwd: built, stdio: 'pipe', env: shell });
    const shipped = await open('firefox');
    for (const name of files(shipped)) {
      expect(readFileSync(join(built, '.output', 'firefox-mv2', name)).equals(Buffer.from(await shipped.file(name)!.async('uint8array'))), name).toBe(true);
    }
  });
});
