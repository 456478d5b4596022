import type { ExtensionMessage, MessageReply } from '../messages/schema';
import { startCapture } from '../reciprocity/capture';
import { quotesMention, receivedFromPost, withQuestion } from '../reciprocity/from-posts';
import type { ReceivedInteraction } from '../reciprocity/types';
import { createOverlay, isOverlayNode, OVERLAY_TAG, POST_ATTRIBUTE, REPLY_TAG, stopListeningForActivation, THANKS_TAG, updateOverlay, type OverlayHost } from '../overlay/badge';
import { placeBadge } from '../overlay/fit';
import { PANEL_TAG } from '../overlay/panel-tag';
import { pageLooksDark } from '../overlay/theme';
import type { PanelKit } from '../panel-kit/registration';
import type { Settings } from '../settings/schema';
import { postKey, type OverlayAnchor, type PostReading, type ReadResult, type SiteAdapter } from '../sites/types';
import { accountReader } from './account';
import { HealthTally } from './health-tally';
import { mayAsk } from './may-ask';
import { OverlayRegistry } from './overlay-registry';
import { OwedButtons } from './owed-buttons';
import { PanelLoader } from './panel-loader';
import { languageWanter, postPanel } from './post-panel';
import { createSenders } from './senders';
import { FeedWatcher } from './watcher';

export interface FeedCoach {
  stop(): void;
  applySettings(settings: Settings): void;
}

export interface FeedCoachServices {
  /** Sends a message to the background; undefined when it cannot be delivered (e.g. the extension was reloaded). */
  ask: (message: ExtensionMessage) => Promise<MessageReply | undefined>;
  /**
   * The panel kit (the panel, prompts, classifier and composer filler), loaded when first needed: a panel opens, a
   * mention of the user is to be judged, the user sends a reply. Undefined when it cannot be had.
   */
  loadPanelKit: () => Promise<PanelKit | undefined>;
  /** Calls back whenever the ledger changes what is owed; returns the way to stop listening. */
  watchLedger?: (onChange: () => void) => () => void;
}

/**
 * Takes every FeedCoach element off the page. A stopping copy does it for its own; a starting copy does it for a
 * copy that could not: Firefox tears down an updated or removed add-on's content script without running any of it,
 * which left that copy's badges (dead to clicks, and reused by the next copy) and its open panel on the page.
 */
function removeFeedCoachUi(doc: Document): void {
  for (const node of doc.querySelectorAll(`${OVERLAY_TAG}, ${THANKS_TAG}, ${REPLY_TAG}, ${PANEL_TAG}`)) node.remove();
}

/**
 * Runs FeedCoach on one page: watch the feed, read posts with the site's adapter, annotate, report. Its parts: the
 * adapter's health tally (lib/feed/health-tally.ts), the batched senders (lib/feed/senders.ts), the overlay registry
 * (lib/feed/overlay-registry.ts), the panel loader and post panel (lib/feed/panel-loader.ts, lib/feed/post-panel.ts),
 * the Thank and Reply buttons (lib/feed/owed-buttons.ts) and the capture of the user's own actions.
 */
