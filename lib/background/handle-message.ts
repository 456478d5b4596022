import { browser } from 'wxt/browser';
import type { FeedCoachDatabase } from '../db/database';
import { ingestPosts, loadPostHistory } from '../db/ingest';
import { recordHealth } from '../health/health';
import { extensionMessage, type ExtensionMessage, type MessageReply } from '../messages/schema';
import type { Metrics } from '../sites/types';
import { markPromptUsed, recordGiven, recordReceived, reminderStates, updateReminder } from '../reciprocity/ledger';

export interface MessageSender {
  /** The extension id of the sender; messages from anywhere else are refused. */
  id?: string;
}

/** Messages whose write can change what is owed (the action badge, the popup, the notifications' buttons). */
export const CHANGES_OWED: ReadonlySet<ExtensionMessage['type']> = new Set([
  'interactions-received',
  'interactions-given',
  'reminder-action',
  'account-seen',
  'data-changed',
]);

async function carryOut(db: FeedCoachDatabase, message: ExtensionMessage): Promise<MessageReply> {
  switch (message.type) {
    case 'data-changed':
      return { ok: true };
    case 'posts-seen':
      await db.transaction('rw', [db.posts, db.snapshots, db.daily, db.health], async () => {
        await ingestPosts(db, message.seenAt, message.posts);
        const site = message.posts[0]!.site;
        if (message.health) await recordHealth(db, message.seenAt, { site, ...message.health });
      });
      return { ok: true };
    case 'adapter-health':
      await recordHealth(db, message.at, message);
      return { ok: true };
    case 'post-history': {
      const history = await loadPostHistory(db, message.postKey);
      return { ok: true, history: message.author ? { ...history, authorPosts: await loadAuthorPosts(db, message.postKey, message.author) } : history };
    }
    case 'open-settings':
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${SETTING_ANCHORS[message.field]}`) });
      return { ok: true };
    case 'account-seen': {
      const stored = await db.accounts.get(message.site);
      if (stored?.handle !== message.handle) await db.accounts.put({ site: message.site, handle: message.handle, seenAt: Date.now() });
      return { ok: true };
    }
    case 'interactions-received':
      await recordReceived(db, message.seenAt, message.items);
      return { ok: true };
    case 'interactions-given':
      for (const { id, at, item } of message.given) await recordGiven(db, id, at, item);
      return { ok: true };
    case 'reminder-action':
      return (await updateReminder(db, message.id, message.action, Date.now())) ? { ok: true } : { ok: false, error: 'no such reminder' };
    case 'prompt-used':
      await markPromptUsed(db, message.ids, message.at);
      return { ok: true };
    case 'reminder-states':
      return { ok: true, states: await reminderStates(db, message.ids, Date.now()) };
  }
}

/** How many of an author's other posts the panel compares a post with, and how far back it looks for them. */
const AUTHOR_POSTS = 20;
const AUTHOR_SCAN = 2000;

/**
 * The counts of an author's other posts on the same site, newest first. Read on a panel's opening (a click), from
 * the site's newest posts: posts have no author index, and a bounded scan keeps this within a click's time.
 */
async function loadAuthorPosts(db: FeedCoachDatabase, postKey: string, author: string): Promise<Metrics[]> {
  const site = postKey.slice(0, postKey.indexOf(':'));
  const handle = author.toLowerCase();
  const rows = await db.posts.where('[site+lastSeenAt]').between([site, -Infinity], [site, Infinity]).reverse().limit(AUTHOR_SCAN).toArray();
  return rows.filter((row) => row.key !== postKey && row.author.handle.toLowerCase() === handle).slice(0, AUTHOR_POSTS).map((row) => row.metrics);
}

const SETTING_ANCHORS = { 'followers-per-sharer': 'weight-followersPerSharer' } as const;

/**
 * Validates and carries out one message. The reply is sent only after the write has committed,
 * so an acknowledged batch is never lost when the service worker stops.
 */
export async function handleMessage(db: FeedCoachDatabase, raw: unknown, sender: MessageSender, ownId: string): Promise<MessageReply> {
  if (sender.id !== ownId) return { ok: false, error: 'foreign sender' };
  const parsed = extensionMessage.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.message ?? 'unknown'}` };
  try {
    return await carryOut(db, parsed.data);
  } catch (error) {
    // The transaction was rolled back, so what was stored before is intact; the sender keeps its batch and retries.
    if (isQuotaError(error)) return { ok: false, error: STORAGE_FULL };
    throw error;
  }
}

export const STORAGE_FULL = 'storage-full';

export function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.includes('QuotaExceededError');
}
