import type { ExtensionMessage, MessageReply } from '../messages/schema';
import { startCapture, type GivenRecord } from '../reciprocity/capture';
import { receivedFromPost } from '../reciprocity/from-posts';
import type { ReceivedInteraction } from '../reciprocity/types';
import { createOverlay, isOverlayNode, OVERLAY_TAG, POST_ATTRIBUTE, REPLY_TAG, stopListeningForActivation, THANKS_TAG, updateOverlay, type OverlayHost } from '../overlay/badge';
import { pageLooksDark, PANEL_TAG, PostPanel, postPanelContent } from '../overlay/panel';
import { promptsSection } from '../overlay/prompts-section';
import { fillComposer } from '../prompts/composer';
import { onDeviceRewriter, type Rewriter } from '../prompts/on-device';
import { activeTemplates } from '../settings/schema';
import type { Settings } from '../settings/schema';
import { postKey, type OverlayAnchor, type PostReading, type ReadResult, type RequiredField, type SiteAdapter } from '../sites/types';
import { Batcher } from './batcher';
import { OwedButtons, RELATIONS } from './owed-buttons';
import { FeedWatcher } from './watcher';

export interface AdapterHealth {
  seen: number;
  read: number;
  missing: Partial<Record<RequiredField, number>>;
}

export interface FeedCoach {
  stop(): void;
  applySettings(settings: Settings): void;
}

export interface FeedCoachServices {
  /** Sends a message to the background; undefined when it cannot be delivered (e.g. the extension was reloaded). */
  ask: (message: ExtensionMessage) => Promise<MessageReply | undefined>;
  isThanks: (text: string) => boolean;
  /** Whether words ask something (a mention that asks wants an answer). */
  asks?: (text: string) => boolean;
  /** Calls back whenever the ledger changes what is owed; returns the way to stop listening. */
  watchLedger?: (onChange: () => void) => () => void;
}

const delivered = (reply: MessageReply | undefined) => reply?.ok === true;

const PRUNE_AT = 2000;

/** Health is reported in deltas, at most this often: it is a trend, not a live figure. */
const HEALTH_REPORT_MS = 5000;
/** The account link is searched in the whole document: not on every post. */
const ACCOUNT_RECHECK_MS = 2000;

/** Runs FeedCoach on one page: watch the feed, read posts with the site's adapter, annotate, report. */
/**
 * Takes every FeedCoach element off the page. A stopping copy does it for its own; a starting copy does it for a
 * copy that could not: Firefox tears down an updated or removed add-on's content script without running any of it,
 * which left that copy's badges (dead to clicks, and reused by the next copy) and its open panel on the page.
 */
function removeFeedCoachUi(doc: Document): void {
  for (const node of doc.querySelectorAll(`${OVERLAY_TAG}, ${THANKS_TAG}, ${REPLY_TAG}, ${PANEL_TAG}`)) node.remove();
}

