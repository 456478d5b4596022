import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Reads a fixture page from tests/fixtures/. */
export function fixtureHtml(relativePath: string): string {
  return readFileSync(join(FIXTURES, relativePath), 'utf8');
}

/** Parses an HTML page into its own document, as the browser would. */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The document as if served at `href` (a parsed page has no location). */
export function atUrl(doc: Document, href: string): Document {
  return new Proxy(doc, {
    get: (target, key) => {
      if (key === 'location') return new URL(href);
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
