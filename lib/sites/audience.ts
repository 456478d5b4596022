import type { MetricsCollector } from './metrics';

/**
 * The audience a profile or channel header states for the account it describes: X's and Bluesky's "2,181
 * Followers" on a profile page, Mastodon's account header, YouTube's "1.2M subscribers" under the video.
 */
export interface PageAudience {
  /** The account the header describes, as the site's adapter writes post authors. */
  handle: string;
  /** Texts that state the count, in any order: an exact one (a title, an aria-label) wins over an abbreviated one. */
  counts: (string | null | undefined)[];
}

/**
 * `read`, run on a page at most once a second rather than once per post: it looks through the whole page, and a
 * feed reads many posts in a burst. A header that appears or changes shows within the second.
 */
export function oncePerSecondPerPage<T>(read: (doc: Document) => T): (doc: Document) => T {
  const cache = new WeakMap<Document, { at: number; value: T }>();
  return (doc) => {
    const cached = cache.get(doc);
    const now = Date.now();
    if (cached && now - cached.at < 1000) return cached.value;
    const value = read(doc);
    cache.set(doc, { at: now, value });
    return value;
  };
}

/**
 * Records the header's count as the post's followers when the header describes the post's author: it is their
 * audience (level 1 of the ladder). Another author's post on the same page is left without one.
 */
export function recordAudience(metrics: MetricsCollector, audience: PageAudience | undefined, author: string): void {
  if (!audience || audience.handle.toLowerCase() !== author.toLowerCase()) return;
  for (const text of audience.counts) metrics.setFromText('followers', text);
}
