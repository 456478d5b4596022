import { t } from '../i18n/messages';
import { countInWords, depthHeading, depthName, depthOf, depthScoreText, describeLadder, ladderOf, type Depth, type DepthLabel, type LevelValue, type LevelWeights } from '../model/ladder';
import { postKey, type PostReading } from '../sites/types';
import { COMPACT_ATTRIBUTE, refitAll, stopFitting, WORD_ATTRIBUTE } from './fit';
import { h } from './h';
import { pageLooksDark } from './theme';

export const OVERLAY_TAG = 'feedcoach-overlay';
/** The thank-you button beside a notification entry: ours, but not a post's overlay. */
export const THANKS_TAG = 'feedcoach-thanks';
/** The reply button beside a reply or question that waits for the user's answer. */
export const REPLY_TAG = 'feedcoach-reply';
export const POST_ATTRIBUTE = 'data-feedcoach-post';
export const METRICS_ATTRIBUTE = 'data-feedcoach-metrics';

/** The word a badge always shows beside its bars (or, in a row too narrow for it, in its hover text). */
const BADGE_WORDS = {
  'no signal yet': 'badge.word.noSignal',
  'not enough shown': 'badge.word.notEnough',
  'mostly applause': 'badge.word.applause',
  'being amplified': 'badge.word.amplified',
  'sparking conversation': 'badge.word.conversation',
} as const satisfies Record<DepthLabel, string>;

// The ladder is drawn as text: one block character per level, in the badge's own text node. A feed
// repaints what is near the viewport on nearly every frame it scrolls, and each repaint walks every box and
// drawing of every badge in view: bars drawn as six background gradients cost 0.5 ms of rendering per post on
// X's feed, six bar elements more still; the glyphs cost next to nothing (`npm run bench -- --sites x`).
const BLOCKS = '▁▂▃▄▅▆▇█';
/** A level the page does not show: a visible dot, so the slot reads as "none shown" rather than a stray gap. */
const NOT_SHOWN = '·';

/**
 * The badge's bars: the engagement levels in the panel's order, most effort first (replies, mentions & quotes,
 * views, shares, likes). Followers are the author's audience, not engagement with the post, and most pages do not
 * show them: they are in the panel and the hover text, not a slot that is nearly always empty.
 */
export function badgeLevels(levels: readonly LevelValue[]): LevelValue[] {
  return levels.filter((level) => level.id !== 'followers').reverse();
}

/**
 * The bars as block characters, e.g. "█·▆▃▅": each level's height on a log scale against the post's largest count
 * (so 5 replies still show beside 5,000 likes); a count of 0 is the lowest block, a level the page does not show
 * is a dot.
 */
export function ladderGlyphs(values: (number | undefined)[]): string {
  let largest = 0;
  for (const value of values) if (value !== undefined && value > largest) largest = value;
  const top = Math.log10(1 + largest);
  let glyphs = '';
  for (const value of values) {
    if (value === undefined) glyphs += NOT_SHOWN;
    else glyphs += BLOCKS[top === 0 ? 0 : Math.max(0, Math.round(((BLOCKS.length - 1) * Math.log10(1 + value)) / top))];
  }
  return glyphs;
}

export function badgeLabel(reading: PostReading, depth: Depth, levels: readonly LevelValue[]): string {
  const bookmarks = reading.metrics.bookmarks;
  const ladder = `${describeLadder(levels)}${bookmarks === undefined ? '' : `; ${countInWords(bookmarks, 'bookmarks')}`}`;
  const score = depthScoreText(depth);
  const name = depthName(depth.label);
  return score ? t('badge.labelScored', { depth: name, score, ladder }) : t('badge.label', { depth: name, ladder });
}

/**
 * The hover text: the label, then each bar with its count in the bars' order, a level the page does not show
 * said in words ("views: not shown on this page"), so the dots and the lowest bars explain themselves.
 */
