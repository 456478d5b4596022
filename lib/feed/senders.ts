import { LIMITS } from '../messages/limits';
import type { ExtensionMessage, MessageReply } from '../messages/schema';
import type { GivenRecord } from '../reciprocity/capture';
import type { ReceivedInteraction } from '../reciprocity/types';
import { postKey, type PostReading, type SiteId } from '../sites/types';
import { Batcher, Pacer, type Delivery } from './batcher';
import type { HealthTally } from './health-tally';
import { validReading } from './valid-reading';

/** What a page sends the background, each kind batched: at most one message (one write) a second per kind. */
export interface FeedSenders {
  /** Posts read, with the adapter's health riding along. */
  posts: Batcher<PostReading>;
  /** Shares, mentions and replies the user received. */
  received: Batcher<ReceivedInteraction>;
  /** What the user did: sent, liked, shared. */
  given: Batcher<GivenRecord>;
  /** A single message that writes (the user's account seen on the page), sent in the tab's turn with the batches. */
  sendOnce(message: ExtensionMessage): void;
  stop(): void;
}

/**
 * The page's batchers. A reply's meaning for its batch: a refusal is for good, of the whole batch or of some items,
 * and those are dropped and counted in the site's health, so one bad item never holds up the tab's later ones.
 * Anything else that failed (no answer from a restarting service worker, a full disk, a write that threw) is sent again.
 */
export function createSenders(site: SiteId, ask: (message: ExtensionMessage) => Promise<MessageReply | undefined>, health: HealthTally): FeedSenders {
  function deliveryOf(reply: MessageReply | undefined, items: number): Delivery {
    if (reply?.ok) {
      if (reply.rejected) health.countRejected(reply.rejected);
      return 'delivered';
    }
    if (!reply?.refused) return 'retry';
    health.countRejected(items);
    return 'refused';
  }
  // One turn at a time for every kind: the tab's writes, not each kind's, are at most one a second. What the user
  // received and gave goes first (the popup's figures wait for it); posts, many and only counted, wait their turn.
  const pacer = new Pacer();
  // Posts and the adapter's health travel together: one message, one write transaction, at most once a second.
  const posts = new Batcher<PostReading>(
    async (readings, seenAt) => {
      // Cut to what the background takes: a name too long or a date past 9999 must not cost the post, or its batch.
      const valid = readings.flatMap((reading) => validReading(reading) ?? []);
      if (valid.length < readings.length) health.countRejected(readings.length - valid.length);
      const report = health.take();
      const message: ExtensionMessage | undefined =
        valid.length > 0
          ? { type: 'posts-seen', seenAt, posts: valid, ...(report && { health: report }) }
          : report && { type: 'adapter-health', site, at: seenAt, ...report };
      if (!message) return 'delivered';
      const delivery = deliveryOf(await ask(message), valid.length);
      if (delivery !== 'retry') health.answered();
      return delivery;
    },
    (post) => postKey(post.site, post.postId),
    // Sent again only when something the background keeps changed (lib/db/kept.ts).
    (post) => JSON.stringify([post.metrics, post.lowerBounds, post.context.promoted, post.context.pinned, post.publishedAt]),
    { maxBatch: LIMITS.postsPerMessage, pacer },
  );
  const received = new Batcher<ReceivedInteraction>(
    async (items, seenAt) => deliveryOf(await ask({ type: 'interactions-received', seenAt, items }), items.length),
    (item) => JSON.stringify([item.kind, item.actor.handle, item.sourcePostId, item.targetPostId, item.targetExcerpt]),
    () => 'sent',
    { maxBatch: LIMITS.receivedPerMessage, pacer, urgent: true },
  );
  // A storage-full outage can queue more sends than a message holds: they go a message's worth at a time.
  const given = new Batcher<GivenRecord>(
    async (records) => deliveryOf(await ask({ type: 'interactions-given', given: records }), records.length),
    (record) => record.id,
    () => 'sent',
    { maxBatch: LIMITS.givenPerMessage, pacer, urgent: true },
  );
  // Leaving the page (closing the tab, or following a link) sends what waits: the tab writes nothing after it.
  const sendAllNow = () => pacer.sendAllNow();
  globalThis.addEventListener('pagehide', sendAllNow);
  return {
    posts,
    received,
    given,
    sendOnce(message) {
      pacer.queue(async () => void (await ask(message)));
    },
    stop() {
      globalThis.removeEventListener('pagehide', sendAllNow);
      for (const each of [posts, received, given]) each.stop();
      pacer.stop();
    },
  };
}
