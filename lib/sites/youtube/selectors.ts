/**
 * Every www.youtube.com comment hook the adapter relies on, in one place.
 * No captured markup exists: these are the hooks of several 2025-26 projects
 * (/work/shared/fixtures/youtube/SOURCE.txt, noted 2026-11-28). Two markups are handled:
 * - 2024+: ytd-comment-view-model (#comment in a thread, plain in the replies), yt-attributed-string#content-text;
 * - older: ytd-comment-renderer#comment, yt-formatted-string#content-text.
 * Polymer repeats the same ids (#author-text, #vote-count-middle ...) in every comment, so each lookup is
 * made inside one comment; a thread's replies are siblings of its #comment, never inside it.
 */
export const YOUTUBE_SELECTORS = {
  /** Each comment, top-level or reply, is a post: each has its own id and like count. */
  post: 'ytd-comment-view-model, ytd-comment-renderer',
  thread: 'ytd-comment-thread-renderer',
  replies: 'ytd-comment-replies-renderer',
  /** href "/@handle", text "@handle". */
  author: '#author-text',
  /** watch?v=<video>&lc=<commentId>; its text is relative ("1 day ago"), so no date is read. */
  permalink: '#published-time-text a[href*="lc="]',
  text: '#content-text',
  /** Visible like count: "" (zero or hidden), "12", "1.2K"; some builds give it an exact aria-label. */
  voteCount: '#vote-count-middle',
  /** "Like this comment along with 1,234 other people" (wording unverified, localised). */
  likeButton: '#like-button button[aria-label]',
  likeArea: '#like-button',
  /** "12 replies" / "View reply" (localised), on the thread's top-level comment only. */
  moreReplies: '#more-replies',
  moreRepliesLabelled: '#more-replies button[aria-label]',
  /** The comment's action row (like, dislike, heart, reply). */
  toolbar: '#toolbar',
  actionButtons: '#action-buttons',
  /** The badge container is always there; it has content only on a pinned comment. */
  pinnedBadge: '#pinned-comment-badge > *',
} as const;
