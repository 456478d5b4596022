/**
 * Every threads.com / threads.net hook the adapter relies on, in one place.
 * No captured markup exists: these are the hooks agreed across several 2025-26 projects
 * (/work/shared/fixtures/threads/SOURCE.txt, noted 2026-11-28). Threads' atomic classes (x1a6qonq ...) change
 * often, so only attributes, roles and link shapes are used.
 */
export const THREADS_SELECTORS = {
  /** No <article>: each post is a pressable container. */
  post: 'div[data-pressable-container="true"]',
  /** The post's own timestamp sits inside its permalink (/@handle/post/<code>). */
  permalinkTime: 'a[href*="/post/"] time[datetime]',
  permalink: 'a[href*="/post/"]',
  author: 'a[href^="/@"]',
  /** Action buttons are identified by their icon's aria-label; the count is the icon's next sibling. */
  actionIcon: '[role="button"] svg[aria-label]',
  actionButton: '[role="button"]',
  /**
   * Body text: a span[dir=auto] outside links (author, time) and buttons (counts).
   * Unverified: the notes name no text hook, this is the shape the fixtures were built with.
   */
  text: 'span[dir="auto"]',
} as const;

/**
 * The action icons' aria-labels, lower-cased, per locale (they are localised: "再投稿" ja, "Republicar" es/pt).
 * "Unlike" / "Unrepost" are the labels of a post the user already liked or reposted.
 */
export const THREADS_ACTION_LABELS = {
  likes: ['like', 'unlike', 'me gusta', 'ya no me gusta', 'curtir', 'descurtir', "j'aime", "je n'aime plus", 'gefällt mir', 'gefällt mir nicht mehr', 'mi piace', 'non mi piace più', 'いいね！', 'いいね！を取り消す', '赞', '取消赞', '좋아요', '좋아요 취소', 'нравится', 'не нравится'],
  replies: ['reply', 'comment', 'responder', 'comentar', 'répondre', 'commenter', 'antworten', 'kommentieren', 'rispondi', 'commenta', '返信', 'コメント', '回复', '评论', '답글', '댓글', 'ответить', 'комментировать'],
  reposts: ['repost', 'unrepost', 'republicar', 'deshacer republicación', 'republier', 'reposten', 'ripubblica', '再投稿', '转发', '리포스트', 'репост'],
  share: ['share', 'compartir', 'compartilhar', 'partager', 'teilen', 'condividi', 'シェア', '分享', '공유', 'поделиться'],
} as const;

export type ThreadsAction = keyof typeof THREADS_ACTION_LABELS;

/** The action row's order, used when none of the labels is known (a locale missing from the lists above). */
export const THREADS_ACTION_ORDER: readonly ThreadsAction[] = ['likes', 'replies', 'reposts', 'share'];
