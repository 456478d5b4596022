import { z } from 'zod';
import { LIBRARY_LANGUAGES } from '../prompts/language-reader';
import { UI_LOCALES } from '../i18n/locales';
import { INTERACTION_KINDS } from '../reciprocity/types';
import { METRIC_KEYS, SITE_IDS } from '../sites/types';
import { LIMITS, STORAGE_FULL } from './limits';

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const shortText = (max: number) => z.string().max(max);

export const metricsSchema = z.partialRecord(z.enum(METRIC_KEYS), count);

export const postReadingSchema = z.object({
  site: z.enum(SITE_IDS),
  postId: z.string().min(1).max(LIMITS.postId),
  permalink: z.url({ protocol: /^https$/ }).max(LIMITS.permalink),
  author: z.object({ handle: shortText(LIMITS.handle).min(1), name: shortText(LIMITS.name).optional() }),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  text: shortText(LIMITS.text),
  metrics: metricsSchema,
  lowerBounds: z.array(z.enum(METRIC_KEYS)).max(METRIC_KEYS.length),
  mentions: z.array(shortText(LIMITS.handle)).max(LIMITS.addressees).optional(),
  inReplyTo: z.array(shortText(LIMITS.handle)).max(LIMITS.addressees).optional(),
  context: z.object({
    repostedBy: shortText(200).optional(),
    promoted: z.boolean().optional(),
    pinned: z.boolean().optional(),
    quoted: z.object({ handle: shortText(200).optional(), postId: shortText(200).optional() }).optional(),
  }),
});

/** Deltas: a post whose first reading failed and a later one succeeded takes its failure back (-1). */
const fieldCounts = z.partialRecord(z.enum(['postId', 'author', 'metrics']), z.number().int().min(-100_000).max(100_000));

/**
 * How many posts a page's adapter met and read since its last report, and how many of its readings it could not
 * send. `id` is made with the report and kept when it is sent again, so a report whose reply was lost after its
 * write committed is not added twice.
 */
const healthReport = z.object({ id: z.string().min(8).max(100), seen: count, read: count, missing: fieldCounts, rejected: count.optional() });

/**
 * Posts the content script read since its last message; sent at most once a second per tab. The background takes
 * the valid posts of a batch and counts the others (handle-message.ts): one bad post never costs another.
 */
export const postsSeenMessage = z.object({
  type: z.literal('posts-seen'),
  /** When the content script read them (ms since epoch): snapshots are keyed by it, so a resend is harmless. */
  seenAt: z.number().int().positive(),
  posts: z.array(postReadingSchema).max(LIMITS.postsPerMessage),
  /** The adapter's health since the last message, written in the same transaction. */
  health: healthReport.optional(),
});


/** The adapter's health alone, when no posts were read (a page whose markup changed): sent at most every few seconds. */
export const adapterHealthMessage = healthReport.extend({
  type: z.literal('adapter-health'),
  site: z.enum(SITE_IDS),
  at: z.number().int().positive(),
});

/**
 * The panel asks for a post's stored history when the user opens it; with the author's handle, also for the counts
 * of that author's other recent posts, to compare this post with their usual.
 */
export const postHistoryMessage = z.object({
  type: z.literal('post-history'),
  postKey: z.string().min(3).max(220),
  author: z.string().min(1).max(200).optional(),
});

/** The panel's "change" link beside an assumption: opens the settings page at that setting. */
export const openSettingsMessage = z.object({ type: z.literal('open-settings'), field: z.enum(['followers-per-sharer']) });

const handle = shortText(200).min(1);
const person = z.object({ handle, name: shortText(500).optional() });
const postId = shortText(200).min(1);

/** The user's own account, read from the page's navigation. */
export const accountSeenMessage = z.object({ type: z.literal('account-seen'), site: z.enum(SITE_IDS), handle });

export const receivedItemSchema = z.object({
  site: z.enum(SITE_IDS),
  kind: z.enum(INTERACTION_KINDS),
  actor: person,
  targetPostId: postId.optional(),
  targetExcerpt: shortText(300).optional(),
  sourcePostId: postId.optional(),
  permalink: z.url({ protocol: /^https$/ }).max(LIMITS.permalink).optional(),
  asks: z.boolean().optional(),
  sourceExcerpt: shortText(300).optional(),
});

/** People who engaged with the user, from notifications and from replies/mentions/quotes in feeds. */
export const interactionsReceivedMessage = z.object({
  type: z.literal('interactions-received'),
  seenAt: z.number().int().positive(),
  items: z.array(receivedItemSchema).max(LIMITS.receivedPerMessage),
});

const reminderId = z.string().min(1).max(600);
const reminderIds = z.array(reminderId).min(1).max(50);

