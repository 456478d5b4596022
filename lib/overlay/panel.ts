import { estimateAmplification, type AmplificationEstimate } from '../model/amplification';
import { formatNumber, formatTimeAgo } from '../model/format';
import { compareToBaseline, siteName } from '../model/baselines';
import { aroundSlot, SLOT, t } from '../i18n/messages';
import { countInWords, depthHeading, depthOf, explainDepth, ladderOf, levelName, type Depth, type LevelWeights } from '../model/ladder';
import { againstUsual, engagementRates, MIN_POSTS_FOR_USUAL } from '../model/rates';
import { velocityOf } from '../model/velocity';
import type { PostHistory } from '../messages/schema';
import { mentionOf } from '../prompts/mentions';
import type { PostReading } from '../sites/types';
import { h, sharedStyles } from './h';
import { PANEL_TAG } from './panel-tag';
import { COMPOSER_FILLED_EVENT } from './prompts-section';
import { sparkline } from './sparkline';


const adoptPanelStyles = sharedStyles(`
:host { all: initial; position: fixed; z-index: 2147483000; width: 340px; max-height: min(560px, 85vh); overflow: auto; overscroll-behavior: contain;
  font: 13px/1.4 system-ui, sans-serif; color: #0f1419; background: #fff; border: 1px solid rgba(0,0,0,.15);
  border-radius: 12px; box-shadow: 0 8px 28px rgba(0,0,0,.22); }
:host([data-theme="dark"]) { color: #e7e9ea; background: #16181c; border-color: rgba(255,255,255,.18); box-shadow: 0 8px 28px rgba(0,0,0,.6); }
section { padding: 10px 14px; border-top: 1px solid rgba(127,127,127,.2); }
header { display: flex; align-items: start; justify-content: space-between; gap: 8px; padding: 12px 14px 8px; }
h2 { font-size: 14px; margin: 0; } h3 { font-size: 11px; margin: 0 0 6px; text-transform: uppercase; letter-spacing: .05em; opacity: .7; }
* + h3 { margin-top: 12px; }
p { margin: 0 0 4px; } .subtitle { opacity: .75; }
button { font: inherit; cursor: pointer; border-radius: 8px; border: 1px solid rgba(127,127,127,.4); background: transparent; color: inherit; padding: 3px 9px; }
button:hover { background: rgba(127,127,127,.12); }
button:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 1px; }
table { width: 100%; border-collapse: collapse; } td { padding: 2px 0; } td.num { text-align: end; font-variant-numeric: tabular-nums; }
.unknown, .note { opacity: .6; } .unknown { font-style: italic; } .note { font-size: 12px; }
dl { display: grid; grid-template-columns: minmax(50%, 1fr) auto; gap: 2px 8px; margin: 0; } dd { margin: 0; text-align: end; font-variant-numeric: tabular-nums; }
.spark { fill: none; stroke-width: 2; } .spark.replies { stroke: #e63985; } .spark.likes { stroke: #f4a261; }
.your-actions, .usual { margin: 0; padding-inline-start: 18px; } .explain { font-size: 12px; margin-bottom: 6px; opacity: .85; }
button.link { border: 0; padding: 0; text-decoration: underline; color: #1d6fd0; } :host([data-theme="dark"]) button.link { color: #79b8ff; }
.prompts { list-style: none; margin: 0; padding: 0; } .prompts li { padding: 6px 0; border-top: 1px dashed rgba(127,127,127,.25); }
.prompts li:first-child { border-top: 0; } .situation { font-size: 11px; opacity: .65; } .prompts p { margin: 2px 0 4px; white-space: pre-wrap; }
.use-status { font-size: 12px; } .prompt-actions, .prompt-footer { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; } .prompt-footer { margin-top: 6px; }
`);

const format = formatNumber;

const ACTION_WORDS = {
  reply: 'panel.youReplied',
  like: 'panel.youLiked',
  repost: 'panel.youShared',
  quote: 'panel.youQuoted',
  mention: 'panel.youMentioned',
} as const satisfies Record<PostHistory['yourActions'][number]['kind'], string>;

/** What the panel needs beside the post itself. */
export interface PanelView {
  weights: LevelWeights;
  followersPerSharer: number;
  theme: 'light' | 'dark';
  /** When this page was opened: snapshots from before it are "last time you saw it". */
  visitStart: number;
  /** The post's stored history and the counts of its author's other posts, asked for once per opening. */
  loadHistory: () => Promise<PostHistory | undefined>;
  /** Opens the settings page at the reach estimate's assumption. */
  openSettings?: () => void;
  /** The reply prompts section, built by the caller who knows the site's composer. */
  prompts?: () => Node;
}

