/**
 * Every www.youtube.com comment hook the adapter relies on, in one place.
 * No captured markup exists: these are the hooks of several 2025-26 projects
 * (/work/shared/fixtures/youtube/SOURCE.txt, noted 2026-11-28). Two markups are handled:
 * - 2024+: ytd-comment-view-model (#comment in a thread, plain in the replies), yt-attributed-string#content-text;
 * - older: ytd-comment-renderer#comment, yt-formatted-string#content-text.
 * Polymer repeats the same ids (#author-text, #vote-count-middle ...) in every comment, so each lookup is
 * made inside one comment; a thread's replies are siblings of its #comment, never inside it.
 */

/**
 * An id that Polymer repeats in every comment, as a selector matched inside the comment alone. Chromium answers an
 * id selector (`#x` or `[id="x"]`) from the document's table of ids: with the id repeated, it looks at every
 * element of the page that has it, so each lookup grows with the comments loaded (24 µs at 440 comments, against
 * 1 µs for this form, which walks the one comment). Ids are never written in other cases, so `i` changes no match.
 */
const repeatedId = (id: string) => `[id="${id}" i]`;

export const YOUTUBE_SELECTORS = {
  /** Each comment, top-level or reply, is a post: each has its own id and like count. */
  post: 'ytd-comment-view-model, ytd-comment-renderer',
  thread: 'ytd-comment-thread-renderer',
  replies: 'ytd-comment-replies-renderer',
  /** href "/@handle", text "@handle". */
  author: repeatedId('author-text'),
  /** watch?v=<video>&lc=<commentId>; its text is relative ("1 day ago"), so no date is read. */
  permalink: `${repeatedId('published-time-text')} a[href*="lc="]`,
  text: repeatedId('content-text'),
  /** Visible like count: "" (zero or hidden), "12", "1.2K"; some builds give it an exact aria-label. */
  voteCount: repeatedId('vote-count-middle'),
  /** "Like this comment along with 1,234 other people" (wording unverified, localised). */
  likeButton: `${repeatedId('like-button')} button[aria-label]`,
  likeArea: repeatedId('like-button'),
  /** "12 replies" / "View reply" (localised), on the thread's top-level comment only. */
  moreReplies: repeatedId('more-replies'),
  moreRepliesLabelled: `${repeatedId('more-replies')} button[aria-label]`,
  /** The comment's action row (like, dislike, heart, reply). */
  toolbar: repeatedId('toolbar'),
  actionButtons: repeatedId('action-buttons'),
  /** The badge container is always there; it has content only on a pinned comment. */
  pinnedBadge: `${repeatedId('pinned-comment-badge')} > *`,
} as const;

/**
 * The user's own activity on www.youtube.com, from the hooks public extensions and scripts use (2024-26; no
 * captured page): ytd-notification-renderer in the bell's ytd-multi-page-menu-renderer, its yt-formatted-string
 * .message and its link to watch?v=<video>&lc=<comment>; ytd-commentbox with #contenteditable-root and
 * ytd-button-renderer#submit-button (top-level box in ytd-comment-simplebox-renderer, reply boxes under a comment).
 * Marked "unverified" where only this project assumes the markup.
 */
export const YOUTUBE_RECIPROCITY_SELECTORS = {
  /**
   * The signed-in channel's "@handle": the account menu's header (rendered once the masthead avatar button
   * #avatar-btn was opened; the button itself names no one), else the guide's "You" section, whose entries
   * come after its /feed/you header link and include "Your channel" (unverified: that it links /@handle).
   */
  accountHandle: 'ytd-active-account-header-renderer #channel-handle',
  guideYou: 'ytd-guide-renderer a[href="/feed/you"]',
  guideSection: 'ytd-guide-collapsible-section-entry-renderer, ytd-guide-section-renderer',
  channelLink: 'a[href^="/@"]',
  notification: 'ytd-notification-renderer',
  notificationMessage: '.message',
  notificationLink: 'a[href*="/watch"]',
  editor: 'ytd-commentbox #contenteditable-root',
  /** The inner <button> (older builds: tp-yt-paper-button) carries `disabled` while the box is empty. */
  submit: 'ytd-commentbox #submit-button button, ytd-commentbox #submit-button tp-yt-paper-button',
  /** The video's channel, answered by a top-level comment (ytd-watch-metadata #owner). */
  videoOwner: 'ytd-video-owner-renderer a[href^="/@"], ytd-watch-metadata #owner a[href^="/@"]',
  /** "1.2M subscribers" under the channel's name (yt-formatted-string; its aria-label says "1.2 million subscribers"). */
  videoOwnerSubscribers: 'ytd-video-owner-renderer #owner-sub-count',
  watchFlexy: 'ytd-watch-flexy[video-id]',
  replyButton: '#reply-button-end button',
  /** aria-pressed turns "true" once liked, in any language. */
  like: '#like-button button[aria-pressed="false"]',
  /** YouTube has no reposts: a selector that never matches. */
  repost: ':not(*)',
  /** Links inside a comment's text; a mention's text is "@handle" (its href /@handle or, older, /channel/<id>). */
  textLink: 'a[href]',
} as const;

/**
 * What a notification says happened, in words only (its icon is the actor's avatar). Unverified wording beyond
 * English "<name> replied to your comment", "<name> mentioned you", "<name> liked your comment" and the creator's
 * heart. The earliest match in the message wins, so a quoted comment cannot change the kind.
 */
export const YOUTUBE_NOTIFICATION_WORDS = {
  mention: /mentioned you|te mencionó|t'a mentionné|vous a mentionné|hat dich erwähnt|mencionou você|ti ha menzionato|さんがあなたをメンション/i,
  reply: /replied|respondió|a répondu|hat geantwortet|hat auf deinen kommentar geantwortet|respondeu|ha risposto|さんが返信/i,
  like: /liked your comment|hearted your comment|❤|le gustó tu comentario|a aimé votre commentaire|gefällt dein kommentar|curtiu seu comentário|ha messo mi piace al tuo commento/i,
} as const;
