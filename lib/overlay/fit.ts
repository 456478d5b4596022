import type { OverlayAnchor } from '../sites/types';

/** A badge in a row too narrow for its word shows only its bars; the word stays in its hover text and name. */
export const COMPACT_ATTRIBUTE = 'data-compact';
/** The word a badge shows beside its bars, kept so a compact badge can show it again when its row gains room. */
export const WORD_ATTRIBUTE = 'data-label';

/** Room the things a row draws (words, icons, the badge) keep between them, at the least, beside a full badge. */
const MIN_GAP_PER_SPAN = 8;
/**
 * The padding a site's control keeps on each side of its words and icons: a control is counted no wider than that
 * (Facebook's Like, Comment and Share share the row's width; Bluesky ends its row with a spacer), and the room inside
 * it beyond is room a person sees.
 */
const CONTROL_PADDING = 8;

/**
 * Once this many badges of one row shape were measured, all alike (all crowding their rows, or all with room), the
 * next badges of that shape are placed as those were, and not measured.
 */
export const TRUSTED_AFTER = 3;

/**
 * What the badges measured so far say about each row shape (the row's element and classes, how many controls it
 * holds, how long the text it prints is, the badge's word): a feed repeats one action row for every post, and rows
 * printing counts as long take as much room, so a shape whose last badges all crowded their rows, or all had room,
 * does the same for the next.
 * - Shortening a badge after it was laid out costs the page a second layout and a repaint in that frame: on X's bench
 *   feed, where about a fifth of the rows are crowded, that was 177 layouts more than without the extension (550
 *   against 373), and 10 with the shapes foreseen (`npm run bench -- --sites x`).
 * - Measuring a row reads the width of each of its controls: a badge not measured costs no script after it is placed.
 * A shape measured both ways is measured on, so its badges show their word wherever it fits.
 */
export class CrowdedShapes {
  private readonly measured = new Map<string, { crowded: number; roomy: number }>();

  /** True or false once the shape's badges were all alike; undefined while they must be measured. */
  predictsCrowded(shape: string): boolean | undefined {
    const seen = this.measured.get(shape);
    if (!seen) return undefined;
    if (seen.roomy === 0 && seen.crowded >= TRUSTED_AFTER) return true;
    if (seen.crowded === 0 && seen.roomy >= TRUSTED_AFTER) return false;
    return undefined;
  }

  learn(shape: string, crowded: boolean): void {
    let seen = this.measured.get(shape);
    if (!seen) this.measured.set(shape, (seen = { crowded: 0, roomy: 0 }));
    if (crowded) seen.crowded += 1;
    else seen.roomy += 1;
  }

  /** The window changed size: every row may have gained or lost room. */
  forget(): void {
    this.measured.clear();
  }
}

/** A row's shape, read before the badge joins it: no layout read, only what the markup says. */
export function rowShape(row: Element, word: string): string {
  return `${row.localName}.${row.getAttribute('class') ?? ''}/${row.childElementCount}/${row.textContent?.length ?? 0}/${word}`;
}

/** Where something is drawn in the row, in px. */
export interface Span {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** One of the row's children: where it draws, and the width it takes from the row's room. */
export interface Drawn {
  ink: Span;
  takes: number;
}

/**
 * Whether what a row draws looks crowded: its children (the site's controls and the badge) leave less free room in
 * the row than a small gap each, or two of them draw over each other.
 */
export function looksCrowded(rowWidth: number, children: readonly Drawn[]): boolean {
  const across = children.map((child) => child.ink).sort((one, other) => one.left - other.left);
  for (let index = 1; index < across.length; index += 1) {
    const [before, span] = [across[index - 1]!, across[index]!];
    if (span.left < before.right && span.top < before.bottom && before.top < span.bottom) return true;
  }
  const taken = children.reduce((sum, child) => sum + child.takes, 0);
  return rowWidth - taken < MIN_GAP_PER_SPAN * children.length;
}

const GRAPHICS = new Set(['svg', 'img', 'picture', 'video', 'canvas']);
const UNSEEN_WIDTH = 2;

/** What an element draws across the row, from its first to its last word or icon; undefined when it draws none. */
function inkOf(element: Element, range: Range): Span | undefined {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  const add = (box: DOMRect) => {
    // A word only a screen reader gets is clipped to a pixel: it is not drawn.
    if (box.width < UNSEEN_WIDTH) return;
    left = Math.min(left, box.left);
    right = Math.max(right, box.right);
    top = Math.min(top, box.top);
    bottom = Math.max(bottom, box.bottom);
  };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!/\S/.test((child as Text).data)) continue;
        range.selectNodeContents(child);
        add(range.getBoundingClientRect());
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (GRAPHICS.has((child as Element).localName)) add((child as Element).getBoundingClientRect());
        else visit(child);
      }
    }
  };
  visit(element);
  return left <= right ? { left, right, top, bottom } : undefined;
}