export function startFeedCoach(adapter: SiteAdapter, root: Element, initialSettings: Settings, services: FeedCoachServices): FeedCoach {
  const doc = root.ownerDocument;
  removeFeedCoachUi(doc);
  let settings = initialSettings;
  const visitStart = Date.now();
  let stopped = false;
  const { ask } = services;
  const health = new HealthTally(() => senders.posts.poke());
  const senders = createSenders(adapter.site, ask, health);
  const registry = new OverlayRegistry(adapter.postSelector);
  const reciprocity = adapter.reciprocity;
  const account = accountReader(
    () => reciprocity?.readAccount(doc),
    (handle) => senders.sendOnce({ type: 'account-seen', site: adapter.site, handle }),
  );
  const theme = () => (settings.theme === 'auto' ? (pageLooksDark(doc) ? 'dark' : 'light') : settings.theme);
  const panels = new PanelLoader(services.loadPanelKit, theme);
  const wantLanguage = languageWanter(ask);
  const owedButtons = new OwedButtons({
    site: adapter.site,
    ask,
    panels,
    theme,
    templates: (kit) => kit.activeTemplates(settings),
    fill: (kit, near, text) => kit.fillComposer(adapter, near, text),
    anchorIn: reciprocity?.notificationAnchor,
  });
  const stopWatchingLedger = services.watchLedger?.(() => void owedButtons.refresh());
  const stopCapture = reciprocity
    ? startCapture({ ...adapter, reciprocity }, doc, {
        me: account,
        // Judged when the user sends: the classifier comes with the panel kit, loaded then if no panel loaded it.
        isThanks: async (text) => (await panels.need())?.classifyText(text).isThanks ?? false,
        answers: () => owedButtons.takeAnswers(),
        record: (given) => senders.given.add(given),
      })
    : undefined;

  function read(post: Element): ReadResult {
    try {
      return adapter.readPost(post);
    } catch {
      // A redesign must never throw into the page: an unreadable post is skipped and counted.
      return { ok: false, missing: ['postId'] };
    }
  }

  function openPanel(opener: OverlayHost): void {
    const reading = registry.readingOf(opener);
    if (!reading) return;
    panels.toggle(opener, (kit) => postPanel(kit, reading, opener, { adapter, settings, theme: theme(), visitStart, me: account(), ask, wantLanguage }));
  }

  /**
   * What someone did for the user, seen on a post or a notification entry: recorded, with a Thank or Reply button.
   * A post's button goes beside its badge; a notification entry has none, so the button ends the entry.
   */
  function recordAndOffer(element: Element, items: ReceivedInteraction[], badge?: OverlayHost): void {
    for (const item of items) senders.received.add(item);
    owedButtons.offer(element, items, badge && ((button) => badge.after(button)));
  }

  function noteReceived(post: Element, badge: OverlayHost, reading: PostReading): void {
    const mine = account();
    const received = mine ? receivedFromPost(reading, mine) : undefined;
    if (!mine || !received) return;
    // A mention that may ask something waits for an answer: the classifier judges it, loaded with the panel kit.
    if (received.kind !== 'mention' || !mayAsk(reading.text)) return recordAndOffer(post, [received], badge);
    void panels.need().then((kit) => {
      if (stopped) return;
      const judged = kit && receivedFromPost(reading, mine, (text) => kit.classifyText(text).isQuestion);
      recordAndOffer(post, [judged ?? received], badge);
    });
  }

  function annotate(post: Element, reading: PostReading, findAnchor: (() => OverlayAnchor) | undefined): void {
    const key = postKey(reading.site, reading.postId);
    const existing = registry.overlayOf(post, key);
    if (existing === 'elsewhere') return;
    let host = existing;
    if (!host) {
      host = createOverlay(openPanel);
      // Filled before it joins the page: one mutation for the page's observers (and ours) instead of one per write.
      updateOverlay(host, reading, settings.weights);
      placeBadge(host, findAnchor?.() ?? adapter.overlayAnchor(post));
    } else {
      if (host.getAttribute(POST_ATTRIBUTE) !== key && panels.openFor === host) panels.close(); // the site reused this element for another post
      updateOverlay(host, reading, settings.weights);
    }
    registry.remember(key, host, reading);
    senders.posts.add(reading);
    noteReceived(post, host, reading);
  }

  function readNotification(element: Element): boolean {
    if (!reciprocity?.readNotification) return false;
    if (reciprocity.notificationSelector && !element.matches(reciprocity.notificationSelector)) return false;
    try {
      const items = reciprocity.readNotification(element, account() ?? '');
      if (!items) return false;
      if (!items.some((item) => quotesMention(item) && mayAsk(item.sourceExcerpt ?? ''))) recordAndOffer(element, items);
      // A quoted mention that asks something waits for an answer: the classifier judges it, loaded with the panel kit.
      else
        void panels.need().then((kit) => {
          if (stopped) return;
          const asks = kit && ((text: string) => kit.classifyText(text).isQuestion);
          recordAndOffer(element, items.map((item) => withQuestion(item, asks)));
        });
      return true;
    } catch {
      return false;
    }
  }

  const watcher = new FeedWatcher(root, {
    postSelector: [adapter.postSelector, reciprocity?.notificationSelector].filter(Boolean).join(', '),
    isOwnNode: isOverlayNode,
    watchedAttributes: ['aria-label', ...(adapter.watchedAttributes ?? [])],
    onPosts(posts) {
      for (const post of posts) {
        if (readNotification(post)) continue;
        const result = read(post);
        if (!result.ok && result.private) continue;
        health.countReading(post, result);
        if (result.ok) annotate(post, result.post, result.findAnchor);
      }
    },
  });
  watcher.start();

  return {
    stop() {
      stopped = true;
      watcher.stop();
      stopCapture?.();
      stopWatchingLedger?.();
      health.stop();
      senders.stop();
      panels.close();
      removeFeedCoachUi(doc);
      stopListeningForActivation(doc);
    },
    applySettings(next) {
      settings = next;
      for (const [host, reading] of registry.onPage()) updateOverlay(host, reading, settings.weights, true);
      owedButtons.redraw();
    },
  };
}
