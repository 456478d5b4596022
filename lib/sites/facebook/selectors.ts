/**
 * Every www.facebook.com (Comet UI) hook the adapter relies on, in one place.
 * No captured markup exists: these are the hooks of several projects, the latest "updated 2025-12-29: based on
 * live DOM analysis" (/work/shared/fixtures/facebook/SOURCE.txt, noted 2026-11-28). Classes are hashed, so only
 * roles, data-ad-* attributes and link shapes are used. Two post wrappers are handled:
 * - div[aria-posinset] inside div[role=feed] (current);
 * - div[data-pagelet^="FeedUnit_"] (older), only when it holds no aria-posinset post, so a post is selected once.
 */
export const FACEBOOK_SELECTORS = {
  post: 'div[aria-posinset], [data-pagelet^="FeedUnit_"]:not(:has([aria-posinset]))',
  /** Comments are role=article too; nothing inside them belongs to the post. */
  comment: '[role="article"]',
  profileName: '[data-ad-rendering-role="profile_name"]',
  /** 2025 standard first, then the older preview hooks (asked one at a time: lib/sites/dom.ts, queryFirst). */
  message: ['[data-ad-rendering-role="story_message"]', '[data-ad-preview="message"]', '[data-ad-comet-preview="message"]'],
  likeButton: '[data-ad-rendering-role="like_button"]',
  commentButton: '[data-ad-rendering-role="comment_button"]',
  shareButton: '[data-ad-rendering-role="share_button"]',
  link: 'a[href]',
  /**
   * Ids are only in permalink hrefs (the timestamp link, which some builds fill only on hover): links whose href
   * holds one of these. The post's links are few; checking their hrefs is quicker than a list of three selectors.
   */
  permalinkMarks: ['/posts/', 'story_fbid=', '/permalink/'],
  /** Some builds label the reactions summary itself ("All reactions: 1.2K"). */
  reactionsLabelled: '[aria-label*="All reactions:"]',
  /** Short texts of the summary bar: the hidden "All reactions:" label, "12 comments", "3 shares". */
  summaryText: 'span',
} as const;

/** The visually hidden label before the reactions total, per locale, lower-cased without its colon. */
export const FACEBOOK_ALL_REACTIONS_LABELS = [
  'all reactions',
  'toutes les réactions',
  'alle reaktionen',
  'todas las reacciones',
  'todas as reações',
  'tutte le reazioni',
  'alle reacties',
  'すべてのリアクション',
  '所有心情',
  '全部心情',
  '모든 공감',
  'все эмоции',
];

/** Words of the summary bar's counts ("12 comments", "3 shares", "1.2K views"), per locale. */
export const FACEBOOK_COUNT_WORDS = {
  replies: ['comment', 'kommentar', 'comentario', 'comentário', 'commento', 'commenti', 'reactie', 'コメント', '评论', '留言', '댓글', 'коммент', 'yorum'],
  reposts: ['share', 'partage', 'geteilt', 'compartid', 'condivision', 'compartilhament', 'gedeeld', 'シェア', '分享', '공유', 'поделил', 'paylaşım'],
  views: ['view', 'vue', 'aufrufe', 'reproducci', 'visualizzazion', 'visualizaç', 'weergave', '視聴', '观看', '觀看', '조회', 'просмотр'],
} as const;

/** First path segments of facebook.com that are not a profile name (the navigation links to all of these). */
export const FACEBOOK_RESERVED_PATHS = [
  'profile.php', 'permalink.php', 'story.php', 'groups', 'pages', 'people', 'watch', 'events', 'photo', 'photo.php', 'reel', 'reels', 'hashtag',
  'friends', 'marketplace', 'gaming', 'saved', 'memories', 'onthisday', 'notifications', 'messages', 'bookmarks', 'feeds', 'fundraisers',
  'ads', 'adsmanager', 'business', 'stories', 'settings', 'help', 'privacy', 'login', 'search', 'home.php', 'me',
];

/**
 * The user's own activity on www.facebook.com. No captured page: from public automation scripts and extensions
 * (2024-26) that work on it. Unverified where marked.
 */
export const FACEBOOK_RECIPROCITY_SELECTORS = {
  /**
   * The left column's first entry is the user's profile shortcut (a link to /<name> or profile.php?id=), before
   * Friends, Memories, Saved...; the top bar's navigation links only to reserved paths. Unverified: that the
   * notifications page shows the left column (the built scenario page assumes it does).
   */
  navigationLink: '[role="navigation"] a[href]',
  /** Every entry of the notifications page and of the bell's dropdown is one link carrying notif_id and notif_t. */
  notification: 'a[href*="notif_id="]',
  /** Names in an entry's sentence are bold ("<strong>Ana Souza</strong> shared your post."). Unverified. */
  notificationName: 'strong',
  /**
   * A post's comment box: a Lexical contenteditable in form[role=presentation], with its send button in
   * #focused-state-composer-submit (aria-label "Comment"). Facebook also sends on a plain Enter.
   */
  editor: '[contenteditable="true"][role="textbox"]',
  submit: '#focused-state-composer-submit [role="button"]',
  /** A post opened from the feed shows in a dialog, with its own permalink. */
  dialog: '[role="dialog"]',
  /** Unverified: the like button's hook stays the same once liked, so un-liking also reads as a like. */
  like: '[data-ad-rendering-role="like_button"]',
  replyButton: '[data-ad-rendering-role="comment_button"]',
} as const;

/** The share dialog's "Share now" button: it has only a localised label. Unverified beyond English. */
export const FACEBOOK_SHARE_NOW_LABELS = ['Share now', 'Compartir ahora', 'Partager maintenant', 'Jetzt teilen', 'Compartilhar agora', 'Condividi ora', '今すぐシェア'];

/**
 * notif_t, the notification's type in its link, in any language. comment_mention and group_comment_mention are
 * seen in public scripts and links; story_reshare, feed_comment and feedback_reaction_generic are unverified.
 */
export const FACEBOOK_NOTIFICATION_TYPES = {
  story_reshare: 'repost',
  comment_mention: 'mention',
  group_comment_mention: 'mention',
  feed_comment: 'reply',
  feedback_reaction_generic: 'like',
  like: 'like',
} as const;

/** The words of an entry whose notif_t is not known, per locale; the earliest match in the sentence wins. */
export const FACEBOOK_NOTIFICATION_WORDS = {
  repost: /shared your|compartió tu|a partagé votre|hat deinen beitrag geteilt|compartilhou sua|ha condiviso il tuo/i,
  mention: /mentioned you|tagged you|te mencionó|vous a mentionné|hat dich .{0,40}erwähnt|mencionou você|ti ha menzionato/i,
  reply: /commented on your|replied to your|comentó tu|a commenté votre|hat deinen beitrag kommentiert|comentou (?:sua|seu)|ha commentato il tuo/i,
  like: /reacted to your|likes your|reaccionó a tu|a réagi à votre|hat auf deinen beitrag reagiert|reagiu (?:à|ao) sua|ha reagito al tuo/i,
} as const;
