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
