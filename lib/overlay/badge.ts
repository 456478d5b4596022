import { countInWords, depthOf, describeLadder, ladderOf, type DepthLabel, type LevelWeights } from '../model/ladder';
import { postKey, type PostReading } from '../sites/types';
import { h, sharedStyles } from './h';

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

const LEVEL_COLOURS = ['#9aa4ad', '#f4a261', '#2a9d8f', '#8e9aaf', '#6c63ff', '#e63985'];

// Lean on purpose, because a feed shifts its posts on nearly every frame while it scrolls:
// - `contain: paint` gives each badge its own paint layer, which Chromium re-uses when the post moves instead of
//   painting the badge again (measured on a 60-post page moved every frame: paint time with badges fell from
//   about twice that without them to about the same); it clips to the host, so the focus ring is drawn inside;
// - three boxes per badge (button, ladder, text): the ladder is one element painting six bars as background
//   layers, sized by custom properties set in one write; a level the page does not show has no bar, only the
//   grey baseline under the ladder;
// - no `all: initial`, which cascades every CSS property for every badge: only the inherited properties that
//   could leak in from the page are reset.
const adoptBadgeStyles = sharedStyles(`
:host { contain: paint; display: inline-flex; align-items: center; flex: 0 0 auto; margin: 0; margin-inline-start: 6px; padding: 0; border: 0;
  color: inherit; font: 600 12px/1 system-ui, sans-serif; letter-spacing: 0.01em; word-spacing: normal; text-transform: none;
  text-indent: 0; text-shadow: none; text-align: start; white-space: nowrap; visibility: visible; vertical-align: middle; }
button { box-sizing: border-box; display: inline-flex; align-items: center; gap: 5px; height: 22px; margin: 0; padding: 0 7px; border: 0;
  border-radius: 11px; cursor: pointer; color: inherit; font: inherit; letter-spacing: inherit; background: rgba(127, 127, 127, 0.14); appearance: none; }
button:hover { background: rgba(127, 127, 127, 0.26); }
button:focus { outline: none; }
button:focus-visible { outline: 2px solid #1d9bf0; outline-offset: -2px; }
.ladder { display: inline-block; width: 29px; height: 12px; background-repeat: no-repeat;
  background-image: ${LEVEL_COLOURS.map((colour) => `linear-gradient(${colour} 0 0)`).join(', ')}, linear-gradient(rgba(127, 127, 127, 0.45) 0 0);
  background-size: ${LEVEL_COLOURS.map((_, index) => `4px var(--h${index + 1}, 0px)`).join(', ')}, 100% 1px;
  background-position: ${LEVEL_COLOURS.map((_, index) => `${index * 5}px 100%`).join(', ')}, 0 100%; }
`);

/** Bar height of a level, on a log scale against the post's largest count, so 5 replies still show beside 5,000 likes. */
function barHeights(values: (number | undefined)[]): number[] {
  const top = Math.log10(1 + Math.max(0, ...values.map((value) => value ?? 0)));
  return values.map((value) => (value === undefined ? 0 : top === 0 ? 2 : Math.max(2, Math.round((12 * Math.log10(1 + value)) / top))));
}

/** The ladder's bars as custom properties, e.g. "--h1:0px;--h2:12px;…" (a level the page does not show: 0px). */
export function ladderStyle(values: (number | undefined)[]): string {
  return barHeights(values)
    .map((height, index) => `--h${index + 1}:${height}px;`)
    .join('');
}

export function badgeLabel(reading: PostReading, weights: LevelWeights, levels = ladderOf(reading.metrics, reading.lowerBounds), depth = depthOf(reading.metrics, weights)): string {
  const bookmarks = reading.metrics.bookmarks;
  const extra = bookmarks === undefined ? '' : `; ${countInWords(bookmarks, 'bookmark', 'bookmarks')}`;
  return `FeedCoach: ${depth.label}${depth.score === undefined ? '' : ` (depth ${depth.score})`}. ${describeLadder(levels)}${extra}`;
}

function renderBadge(button: HTMLButtonElement, reading: PostReading, weights: LevelWeights): void {
  const levels = ladderOf(reading.metrics, reading.lowerBounds);
  const depth = depthOf(reading.metrics, weights);
  let ladder = button.firstElementChild as HTMLElement | null;
  if (!ladder) {
    ladder = button.appendChild(document.createElement('span'));
    ladder.className = 'ladder';
    button.append('');
  }
  ladder.style.cssText = ladderStyle(levels.map((level) => level.value)); // CSSOM, not a style attribute: allowed under strict page CSPs
  (ladder.nextSibling as Text).data = SHORT_LABELS[depth.label];
  const label = badgeLabel(reading, weights, levels, depth);
  button.setAttribute('aria-label', label);
  button.title = label;
}

export function isOverlayNode(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const name = (node as Element).localName;
  return name === OVERLAY_TAG || name === THANKS_TAG;
}

export interface OverlayHost extends HTMLElement {
  feedcoachButton?: HTMLButtonElement;
}

const activations = new WeakMap<OverlayHost, (host: OverlayHost) => void>();
const hostOf = (event: Event) => ((event.currentTarget as Element).getRootNode() as ShadowRoot).host as OverlayHost;

// One pair of listeners shared by every badge: no closures per post.
function activateBadge(event: Event): void {
  event.preventDefault();
  event.stopPropagation(); // the site must not open the post behind the badge
  const host = hostOf(event);
  activations.get(host)?.(host);
}

// Posts on some sites are links or key-handling cards: our keys must not open the post behind the badge.
// (A native button already answers Enter and Space with a click.)
function keepKeysFromPage(event: KeyboardEvent): void {
  if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
}

let buttonTemplate: HTMLButtonElement | undefined;

/** A host element with an open shadow root holding one button, styled like the badge. */
function createHost(tag: string, onActivate: (host: OverlayHost) => void): OverlayHost {
  const host: OverlayHost = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptBadgeStyles(shadow);
  buttonTemplate ??= h('button', { type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'data-testid': 'feedcoach-badge' });
  const button = buttonTemplate.cloneNode() as HTMLButtonElement;
  button.addEventListener('click', activateBadge);
  button.addEventListener('keydown', keepKeysFromPage);
  activations.set(host, onActivate);
  shadow.append(button);
  host.feedcoachButton = button;
  return host;
}

/** Creates the overlay host of a post: a light element with an open shadow root holding one button. */
export function createOverlay(onActivate: (host: OverlayHost) => void): OverlayHost {
  return createHost(OVERLAY_TAG, onActivate);
}

/** The "Thank Ana and Ben" button placed beside a notification of people sharing the user's work. */
export function createThanksButton(label: string, onActivate: (host: OverlayHost) => void): OverlayHost {
  const host = createHost(THANKS_TAG, onActivate);
  host.feedcoachButton!.setAttribute('data-testid', 'feedcoach-thanks');
  host.feedcoachButton!.append(label);
  return host;
}

/** Writes a reading into an overlay, touching the DOM only where something changed. */
export function updateOverlay(host: OverlayHost, reading: PostReading, weights: LevelWeights, force = false): void {
  const key = postKey(reading.site, reading.postId);
  const metrics = JSON.stringify(reading.metrics);
  if (!force && host.getAttribute(POST_ATTRIBUTE) === key && host.getAttribute(METRICS_ATTRIBUTE) === metrics) return;
  host.setAttribute(POST_ATTRIBUTE, key);
  host.setAttribute(METRICS_ATTRIBUTE, metrics);
  if (host.feedcoachButton) renderBadge(host.feedcoachButton, reading, weights);
}
