export const SITE_IDS = [
  'x',
  'linkedin',
  'reddit',
  'bluesky',
  'mastodon',
  'threads',
  'youtube',
  'facebook',
  'instagram',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** The counts a page can show, in the testing contract's key names. */
export const METRIC_KEYS = [
  'followers',
  'likes',
  'reposts',
  'quotes',
  'views',
  'mentions',
  'replies',
  'bookmarks',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/** A key is present only when the page shows that count: absent means unknown, never 0. */
export type Metrics = Partial<Record<MetricKey, number>>;

export interface PostAuthor {
  handle: string;
  name?: string;
}

export interface PostContext {
  /** Handle or display name of the person whose repost put this post in the feed. */
  repostedBy?: string;
  promoted?: boolean;
  pinned?: boolean;
  /** The post this one quotes, as far as the page names it. */
  quoted?: { handle?: string; postId?: string };
}

export interface PostReading {
  site: SiteId;
  postId: string;
  permalink: string;
  author: PostAuthor;
  /** ISO 8601, when the page states it. */
  publishedAt?: string;
  text: string;
  metrics: Metrics;
  /** Counts the page abbreviated ("1.2K"): the real number is at least the one given. */
  lowerBounds: MetricKey[];
  context: PostContext;
}

/** The fields an adapter must find for a post to count as read. */
export type RequiredField = 'postId' | 'author' | 'metrics';

export type ReadResult = { ok: true; post: PostReading } | { ok: false; missing: RequiredField[] };

/** Where the overlay host goes: appended to `parent`, before `before` when given. */
export interface OverlayAnchor {
  parent: Element;
  before?: Node | null;
}

export interface SiteAdapter {
  site: SiteId;
  /** Match patterns of the pages this adapter reads (content script `matches`). */
  matches: string[];
  /** Selects every post root in a subtree. */
  postSelector: string;
  readPost(root: Element): ReadResult;
  overlayAnchor(root: Element): OverlayAnchor;
  /** Attributes (besides aria-label) through which the site updates counts in place. */
  watchedAttributes?: string[];
}

export const postKey = (site: SiteId, postId: string): string => `${site}:${postId}`;

/** Text of a page node capped, because post bodies are hostile input of any size. */
export const MAX_TEXT_LENGTH = 2000;
