import type { ReceivedInteraction } from '../reciprocity/types';

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
  'tiktok',
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
  /** Handles the post's text links to (@mentions), without "@". */
  mentions?: string[];
  /** Handles the post answers ("Replying to @ana"), without "@". */
  inReplyTo?: string[];
}

/** The fields an adapter must find for a post to count as read. */
export type RequiredField = 'postId' | 'author' | 'metrics';

/**
 * `findAnchor`: where the overlay goes, worked out from parts the reader already found (else `overlayAnchor` looks
 * it up); asked only when a new overlay is placed, not on every re-reading of a post.
 */
export type ReadResult =
  | { ok: true; post: PostReading; findAnchor?: () => OverlayAnchor }
  /** `private`: a direct (private) message shown like a post; it is no post: not read, annotated or counted. */
  | { ok: false; missing: RequiredField[]; private?: true };

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
  reciprocity?: ReciprocityAdapter;
}

/** How a site shows the user's own activity: who they are, their notifications, their composer and buttons. */
export interface ReciprocityAdapter {
  /** The signed-in user's handle, read from the page's navigation; undefined while it is not rendered. */
  readAccount(doc: Document): string | undefined;
  /** Selects notification entries that are not posts (grouped "X and Y reposted your post"). */
  notificationSelector?: string;
  /** The interactions a notification entry states; undefined when the element is not a notification. */
  readNotification?(root: Element, me: string): ReceivedInteraction[] | undefined;
  /**
   * Where a notification entry's Thank or Reply button goes when the entry's end is not under its text (X lays an
   * entry out as an icon column beside a text column); undefined: at the entry's end.
   */
  notificationAnchor?(root: Element): OverlayAnchor | undefined;
  composer: {
    /** The buttons that send what the composer holds. */
    submitSelector: string;
    /** The composer's text field (a textarea or a contenteditable). */
    editorSelector: string;
    /** The post a composer answers, when it is a reply composer. */
    replyTarget(container: Element, doc: Document): { handle: string; postId?: string } | undefined;
    /** The post's own button that opens a reply composer for it. */
    replyButtonSelector: string;
  };
  /** A post's like button while it is not yet liked: clicking it gives a like. */
  likeSelector: string;
  /** The control that confirms a repost. */
  repostSelector: string;
}

export const postKey = (site: SiteId, postId: string): string => `${site}:${postId}`;

/** Text of a page node capped, because post bodies are hostile input of any size. */
export const MAX_TEXT_LENGTH = 2000;
