import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_MATCHES } from '../../lib/sites/registry';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The bullets of a markdown section (from its heading to the next "## "), each folded onto one line. */
function bulletsOf(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const body = markdown.slice(start + heading.length + 2).split(/\n## /)[0]!;
  return body
    .split(/\n(?=- )/)
    .filter((item) => item.startsWith('- '))
    .map((item) => item.replace(/\s+/g, ' ').trim());
}

describe('the store listing (docs/store/)', () => {
  test('the privacy practices repeat the README’s privacy promise word for word', () => {
    const promise = bulletsOf(read('README.md'), '## Privacy promise');
    expect(promise.length).toBeGreaterThanOrEqual(4);
    expect(bulletsOf(read('docs/store/privacy.md'), '## The privacy promise (README.md, word for word)')).toEqual(promise);
  });

  test('every screenshot the listing names is there, 1280x800, as the stores ask', () => {
    const named = [...read('docs/store/listing.md').matchAll(/`(screenshots\/[^`]+\.png)`/g)].map((match) => match[1]!);
    expect(named).toHaveLength(5);
    for (const path of named) {
      const png = readFileSync(join(ROOT, 'docs', 'store', path));
      expect(png.subarray(1, 4).toString('latin1'), path).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1280, 800]);
    }
  });

  test('each permission and host of the manifest has its reason in permissions.md', () => {
    const reasons = read('docs/store/permissions.md');
    const config = read('wxt.config.ts');
    for (const permission of ['storage', 'alarms', 'scripting', 'notifications', 'https://*/*']) {
      expect(config).toContain(`'${permission}'`);
      expect(reasons).toContain(`| \`${permission}\``);
    }
    for (const host of ALL_MATCHES) expect(reasons, host).toContain(`\`${host}\``);
  });
});


describe('the listing in German, French and Spanish (docs/store/listing.<language>.md)', () => {
  /** A section of a listing: the text from its heading to the next "## ", trimmed. */
  const section = (markdown: string, heading: string) => markdown.split(/\n## /).find((part) => part.startsWith(heading))?.slice(heading.length).trim();
  const manifestDescription = (language: string) => /^extDescription: (.+)$/m.exec(read(`locales/${language}.yml`))?.[1];

  test('the English short description is the manifest’s English description', () => {
    expect(section(read('docs/store/listing.md'), 'Short description (Chrome summary, AMO summary; at most 132 characters, the manifest\'s description)')).toBe(manifestDescription('en'));
  });

  test.each(['de', 'fr', 'es'])('%s: name, the manifest’s description within the stores’ 132 characters, a long description and the privacy summary', (language) => {
    const listing = read(`docs/store/listing.${language}.md`);
    expect(section(listing, 'Name')).toBe('FeedCoach');
    const summary = section(listing, 'Short description');
    expect(summary).toBe(manifestDescription(language));
    expect(summary!.length).toBeLessThanOrEqual(132);
    expect(section(listing, 'Long description')!.length).toBeGreaterThan(800);
    expect(section(listing, 'Privacy')).toContain('privacy.md');
  });
});
