import type { OverlayAnchor } from '../sites/types';

/** A badge in a row too narrow for its word shows only its bars; the word stays in its hover text and name. */
export const COMPACT_ATTRIBUTE = 'data-compact';
/** The word a badge shows beside its bars, kept so a compact badge can show it again when its row gains room. */
export const WORD_ATTRIBUTE = 'data-label';

/** Room the site's own controls keep between them, at the least, beside a full badge. */
const MIN_GAP_PER_CONTROL = 8;

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

/** A child's width on screen: offsetWidth where it has one (no box object made), its bounding box otherwise (SVG). */
function widthOf(child: Element): number {
  return child instanceof HTMLElement ? child.offsetWidth : child.getBoundingClientRect().width;
}

/**
 * Whether a badge crowds its row: its row's children (the site's controls and the badge) leave less free room than
 * a small gap per control, or the row already overflows. Read after the frame is laid out, never in the watcher.
 */
function crowdsItsRow(host: HTMLElement): boolean {
  const row = host.parentElement;
  if (!row) return false;
  const width = row.clientWidth;
  if (width === 0) return false;
  let used = 0;
  let controls = 0;
  for (const child of row.children) {
    const childWidth = widthOf(child);
    if (childWidth === 0) continue;
    used += childWidth;
    controls += 1;
  }
  return row.scrollWidth > width + 1 || width - used < MIN_GAP_PER_CONTROL * controls;
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
