/**
 * Every bsky.app hook the adapter relies on, in one place.
 * No saved bsky.app page was available: these come from the app's own source (bluesky-social/social-app,
 * React Native Web, which renders testID as data-testid and accessibilityLabel as aria-label), checked on
 * 2026-11 against PostFeedItem.tsx @ 008213c1, PostControls/index.tsx @ cf434442, RepostButton.web.tsx @ 2f01b4fd,
 * CountWheel.web.tsx @ 006ee982, PostMeta.tsx @ 00da368d and the thread anchor's expanded counts.
 */
export const BLUESKY_SELECTORS = {
  /** A feed item carries its author's handle in its testid; thread pages use postThreadItem-by-. */
  post: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  text: '[data-testid="postText"]',
  /** Author, reposter and timestamp are plain links; the timestamp links to /profile/<handle>/post/<rkey>. */
  profileLink: 'a[href^="/profile/"]',
  /** The same links narrowed to those of posts: the timestamp's, a quoted post's, "liked by" pages. */
  postLink: 'a[href^="/profile/"][href*="/post/"]',
  /** "Reply (12 replies)": the label states the exact count, zero included; the visible number is compact. */
  reply: '[data-testid="replyBtn"]',
  /** Only rendered for a signed-in viewer; its label names no count. */
  repostButton: '[data-testid="repostBtn"]',
  /** Reposts and quotes together, compact ("1.2K"), rendered only when above zero. */
  repostCount: '[data-testid="repostCount"]',
  /** "Like (40 likes)" / "Unlike (41 likes)". */
  like: '[data-testid="likeBtn"]',
  /** The compact like number; the like button also holds an unlabelled copy of the previous count. */
  likeCount: '[data-testid="likeCount"]',
  /** The thread anchor's stats row ("12 reposts", "3 quotes", "40 likes", "5 saves"), each only when above zero. */
  repostsExpanded: '[data-testid="repostCount-expanded"]',
  quotesExpanded: '[data-testid="quoteCount-expanded"]',
  likesExpanded: '[data-testid="likeCount-expanded"]',
  bookmarksExpanded: '[data-testid="bookmarkCount-expanded"]',
  /**
   * A profile page's header: "<b>1.2K</b> followers", linking to /profile/<handle>/followers; its aria-label states
   * the count (the raw number in some builds), and newer builds title it with the full number ("1,204").
   * ProfileHeaderMetrics.tsx in bluesky-social/social-app, read 2026-12.
   */
  profileFollowers: 'a[data-testid="profileHeaderFollowersButton"]',
} as const;

/** The prefixes of the post root's testid, before the author's handle. */
export const BLUESKY_ROOT_TESTID_PREFIXES = ['feedItem-by-', 'postThreadItem-by-'] as const;

/**
 * The user's own activity on bsky.app, from social-app's source (NotificationFeedItem.tsx, ComposePost.tsx,
 * DesktopLeftNav.tsx / BottomBar.tsx), 2026-11. Not verified against a captured page: best effort.
 */
export const BLUESKY_RECIPROCITY_SELECTORS = {
  /** The navigation's profile link points at the signed-in account. */
  account: 'nav a[href^="/profile/"], [data-testid="bottomBarProfileBtn"][href^="/profile/"]',
  composer: '[data-testid="composePostView"]',
  editor: '[data-testid="composerTextInput"] [contenteditable="true"], [data-testid="composerTextInput"] textarea, [data-testid="composerTextInput"][contenteditable="true"]',
  submit: '[data-testid="composerPublishBtn"]',
  /** The post a reply composer answers is shown in it, linked. */
  postLink: 'a[href*="/post/"]',
  like: '[data-testid="likeBtn"]',
  repost: '[data-testid="repostDropdownRepostBtn"]',
} as const;

/**
 * Notification entries say what happened only in words ("Ana and Ben reposted your post"); these stems tell the
 * kinds apart in the languages FeedCoach knows. Follows and others are read as notifications with nothing to record.
 */
export const BLUESKY_NOTIFICATION_WORDS = {
  repost: /repost|reenvi|republic|geteilt|teilte|partag|ricondivis|リポスト|转发|轉發|재게시/i,
  like: /\blike|gusta|gefällt|aim[eé]|piace|curti|いいね|喜欢|喜歡|좋아/i,
} as const;