export function badgeHoverText(reading: PostReading, depth: Depth, levels: readonly LevelValue[], glyphs: string): string {
  const lines = [depthHeading(depth), t('badge.bars')];
  const shown = badgeLevels(levels);
  const bars = [...glyphs];
  shown.forEach((level, index) => {
    lines.push(`${bars[index]} ${level.value === undefined ? t('badge.levelNotShown', { level: t(`levelInText.${level.id}`) }) : countInWords(level.value, level.id, level.lowerBound)}`);
  });
  const followers = levels.find((level) => level.id === 'followers');
  lines.push(followers?.value === undefined ? t('badge.followersNotShown') : t('badge.author', { followers: countInWords(followers.value, 'followers', followers.lowerBound) }));
  if (reading.metrics.bookmarks !== undefined) lines.push(t('badge.also', { bookmarks: countInWords(reading.metrics.bookmarks, 'bookmarks') }));
  lines.push(t('badge.click'));
  return lines.join('\n');
}

/** What a badge shows, kept until someone focuses or hovers it and its hover text is written. */
interface Shown {
  reading: PostReading;
  depth: Depth;
  levels: LevelValue[];
  glyphs: string;
}

const undescribed = new WeakMap<OverlayHost, Shown>();

/**
 * Writes a badge's hover text. Building it was a large part of the badge's script per post (`npm run bench:profile`)
 * for words a person meets only on the few badges they hover or focus: it is written then (onDescribe). The
 * accessible name is not deferred: it states every count in words from the start (../shared/docs/design.md), so a
 * screen reader's browse mode, which moves no focus, reads the counts too.
 */
function describeBadge(host: OverlayHost): void {
  const shown = undescribed.get(host);
  if (!shown) return;
  undescribed.delete(host);
  host.title = badgeHoverText(shown.reading, shown.depth, shown.levels, shown.glyphs);
}

/**
 * `fresh`: the badge was never written, as nearly every badge a feed brings is: it is off the page, not yet cut to its
 * bars (lib/overlay/fit.ts does that when it is placed), undescribed (no hover text) and unfocused, and none of that
 * is asked of the DOM (each question crosses into the page's DOM from the content script's world, on every post).
 */
function renderBadge(host: OverlayHost, reading: PostReading, weights: LevelWeights, fresh: boolean): void {
  const levels = ladderOf(reading.metrics, reading.lowerBounds);
  const depth = depthOf(reading.metrics, weights, reading.lowerBounds);
  const glyphs = ladderGlyphs(badgeLevels(levels).map((level) => level.value));
  const word = t(BADGE_WORDS[depth.label]);
  host.setAttribute(WORD_ATTRIBUTE, word);
  host.textContent = !fresh && host.hasAttribute(COMPACT_ATTRIBUTE) ? glyphs : `${glyphs} ${word}`;
  host.setAttribute('aria-label', badgeLabel(reading, depth, levels));
  undescribed.set(host, { reading, depth, levels, glyphs });
  if (fresh) return;
  if (host.hasAttribute('title')) host.removeAttribute('title');
  // Re-rendered while focused (new counts, a new language): its hover text has the new words at once.
  if (host.ownerDocument.activeElement === host) describeBadge(host);
}

export function isOverlayNode(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const name = (node as Element).localName;
  return name === OVERLAY_TAG || name === THANKS_TAG || name === REPLY_TAG;
}

/** A badge or thank-you button: the element is the button (role, focus, keys), with no shadow root. */
export type OverlayHost = HTMLElement;

const activations = new WeakMap<OverlayHost, (host: OverlayHost) => void>();
const HOST_SELECTOR = `${OVERLAY_TAG}, ${THANKS_TAG}, ${REPLY_TAG}`;
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

/** A badge focused (keyboard, screen reader) or hovered (its hover text) gets its full name and hover text first. */
function onDescribe(event: Event): void {
  const target = event.target as Element | null;
  if (target?.localName === OVERLAY_TAG) describeBadge(target as OverlayHost);
}

const listening = new WeakSet<Document>();

const resizeTimers = new WeakMap<Document, ReturnType<typeof setTimeout>>();

function onResize(this: Window): void {
  const doc = this.document;
  clearTimeout(resizeTimers.get(doc));
  resizeTimers.set(doc, setTimeout(() => refitAll(doc, doc.querySelectorAll<OverlayHost>(OVERLAY_TAG)), 200));
}

const DARK_ATTRIBUTE = 'data-feedcoach-theme';

/**
 * Badges take their colours from the page's theme (badge.css), so their text keeps 4.5:1 contrast on every site's
 * light and dark backgrounds instead of inheriting a site's muted grey. The theme is read from the page's
 * background when badges start and again when the site switches theme (a class or style on <html>/<body>, or the
 * system's colour scheme): never per post.
 */