/** What a panel shows: a post's breakdown, or a notification's thank-you prompts. */
export interface PanelContent {
  title: string;
  subtitle: string;
  sections: Node[];
  theme: 'light' | 'dark';
}

/** Who wrote the post, named as the site names people (@handle, u/name or the display name), and who reposted it. */
function postByLine(reading: PostReading): string {
  const author = mentionOf(reading.author, reading.site);
  const reposter = reading.context.repostedBy;
  return reposter ? t('panel.postByReposted', { handle: author, reposter }) : t('panel.postBy', { handle: author });
}

/** The panel of a post: its breakdown, rates, history and reply prompts. */
export function postPanelContent(reading: PostReading, view: PanelView): PanelContent {
  const depth = depthOf(reading.metrics, view.weights, reading.lowerBounds);
  const context = reading.context;
  const history = view.loadHistory().catch(() => undefined);
  return {
    title: depthHeading(depth),
    subtitle: `${postByLine(reading)}${context.promoted ? t('panel.promoted') : ''}`,
    sections: [
      breakdownSection(reading, view.weights, depth),
      ratesSection(reading, view, history),
      historySection(reading, view, history),
      ...(view.prompts ? [view.prompts()] : []),
    ],
    theme: view.theme,
  };
}

/** The element a panel opens from: a badge, which reflects the panel's state (aria-expanded). */
export type PanelOpener = HTMLElement;

function breakdownSection(reading: PostReading, weights: LevelWeights, depth: Depth): HTMLElement {
  const rows = [...ladderOf(reading.metrics, reading.lowerBounds)].reverse().map((level) =>
    h(
      'tr',
      { 'data-level': level.id },
      h('td', {}, `${level.level}. ${levelName(level.id)}`),
      level.value === undefined
        ? h('td', { class: 'num unknown' }, t('panel.notShown'))
        : h('td', { class: 'num' }, `${level.lowerBound ? '≥ ' : ''}${format(level.value)}`),
    ),
  );
  const bookmarks = reading.metrics.bookmarks;
  return h(
    'section',
    { 'aria-label': t('panel.breakdown') },
    h('h3', {}, t('panel.ladder')),
    h('p', { class: 'explain', 'data-testid': 'depth-explained' }, explainDepth(reading.metrics, weights, depth, reading.lowerBounds)),
    h('table', {}, h('tbody', {}, ...rows)),
    bookmarks !== undefined && h('p', { class: 'note' }, t('panel.bookmarksNote', { bookmarks: countInWords(bookmarks, 'bookmarks') })),
    reading.lowerBounds.length > 0 && h('p', { class: 'note' }, t('panel.roundedNote')),
  );
}

/** "Devon Okafor", else the author as the site names them ("@devon", "u/devon"): how the author-usual line names the author. */
function authorWords(reading: PostReading): string {
  return reading.author.name ?? mentionOf(reading.author, reading.site);
}

function ratesSection(reading: PostReading, view: PanelView, history: Promise<PostHistory | undefined>): HTMLElement {
  const rates = engagementRates(reading.metrics);
  const items = rates.flatMap((rate) => [h('dt', {}, rate.name), h('dd', { 'data-rate': rate.id }, rate.display)]);
  const byFollowers = rates.find((rate) => rate.id === 'engagement-by-followers');
  const baseline = byFollowers && compareToBaseline(reading.site, byFollowers.value);
  const amplification = estimateAmplification(reading.metrics, view.followersPerSharer);
  const usual = h('p', { class: 'note', 'data-testid': 'author-usual', role: 'status', 'aria-busy': 'true' }, t('panel.comparingUsual', { author: authorWords(reading) }));
  void history.then((loaded) => {
    usual.removeAttribute('aria-busy');
    const comparisons = againstUsual(reading.metrics, loaded?.authorPosts ?? [], authorWords(reading));
    if (comparisons.length === 0) {
      const seen = loaded?.authorPosts?.length ?? 0;
      usual.textContent = t('panel.usualAfter', { minimum: formatNumber(MIN_POSTS_FOR_USUAL), author: authorWords(reading), seen: seen === 0 ? t('panel.usualNone') : formatNumber(seen) });
      return;
    }
    usual.className = '';
    usual.replaceChildren(h('ul', { class: 'usual' }, ...comparisons.map((comparison) => h('li', {}, comparison.text))));
  });
  const assumption = amplification && reachLine(amplification, view.openSettings);
  return h(
    'section',
    { 'aria-label': t('panel.rates') },
    h('h3', {}, t('panel.rates')),
    items.length > 0
      ? h('dl', {}, ...items)
      : h('p', { class: 'note', 'data-testid': 'no-rates' }, t('panel.noRates')),
    baseline
      ? h('p', { 'data-testid': 'baseline' }, t('panel.baseline', { comparison: baseline.text }))
      : items.length > 0 && h('p', { class: 'note' }, byFollowers ? t('panel.noMedian', { site: siteName(reading.site) }) : t('panel.noFollowerCount')),
    usual,
    assumption,
  );
}

