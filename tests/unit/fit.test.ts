import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOverlay, updateOverlay } from '../../lib/overlay/badge';
import { CrowdedShapes, looksCrowded, placeBadge, refitAll, rowShape, stopFitting, TRUSTED_AFTER, type Drawn, type Span } from '../../lib/overlay/fit';
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

/** An action row as the site laid it out: one whose controls leave no room for a word overflows with the badge in it. */
function actionRow(room: 'roomy' | 'crowded', className = 'actions'): HTMLElement {
  const row = document.createElement('div');
  row.className = className;
  row.innerHTML = '<button>12</button><button>3</button>';
  Object.defineProperty(row, 'clientWidth', { value: 400 });
  Object.defineProperty(row, 'scrollWidth', { get: () => (room === 'crowded' && !row.querySelector('[data-compact]') ? 440 : 400) });
  document.body.append(row);
  return row;
}

/** Places a badge as the annotator does. */
function badgeIn(row: HTMLElement, postId: string): HTMLElement {
  const host = createOverlay(() => undefined);
  updateOverlay(host, reading(postId), DEFAULT_WEIGHTS);
  placeBadge(host, { parent: row });
  return host;
}

const at = (left: number, right: number, top = 0): Span => ({ left, right, top, bottom: top + 20 });
/** A control whose box spans `box` and draws its words and icons in `ink`. */
const control = (box: [number, number], ink: [number, number], top = 0): Drawn => ({ ink: at(ink[0], ink[1], top), takes: Math.min(box[1] - box[0], ink[1] - ink[0] + 16) });
const badge = (left: number, right: number): Drawn => ({ ink: at(left, right), takes: right - left });

describe('whether a row looks crowded', () => {
  it('counts the room inside a control wider than its words and icons as room a person sees', () => {
    // Facebook: Like, Comment and Share share a 560 px row, each drawing 60 px of icon and word, then a 110 px badge.
    expect(looksCrowded(560, [control([0, 150], [45, 105]), control([150, 300], [195, 255]), control([300, 450], [345, 405]), badge(450, 560)])).toBe(false);
  });

  it('is crowded when the controls, no wider than what they draw and a padding, leave less than a small gap each', () => {
    // LinkedIn at 400 px: four buttons squeezed to their padding beside a badge with its word.
    expect(looksCrowded(400, [control([0, 70], [8, 62]), control([70, 160], [78, 152]), control([160, 230], [168, 222]), control([230, 290], [238, 282]), badge(290, 400)])).toBe(true);
  });

  it('is crowded when two things draw over each other, unless they are on two lines of a wrapping row', () => {
    expect(looksCrowded(560, [control([0, 100], [40, 100]), control([100, 200], [90, 200])])).toBe(true);
    expect(looksCrowded(560, [control([0, 100], [40, 100]), control([100, 200], [90, 200], 30)])).toBe(false);
  });
});

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
    const roomy = badgeIn(actionRow('roomy'), '1');
    const crowded = badgeIn(actionRow('crowded'), '2');
    expect(roomy.textContent).toMatch(/ applause$/);
    FrameObserver.current!.layOut();
    expect(roomy.textContent).toMatch(/ applause$/);
    expect(crowded.textContent).not.toContain('applause');
    expect(crowded.getAttribute('aria-label')).toContain('applause');
  });

  it('places a badge with its bars alone, unmeasured, once its row shape has crowded every badge measured in it', () => {
    const first = Array.from({ length: TRUSTED_AFTER }, (_, index) => badgeIn(actionRow('crowded'), `${index}`));
    FrameObserver.current!.layOut();
    for (const badge of first) expect(badge.textContent).not.toContain('applause');
    const next = badgeIn(actionRow('crowded'), 'next');
    expect(next.textContent).not.toContain('applause');
    expect(next.isConnected).toBe(true);
    expect(FrameObserver.current!.watched.has(next)).toBe(false);
  });

  it('places a badge with its word, unmeasured, once its row shape had room for every badge measured in it', () => {
    for (let index = 0; index < TRUSTED_AFTER; index += 1) badgeIn(actionRow('roomy'), `${index}`);
    FrameObserver.current!.layOut();
    const next = badgeIn(actionRow('roomy'), 'next');
    expect(FrameObserver.current!.watched.has(next)).toBe(false);
    expect(next.textContent).toMatch(/ applause$/);
    // After the window is resized, every badge is measured again, and so are new ones until their shapes are known anew.
    const placed = Array.from(document.querySelectorAll<HTMLElement>('feedcoach-overlay'));
    refitAll(document, placed);
    expect(placed.every((badge) => FrameObserver.current!.watched.has(badge))).toBe(true);
    expect(FrameObserver.current!.watched.has(badgeIn(actionRow('roomy'), 'after the resize'))).toBe(true);
  });

  it('keeps measuring the badges of a row shape measured both ways, and shows the word wherever it fits', () => {
    badgeIn(actionRow('roomy', 'sometimes'), 'roomy');
    FrameObserver.current!.layOut();
    for (let index = 0; index < TRUSTED_AFTER; index += 1) badgeIn(actionRow('crowded', 'sometimes'), `crowded ${index}`);
    FrameObserver.current!.layOut();
    const later = badgeIn(actionRow('roomy', 'sometimes'), 'later');
    expect(FrameObserver.current!.watched.has(later)).toBe(true);
    FrameObserver.current!.layOut();
    expect(later.textContent).toMatch(/ applause$/);
  });
});
