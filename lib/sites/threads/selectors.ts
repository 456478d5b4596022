import type { InteractionKind } from '../../reciprocity/types';

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

/**
 * The user's own side of threads.com. No captured markup exists; these follow notes of 2026-01 (a selector reference of
 * an automation project, "verified" on the live site, and an accessibility-tree reader of the activity page):
 * the sidebar's profile icon svg[aria-label="Profile"] inside the link to /@<handle>; the reply composer
 * [role="dialog"] holding [role="textbox"][contenteditable="true"] and a text-only "Post" button; activity entries as
 * pressable containers naming people by /@<handle> links, the user's thread by its /post/ link. All unverified.
 */
export const THREADS_RECIPROCITY_SELECTORS = {
  navProfile: 'nav a[href^="/@"], [role="navigation"] a[href^="/@"]',
  profileIcon: 'a[href^="/@"] svg[aria-label]',
  dialog: '[role="dialog"]',
  editor: '[role="dialog"] [role="textbox"][contenteditable="true"]',
  /** The dialog's only button without an icon is "Post" (its label is a localised word, so the shape is used). */
  submit: '[role="dialog"] div[role="button"]:not(:has(svg, img))',
  /** An activity entry's badge icon; icons inside buttons ("Follow back", actions) are not badges. */
  badge: 'svg[aria-label]',
} as const;

/** The sidebar profile icon's label, per locale. */
export const THREADS_PROFILE_LABELS = ['profile', 'perfil', 'profil', 'profilo', 'プロフィール', '个人主页', '프로필', 'профиль'];

/** Labels of the action buttons before the user pressed them ("Like", not "Unlike"), per locale. */
export const THREADS_UNPRESSED_LABELS = {
  like: ['Like', 'Me gusta', 'Curtir', "J'aime", 'Gefällt mir', 'Mi piace', 'いいね！', '赞', '좋아요', 'Нравится'],
  repost: ['Repost', 'Republicar', 'Republier', 'Reposten', 'Ripubblica', '再投稿', '转发', '리포스트', 'Репост'],
} as const;

/**
 * An activity entry's kind by its badge icon's label (unverified: the notes name the entries' words, not their
 * icons), then by its words; null marks a follow, a notification with nothing to record. Words are matched outside the
 * entry's links, so neither a name nor the user's thread excerpt can pose as one.
 */
export const THREADS_ACTIVITY_ICONS: readonly [InteractionKind | null, readonly string[]][] = [
  ['repost', ['repost', 'republicar', 'republier', 'reposten', 'ripubblica', '再投稿', '转发', '리포스트', 'репост']],
  ['quote', ['quote', 'citar', 'citer', 'zitieren', 'cita', '引用', '인용', 'цитировать']],
  ['mention', ['mention', 'mención', 'menção', 'erwähnung', 'menzione', 'メンション', '提及', '언급', 'упоминание']],
  [null, ['follow', 'seguir', 'suivre', 'folgen', 'segui', 'フォロー', '关注', '팔로우', 'подписаться']],
];

export const THREADS_ACTIVITY_WORDS: readonly [InteractionKind | null, RegExp][] = [
  ['repost', /reposted your|republicó tu|republicou|a republié|repostet|ha ripubblicato|再投稿しました/i],
  ['quote', /quoted your|citó tu|citou|a cité|zitiert|ha citato|引用しました/i],
  ['mention', /mentioned you|te mencionó|mencionou você|vous a mentionné|dich erwähnt|ti ha menzionato|メンションしました/i],
  [null, /followed you|started following|te siguió|começou a seguir|s'est abonné|folgt dir|ha iniziato a seguirti|フォローしました/i],
  ['like', /liked your|le gustó|curtiu|a aimé|gefällt|piace|いいね/i],
];