/** "Reach: ≈ 9,400 people reached through 47 shares, *assuming 200 followers per sharer*.", the assumption set apart wherever each language puts it. */
function reachLine(amplification: AmplificationEstimate, openSettings: (() => void) | undefined): HTMLElement {
  const [before, after] = aroundSlot(t('panel.reach', { reach: amplification.text, assumption: SLOT }));
  return h('p', { 'data-testid': 'amplification' }, before, h('em', {}, amplification.assumption), after, openSettings && settingsLink(openSettings));
}

function settingsLink(open: () => void): HTMLElement {
  const link = h('button', { type: 'button', class: 'link', 'data-testid': 'change-assumption' }, t('panel.changeAssumption'));
  link.addEventListener('click', open);
  return link;
}

/** "You replied with a thank-you, yesterday". */
function yourActionText({ kind, thanks, at }: PostHistory['yourActions'][number]): string {
  const action = t(ACTION_WORDS[kind]);
  return t('panel.actionWhen', { action: thanks ? t('panel.withThanks', { action }) : action, when: formatTimeAgo(at, Date.now()) });
}

function historySection(reading: PostReading, view: PanelView, history: Promise<PostHistory | undefined>): HTMLElement {
  const status = h('p', { role: 'status' }, t('panel.loadingHistory'));
  // Busy until the history has come, in any language: what a screen reader and the demo wait on.
  const section = h('section', { 'aria-label': t('panel.history'), 'data-testid': 'post-history', 'aria-busy': 'true' }, h('h3', {}, t('panel.sinceLastSeen')), status);
  void history.then(
    (loaded) => {
      if (!loaded) {
        status.textContent = t('panel.historyUnavailable');
        return;
      }
      const snapshots = loaded.snapshots;
      const velocity = velocityOf(snapshots, reading.metrics, view.visitStart, Date.now());
      status.textContent = velocity?.text ?? t('panel.firstTime');
      // A chart needs at least two earlier visits to show a trend rather than a flat line.
      const chart = snapshots.length >= 2 ? sparkline([...snapshots, { at: Date.now(), metrics: reading.metrics }]) : undefined;
      if (chart) section.append(chart, h('p', { class: 'note' }, t('panel.chartNote')));
      const actions = loaded.yourActions;
      section.append(
        h('h3', {}, t('panel.whatYouDid')),
        actions.length === 0
          ? h('p', { class: 'note', 'data-testid': 'your-actions' }, t('panel.nothingYet'))
          : h('ul', { class: 'your-actions', 'data-testid': 'your-actions' }, ...actions.slice(0, 5).map((action) => h('li', {}, yourActionText(action)))),
      );
    },
    () => {
      status.textContent = t('panel.historyUnavailable');
    },
  ).finally(() => section.removeAttribute('aria-busy'));
  return section;
}

/** The panel's width, and the margin it keeps from the viewport's edges and from what it must not cover. */
const PANEL_WIDTH = 340;
const EDGE = 8;
/**
 * Below this much room under the badge, the panel opens above it when there is more room there. Room for the title and
 * the whole effort ladder is enough: a panel above its badge covers what the person was reading.
 */
