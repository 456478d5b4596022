/**
 * Every x.com hook the adapter relies on, in one place.
 * Checked against markup of 2023-08 (action buttons are div[role=button]) and 2026-02 / 2026-09
 * (action buttons are <button>); the data-testids are the same in both, so one set serves.
 */
export const X_SELECTORS = {
  post: 'article[data-testid="tweet"]',
  userName: '[data-testid="User-Name"]',
  text: '[data-testid="tweetText"]',
  socialContext: '[data-testid="socialContext"]',
  /** The post's own status link wraps its <time>; a quoted post's time sits in a plain div. */
  statusTime: 'a[href*="/status/"] time',
  /** A quoted post is a clickable card inside the article. */
  quoteCard: 'div[role="link"]',
  actionGroup: '[role="group"]',
  reply: '[data-testid="reply"]',
  /** Alternatives, asked one at a time (lib/sites/dom.ts, queryFirst): the button's state changes its testid. */
  repost: ['[data-testid="retweet"]', '[data-testid="unretweet"]'],
  like: ['[data-testid="like"]', '[data-testid="unlike"]'],
  bookmark: ['[data-testid="bookmark"]', '[data-testid="removeBookmark"]'],
  views: 'a[href$="/analytics"]',
  /** The visible, abbreviated number inside an action button ("5.3K"). */
  visibleCount: '[data-testid="app-text-transition-container"]',
  /** Promoted posts are wrapped in a placement tracker (a video inside a post has one too, hence "ancestor"). */
  promotedWrapper: '[data-testid="placementTracking"]',
  /** Links to profiles are "/<handle>"; their text is "@handle" in text, "Replying to" lines and headers. */
  profileLink: 'a[href^="/"]',
  /**
   * A profile header's "2,181 Followers" (the count in one span, the word in another), linking to
   * /<handle>/verified_followers since 2023 and /<handle>/followers before; the same link is in a profile's hover
   * card. Markup as pasted from x.com profile pages in public userscripts (2025-26), not captured by us.
   */
  followersLink: ['a[href$="/verified_followers"]', 'a[href$="/followers"]'],
} as const;

/**
 * The user's own activity on x.com. Notification hooks and icon paths as documented by
 * insin/control-panel-for-twitter v4.24.0 (2026-08); composer testids as in X's reply dialog and inline reply (2025-26).
 */
export const X_RECIPROCITY_SELECTORS = {
  account: 'a[data-testid="AppTabBar_Profile_Link"]',
  notification: 'article[data-testid="notification"]',
  notificationIcon: 'svg path',
  submit: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  editor: '[data-testid="tweetTextarea_0"]',
  like: '[data-testid="like"]',
  repostConfirm: '[data-testid="retweetConfirm"]',
} as const;

/** A notification's kind, told by the start of its icon's path (the words around it are localised). */
export const X_NOTIFICATION_ICONS = {
  like: 'M20.884 13.19c-1.351 2.48-4.00',
  repost: 'M4.75 3.79l4.603 4.3-1.706 1.8',
} as const;

/** Words of the action group's aria-label ("17 replies, 10 reposts, 131 likes, 25 bookmarks, 11716 views"), per locale. */
export const X_GROUP_LABEL_WORDS = {
  replies: ['repl', 'antwort', 'respuesta', 'réponse', 'rispost', 'resposta', '回复', '回覆', '返信', '답글', 'ответ'],
  reposts: ['repost', 'retweet', 'reenv', 'republica', 'republié', 'ricondivis', '转帖', '轉貼', 'リポスト', '재게시', 'репост'],
  likes: ['like', 'gefällt', 'me gusta', "j'aime", 'mi piace', 'curtida', '喜欢', '喜歡', 'いいね', '마음에', 'нрав'],
  bookmarks: ['bookmark', 'lesezeichen', 'guardado', 'signet', 'segnalibr', 'itens salvos', '书签', '書籤', 'ブックマーク', '북마크', 'заклад'],
  views: ['view', 'aufruf', 'visualiza', 'vue', 'visualizzazion', '观看', '查看', '觀看', '表示', '조회', 'просмотр'],
} as const;

/** The label X puts on a promoted post's header, per locale. */
export const X_PROMOTED_LABELS = ['Ad', 'Promoted', 'Anzeige', 'Gesponsert', 'Anuncio', 'Promocionado', 'Sponsorisé', 'Annonce', 'Sponsorizzato', 'Promovido', 'プロモーション', '推广', '광고'];

/** The label of a post pinned to a profile, per locale. */
export const X_PINNED_PATTERN = /pinned|angeheftet|fijad|épinglé|fissat|fixad|固定|置顶|고정됨|закреплен/i;
