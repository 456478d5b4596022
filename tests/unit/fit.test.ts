import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOverlay, updateOverlay } from '../../lib/overlay/badge';
import { CrowdedShapes, placeBadge, refitAll, rowShape, stopFitting, TRUSTED_AFTER } from '../../lib/overlay/fit';
import { DEFAULT_WEIGHTS } from '../../lib/model/ladder';
import type { PostReading } from '../../lib/sites/types';

describe('what the measured badges say about a row shape', () => {
  it('foresees a row once a few badges of its shape were measured, all alike', () => {
    const shapes = new CrowdedShapes();
    for (let count = 1; count < TRUSTED_AFTER; count += 1) {
      shapes.learn('crowded row', true);
      shapes.learn('roomy row', false);
    }
    expect(shapes.predictsCrowded('crowded row')).toBeUndefined();
    expect(shapes.predictsCrowded('roomy row')).toBeUndefined();
    shapes.learn('crowded row', true);
    shapes.learn('roomy row', false);
    expect(shapes.predictsCrowded('crowded row')).toBe(true);
    expect(shapes.predictsCrowded('roomy row')).toBe(false);
    expect(shapes.predictsCrowded('another row')).toBeUndefined();
  });

  it('keeps measuring a shape measured both ways, and forgets everything when the window changes size', () => {
    const shapes = new CrowdedShapes();
    shapes.learn('row', false);
    for (let count = 0; count < 10; count += 1) shapes.learn('row', true);
    expect(shapes.predictsCrowded('row')).toBeUndefined();
    for (let count = 0; count < TRUSTED_AFTER; count += 1) shapes.learn('other', true);
    shapes.forget();
    expect(shapes.predictsCrowded('other')).toBeUndefined();
  });

  it('tells rows apart by their element, classes, number of controls, printed text and the badge’s word', () => {
    const row = (html: string) => {
      const element = document.createElement('div');
      element.innerHTML = html;
      return element.firstElementChild!;
    };
    const base = rowShape(row('<div class="actions"><button>12</button><button>3</button></div>'), 'applause');
    expect(rowShape(row('<div class="actions"><button>45</button><button>6</button></div>'), 'applause')).toBe(base);
    expect(rowShape(row('<div class="actions"><button>1.2K</button><button>3</button></div>'), 'applause')).not.toBe(base);
    expect(rowShape(row('<div class="actions"><button>12</button><button>3</button><button></button></div>'), 'applause')).not.toBe(base);
    expect(rowShape(row('<div class="bar"><button>12</button><button>3</button></div>'), 'applause')).not.toBe(base);
    expect(rowShape(row('<div class="actions"><button>12</button><button>3</button></div>'), 'conversation')).not.toBe(base);
  });
});

/** A ResizeObserver that reports the badges laid out when the test says a frame was laid out. */
class FrameObserver {
  static current: FrameObserver | undefined;
  readonly watched = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FrameObserver.current = this;
  }
  observe(target: Element) {
    this.watched.add(target);
  }
  unobserve(target: Element) {
    this.watched.delete(target);
  }
  disconnect() {
    this.watched.clear();
  }
  layOut() {
    const entries = Array.from(this.watched, (target) => ({ target }) as ResizeObserverEntry);
    if (entries.length > 0) this.callback(entries, this as unknown as ResizeObserver);
  }
}

const reading = (postId: string): PostReading => ({
  site: 'x',
  postId,
  permalink: `https://x.com/ana/status/${postId}`,
  author: { handle: 'ana' },
  text: '',
  metrics: { replies: 0, reposts: 1, likes: 40 },
  lowerBounds: [],
  context: {},
});

/** An action row `width` px wide whose two controls take `used` px between them, as the site laid it out. */
function actionRow(width: number, used: number, className = 'actions'): HTMLElement {
  const row = document.createElement('div');
  row.className = className;
  row.innerHTML = '<button>12</button><button>3</button>';
  for (const control of row.children) Object.defineProperty(control, 'offsetWidth', { value: used / 2 });
  Object.defineProperty(row, 'clientWidth', { value: width });
  Object.defineProperty(row, 'scrollWidth', { value: width });
  document.body.append(row);
  return row;
}

/** Places a badge as the annotator does; laid out, it is 110 px wide with its word. */
function badgeIn(row: HTMLElement, postId: string): HTMLElement {
  const host = createOverlay(() => undefined);
  updateOverlay(host, reading(postId), DEFAULT_WEIGHTS);
  Object.defineProperty(host, 'offsetWidth', { get: () => (host.hasAttribute('data-compact') ? 40 : 110) });
  placeBadge(host, { parent: row });
  return host;
}

describe('placing a badge in its row', () => {
  const realObserver = globalThis.ResizeObserver;
  beforeEach(() => {
    globalThis.ResizeObserver = FrameObserver as unknown as typeof ResizeObserver;
  });
  afterEach(() => {
    stopFitting(document);
    document.body.replaceChildren();
    globalThis.ResizeObserver = realObserver;
  });

  it('shows the word where the row has room, and the bars alone where it would crowd the site’s controls', () => {
    const roomy = badgeIn(actionRow(400, 200), '1');
    const crowded = badgeIn(actionRow(300, 200), '2');
    expect(roomy.textContent).toMatch(/ applause$/);
    FrameObserver.current!.layOut();
    expect(roomy.textContent).toMatch(/ applause$/);
    expect(crowded.textContent).not.toContain('applause');
    expect(crowded.getAttribute('aria-label')).toContain('applause');
  });

  it('places a badge with its bars alone, unmeasured, once its row shape has crowded every badge measured in it', () => {
    const first = Array.from({ length: TRUSTED_AFTER }, (_, index) => badgeIn(actionRow(300, 200), `${index}`));
    FrameObserver.current!.layOut();
    for (const badge of first) expect(badge.textContent).not.toContain('applause');
    const next = badgeIn(actionRow(300, 200), 'next');
    expect(next.textContent).not.toContain('applause');
    expect(next.isConnected).toBe(true);
    expect(FrameObserver.current!.watched.has(next)).toBe(false);
  });

  it('places a badge with its word, unmeasured, once its row shape had room for every badge measured in it', () => {
    for (let index = 0; index < TRUSTED_AFTER; index += 1) badgeIn(actionRow(400, 200), `${index}`);
    FrameObserver.current!.layOut();
    const next = badgeIn(actionRow(400, 200), 'next');
    expect(FrameObserver.current!.watched.has(next)).toBe(false);
    expect(next.textContent).toMatch(/ applause$/);
    // After the window is resized, every badge is measured again, and so are new ones until their shapes are known anew.
    const placed = Array.from(document.querySelectorAll<HTMLElement>('feedcoach-overlay'));
    refitAll(document, placed);
    expect(placed.every((badge) => FrameObserver.current!.watched.has(badge))).toBe(true);
    expect(FrameObserver.current!.watched.has(badgeIn(actionRow(400, 200), 'after the resize'))).toBe(true);
  });

  it('keeps measuring the badges of a row shape measured both ways, and shows the word wherever it fits', () => {
    badgeIn(actionRow(500, 200, 'sometimes'), 'roomy');
    FrameObserver.current!.layOut();
    for (let index = 0; index < TRUSTED_AFTER; index += 1) badgeIn(actionRow(300, 200, 'sometimes'), `crowded ${index}`);
    FrameObserver.current!.layOut();
    const later = badgeIn(actionRow(500, 200, 'sometimes'), 'later');
    expect(FrameObserver.current!.watched.has(later)).toBe(true);
    FrameObserver.current!.layOut();
    expect(later.textContent).toMatch(/ applause$/);
  });
});
