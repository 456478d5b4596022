import { depthOf, ladderOf } from '../model/ladder';
import { engagementRates } from '../model/rates';
import type { PostReading } from '../sites/types';
import type { OverlayHost } from './badge';
import { h, sharedStyles } from './h';

export const PANEL_TAG = 'feedcoach-panel';

const adoptPanelStyles = sharedStyles(`
:host { all: initial; position: fixed; z-index: 2147483000; width: 320px; max-height: min(480px, 80vh); overflow: auto;
  font: 13px/1.4 system-ui, sans-serif; color: #0f1419; background: #fff; border: 1px solid rgba(0,0,0,.15);
  border-radius: 12px; box-shadow: 0 8px 28px rgba(0,0,0,.22); }
@media (prefers-color-scheme: dark) { :host { color: #e7e9ea; background: #16181c; border-color: rgba(255,255,255,.18); } }
section { padding: 10px 14px; border-top: 1px solid rgba(127,127,127,.2); }
header { display: flex; align-items: start; justify-content: space-between; gap: 8px; padding: 12px 14px 8px; }
h2 { font-size: 14px; margin: 0; } h3 { font-size: 12px; margin: 0 0 6px; text-transform: uppercase; letter-spacing: .04em; opacity: .7; }
.subtitle { margin: 2px 0 0; opacity: .75; }
button { font: inherit; cursor: pointer; border-radius: 8px; border: 1px solid rgba(127,127,127,.4); background: transparent; color: inherit; padding: 3px 9px; }
button:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 1px; }
table { width: 100%; border-collapse: collapse; } td { padding: 2px 0; } td.num { text-align: end; font-variant-numeric: tabular-nums; }
.unknown { opacity: .55; font-style: italic; }
dl { display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; margin: 0; } dd { margin: 0; text-align: end; font-variant-numeric: tabular-nums; }
`);

const format = (value: number) => value.toLocaleString('en');

function breakdownSection(reading: PostReading): HTMLElement {
  const rows = [...ladderOf(reading.metrics, reading.lowerBounds)].reverse().map((level) =>
    h(
      'tr',
      { 'data-level': level.id },
      h('td', {}, `${level.level}. ${level.label}`),
      level.value === undefined
        ? h('td', { class: 'num unknown' }, 'not shown')
        : h('td', { class: 'num' }, `${level.lowerBound ? '≥ ' : ''}${format(level.value)}`),
    ),
  );
  return h('section', { 'aria-label': 'Interaction breakdown' }, h('h3', {}, 'Effort ladder'), h('table', {}, h('tbody', {}, ...rows)));
}

function ratesSection(reading: PostReading): HTMLElement {
  const rates = engagementRates(reading.metrics);
  const items = rates.flatMap((rate) => [h('dt', {}, rate.name), h('dd', { 'data-rate': rate.id }, rate.display)]);
  return h('section', { 'aria-label': 'Rates' }, h('h3', {}, 'Rates'), items.length > 0 ? h('dl', {}, ...items) : h('p', { class: 'unknown' }, 'No counts to compute rates from.'));
}

/** The one expanded panel of a page: rendered for the post that is open, never per post. */
export class PostPanel {
  private host: HTMLElement | undefined;
  private opener: OverlayHost | undefined;
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.close({ restoreFocus: true });
  };
  private readonly onPointerDown = (event: PointerEvent) => {
    const path = event.composedPath();
    if (this.host && !path.includes(this.host) && !(this.opener && path.includes(this.opener))) this.close();
  };

  constructor(private readonly extraSections: (reading: PostReading) => Node[] = () => []) {}

  get openFor(): OverlayHost | undefined {
    return this.opener;
  }

  toggle(opener: OverlayHost, reading: PostReading): void {
    if (this.opener === opener) this.close({ restoreFocus: true });
    else this.open(opener, reading);
  }

  open(opener: OverlayHost, reading: PostReading): void {
    this.close();
    const host = document.createElement(PANEL_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptPanelStyles(shadow);
    const titleId = 'feedcoach-panel-title';
    const depth = depthOf(reading.metrics);
    const close = h('button', { type: 'button', 'aria-label': 'Close FeedCoach panel' }, '×');
    close.addEventListener('click', () => this.close({ restoreFocus: true }));
    const dialog = h(
      'div',
      { role: 'dialog', 'aria-labelledby': titleId, 'data-testid': 'feedcoach-panel' },
      h(
        'header',
        {},
        h(
          'div',
          {},
          h('h2', { id: titleId }, `${depth.label[0]!.toUpperCase()}${depth.label.slice(1)}${depth.score === undefined ? '' : ` · depth ${depth.score}`}`),
          h('p', { class: 'subtitle' }, `Post by @${reading.author.handle}${reading.context.repostedBy ? `, reposted by ${reading.context.repostedBy}` : ''}${reading.context.promoted ? ' (promoted)' : ''}`),
        ),
        close,
      ),
      breakdownSection(reading),
      ratesSection(reading),
      ...this.extraSections(reading),
    );
    shadow.append(dialog);
    document.documentElement.append(host);
    this.host = host;
    this.opener = opener;
    opener.feedcoachButton?.setAttribute('aria-expanded', 'true');
    this.position(opener, host);
    document.addEventListener('keydown', this.onKeydown, true);
    document.addEventListener('pointerdown', this.onPointerDown, true);
    close.focus();
  }

  close({ restoreFocus = false } = {}): void {
    if (!this.host) return;
    document.removeEventListener('keydown', this.onKeydown, true);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    this.host.remove();
    this.host = undefined;
    const opener = this.opener;
    this.opener = undefined;
    opener?.feedcoachButton?.setAttribute('aria-expanded', 'false');
    if (restoreFocus) opener?.feedcoachButton?.focus();
  }

  private position(opener: Element, host: HTMLElement): void {
    // Layout is read once, on the user's click, never while the feed scrolls.
    const anchor = opener.getBoundingClientRect();
    const width = 320;
    const left = Math.min(Math.max(8, anchor.right - width), window.innerWidth - width - 8);
    const below = anchor.bottom + 6;
    const fitsBelow = below + 300 < window.innerHeight;
    host.style.left = `${Math.max(8, left)}px`;
    if (fitsBelow) host.style.top = `${below}px`;
    else host.style.bottom = `${Math.max(8, window.innerHeight - anchor.top + 6)}px`;
  }
}
