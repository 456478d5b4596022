import { describe, expect, it } from 'vitest';
import { adapterForHost } from '../../../lib/sites/registry';
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
});