const COMFORTABLE_HEIGHT = 360;

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The one expanded panel of a page: rendered for the post that is open, never per post. */
export class PostPanel {
  private host: HTMLElement | undefined;
  private opener: PanelOpener | undefined;
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.close({ restoreFocus: true });
  };
  /** Tab and Shift+Tab go round the panel's own controls while it is open; focus never moves on behind it. */
  private readonly onTab = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !this.host?.shadowRoot) return;
    const focusable = Array.from(this.host.shadowRoot.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => element.getClientRects().length > 0);
    if (focusable.length === 0) return;
    const current = this.host.shadowRoot.activeElement;
    // Focus the person moved on purpose (Use put it into the site's reply box) is theirs to Tab through.
    const outside = document.activeElement;
    if (!current && outside && outside !== document.body && outside !== this.opener && outside !== this.host) return;
    const index = current ? focusable.indexOf(current as HTMLElement) : -1;
    const next = index === -1 ? (event.shiftKey ? focusable.length - 1 : 0) : (index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length;
    // The site still hears the key (as it does every key but a badge's Enter and Space); only its default move is ours.
    event.preventDefault();
    focusable[next]!.focus();
  };
  private readonly onPointerDown = (event: PointerEvent) => {
    const path = event.composedPath();
    if (this.host && !path.includes(this.host) && !(this.opener && path.includes(this.opener))) this.close();
  };
  private readonly onComposerFilled = (event: Event) => {
    const editor = (event as CustomEvent<unknown>).detail;
    if (editor instanceof Element && this.host) this.keepClearOf(this.host, editor.getBoundingClientRect());
  };

  get openFor(): PanelOpener | undefined {
    return this.opener;
  }

  toggle(opener: PanelOpener, content: () => PanelContent): void {
    if (this.opener === opener) this.close({ restoreFocus: true });
    else this.open(opener, content());
  }

  open(opener: PanelOpener, content: PanelContent): void {
    this.close();
    const host = document.createElement(PANEL_TAG);
    host.setAttribute('data-theme', content.theme);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptPanelStyles(shadow);
    const titleId = 'feedcoach-panel-title';
    const close = h('button', { type: 'button', 'aria-label': t('panel.close') }, '×');
    close.addEventListener('click', () => this.close({ restoreFocus: true }));
    const dialog = h(
      'div',
      { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'data-testid': 'feedcoach-panel' },
      h('header', {}, h('div', {}, h('h2', { id: titleId }, content.title), h('p', { class: 'subtitle' }, content.subtitle)), close),
      ...content.sections,
    );
    shadow.append(dialog);
    document.documentElement.append(host);
    this.host = host;
    this.opener = opener;
    opener.setAttribute('aria-expanded', 'true');
    this.position(opener, host);
    document.addEventListener('keydown', this.onKeydown, true);
    document.addEventListener('keydown', this.onTab, true);
    document.addEventListener('pointerdown', this.onPointerDown, true);
    host.addEventListener(COMPOSER_FILLED_EVENT, this.onComposerFilled);
    close.focus();
  }

  close({ restoreFocus = false } = {}): void {
    if (!this.host) return;
    document.removeEventListener('keydown', this.onKeydown, true);
    document.removeEventListener('keydown', this.onTab, true);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    this.host.remove();
    this.host = undefined;
    const opener = this.opener;
    this.opener = undefined;
    opener?.setAttribute('aria-expanded', 'false');
    if (restoreFocus) opener?.focus();
  }

  /**
   * Below the badge, or above it when there is more room there, and never past the viewport: the panel is as tall
   * as the room on its side allows and scrolls inside beyond that. Layout is read on the user's click, never while
   * the feed scrolls.
   */
  private position(opener: Element, host: HTMLElement): void {
    const anchor = opener.getBoundingClientRect();
    const left = Math.min(Math.max(EDGE, anchor.right - PANEL_WIDTH), window.innerWidth - PANEL_WIDTH - EDGE);
    const roomBelow = window.innerHeight - anchor.bottom - 6 - EDGE;
    const roomAbove = anchor.top - 6 - EDGE;
    host.style.left = `${Math.max(EDGE, left)}px`;
    if (roomBelow >= COMFORTABLE_HEIGHT || roomBelow >= roomAbove) {
      host.style.top = `${anchor.bottom + 6}px`;
      host.style.maxHeight = `${Math.max(120, Math.min(560, roomBelow))}px`;
    } else {
      host.style.bottom = `${window.innerHeight - anchor.top + 6}px`;
      host.style.maxHeight = `${Math.max(120, Math.min(560, roomAbove))}px`;
    }
  }

  /**
   * After Use, the reply box is what the person looks at: the panel moves beside it (right, then left), else above
   * or below it, whichever side has the most room, and scrolls inside if it must be shorter.
   */
  private keepClearOf(host: HTMLElement, box: DOMRect): void {
    const panel = host.getBoundingClientRect();
    const overlaps = panel.left < box.right && panel.right > box.left && panel.top < box.bottom && panel.bottom > box.top;
    if (!overlaps) return;
    const place = (left: number, top: number, maxHeight: number) => {
      host.style.left = `${left}px`;
      host.style.top = `${top}px`;
      host.style.bottom = '';
      host.style.maxHeight = `${Math.max(120, Math.min(560, maxHeight))}px`;
    };
    const fullHeight = window.innerHeight - 2 * EDGE;
    if (window.innerWidth - box.right - EDGE >= PANEL_WIDTH + EDGE) return place(box.right + EDGE, EDGE, fullHeight);
    if (box.left - EDGE >= PANEL_WIDTH + EDGE) return place(box.left - EDGE - PANEL_WIDTH, EDGE, fullHeight);
    const left = Math.min(Math.max(EDGE, panel.left), window.innerWidth - PANEL_WIDTH - EDGE);
    const above = box.top - 2 * EDGE;
    const below = window.innerHeight - box.bottom - 2 * EDGE;
    if (above >= below) place(left, EDGE, above);
    else place(left, box.bottom + EDGE, below);
  }
}
