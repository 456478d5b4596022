import type { PostHistory } from '../messages/schema';
import { createOverlay, isOverlayNode, OVERLAY_TAG, POST_ATTRIBUTE, updateOverlay, type OverlayHost } from '../overlay/badge';
import { pageLooksDark, PANEL_TAG, PostPanel } from '../overlay/panel';
import type { Settings } from '../settings/schema';
import { postKey, type PostReading, type ReadResult, type RequiredField, type SiteAdapter } from '../sites/types';
import { ReadingBatcher, type SendBatch } from './batcher';
import { FeedWatcher } from './watcher';

export interface AdapterHealth {
  seen: number;
  read: number;
  missing: Partial<Record<RequiredField, number>>;
}

export interface FeedCoach {
  stop(): void;
  health(): AdapterHealth;
  applySettings(settings: Settings): void;
}

export interface FeedCoachServices {
  send: SendBatch;
  loadHistory: (postKey: string) => Promise<PostHistory | undefined>;
}

const PRUNE_AT = 2000;

/** Runs FeedCoach on one page: watch the feed, read posts with the site's adapter, annotate, report. */
export function startFeedCoach(adapter: SiteAdapter, root: Element, initialSettings: Settings, services: FeedCoachServices): FeedCoach {
  let settings = initialSettings;
  const visitStart = Date.now();
  // Weak references: a post the site removed must not be kept alive by us.
  const overlays = new Map<string, WeakRef<OverlayHost>>();
  const readings = new WeakMap<OverlayHost, PostReading>();
  const health: AdapterHealth = { seen: 0, read: 0, missing: {} };
  const batcher = new ReadingBatcher(services.send);
  const panel = new PostPanel();
  const seenPosts = new WeakSet<Element>();

  function read(post: Element): ReadResult {
    try {
      return adapter.readPost(post);
    } catch {
      // A redesign must never throw into the page: an unreadable post is skipped and counted.
      return { ok: false, missing: ['postId'] };
    }
  }

  function prune(): void {
    for (const [key, ref] of overlays) if (!ref.deref()?.isConnected) overlays.delete(key);
  }

  function openPanel(opener: OverlayHost): void {
    const reading = readings.get(opener);
    if (!reading) return;
    const theme = settings.theme === 'auto' ? (pageLooksDark(root.ownerDocument) ? 'dark' : 'light') : settings.theme;
    panel.toggle(opener, reading, {
      weights: settings.weights,
      followersPerSharer: settings.followersPerSharer,
      theme,
      visitStart,
      loadHistory: () => services.loadHistory(postKey(reading.site, reading.postId)),
    });
  }

  function annotate(post: Element, reading: PostReading): void {
    const key = postKey(reading.site, reading.postId);
    let host = post.querySelector<OverlayHost>(OVERLAY_TAG) ?? undefined;
    const existing = overlays.get(key)?.deref();
    // The same post shown twice on a page keeps its one overlay, on its first appearance.
    if (existing && existing !== host && existing.isConnected && !post.contains(existing)) return;
    if (!host) {
      host = createOverlay(openPanel);
      const anchor = adapter.overlayAnchor(post);
      anchor.parent.insertBefore(host, anchor.before ?? null);
    } else if (host.getAttribute(POST_ATTRIBUTE) !== key && panel.openFor === host) {
      panel.close(); // the site reused this element for another post
    }
    updateOverlay(host, reading, settings.weights);
    readings.set(host, reading);
    overlays.set(key, new WeakRef(host));
    if (overlays.size > PRUNE_AT) prune();
    batcher.add(reading);
  }

  const watcher = new FeedWatcher(root, {
    postSelector: adapter.postSelector,
    isOwnNode: isOverlayNode,
    watchedAttributes: ['aria-label', ...(adapter.watchedAttributes ?? [])],
    onPosts(posts) {
      for (const post of posts) {
        const result = read(post);
        if (!seenPosts.has(post)) {
          seenPosts.add(post);
          health.seen += 1;
          if (result.ok) health.read += 1;
          else for (const field of result.missing) health.missing[field] = (health.missing[field] ?? 0) + 1;
        }
        if (result.ok) annotate(post, result.post);
      }
    },
  });
  watcher.start();

  return {
    stop() {
      watcher.stop();
      batcher.stop();
      panel.close();
      for (const node of root.ownerDocument.querySelectorAll(`${OVERLAY_TAG}, ${PANEL_TAG}`)) node.remove();
    },
    health: () => structuredClone(health),
    applySettings(next) {
      settings = next;
      for (const ref of overlays.values()) {
        const host = ref.deref();
        const reading = host && readings.get(host);
        if (host?.isConnected && reading) updateOverlay(host, reading, settings.weights, true);
      }
    },
  };
}
