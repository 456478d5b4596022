/**
 * The `watcher` floor's content script (tests/bench/floor.ts): FeedCoach's own watcher, handing its posts to nothing.
 * Against the `badge` floor, it tells the watcher's share from the badge's.
 */
import { FeedWatcher } from '../../lib/feed/watcher';
import { isOverlayNode } from '../../lib/overlay/badge';
import type { SiteAdapter } from '../../lib/sites/types';

/** Started with its site's adapter, as FeedCoach's own per-site scripts are (tests/bench/floor.ts). */
export function startFloor(adapter: SiteAdapter): void {
  new FeedWatcher(document.body, { postSelector: adapter.postSelector, isOwnNode: isOverlayNode, onPosts: () => undefined }).start();
}
