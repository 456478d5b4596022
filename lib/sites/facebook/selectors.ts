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
  /** 2025 standard first, then the older preview hooks. */
  message: '[data-ad-rendering-role="story_message"], [data-ad-preview="message"], [data-ad-comet-preview="message"]',
  likeButton: '[data-ad-rendering-role="like_button"]',
  commentButton: '[data-ad-rendering-role="comment_button"]',
  shareButton: '[data-ad-rendering-role="share_button"]',
  /** Ids are only in permalink hrefs (the timestamp link, which some builds fill only on hover). */
  permalink: 'a[href*="/posts/"], a[href*="story_fbid="], a[href*="/permalink/"]',
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

/** First path segments of facebook.com that are not a profile name. */
export const FACEBOOK_RESERVED_PATHS = ['profile.php', 'permalink.php', 'story.php', 'groups', 'pages', 'people', 'watch', 'events', 'photo', 'photo.php', 'reel', 'hashtag'];
