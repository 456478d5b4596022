import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../lib/model/ladder';
import { createOverlay, updateOverlay } from '../../../lib/overlay/badge';
import { adapterForHost } from '../../../lib/sites/registry';
import type { ReadResult } from '../../../lib/sites/types';
import { DEMO_FEEDS } from '../../support/feeds';
import { parsePage } from '../../support/load-fixture';

describe.each(DEMO_FEEDS.map((feed) => [feed.title, feed] as const))('demo feed %s', (_title, feed) => {
  it('is read by its site adapter with exactly the expected counts', () => {
    const adapter = adapterForHost(new URL(feed.url).host);
    expect(adapter?.site).toBe(feed.site);
    const doc = parsePage(feed.html);
    const read = Array.from(doc.querySelectorAll(adapter!.postSelector), (post) => adapter!.readPost(post));
    expect(read.map((result) => (result.ok ? { postId: result.post.postId, metrics: result.post.metrics } : result))).toEqual(feed.expected);
  });

  it('hands over, with a reading, the same place for the badge that overlayAnchor finds', () => {
    const adapter = adapterForHost(new URL(feed.url).host)!;
    const doc = parsePage(feed.html);
    for (const post of doc.querySelectorAll(adapter.postSelector)) {
      const result = adapter.readPost(post);
      if (!result.ok || !result.findAnchor) continue;
      const found = result.findAnchor();
      const looked = adapter.overlayAnchor(post);
      expect(found.parent).toBe(looked.parent);
      expect(found.before ?? null).toBe(looked.before ?? null);
    }
  });

  it('reads every post the same once its badge is in it (the badge is in the page\'s DOM, with a role and a label)', () => {
    const adapter = adapterForHost(new URL(feed.url).host)!;
    const doc = parsePage(feed.html);
    const posts = [...doc.querySelectorAll(adapter.postSelector)];
    const before = posts.map((post) => adapter.readPost(post));
    posts.forEach((post, index) => {
      const result = before[index]!;
      if (!result.ok) return;
      const badge = createOverlay(() => undefined);
      updateOverlay(badge, result.post, DEFAULT_WEIGHTS);
      const anchor = adapter.overlayAnchor(post);
      anchor.parent.insertBefore(badge, anchor.before ?? null);
    });
    expect(doc.querySelectorAll('feedcoach-overlay').length).toBe(before.filter((result) => result.ok).length);
    // What was read, without the badge-placing function a reading may carry (a new closure each time).
    const readings = (results: ReadResult[]) => results.map((result) => (result.ok ? result.post : result));
    expect(readings(posts.map((post) => adapter.readPost(post)))).toEqual(readings(before));
  });
});