export function startFeedCoach(adapter: SiteAdapter, root: Element, initialSettings: Settings, services: FeedCoachServices): FeedCoach {
  removeFeedCoachUi(root.ownerDocument);
  let settings = initialSettings;
  const visitStart = Date.now();
  // Weak references: a post the site removed must not be kept alive by us.
  const overlays = new Map<string, WeakRef<OverlayHost>>();
  const readings = new WeakMap<OverlayHost, PostReading>();
  const { ask } = services;
  // Posts and the adapter's health travel together: one message, one write transaction, at most once a second.
  const batcher = new Batcher<PostReading>(
    async (posts, seenAt) => {
      const report = takeHealth();
      const message: ExtensionMessage | undefined =
        posts.length > 0
          ? { type: 'posts-seen', seenAt, posts, ...(report && { health: report }) }
          : report && { type: 'adapter-health', site: adapter.site, at: seenAt, ...report };
      if (!message) return true;
      const ok = delivered(await ask(message));
      if (!ok && report) restoreHealth(report);
      return ok;
    },
    (post) => postKey(post.site, post.postId),
    (post) => JSON.stringify([post.metrics, post.lowerBounds, post.context, post.text.length]),
  );
  const receivedBatcher = new Batcher<ReceivedInteraction>(
    async (items, seenAt) => delivered(await ask({ type: 'interactions-received', seenAt, items })),
    (item) => JSON.stringify([item.kind, item.actor.handle, item.sourcePostId, item.targetPostId, item.targetExcerpt]),
    () => 'sent',
  );
  const givenBatcher = new Batcher<GivenRecord>(
    async (given) => delivered(await ask({ type: 'interactions-given', given })),
    (record) => record.id,
    () => 'sent',
  );
  const reciprocity = adapter.reciprocity;
  let me: string | undefined;
  let accountCheckedAt = Number.NEGATIVE_INFINITY;
  /** The user's handle, read from the page's navigation once it is rendered (looked for at most every 2 s). */
  function account(): string | undefined {
    if (me || !reciprocity) return me;
    const now = Date.now();
    if (now - accountCheckedAt < ACCOUNT_RECHECK_MS) return undefined;
    accountCheckedAt = now;
    me = reciprocity.readAccount(root.ownerDocument);
    if (me) void ask({ type: 'account-seen', site: adapter.site, handle: me });
    return me;
  }
  const panel = new PostPanel();
  const theme = () => (settings.theme === 'auto' ? (pageLooksDark(root.ownerDocument) ? 'dark' : 'light') : settings.theme);
  const owedButtons = new OwedButtons({
    site: adapter.site,
    ask,
    panel,
    theme,
    templates: () => activeTemplates(settings),
    fill: (near, text) => fillComposer(adapter, near, text),
  });
  const stopWatchingLedger = services.watchLedger?.(() => void owedButtons.refresh());
  const stopCapture = reciprocity
    ? startCapture({ ...adapter, reciprocity }, root.ownerDocument, {
        me: account,
        isThanks: services.isThanks,
        answers: () => owedButtons.takeAnswers(),
        record: (given) => givenBatcher.add(given),
      })
    : undefined;
  const seenPosts = new WeakSet<Element>();
  let unreported: AdapterHealth = { seen: 0, read: 0, missing: {} };
  let healthTimer: ReturnType<typeof setTimeout> | undefined;

  /** Posts whose first reading failed: a later success (the site finished rendering) takes the failure back. */
  const failedFirst = new WeakMap<Element, RequiredField[]>();

  function tally(seen: number, read: number, missing: RequiredField[], sign: 1 | -1): void {
    unreported.seen += seen;
    unreported.read += read;
    for (const field of missing) unreported.missing[field] = (unreported.missing[field] ?? 0) + sign;
    healthTimer ??= setTimeout(() => {
      healthTimer = undefined;
      batcher.poke();
    }, HEALTH_REPORT_MS);
  }

  function countHealth(post: Element, result: ReadResult): void {
    if (!seenPosts.has(post)) {
      seenPosts.add(post);
      if (result.ok) tally(1, 1, [], 1);
      else {
        failedFirst.set(post, result.missing);
        tally(1, 0, result.missing, 1);
      }
      return;
    }
    const failed = failedFirst.get(post);
    if (failed && result.ok) {
      failedFirst.delete(post);
      tally(0, 1, failed, -1);
    }
  }

  function takeHealth(): AdapterHealth | undefined {
    const report = unreported;
    if (report.seen === 0 && report.read === 0 && Object.keys(report.missing).length === 0) return undefined;
    unreported = { seen: 0, read: 0, missing: {} };
    return report;
  }

  /** A report that was not delivered is folded back into the next one. */
  function restoreHealth(report: AdapterHealth): void {
    unreported.seen += report.seen;
    unreported.read += report.read;
    for (const [field, count] of Object.entries(report.missing) as [RequiredField, number][]) unreported.missing[field] = (unreported.missing[field] ?? 0) + count;
  }

  function read(post: Element): ReadResult {
    try {
      return adapter.readPost(post);
    } catch {
      // A redesign must never throw into the page: an unreadable post is skipped and counted.
      return { ok: false, missing: ['postId'] };
    }
  }

  function prune(): void {
    for (const [key, ref] of overlays) if (!ref.deref()?.isConnected) overlays.delete(key);
  }

  // Asked once, when the user first opens a panel: page loads never touch the on-device model.
  let rewrite: Rewriter | undefined;
  let rewriteAsked = false;
  function askForRewriter(): void {
    if (rewriteAsked) return;
    rewriteAsked = true;
    void onDeviceRewriter().then((rewriter) => (rewrite = rewriter));
  }

  function openPanel(opener: OverlayHost): void {
    const reading = readings.get(opener);
    if (!reading) return;
    askForRewriter();
    const mine = account();
    const received = mine ? receivedFromPost(reading, mine) : undefined;
    panel.toggle(opener, () =>
      postPanelContent(reading, {
        weights: settings.weights,
        followersPerSharer: settings.followersPerSharer,
        theme: theme(),
        visitStart,
        loadHistory: async () => {
          const reply = await ask({ type: 'post-history', postKey: postKey(reading.site, reading.postId), author: reading.author.handle });
          return reply?.ok ? reply.history : undefined;
        },
        openSettings: () => void ask({ type: 'open-settings', field: 'followers-per-sharer' }),
        prompts: () =>
          promptsSection({
            post: {
              text: reading.text,
              authorHandle: reading.author.handle,
              ...(reading.author.name && { authorName: reading.author.name }),
              isOwnPost: mine !== undefined && mine.toLowerCase() === reading.author.handle.toLowerCase(),
            },
            ...(received && { relation: RELATIONS[received.kind] }),
            templates: activeTemplates(settings),
            site: adapter.site,
            use: (text) => fillComposer(adapter, opener.closest(adapter.postSelector) ?? undefined, text),
            ...(rewrite && { rewrite }),
          }),
      }),
    );
  }

  function annotate(post: Element, reading: PostReading, findAnchor: (() => OverlayAnchor) | undefined): void {
    const key = postKey(reading.site, reading.postId);
    let host = post.querySelector<OverlayHost>(OVERLAY_TAG) ?? undefined;
    const existing = overlays.get(key)?.deref();
    if (existing && existing !== host && existing.isConnected && !post.contains(existing)) {
      // The same post shown twice on a page keeps its one overlay, on its first appearance;
      // an overlay the page moved out of its post is a stray, taken back here.
      const holder = existing.parentElement?.closest(adapter.postSelector);
      if (holder && holder !== post) return;
      existing.remove();
    }
    if (!host) {
      host = createOverlay(openPanel);
      // Filled before it joins the page: one mutation for the page's observers (and ours) instead of one per write.
      updateOverlay(host, reading, settings.weights);
      const anchor = findAnchor?.() ?? adapter.overlayAnchor(post);
      anchor.parent.insertBefore(host, anchor.before ?? null);
    } else {
      if (host.getAttribute(POST_ATTRIBUTE) !== key && panel.openFor === host) panel.close(); // the site reused this element for another post
      updateOverlay(host, reading, settings.weights);
    }
    readings.set(host, reading);
    overlays.set(key, new WeakRef(host));
    if (overlays.size > PRUNE_AT) prune();
    batcher.add(reading);
    const mine = account();
    const received = mine ? receivedFromPost(reading, mine, services.asks) : undefined;
    if (received) {
      receivedBatcher.add(received);
      const badge = host;
      owedButtons.offer(post, [received], (button) => badge.after(button));
    }
  }

  /** A notification entry ("Ana and Ben reposted your post"): recorded, not annotated. */
  function readNotification(element: Element): boolean {
    if (!reciprocity?.readNotification) return false;
    if (reciprocity.notificationSelector && !element.matches(reciprocity.notificationSelector)) return false;
    try {
      const items = reciprocity.readNotification(element, account() ?? '');
      for (const item of items ?? []) receivedBatcher.add(item);
      if (items) owedButtons.offer(element, items);
      return items !== undefined;
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
        countHealth(post, result);
        if (result.ok) annotate(post, result.post, result.findAnchor);
      }
    },
  });
  watcher.start();

  return {
    stop() {
      watcher.stop();
      stopCapture?.();
      stopWatchingLedger?.();
      clearTimeout(healthTimer);
      for (const each of [batcher, receivedBatcher, givenBatcher]) each.stop();
      panel.close();
      removeFeedCoachUi(root.ownerDocument);
      stopListeningForActivation(root.ownerDocument);
    },
    applySettings(next) {
      settings = next;
      for (const ref of overlays.values()) {
        const host = ref.deref();
        const reading = host && readings.get(host);
        if (host?.isConnected && reading) updateOverlay(host, reading, settings.weights, true);
      }
    },
  };
}
