import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOverlay, stopListeningForActivation } from '../../lib/overlay/badge';

/** A ResizeObserver whose callbacks the test runs, as the browser does after a frame's layout for what it observes. */
class FrameResizeObserver {
  static all: FrameResizeObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FrameResizeObserver.all.push(this);
  }
  observe(target: Element): void {
    this.observed.add(target);
  }
  unobserve(target: Element): void {
    this.observed.delete(target);
  }
  disconnect(): void {
    this.observed.clear();
  }
  /** One frame laid out: every observed element reports (the page grew, or was just observed). */
  static frame(): void {
    for (const observer of FrameResizeObserver.all) {
      const entries = [...observer.observed].map((target) => ({ target }) as ResizeObserverEntry);
      if (entries.length > 0) observer.callback(entries, observer as unknown as ResizeObserver);
    }
  }
}

afterEach(() => {
  stopListeningForActivation(document);
  vi.unstubAllGlobals();
  FrameResizeObserver.all = [];
});

describe("the badges' theme", () => {
  it('is read once after the first layout and again only when the site switches theme, not each time the feed grows', async () => {
    vi.stubGlobal('ResizeObserver', FrameResizeObserver);
    const reads = vi.spyOn(window, 'getComputedStyle');
    document.body.append(createOverlay(() => undefined));
    expect(reads).not.toHaveBeenCalled();
    FrameResizeObserver.frame();
    const first = reads.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    expect(document.documentElement.getAttribute('data-feedcoach-theme')).not.toBe('dark');
    for (let grown = 0; grown < 5; grown += 1) FrameResizeObserver.frame();
    expect(reads.mock.calls.length).toBe(first);
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    await Promise.resolve(); // the MutationObserver's microtask
    FrameResizeObserver.frame();
    expect(document.documentElement.getAttribute('data-feedcoach-theme')).toBe('dark');
  });
});