export const givenItemSchema = z.object({
  id: z.string().min(8).max(100),
  at: z.number().int().positive(),
  item: z.object({
    site: z.enum(SITE_IDS),
    kind: z.enum(INTERACTION_KINDS),
    to: z.array(person).max(50),
    targetPostId: postId.optional(),
    thanks: z.boolean(),
    answers: reminderIds.optional(),
    pasted: z.boolean().optional(),
    text: shortText(2000).optional(),
  }),
});

/** Things the user did: replies or posts sent, likes, reposts. Each `id` is made when it happens, so a resend is harmless. */
export const interactionsGivenMessage = z.object({
  type: z.literal('interactions-given'),
  given: z.array(givenItemSchema).max(LIMITS.givenPerMessage),
});

/** The popup closes, snoozes or reopens a thanks-owed reminder. */
export const reminderActionMessage = z.object({
  type: z.literal('reminder-action'),
  id: reminderId,
  action: z.discriminatedUnion('type', [
    z.object({ type: z.literal('done') }),
    z.object({ type: z.literal('snooze'), until: z.number().int().positive() }),
    z.object({ type: z.literal('reopen') }),
  ]),
});

/** The user Used a prompt written for these reminders (put it in a reply box or copied it): the next send may answer them. */
export const promptUsedMessage = z.object({ type: z.literal('prompt-used'), ids: reminderIds, at: z.number().int().positive() });

/** A notification's button asks how its reminders stand, to say who is still waiting. */
export const reminderStatesMessage = z.object({ type: z.literal('reminder-states'), ids: reminderIds });

/** The options page imported or deleted data: counts shown outside the database (the badge) must be redone. */
export const dataChangedMessage = z.object({ type: z.literal('data-changed') });

/**
 * A content script started in a tab: the background tells the tab's frame, where any older copy of the script hears
 * it and stops (lib/messages/alive.ts). The page cannot send this, unlike the DOM event WXT uses for the same.
 */
export const scriptStartedMessage = z.object({ type: z.literal('script-started'), instance: z.string().min(8).max(100) });

/**
 * A panel is opening in a frame that has not loaded the panel's code yet: the background injects that code (the
 * panel kit, lib/panel-kit/) into the sender's own tab and frame. It names no file: the background injects only its own.
 */
export const panelKitWantedMessage = z.object({ type: z.literal('panel-kit-wanted') });

/** A panel opened on a post in a language that has a language library (lib/prompts/language-reader.ts): inject it likewise. */
export const languageReaderWantedMessage = z.object({ type: z.literal('language-reader-wanted'), language: z.enum(LIBRARY_LANGUAGES) });

/**
 * A content script asks for the messages of the language chosen in Settings: the browser gives it only the
 * browser's own language, and a content script cannot read the extension's files.
 */
export const uiMessagesMessage = z.object({ type: z.literal('ui-messages'), locale: z.enum(UI_LOCALES) });

export const extensionMessage = z.discriminatedUnion('type', [
  uiMessagesMessage,
  dataChangedMessage,
  postsSeenMessage,
  postHistoryMessage,
  openSettingsMessage,
  adapterHealthMessage,
  accountSeenMessage,
  interactionsReceivedMessage,
  interactionsGivenMessage,
  reminderActionMessage,
  scriptStartedMessage,
  promptUsedMessage,
  reminderStatesMessage,
  panelKitWantedMessage,
  languageReaderWantedMessage,
]);

export type PostsSeenMessage = z.infer<typeof postsSeenMessage>;
export type PostHistoryMessage = z.infer<typeof postHistoryMessage>;
export type ExtensionMessage = z.infer<typeof extensionMessage>;

export interface PostHistory {
  /** Oldest first; at most the newest HISTORY_LIMIT snapshots. */
  snapshots: { at: number; metrics: z.infer<typeof metricsSchema> }[];
  firstSeenAt?: number;
  /** What the user did on this post before, newest first. */
  yourActions: { kind: (typeof INTERACTION_KINDS)[number]; at: number; thanks?: boolean }[];
  /** The counts of the author's other posts seen lately, newest first (when the request named the author). */
  authorPosts?: z.infer<typeof metricsSchema>[];
}

export const HISTORY_LIMIT = 200;

/**
 * `refused`: the message can never be taken (invalid, or not this sender's to send); sending it again is
 * pointless. Any other failure (a full disk, a database closed while the service worker stopped) may pass.
 */
export type MessageFailure = { ok: false; error: string; refused?: true };
export type ReminderStates = Record<string, 'open' | 'snoozed' | 'done'>;

/** `rejected`: items of a batch the background refused for good (counted in the site's health, never retried). */
export type MessageReply = { ok: true; history?: PostHistory; states?: ReminderStates; rejected?: number; dictionary?: Record<string, string> } | MessageFailure;

export { STORAGE_FULL };
