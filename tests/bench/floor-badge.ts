/**
 * The floor's content script (tests/bench/floor.ts): FeedCoach's own watcher and badge, put in the post's real badge
 * place, filled with a fixed text. It reads nothing of the post, sends nothing and starts nothing else: what any
 * visible in-post badge costs the page, with the least script that can place one.
 */
import { FeedWatcher } from '../../lib/feed/watcher';
import { createOverlay, isOverlayNode, METRICS_ATTRIBUTE, POST_ATTRIBUTE } from '../../lib/overlay/badge';
import type { SiteAdapter } from '../../lib/sites/types';

/** Started with its site's adapter, as FeedCoach's own per-site scripts are (tests/bench/floor.ts). */
export function startFloor(adapter: SiteAdapter): void {
  let count = 0;
  new FeedWatcher(document.body, {
    postSelector: adapter.postSelector,
    isOwnNode: isOverlayNode,
    onPosts(posts) {
      for (const post of posts) {
        if (post.querySelector(`[${POST_ATTRIBUTE}]`)) continue;
        count += 1;
        const host = createOverlay(() => undefined);
        host.setAttribute(POST_ATTRIBUTE, `${adapter.site}:${count}`);
        host.setAttribute(METRICS_ATTRIBUTE, '{"likes":12,"reposts":3,"views":900,"replies":5}');
        host.setAttribute('aria-label', 'FeedCoach: mostly applause (depth 12). 5 replies, 900 views, 3 shares, 12 likes; followers, mentions & quotes not shown');
        host.textContent = '\u2002▂▃▆\u2002█ applause';
        const anchor = adapter.overlayAnchor(post);
        anchor.parent.insertBefore(host, anchor.before ?? null);
      }
    },
  }).start();
}
