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

const adoptBadgeStyles = sharedStyles(`
:host { all: initial; display: inline-flex; align-items: center; flex: 0 0 auto; margin-inline-start: 6px; color: inherit; font: 12px/1 system-ui, sans-serif; }
button { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 5px; height: 22px; padding: 0 7px;
  border-radius: 11px; cursor: pointer; color: inherit; background: rgba(127, 127, 127, 0.14); white-space: nowrap; }
button:hover { background: rgba(127, 127, 127, 0.26); }
button:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 1px; }
.ladder { display: inline-flex; align-items: flex-end; gap: 1px; height: 12px; }
.level { width: 4px; border-radius: 1px; background: var(--c); }
.level.unknown { height: 2px !important; background: rgba(127, 127, 127, 0.45); }
.l1 { --c: #9aa4ad; } .l2 { --c: #f4a261; } .l3 { --c: #2a9d8f; } .l4 { --c: #8e9aaf; } .l5 { --c: #6c63ff; } .l6 { --c: #e63985; }
.label { font-weight: 600; letter-spacing: 0.01em; }
.content { display: inline-flex; align-items: center; gap: 5px; }
`);

/** Bar height of a level, on a log scale against the post's largest count, so 5 replies still show beside 5,000 likes. */
function barHeights(values: (number | undefined)[]): number[] {
  const top = Math.log10(1 + Math.max(0, ...values.map((value) => value ?? 0)));
  return values.map((value) => (value === undefined ? 0 : top === 0 ? 2 : Math.max(2, Math.round((12 * Math.log10(1 + value)) / top))));
}

export function badgeLabel(reading: PostReading, weights: LevelWeights, levels = ladderOf(reading.metrics, reading.lowerBounds), depth = depthOf(reading.metrics, weights)): string {
  const bookmarks = reading.metrics.bookmarks;
  const extra = bookmarks === undefined ? '' : `; ${countInWords(bookmarks, 'bookmark', 'bookmarks')}`;
  return `FeedCoach: ${depth.label}${depth.score === undefined ? '' : ` (depth ${depth.score})`}. ${describeLadder(levels)}${extra}`;
}

let badgeTemplate: HTMLElement | undefined;

/** The badge's inner markup, built once and cloned: a ladder of six bars and a label. */
function badgeContent(): HTMLElement {
  badgeTemplate ??= h(
    'span',
    { class: 'content', 'aria-hidden': 'true' },
    h('span', { class: 'ladder' }, ...[1, 2, 3, 4, 5, 6].map((level) => h('span', { class: `level l${level}` }))),
    h('span', { class: 'label' }),
  );
  return badgeTemplate.cloneNode(true) as HTMLElement;
}

function renderBadge(button: HTMLButtonElement, reading: PostReading, weights: LevelWeights): void {
  const levels = ladderOf(reading.metrics, reading.lowerBounds);
  const depth = depthOf(reading.metrics, weights);
  const heights = barHeights(levels.map((level) => level.value));
  const content = (button.firstElementChild as HTMLElement | null) ?? button.appendChild(badgeContent());
  const bars = content.firstElementChild!.children;
  levels.forEach((level, index) => {
    const bar = bars[index] as HTMLElement;
    bar.classList.toggle('unknown', level.value === undefined);
    bar.style.height = `${heights[index]}px`; // CSSOM, not a style attribute: allowed under strict page CSPs
  });
  content.lastElementChild!.textContent = SHORT_LABELS[depth.label];
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

/** A host element with an open shadow root holding one button, styled like the badge. */
function createHost(tag: string, onActivate: (host: OverlayHost) => void): OverlayHost {
  const host: OverlayHost = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptBadgeStyles(shadow);
  const button = h('button', { type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'data-testid': 'feedcoach-badge' });
  // A native button already answers Enter and Space with a click.
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation(); // the site must not open the post behind the badge
    onActivate(host);
  });
  // Posts on some sites are links or key-handling cards: our keys must not open the post behind the badge.
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
  });
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
  host.feedcoachButton!.append(h('span', { class: 'label' }, label));
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
