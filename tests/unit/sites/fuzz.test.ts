import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { postReadingSchema } from '../../../lib/messages/schema';
import { SITE_ADAPTERS } from '../../../lib/sites/registry';
import { fixtureHtml, parsePage } from '../../support/load-fixture';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

/** A change a redesign (or a hostile page) could make to the markup. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('attribute' as const), at: fc.nat(), name: fc.constantFrom('href', 'aria-label', 'data-testid', 'datetime', 'score', 'data-id', 'class'), value: fc.string({ maxLength: 40 }) }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), value: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('1.2K', '∞', '-5', '9'.repeat(30), '<script>', '\u202e')) }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(root: Element, changes: Mutation[]): void {
  for (const change of changes) {
    const all = root.querySelectorAll('*');
    if (all.length === 0) return;
    const target = all[change.at % all.length]!;
    if (change.kind === 'remove') target.remove();
    else if (change.kind === 'attribute') target.setAttribute(change.name, change.value);
    else if (change.kind === 'text') target.textContent = change.value;
    else {
      const destination = all[change.to % all.length]!;
      if (!target.contains(destination)) destination.append(target);
    }
  }
}

const pages = SITE_ADAPTERS.flatMap((adapter) => {
  let files: string[] = [];
  try {
    files = readdirSync(join(FIXTURES, adapter.site)).filter((file) => file.endsWith('.html'));
  } catch {
    files = [];
  }
  return files.map((file) => [adapter.site, file, adapter] as const);
});

describe.each(pages)('%s adapter on mutated %s', (site, file, adapter) => {
  it('never throws, and whatever it reads is valid', () => {
    const html = fixtureHtml(`${site}/${file}`);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (changes) => {
        const doc = parsePage(html);
        mutate(doc.body, changes);
        for (const post of doc.querySelectorAll(adapter.postSelector)) {
          const result = adapter.readPost(post);
          if (result.ok) {
            const parsed = postReadingSchema.safeParse(result.post);
            expect(parsed.success ? 'valid' : `${JSON.stringify(parsed.error.issues[0]).slice(0,400)}`).toBe('valid');
          }
          else expect(result.missing.length).toBeGreaterThan(0);
          expect(() => adapter.overlayAnchor(post)).not.toThrow();
        }
      }),
      { numRuns: 25 },
    );
    // Parsing a large page 25 times takes a few seconds on a busy 2-core machine.
  }, 60_000);
});
