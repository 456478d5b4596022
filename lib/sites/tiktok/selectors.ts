import type { InteractionKind } from '../../reciprocity/types';

/**
 * Every www.tiktok.com hook the adapter relies on, in one place, noted 2026-12-07.
 * No captured markup exists (tests/fixtures/tiktok/SOURCE.txt names the projects these come from, 2025-26 scrapers,
 * automation tools and a selector reference "last updated 2026-01-31"). TikTok marks its parts with data-e2e
 * attributes, which outlive its hashed classes (css-1a2b3c-DivCommentItemWrapper): data-e2e first; the few class
 * names used are the component names inside the hashed class, matched as substrings. Two layouts are handled:
 * - the For You feed: each video a [data-e2e=recommend-list-item-container], counts in like-count, comment-count,
 *   share-count and undefined-count (TikTok's own name for the saves count);
 * - a video's page (/@user/video/<id>): the browse-* hooks (browse-like-count, browse-video-desc, browse-username)
 *   inside [data-e2e=video-detail] (inferred: one scraper checks that hook for "a post is on the page").
 */
export const TIKTOK_SELECTORS = {
  video: '[data-e2e="recommend-list-item-container"], [data-e2e="video-detail"]',
  /** The one video of a video's page, whose address names it. */
  videoPage: '[data-e2e="video-detail"]',
  /**
   * A comment (top-level or reply) that carries its id. TikTok keeps comment ids in React state; only an element
   * id (or data-comment-id) in the DOM gives one (one 2026 bot reads "a numeric id attribute on the item or its
   * wrapper"). A comment without one cannot be keyed and is not taken for a post, so it does not count against the
   * site's health, which is judged on the videos.
   */
  comment: 'div[class*="DivCommentItemWrapper"][id], [data-e2e="comment-item"][data-comment-id]',
  /** The video's own link (/@user/video/<id>), the player's id (xgwrapper-0-<id>), the video page's copy-link box. */
  videoLink: 'a[href*="/video/"]',
  player: '[id^="xgwrapper-"]',
  copyLink: '[data-e2e="browse-video-link"]',
  /** Handle as text ("nora.writes"), else the avatar's link to /@handle. */
  authorId: ['[data-e2e="video-author-uniqueid"]', '[data-e2e="browse-username"]'],
  authorLink: ['a[data-e2e="video-author-avatar"]', 'a[data-e2e="browse-user-avatar"]'],
  caption: ['[data-e2e="video-desc"]', '[data-e2e="browse-video-desc"]'],
  counts: {
    likes: ['[data-e2e="like-count"]', '[data-e2e="browse-like-count"]'],
    replies: ['[data-e2e="comment-count"]', '[data-e2e="browse-comment-count"]'],
    reposts: ['[data-e2e="share-count"]', '[data-e2e="browse-share-count"]'],
    bookmarks: ['[data-e2e="undefined-count"]', '[data-e2e="favorite-count"]'],
    views: ['[data-e2e="video-views"]', '[data-e2e="browse-view-count"]'],
  },
  /** The action bar's buttons hold their icon and count ([data-e2e=like-icon] + strong[data-e2e=like-count]). */
  likeIcon: '[data-e2e="like-icon"], [data-e2e="browse-like-icon"]',
  shareIcon: '[data-e2e="share-icon"]',
  commentIcon: '[data-e2e="comment-icon"], [data-e2e="browse-comment-icon"]',
  actionButton: 'button, [role="button"]',
  profileLink: 'a[href^="/@"]',

  /** Inside a comment: "comment-username-1" / "-2" by level, likewise level (text), time and the reply button. */
  commentAuthor: '[data-e2e^="comment-username-"]',
  commentText: '[data-e2e^="comment-level-"]',
  commentReply: '[data-e2e^="comment-reply-"]',
  commentLikeCount: '[data-e2e="comment-like-count"]',
  commentLike: '[data-e2e="comment-like-icon"]',
  /** A thread: the top-level comment's wrapper, its replies in a reply container with "View 12 replies". */
  thread: 'div[class*="DivCommentObjectWrapper"]',
  replies: 'div[class*="DivReplyContainer"]',
  viewReplies: 'div[class*="DivViewRepliesContainer"]',
} as const;

/** "View 12 replies" per locale; "View more" (no number, or what is left) is not the total and is not read. */
export const TIKTOK_REPLY_WORDS = /\brepl(?:y|ies)\b|respuestas?|respostas?|réponses?|antworten|rispost[ae]|件の返信|条回复/i;
export const TIKTOK_MORE_WORDS = /\bmore\b|más|mais|plus|weitere|altr[ei]/i;

/**
 * The user's own side (noted 2026-12-07; unverified beyond the references): the sidebar's a[data-e2e=nav-profile]
 * (href "/@" when signed out); the inbox's [data-e2e=inbox-list-item] entries, each with a[data-e2e=inbox-title]
 * (the person) and [data-e2e=inbox-content] (" commented: …", "liked your video."); the comment box, a Draft.js
 * editor in [data-e2e=comment-input] and its [data-e2e=comment-post] button.
 */
export const TIKTOK_RECIPROCITY_SELECTORS = {
  navProfile: 'a[data-e2e="nav-profile"]',
  notification: '[data-e2e="inbox-list-item"]',
  notificationContent: '[data-e2e="inbox-content"]',
  editor: '[data-e2e="comment-input"] [contenteditable="true"]',
  submit: '[data-e2e="comment-post"]',
  /** Opens the comments (a video) or answers a comment (its "Reply"). */
  replyButton: 'button:has([data-e2e="comment-icon"]), button:has([data-e2e="browse-comment-icon"]), [data-e2e^="comment-reply-"]',
  /** aria-pressed turns "true" once liked, in any language. */
  like: 'button[aria-pressed="false"]:has([data-e2e="like-icon"], [data-e2e="browse-like-icon"]), [data-e2e="comment-like-icon"][aria-pressed="false"]',
  /** The share menu's "Repost" (inferred: no reference names its hook). */
  repost: '[data-e2e="share-repost"]',
} as const;

/** What an inbox entry says happened; the earliest match wins, so a quoted comment cannot change the kind. */
export const TIKTOK_INBOX_WORDS: readonly [InteractionKind | null, RegExp][] = [
  ['repost', /reposted your|shared your (?:video|post)|compartió tu video|compartilhou seu vídeo|a partagé ta vidéo|hat dein video geteilt|ha condiviso il tuo video/i],
  ['mention', /mentioned you|tagged you|te mencionó|mencionou você|t'a mentionné|hat dich erwähnt|ti ha menzionato/i],
  ['reply', /commented|replied to your comment|comentó|comentou|a commenté|hat kommentiert|ha commentato/i],
  [null, /started following you|comenzó a seguirte|começou a seguir você|a commencé à te suivre|folgt dir jetzt|ha iniziato a seguirti/i],
  ['like', /liked your|le gustó tu|curtiu seu|a aimé ta|gefällt dein|ha messo mi piace/i],
];
