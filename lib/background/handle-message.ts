import { browser } from 'wxt/browser';
import type { FeedCoachDatabase } from '../db/database';
import type { UiLocale } from '../i18n/locales';
import { t } from '../i18n/messages';
import { ingestPosts, loadPostHistory } from '../db/ingest';
import { recordHealth } from '../health/health';
import { replacedNotice } from '../messages/alive';
import { boundToNow } from '../messages/limits';
import { extensionMessage, givenItemSchema, postReadingSchema, receivedItemSchema, STORAGE_FULL, type ExtensionMessage, type MessageReply } from '../messages/schema';
import { LANGUAGE_READER_FILES, PANEL_KIT_FILE, type OnDemandFile } from '../panel-kit/registration';
import { markPromptUsed, recordGiven, recordReceived, reminderStates, updateReminder } from '../reciprocity/ledger';
import type { Metrics, SiteId } from '../sites/types';

export { STORAGE_FULL };

/** What the browser says about who sent a message (runtime.MessageSender). */
export interface MessageSender {
  /** The extension id of the sender; messages from anywhere else are refused. */
  id?: string;
  /** The sending frame's address: one of the extension's own pages, or the page a content script runs in. */
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** What the background knows beyond the message: who it is, which hosts are whose, how to reach a tab. */
export interface MessageEnvironment {
  ownId: string;
  /** The extension's own pages' origin with its slash ("chrome-extension://<id>/"): the popup and options are there. */
  extensionOrigin: string;
  /** The site FeedCoach reads on a host (a Mastodon server the user added included), if any. */
  siteOfHost(host: string): Promise<SiteId | undefined>;
  /** Sends a message to the content scripts of one frame of a tab. */
  tellFrame(tabId: number, frameId: number, message: unknown): Promise<void>;
  /** Runs one of the extension's on-demand files in the content scripts' world of one frame of a tab. */
  injectFile(tabId: number, frameId: number, file: OnDemandFile): Promise<void>;
  /** One language's messages, by messages.json key (what the build wrote into _locales/). */
  dictionary(locale: UiLocale): Promise<Record<string, string>>;
  now(): number;
}

type Sender = { context: 'extension-page' } | { context: 'content-script'; site: SiteId; tabId: number; frameId: number };

/**
 * Which of our contexts may send each kind. A content script runs among a site's own scripts and speaks only for
 * its tab's site; the reminders and the database-wide "data changed" are the popup's and options page's alone.
 */
const SENT_BY: Record<ExtensionMessage['type'], Sender['context']> = {
  'posts-seen': 'content-script',
  'adapter-health': 'content-script',
  'post-history': 'content-script',
  'account-seen': 'content-script',
  'interactions-received': 'content-script',
  'interactions-given': 'content-script',
  'script-started': 'content-script',
  'ui-messages': 'content-script',
  'open-settings': 'content-script',
  'prompt-used': 'content-script',
  'reminder-states': 'content-script',
  'panel-kit-wanted': 'content-script',
  'language-reader-wanted': 'content-script',
  'reminder-action': 'extension-page',
  'data-changed': 'extension-page',
};

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

async function identify(sender: MessageSender, environment: MessageEnvironment): Promise<Sender | undefined> {
  if (sender.id !== environment.ownId || !sender.url) return undefined;
  if (sender.url.startsWith(environment.extensionOrigin)) return { context: 'extension-page' };
  const host = hostOf(sender.url);
  const site = host && (await environment.siteOfHost(host));
  const tabId = sender.tab?.id;
  return site && tabId !== undefined ? { context: 'content-script', site, tabId, frameId: sender.frameId ?? 0 } : undefined;
}

/** Messages whose write can change what is owed (the action badge, the popup, the notifications' buttons). */
export const CHANGES_OWED: ReadonlySet<ExtensionMessage['type']> = new Set([
  'interactions-received',
  'interactions-given',
  'reminder-action',
  'account-seen',
  'data-changed',
]);

interface Batch {
  field: string;
  /** Whether one item is valid and of the sender's site. */
  accepts(item: unknown, site: SiteId): boolean;
}

const BATCHES: Partial<Record<ExtensionMessage['type'], Batch>> = {
  'posts-seen': { field: 'posts', accepts: (item, site) => postReadingSchema.safeParse(item).data?.site === site },
  'interactions-received': { field: 'items', accepts: (item, site) => receivedItemSchema.safeParse(item).data?.site === site },
  'interactions-given': { field: 'given', accepts: (item, site) => givenItemSchema.safeParse(item).data?.item.site === site },
};

/**
 * A batch from a content script with the items the background refuses taken out (invalid, or of another site than
 * the tab's), and how many they were: the sender drops those and counts them in its site's health, instead of
 * retrying the whole batch forever while every later post of the tab is lost.
 */
function validItemsOf(raw: unknown, site: SiteId): { raw: unknown; rejected: number } {
  const batch = typeof raw === 'object' && raw !== null ? BATCHES[(raw as { type?: ExtensionMessage['type'] }).type!] : undefined;
  const items: unknown = batch && (raw as Record<string, unknown>)[batch.field];
  if (!batch || !Array.isArray(items)) return { raw, rejected: 0 };
  const valid = items.filter((item) => batch.accepts(item, site));
  return { raw: { ...(raw as object), [batch.field]: valid }, rejected: items.length - valid.length };
}

/** Whether a content script's message concerns its own tab's site only. */
function ownSiteOnly(message: ExtensionMessage, site: SiteId): boolean {
  switch (message.type) {
    case 'adapter-health':
    case 'account-seen':
      return message.site === site;
    case 'post-history':
      return message.postKey.startsWith(`${site}:`);
    default:
      return true; // batches were filtered item by item
  }
}

async function carryOut(db: FeedCoachDatabase, message: ExtensionMessage, sender: Sender, environment: MessageEnvironment): Promise<MessageReply> {
  const now = environment.now();
  switch (message.type) {
    case 'data-changed':
      return { ok: true };
    case 'posts-seen': {
      const seenAt = boundToNow(message.seenAt, now);
      await db.transaction('rw', [db.posts, db.snapshots, db.daily, db.health], async () => {
        if (message.posts.length > 0) await ingestPosts(db, seenAt, message.posts, now);
        if (message.health && sender.context === 'content-script') await recordHealth(db, seenAt, { site: sender.site, ...message.health });
      });
      return { ok: true };
    }
    case 'adapter-health':
      await recordHealth(db, boundToNow(message.at, now), message);
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
      if (stored?.handle !== message.handle) await db.accounts.put({ site: message.site, handle: message.handle, seenAt: now });
      return { ok: true };
    }
    case 'interactions-received':
      if (message.items.length > 0) await recordReceived(db, boundToNow(message.seenAt, now), message.items);
      return { ok: true };
    case 'interactions-given':
      for (const { id, at, item } of message.given) await recordGiven(db, id, boundToNow(at, now), item);
      return { ok: true };
    case 'reminder-action':
      return (await updateReminder(db, message.id, message.action, now)) ? { ok: true } : { ok: false, error: t('owed.noSuchReminder') };
    case 'prompt-used':
      await markPromptUsed(db, message.ids, boundToNow(message.at, now));
      return { ok: true };
    case 'reminder-states':
      return { ok: true, states: await reminderStates(db, message.ids, now) };
    case 'panel-kit-wanted':
    case 'language-reader-wanted': {
      if (sender.context !== 'content-script') return { ok: false, error: 'no frame to load it into', refused: true };
      const file = message.type === 'panel-kit-wanted' ? PANEL_KIT_FILE : LANGUAGE_READER_FILES[message.language];
      // A frame that navigated away or a page the browser will not script: the content script shows that the panel could not open.
      return environment.injectFile(sender.tabId, sender.frameId, file).then(
        () => ({ ok: true }),
        (error: unknown) => ({ ok: false, error: `${file} not loaded: ${error instanceof Error ? error.message : String(error)}` }),
      );
    }
    case 'ui-messages':
      return { ok: true, dictionary: await environment.dictionary(message.locale) };
    case 'script-started':
      if (sender.context === 'content-script') await environment.tellFrame(sender.tabId, sender.frameId, replacedNotice(message.instance));
      return { ok: true };
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
export async function handleMessage(db: FeedCoachDatabase, raw: unknown, from: MessageSender, environment: MessageEnvironment): Promise<MessageReply> {
  const sender = await identify(from, environment);
  if (!sender) return { ok: false, error: 'foreign sender', refused: true };
  const { raw: kept, rejected } = sender.context === 'content-script' ? validItemsOf(raw, sender.site) : { raw, rejected: 0 };
  const parsed = extensionMessage.safeParse(kept);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.message ?? 'unknown'}`, refused: true };
  const message = parsed.data;
  if (SENT_BY[message.type] !== sender.context) return { ok: false, error: `${message.type} is not for this sender`, refused: true };
  if (sender.context === 'content-script' && !ownSiteOnly(message, sender.site)) return { ok: false, error: 'another site than the tab', refused: true };
  try {
    const reply = await carryOut(db, message, sender, environment);
    return reply.ok && rejected > 0 ? { ...reply, rejected } : reply;
  } catch (error) {
    // The transaction was rolled back, so what was stored before is intact; the sender keeps its batch and retries.
    if (isQuotaError(error)) return { ok: false, error: STORAGE_FULL };
    throw error;
  }
}

export function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.includes('QuotaExceededError');
}
