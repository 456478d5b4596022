import { judgeHealth, type SiteHealth } from '../../lib/health/health';
import { siteName } from '../../lib/model/baselines';
import type { RequiredField, SiteAdapter } from '../../lib/sites/types';

/** What the popup's site health would say after reading every post of a page, as the annotator tallies it. */
export function healthOf(doc: Document, adapter: SiteAdapter): SiteHealth {
  const results = Array.from(doc.querySelectorAll(adapter.postSelector), (root) => adapter.readPost(root));
  const missing: Partial<Record<RequiredField, number>> = {};
  for (const result of results) if (!result.ok) for (const field of result.missing) missing[field] = (missing[field] ?? 0) + 1;
  return judgeHealth({ site: adapter.site, seen: results.length, read: results.filter((result) => result.ok).length, missing }, siteName(adapter.site));
}
