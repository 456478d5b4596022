import { OVERLAY_TAG, type OverlayHost } from '../overlay/badge';
import type { PostReading } from '../sites/types';

/**
 * Overlays are looked over for ones the site removed once the map holds this many; after each look the next comes
 * when the map has doubled, so a feed that keeps every post costs each annotation a constant share of the looks
 * (looking at every overlay on every annotation past 2,000 made a 20,000-post page quadratic).
 */
export const PRUNE_AT = 2000;

/**
 * Every overlay of the page by its post's key, with the reading each shows: one overlay per post, however often the
 * site re-renders it or shows it twice. Weak references: a post the site removed must not be kept alive by us.
 */
export class OverlayRegistry {
  private readonly overlays = new Map<string, WeakRef<OverlayHost>>();
  private readonly readings = new WeakMap<OverlayHost, PostReading>();
  private pruneAt = PRUNE_AT;

  /** `postSelector`: the site's posts, to tell a post shown twice from an overlay the page moved out of its post. */
  constructor(private readonly postSelector: string) {}

  /**
   * Where the post's overlay is: the one inside it (undefined when it has none yet), or 'elsewhere' when the same
   * post shown earlier on the page keeps it. An overlay the page moved out of its post is a stray: taken off here.
   */
  overlayOf(post: Element, key: string): OverlayHost | undefined | 'elsewhere' {
    const inside = post.querySelector<OverlayHost>(OVERLAY_TAG) ?? undefined;
    const known = this.overlays.get(key)?.deref();
    if (known && known !== inside && known.isConnected && !post.contains(known)) {
      const holder = known.parentElement?.closest(this.postSelector);
      if (holder && holder !== post) return 'elsewhere';
      known.remove();
    }
    return inside;
  }

  /** The overlay now shows `reading`, the post of `key`. */
  remember(key: string, host: OverlayHost, reading: PostReading): void {
    this.readings.set(host, reading);
    this.overlays.set(key, new WeakRef(host));
    if (this.overlays.size > this.pruneAt) this.prune();
  }

  readingOf(host: OverlayHost): PostReading | undefined {
    return this.readings.get(host);
  }

  /** The overlays still on the page, with what they show. */
  *onPage(): Generator<[OverlayHost, PostReading]> {
    for (const ref of this.overlays.values()) {
      const host = ref.deref();
      const reading = host && this.readings.get(host);
      if (host?.isConnected && reading) yield [host, reading];
    }
  }

  /** How many overlays are remembered (removed ones until the next look). */
  get size(): number {
    return this.overlays.size;
  }

  private prune(): void {
    for (const [key, ref] of this.overlays) if (!ref.deref()?.isConnected) this.overlays.delete(key);
    this.pruneAt = Math.max(PRUNE_AT, this.overlays.size * 2);
  }
}
