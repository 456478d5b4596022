import { z } from 'zod';
import { METRIC_KEYS, SITE_IDS } from '../sites/types';

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const shortText = (max: number) => z.string().max(max);

export const metricsSchema = z.partialRecord(z.enum(METRIC_KEYS), count);

export const postReadingSchema = z.object({
  site: z.enum(SITE_IDS),
  postId: z.string().min(1).max(200),
  permalink: z.url({ protocol: /^https$/ }).max(2000),
  author: z.object({ handle: shortText(200).min(1), name: shortText(500).optional() }),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  text: shortText(2000),
  metrics: metricsSchema,
  lowerBounds: z.array(z.enum(METRIC_KEYS)).max(METRIC_KEYS.length),
  context: z.object({
    repostedBy: shortText(200).optional(),
    promoted: z.boolean().optional(),
    pinned: z.boolean().optional(),
    quoted: z.object({ handle: shortText(200).optional(), postId: shortText(200).optional() }).optional(),
  }),
});

/** Posts the content script read since its last message; sent at most once a second per tab. */
export const postsSeenMessage = z.object({
  type: z.literal('posts-seen'),
  /** When the content script read them (ms since epoch): snapshots are keyed by it, so a resend is harmless. */
  seenAt: z.number().int().positive(),
  posts: z.array(postReadingSchema).min(1).max(500),
});

/** The panel asks for a post's stored history when the user opens it. */
export const postHistoryMessage = z.object({
  type: z.literal('post-history'),
  postKey: z.string().min(3).max(220),
});

export const extensionMessage = z.discriminatedUnion('type', [postsSeenMessage, postHistoryMessage]);

export type PostsSeenMessage = z.infer<typeof postsSeenMessage>;
export type PostHistoryMessage = z.infer<typeof postHistoryMessage>;
export type ExtensionMessage = z.infer<typeof extensionMessage>;

export interface PostHistory {
  /** Oldest first; at most the newest HISTORY_LIMIT snapshots. */
  snapshots: { at: number; metrics: z.infer<typeof metricsSchema> }[];
  firstSeenAt?: number;
}

export const HISTORY_LIMIT = 200;

export type MessageFailure = { ok: false; error: string };
export type MessageReply = { ok: true; history?: PostHistory } | MessageFailure;
