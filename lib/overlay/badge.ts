import { countInWords, depthOf, describeLadder, ladderOf, type DepthLabel, type LevelWeights } from '../model/ladder';
import { postKey, type PostReading } from '../sites/types';
import { h } from './h';

export const OVERLAY_TAG = 'feedcoach-overlay';
/** The thank-you button beside a notification entry: ours, but not a post's overlay. */
export const THANKS_TAG = 'feedcoach-thanks';
export const POST_ATTRIBUTE = 'data-feedcoach-post';
export const METRICS_ATTRIBUTE = 'data-feedcoach-metrics';

const SHORT_LABELS: Record<DepthLabel, string> = {
  'no signal yet': 'no signal',
  'mostly applause': 'applause',
  'being amplified': 'amplified',
  'sparking conversation': 'conversation',
};


// The ladder is drawn as text: six block characters, one per level, in the badge's own text node. A feed
// repaints what is near the viewport on nearly every frame it scrolls, and each repaint walks every box and
// drawing of every badge in view: bars drawn as six background gradients cost 0.5 ms of rendering per post on
// X's feed, six bar elements more still; the glyphs cost next to nothing (`npm run bench -- --sites x`).
const BLOCKS = '▁▂▃▄▅▆▇█';
/** Not collapsed by white-space rules, unlike a plain space: a level the page does not show keeps its slot. */
const NO_BAR = '\u2002';

/**
 * The ladder as six block characters, e.g. "▃▆█\u2002▁▂": each level's height on a log scale against the post's
 * largest count (so 5 replies still show beside 5,000 likes); a count of 0 is the lowest block, a level the page
 * does not show is a gap.
 */
export function ladderGlyphs(values: (number | undefined)[]): string {
  const top = Math.log10(1 + Math.max(0, ...values.map((value) => value ?? 0)));
  let glyphs = '';
  for (const value of values) {
    if (value === undefined) glyphs += NO_BAR;
    else glyphs += BLOCKS[top === 0 ? 0 : Math.max(0, Math.round(((BLOCKS.length - 1) * Math.log10(1 + value)) / top))];
  }
  return glyphs;
}

export function badgeLabel(reading: PostReading, weights: LevelWeights, levels = ladderOf(reading.metrics, reading.lowerBounds), depth = depthOf(reading.metrics, weights)): string {
  const bookmarks = reading.metrics.bookmarks;
  const extra = bookmarks === undefined ? '' : `; ${countInWords(bookmarks, 'bookmark', 'bookmarks')}`;
  return `FeedCoach: ${depth.label}${depth.score === undefined ? '' : ` (depth ${depth.score})`}. ${describeLadder(levels)}${extra}`;
}

function renderBadge(host: OverlayHost, reading: PostReading, weights: LevelWeights): void {
  const levels = ladderOf(reading.metrics, reading.lowerBounds);
  const depth = depthOf(reading.metrics, weights);
  host.textContent = `${ladderGlyphs(levels.map((level) => level.value))} ${SHORT_LABELS[depth.label]}`;
  const label = badgeLabel(reading, weights, levels, depth);
  host.setAttribute('aria-label', label);
  host.title = label;
}

export function isOverlayNode(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const name = (node as Element).localName;
  return name === OVERLAY_TAG || name === THANKS_TAG;
}

/** A badge or thank-you button: the element is the button (role, focus, keys), with no shadow root. */
export type OverlayHost = HTMLElement;

const activations = new WeakMap<OverlayHost, (host: OverlayHost) => void>();
const HOST_SELECTOR = `${OVERLAY_TAG}, ${THANKS_TAG}`;
const ACTIVATION_KEYS = new Set(['Enter', ' ']);

/**
 * One pair of listeners for the whole document, in its capture phase, rather than two per badge: adding them cost
 * each post as much as filling its badge. Caught at the document, a badge's click or key never reaches the site's
 * own handlers below it (a post is often a link or a key-handling card that would open).
 */
function onActivation(event: Event): void {
  // Only the user opens a panel (a click, or a key on the focused badge): a page that could click a badge itself
  // could open any post's panel and read what it says (its root stays open for the testing contract).
  if (!event.isTrusted) return;
  if (event.type === 'keydown' && !ACTIVATION_KEYS.has((event as KeyboardEvent).key)) return;
  const target = event.target as Node | null;
  const host = target?.nodeType === Node.ELEMENT_NODE ? (target as Element).closest<OverlayHost>(HOST_SELECTOR) : null;
  const activate = host && activations.get(host);
  if (!activate) return;
  // Enter and Space do what they do on a native button; Space must not scroll the page.
  event.preventDefault();
  event.stopPropagation();
  activate(host);
}

const listening = new WeakSet<Document>();

function listenForActivation(doc: Document): void {
  if (listening.has(doc)) return;
  listening.add(doc);
  doc.addEventListener('click', onActivation, true);
  doc.addEventListener('keydown', onActivation, true);
}

/** Called when FeedCoach stops on a page: its badges are gone, and so are their listeners. */
export function stopListeningForActivation(doc: Document): void {
  listening.delete(doc);
  doc.removeEventListener('click', onActivation, true);
  doc.removeEventListener('keydown', onActivation, true);
}

const templates = new Map<string, HTMLElement>();

/** A badge is cloned from a template: one call instead of an attribute write each. */
function createHost(tag: typeof OVERLAY_TAG | typeof THANKS_TAG, onActivate: (host: OverlayHost) => void): OverlayHost {
  let template = templates.get(tag);
  if (!template) {
    const testId = tag === THANKS_TAG ? 'feedcoach-thanks' : 'feedcoach-badge';
    template = h(tag, { role: 'button', tabindex: '0', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'data-testid': testId });
    templates.set(tag, template);
  }
  const host = template.cloneNode() as OverlayHost;
  listenForActivation(host.ownerDocument);
  activations.set(host, onActivate);
  return host;
}

/** Creates the overlay host of a post: one element, the badge itself. */
export function createOverlay(onActivate: (host: OverlayHost) => void): OverlayHost {
  return createHost(OVERLAY_TAG, onActivate);
}

/** The "Thank Ana and Ben" button placed beside a notification of people sharing the user's work. */
export function createThanksButton(label: string, onActivate: (host: OverlayHost) => void): OverlayHost {
  const host = createHost(THANKS_TAG, onActivate);
  host.textContent = label;
  return host;
}

/** Writes a reading into an overlay, touching the DOM only where something changed. */
export function updateOverlay(host: OverlayHost, reading: PostReading, weights: LevelWeights, force = false): void {
  const key = postKey(reading.site, reading.postId);
  const metrics = JSON.stringify(reading.metrics);
  if (!force && host.getAttribute(POST_ATTRIBUTE) === key && host.getAttribute(METRICS_ATTRIBUTE) === metrics) return;
  host.setAttribute(POST_ATTRIBUTE, key);
  host.setAttribute(METRICS_ATTRIBUTE, metrics);
  if (host.localName === OVERLAY_TAG) renderBadge(host, reading, weights);
}
