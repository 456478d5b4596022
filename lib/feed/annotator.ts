import { LIMITS } from '../messages/limits';
import type { ExtensionMessage, MessageReply } from '../messages/schema';
import { startCapture, type GivenRecord } from '../reciprocity/capture';
import { receivedFromPost, withQuestion } from '../reciprocity/from-posts';
import type { ReceivedInteraction } from '../reciprocity/types';
import { createOverlay, isOverlayNode, OVERLAY_TAG, POST_ATTRIBUTE, REPLY_TAG, stopListeningForActivation, THANKS_TAG, updateOverlay, type OverlayHost } from '../overlay/badge';
import { PANEL_TAG, PostPanel, postPanelContent } from '../overlay/panel';
import { pageLooksDark } from '../overlay/theme';
import { promptsSection } from '../overlay/prompts-section';
import { fillComposer } from '../prompts/composer';
import { onDeviceRewriter, type Rewriter } from '../prompts/on-device';
import { activeTemplates } from '../settings/active-templates';
import type { Settings } from '../settings/schema';
import { postKey, type OverlayAnchor, type PostReading, type ReadResult, type RequiredField, type SiteAdapter } from '../sites/types';
import { Batcher, type Delivery } from './batcher';
import { OwedButtons, RELATIONS } from './owed-buttons';
import { validReading } from './valid-reading';
import { FeedWatcher } from './watcher';

export interface AdapterHealth {
  seen: number;
  read: number;
  missing: Partial<Record<RequiredField, number>>;
  /** Readings the background refused for good: dropped, not sent again. */
  rejected?: number;
}

type SentHealth = AdapterHealth & { id: string };

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

/**
 * Overlays are looked over for ones the site removed once the map holds this many; after each look the next comes
 * when the map has doubled, so a feed that keeps every post costs each annotation a constant share of the looks
 * (looking at every overlay on every annotation past 2,000 made a 20,000-post page quadratic).
 */
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
  let pruneAt = PRUNE_AT;
  const { ask } = services;
  /**
   * What a reply means for the batch it answers. A refusal is for good, of the whole batch or of some items: those
   * are dropped and counted in the site's health, so one bad item never holds up the tab's later ones. Anything
   * else that failed (no answer from a restarting service worker, a full disk, a write that threw) is sent again.
   */
  function deliveryOf(reply: MessageReply | undefined, items: number): Delivery {
    if (reply?.ok) {
      if (reply.rejected) countRejected(reply.rejected);
      return 'delivered';
    }
    if (!reply?.refused) return 'retry';
    countRejected(items);
    return 'refused';
  }
  // Posts and the adapter's health travel together: one message, one write transaction, at most once a second.
  const batcher = new Batcher<PostReading>(
    async (readings, seenAt) => {
      // Cut to what the background takes: a name too long or a date past 9999 must not cost the post, or its batch.
      const posts = readings.flatMap((reading) => validReading(reading) ?? []);
      if (posts.length < readings.length) countRejected(readings.length - posts.length);
      const report = takeHealth();
      const message: ExtensionMessage | undefined =
        posts.length > 0
          ? { type: 'posts-seen', seenAt, posts, ...(report && { health: report }) }
          : report && { type: 'adapter-health', site: adapter.site, at: seenAt, ...report };
      if (!message) return 'delivered';
      const delivery = deliveryOf(await ask(message), posts.length);
      if (delivery !== 'retry') unanswered = undefined;
      return delivery;
    },
    (post) => postKey(post.site, post.postId),
    (post) => JSON.stringify([post.metrics, post.lowerBounds, post.context, post.text.length]),
    { maxBatch: LIMITS.postsPerMessage },
  );
  const receivedBatcher = new Batcher<ReceivedInteraction>(
    async (items, seenAt) => deliveryOf(await ask({ type: 'interactions-received', seenAt, items }), items.length),
    (item) => JSON.stringify([item.kind, item.actor.handle, item.sourcePostId, item.targetPostId, item.targetExcerpt]),
    () => 'sent',
    { maxBatch: LIMITS.receivedPerMessage },
  );
  // A storage-full outage can queue more sends than a message holds: they go a message's worth at a time.
  const givenBatcher = new Batcher<GivenRecord>(
    async (given) => deliveryOf(await ask({ type: 'interactions-given', given }), given.length),
    (record) => record.id,
    () => 'sent',
    { maxBatch: LIMITS.givenPerMessage },
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
  /** The report sent and not answered yet: sent again as it is, with its id, so it is never counted twice. */
  let unanswered: SentHealth | undefined;
  let healthTimer: ReturnType<typeof setTimeout> | undefined;

  /** Posts whose first reading failed: a later success (the site finished rendering) takes the failure back. */
  const failedFirst = new WeakMap<Element, RequiredField[]>();

  function tally(seen: number, read: number, missing: RequiredField[], sign: 1 | -1): void {
    unreported.seen += seen;
    unreported.read += read;
    for (const field of missing) unreported.missing[field] = (unreported.missing[field] ?? 0) + sign;
    reportSoon();
  }

  function countRejected(items: number): void {
    unreported.rejected = (unreported.rejected ?? 0) + items;
    reportSoon();
  }

  function reportSoon(): void {
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

  /** The report to send: the unanswered one again, else what was counted since the last one. */
  function takeHealth(): SentHealth | undefined {
    if (unanswered) return unanswered;
    const report = unreported;
    if (report.seen === 0 && report.read === 0 && !report.rejected && Object.keys(report.missing).length === 0) return undefined;
    unreported = { seen: 0, read: 0, missing: {} };
    unanswered = { id: crypto.randomUUID(), ...report };
    return unanswered;
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
    pruneAt = Math.max(PRUNE_AT, overlays.size * 2);
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
    if (overlays.size > pruneAt) prune();
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
      const items = reciprocity.readNotification(element, account() ?? '')?.map((item) => withQuestion(item, services.asks));
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
        if (!result.ok && result.private) continue;
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
