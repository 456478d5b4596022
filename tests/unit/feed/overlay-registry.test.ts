import { afterEach, describe, expect, it } from 'vitest';
import { OverlayRegistry, PRUNE_AT } from '../../../lib/feed/overlay-registry';
import type { PostReading } from '../../../lib/sites/types';

const reading = (postId: string) => ({ site: 'x', postId, permalink: '', author: { handle: 'a' }, text: '', metrics: { likes: 1 }, lowerBounds: [], context: {} }) as PostReading;

function post(): { post: HTMLElement; overlay: HTMLElement } {
  const element = document.createElement('article');
  const overlay = document.createElement('feedcoach-overlay');
  element.append(overlay);
  document.body.append(element);
  return { post: element, overlay };
}

describe('OverlayRegistry', () => {
  afterEach(() => document.body.replaceChildren());

  it('finds the overlay inside a post, and none in a post that has none yet', () => {
    const registry = new OverlayRegistry('article');
    const first = post();
    expect(registry.overlayOf(first.post, 'x:1')).toBe(first.overlay);
    const bare = document.createElement('article');
    document.body.append(bare);
    expect(registry.overlayOf(bare, 'x:2')).toBeUndefined();
  });

  it('keeps one overlay for a post shown twice, on its first appearance, and takes back a stray the page moved out', () => {
    const registry = new OverlayRegistry('article');
    const first = post();
    registry.remember('x:1', first.overlay, reading('1'));
    const again = document.createElement('article');
    document.body.append(again);
    expect(registry.overlayOf(again, 'x:1')).toBe('elsewhere');
    // The site moved the overlay out of any post (a re-render kept our node): it is taken off, the post gets a new one.
    document.body.append(first.overlay);
    expect(registry.overlayOf(again, 'x:1')).toBeUndefined();
    expect(first.overlay.isConnected).toBe(false);
  });

  it('lists the overlays still on the page with their readings, and forgets removed ones once it has many', () => {
    const registry = new OverlayRegistry('article');
    const kept = post();
    registry.remember('x:kept', kept.overlay, reading('kept'));
    for (let index = 0; index < PRUNE_AT; index += 1) registry.remember(`x:${index}`, document.createElement('feedcoach-overlay'), reading(String(index)));
    expect([...registry.onPage()].map(([host, shown]) => [host, shown.postId])).toEqual([[kept.overlay, 'kept']]);
    expect(registry.readingOf(kept.overlay)?.postId).toBe('kept');
    expect(registry.size).toBeLessThan(PRUNE_AT);
  });
});