/**
 * Whether a badge crowds its row: the row overflows, or what it draws looks crowded with the badge in it (the site's
 * controls no wider than their words and icons with a button's padding around them). Read after the frame is laid
 * out, never in the watcher; only the few badges of a row shape not yet known are measured (CrowdedShapes), so
 * reading each word's box is affordable.
 */
function crowdsItsRow(host: HTMLElement): boolean {
  const row = host.parentElement;
  if (!row) return false;
  const width = row.clientWidth;
  if (width === 0) return false;
  if (row.scrollWidth > width + 1) return true;
  const range = row.ownerDocument.createRange();
  const drawn: Drawn[] = [];
  for (const child of row.children) {
    const box = child.getBoundingClientRect();
    if (child.localName.startsWith('feedcoach-')) {
      if (box.width > 0) drawn.push({ ink: box, takes: box.width });
      continue;
    }
    const ink = inkOf(child, range);
    // A control wider than its words and icons with a button's padding leaves the rest of its width as room.
    if (ink) drawn.push({ ink, takes: Math.min(box.width, ink.right - ink.left + 2 * CONTROL_PADDING) });
  }
  return looksCrowded(width, drawn);
}

function showBarsOnly(host: HTMLElement): void {
  host.setAttribute(COMPACT_ATTRIBUTE, '');
  host.textContent = (host.textContent ?? '').replace(/ [^ ].*$/u, '');
}

interface PageFit {
  shapes: CrowdedShapes;
  /** Each badge's row shape, as it was when the badge was placed. */
  shapeOf: WeakMap<HTMLElement, string>;
  observer: ResizeObserver;
}

const fits = new WeakMap<Document, PageFit>();

/**
 * Badges are measured once they are laid out: all reads first, then the writes. A badge that crowds its row keeps
 * only its bars.
 */
function fit(page: PageFit, hosts: HTMLElement[]): void {
  const crowded = hosts.filter((host) => {
    if (!host.isConnected || host.hasAttribute(COMPACT_ATTRIBUTE)) return false;
    const crowds = crowdsItsRow(host);
    const shape = page.shapeOf.get(host);
    if (shape !== undefined) page.shapes.learn(shape, crowds);
    return crowds;
  });
  for (const host of crowded) showBarsOnly(host);
}

/**
 * One ResizeObserver per page watches new badges until their first size comes in: its callback runs once per frame
 * for every badge laid out in it, after the browser's own layout, so measuring their rows reads a clean layout
 * instead of forcing one (a timer after the frame ran after the site had changed the page again).
 */
function pageFit(doc: Document): PageFit {
  let page = fits.get(doc);
  if (!page) {
    const observer = new ResizeObserver((entries) => {
      const hosts = entries.map((entry) => entry.target as HTMLElement);
      for (const laidOut of hosts) observer.unobserve(laidOut);
      fit(created, hosts);
    });
    const created: PageFit = { shapes: new CrowdedShapes(), shapeOf: new WeakMap(), observer };
    fits.set(doc, created);
    page = created;
  }
  return page;
}

/**
 * Puts a filled badge in its place. In a row shape known to be crowded it comes with its bars alone, in one known to
 * have room with its word; otherwise it is measured once laid out and shortened only if it crowds its row.
 */
export function placeBadge(host: HTMLElement, anchor: OverlayAnchor): void {
  const page = pageFit(host.ownerDocument);
  const shape = rowShape(anchor.parent, host.getAttribute(WORD_ATTRIBUTE) ?? '');
  page.shapeOf.set(host, shape);
  const crowded = page.shapes.predictsCrowded(shape);
  if (crowded) showBarsOnly(host);
  else if (crowded === undefined) page.observer.observe(host);
  anchor.parent.insertBefore(host, anchor.before ?? null);
}

/** After the window is resized, every badge is measured again: a row that had room may have lost it, or gained it. */
export function refitAll(doc: Document, hosts: Iterable<HTMLElement>): void {
  const page = pageFit(doc);
  page.shapes.forget();
  const measured = Array.from(hosts);
  for (const host of measured) {
    if (!host.hasAttribute(COMPACT_ATTRIBUTE)) continue;
    host.removeAttribute(COMPACT_ATTRIBUTE);
    host.textContent = `${host.textContent} ${host.getAttribute(WORD_ATTRIBUTE) ?? ''}`;
  }
  for (const host of measured) page.observer.observe(host);
}

/** FeedCoach stopped on the page: nothing is measured any more. */
export function stopFitting(doc: Document): void {
  fits.get(doc)?.observer.disconnect();
  fits.delete(doc);
}
