import { t, type MessageKey } from '../i18n/messages';
import { h, sharedStyles } from './h';
import { PANEL_TAG } from './panel-tag';

/** What the notice says while the panel's code loads, and when it could not be loaded. */
export type PanelNoticeState = 'loading' | 'failed';

const WORDS = {
  loading: 'panelNotice.loading',
  failed: 'panelNotice.failed',
} as const satisfies Record<PanelNoticeState, MessageKey>;

const adoptNoticeStyles = sharedStyles(`
:host { all: initial; position: fixed; z-index: 2147483000; max-width: 300px; padding: 8px 12px; font: 13px/1.4 system-ui, sans-serif;
  color: #0f1419; background: #fff; border: 1px solid rgba(0,0,0,.15); border-radius: 10px; box-shadow: 0 6px 20px rgba(0,0,0,.2); }
:host([data-theme="dark"]) { color: #e7e9ea; background: #16181c; border-color: rgba(255,255,255,.18); }
:host([data-state="failed"]) { border-color: #d0362b; }
`);

const EDGE = 8;

/**
 * A small note under the badge that stands in for the panel while the panel's code loads, or says why it cannot
 * open. One per page at most; a click elsewhere or Escape takes it away.
 */
export class PanelNotice {
  private host: HTMLElement | undefined;
  private readonly onPointerDown = (event: PointerEvent) => {
    if (this.host && !event.composedPath().includes(this.host)) this.hide();
  };
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.hide();
  };

  show(opener: Element, state: PanelNoticeState, theme: 'light' | 'dark'): void {
    this.hide();
    const host = document.createElement(PANEL_TAG);
    host.setAttribute('data-state', state);
    host.setAttribute('data-theme', theme);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptNoticeStyles(shadow);
    shadow.append(h('p', { role: state === 'failed' ? 'alert' : 'status', 'data-testid': 'panel-notice', style: 'margin:0' }, t(WORDS[state])));
    // Layout is read on the person's click, never while the feed scrolls.
    const anchor = opener.getBoundingClientRect();
    host.style.top = `${Math.min(anchor.bottom + 6, window.innerHeight - 60)}px`;
    host.style.left = `${Math.max(EDGE, Math.min(anchor.left, window.innerWidth - 300 - EDGE))}px`;
    document.documentElement.append(host);
    this.host = host;
    document.addEventListener('pointerdown', this.onPointerDown, true);
    document.addEventListener('keydown', this.onKeydown, true);
  }

  hide(): void {
    if (!this.host) return;
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    document.removeEventListener('keydown', this.onKeydown, true);
    this.host.remove();
    this.host = undefined;
  }
}