function followPageTheme(doc: Document): () => void {
  const view = doc.defaultView;
  if (!view) return () => undefined;
  const root = doc.documentElement;
  // Read in a ResizeObserver's callback: after the browser's style and layout of the frame, before its paint, so the
  // read forces no style recalculation (in a frame callback it forced one on YouTube's bench feed) and the first
  // badges are painted in the page's colours. Observing anew asks for one callback in the next frame; the page is
  // let go of at once, or every post a feed appends (a taller page) would read the theme again.
  const reader = new ResizeObserver(() => {
    reader.unobserve(root);
    const dark = pageLooksDark(doc);
    if ((root.getAttribute(DARK_ATTRIBUTE) === 'dark') !== dark) root.setAttribute(DARK_ATTRIBUTE, dark ? 'dark' : 'light');
  });
  const readSoon = () => {
    reader.unobserve(root);
    reader.observe(root);
  };
  readSoon();
  const scheme = view.matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', readSoon);
  const observer = new MutationObserver(readSoon);
  for (const element of [root, doc.body]) {
    if (element) observer.observe(element, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-mode', 'dark'] });
  }
  return () => {
    reader.disconnect();
    scheme.removeEventListener('change', readSoon);
    observer.disconnect();
    doc.documentElement.removeAttribute(DARK_ATTRIBUTE);
  };
}

const stopThemes = new WeakMap<Document, () => void>();

function listenForActivation(doc: Document): void {
  if (listening.has(doc)) return;
  listening.add(doc);
  stopThemes.set(doc, followPageTheme(doc));
  doc.defaultView?.addEventListener('resize', onResize);
  doc.addEventListener('click', onActivation, true);
  doc.addEventListener('keydown', onActivation, true);
  doc.addEventListener('focusin', onDescribe, true);
  doc.addEventListener('mouseover', onDescribe, true);
}

/** Called when FeedCoach stops on a page: its badges are gone, and so are their listeners. */
export function stopListeningForActivation(doc: Document): void {
  listening.delete(doc);
  stopThemes.get(doc)?.();
  stopThemes.delete(doc);
  stopFitting(doc);
  doc.defaultView?.removeEventListener('resize', onResize);
  doc.removeEventListener('click', onActivation, true);
  doc.removeEventListener('keydown', onActivation, true);
  doc.removeEventListener('focusin', onDescribe, true);
  doc.removeEventListener('mouseover', onDescribe, true);
}

const templates = new Map<string, HTMLElement>();

/** A badge is cloned from a template: one call instead of an attribute write each. */
function createHost(tag: typeof OVERLAY_TAG | typeof THANKS_TAG | typeof REPLY_TAG, onActivate: (host: OverlayHost) => void): OverlayHost {
  let template = templates.get(tag);
  if (!template) {
    const testId = tag === OVERLAY_TAG ? 'feedcoach-badge' : tag;
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

/**
 * The "Thank Ana and Ben" button placed beside a notification of people sharing the user's work, or the "Reply to
 * Carla" button beside a reply or question waiting for the user's answer. Its words change as the ledger does.
 */
export function createOwedButton(owes: 'thanks' | 'reply', onActivate: (host: OverlayHost) => void): OverlayHost {
  return createHost(owes === 'thanks' ? THANKS_TAG : REPLY_TAG, onActivate);
}

/** Writes a reading into an overlay, touching the DOM only where something changed. */
export function updateOverlay(host: OverlayHost, reading: PostReading, weights: LevelWeights, force = false): void {
  const key = postKey(reading.site, reading.postId);
  const metrics = JSON.stringify(reading.metrics);
  const shownKey = host.getAttribute(POST_ATTRIBUTE);
  if (!force && shownKey === key && host.getAttribute(METRICS_ATTRIBUTE) === metrics) return;
  host.setAttribute(POST_ATTRIBUTE, key);
  host.setAttribute(METRICS_ATTRIBUTE, metrics);
  if (host.localName !== OVERLAY_TAG) return;
  // Off the page and showing no post yet: fresh from createOverlay, never written.
  renderBadge(host, reading, weights, shownKey === null && !host.isConnected);
}
