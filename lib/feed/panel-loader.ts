import type { PanelContent, PanelOpener } from '../overlay/panel';
import { PanelNotice } from '../overlay/panel-notice';
import type { PanelKit } from '../panel-kit/registration';

/** What a panel shows, built with the kit's code once it is loaded. */
export type BuildPanel = (kit: PanelKit) => PanelContent;

/** A kit that arrives this fast opens its panel before a loading note could be read: none is shown for it. */
const LOADING_NOTICE_MS = 150;

/**
 * The content script's side of the panel: it opens and closes panels by their badge, loading the panel kit on the
 * first one (the background injects it, lib/panel-kit/registration.ts). While the kit loads the badge is busy and,
 * past a moment, a note says so; a kit that cannot be had says why instead of a panel, and the next click tries again.
 */
export class PanelLoader {
  private kit: PanelKit | undefined;
  private loading: Promise<PanelKit | undefined> | undefined;
  /** The badge whose panel waits for the kit; another click (or close) replaces or cancels it. */
  private waiting: PanelOpener | undefined;
  private readonly notice = new PanelNotice();

  constructor(
    private readonly load: () => Promise<PanelKit | undefined>,
    private readonly theme: () => 'light' | 'dark',
  ) {}

  /** The kit, loaded on first need; undefined while it cannot be had (asked again on the next need). */
  need(): Promise<PanelKit | undefined> {
    if (this.kit) return Promise.resolve(this.kit);
    this.loading ??= this.load()
      .catch(() => undefined)
      .then((kit) => {
        this.kit = kit;
        if (!kit) this.loading = undefined;
        return kit;
      });
    return this.loading;
  }

  /** The badge whose panel is open. */
  get openFor(): PanelOpener | undefined {
    return this.kit?.panel.openFor;
  }

  /** Opens the badge's panel, or closes it when it is the one open. */
  toggle(opener: PanelOpener, build: BuildPanel): void {
    this.notice.hide();
    if (this.kit) {
      this.kit.panel.toggle(opener, () => build(this.kit!));
      return;
    }
    if (this.waiting === opener) return;
    this.setWaiting(opener);
    const slow = setTimeout(() => this.notice.show(opener, 'loading', this.theme()), LOADING_NOTICE_MS);
    void this.need().then((kit) => {
      clearTimeout(slow);
      if (this.waiting !== opener) return; // closed, or another badge was clicked meanwhile
      this.setWaiting(undefined);
      this.notice.hide();
      if (!kit) this.notice.show(opener, 'failed', this.theme());
      else if (opener.isConnected) kit.panel.open(opener, build(kit));
    });
  }

  close(): void {
    this.setWaiting(undefined);
    this.notice.hide();
    this.kit?.panel.close();
  }

  private setWaiting(opener: PanelOpener | undefined): void {
    this.waiting?.removeAttribute('aria-busy');
    this.waiting = opener;
    opener?.setAttribute('aria-busy', 'true');
  }
}
