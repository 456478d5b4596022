/**
 * The `watcher` floor's content script (tests/bench/floor.ts): FeedCoach's own watcher, handing its posts to nothing.
 * Against the `badge` floor, it tells the watcher's share from the badge's.
 */
import { FeedWatcher } from '../../lib/feed/watcher';
import { isOverlayNode } from '../../lib/overlay/badge';
import { adapterForHost } from '../../lib/sites/registry';

const adapter = adapterForHost(location.host);
if (adapter) new FeedWatcher(document.body, { postSelector: adapter.postSelector, isOwnNode: isOverlayNode, onPosts: () => undefined }).start();
