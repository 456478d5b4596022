/**
 * Every reddit.com hook the adapter relies on, in one place. Two markups are live at once:
 *
 * New UI ("shreddit", www.reddit.com), checked against feed-card and post-page open tags of 2026-07-31 and
 * 2026-10-09 and light-DOM children of 2026-09-21: a <shreddit-post> custom element carrying the post's data as
 * attributes (id="t3_…", score, comment-count, author, permalink, created-timestamp). Its vote and comment
 * counters are <faceplate-number number="1234"> inside the element's open shadow root (per several projects'
 * code, 2026-08; not seen as raw HTML). Ads are <shreddit-ad-post>.
 *
 * Old UI (old.reddit.com), checked against listing rows of 2023-02: div.thing with data-fullname, data-score,
 * data-comments-count, data-author, data-permalink, data-timestamp (ms) and data-promoted.
 */
export const REDDIT_SELECTORS = {
  newPost: 'shreddit-post',
  newAd: 'shreddit-ad-post',
  /** Feed cards wrap the post in <article data-post-id="t3_…">: the id when the element lacks its own. */
  newPostArticle: 'article[data-post-id]',
  newTitle: '[slot="title"]',
  newTextBody: 'shreddit-post-text-body, [slot="text-body"]',
  newAuthorLink: 'a[href*="/user/"]',
  /** Slotted header row (author, time): light DOM, so it renders and holds the overlay without a new line. */
  newCreditBar: '[slot="credit-bar"]',
  newVoteCount: '[data-post-click-location="vote"] faceplate-number',
  newCommentCount: '[data-post-click-location="comments-button"] faceplate-number',
  newTime: 'time[datetime]',

  oldPost: 'div.thing[data-fullname^="t3_"]',
  /** Any listing row, for telling the two markups apart even when the row's fullname is broken. */
  oldThing: 'div.thing',
  oldScore: '.midcol .score.unvoted',
  oldComments: 'a.comments',
  oldTitle: 'a.title',
  oldSelfText: '.expando .usertext-body',
  oldAuthor: 'a.author',
  oldTime: 'time[datetime]',
  /** The row of text buttons under the title ("365 comments share save …"). */
  oldButtons: 'ul.flat-list.buttons',
  oldEntry: '.entry',
} as const;

export const REDDIT_POST_SELECTOR = [REDDIT_SELECTORS.newPost, REDDIT_SELECTORS.newAd, REDDIT_SELECTORS.oldPost].join(', ');

/** The fullname of a link (post): "t3_" and a base-36 id. */
export const REDDIT_FULLNAME = /^t3_[a-z0-9]+$/;

/**
 * The user's own activity on reddit.com. No notifications page, user drawer or composer was captured: BUILT from
 * the hooks other projects use (2025-26): comment-composer-host / shreddit-composer with a contenteditable
 * [name="body"] and button[slot="submit-button"] (several automation scripts), <shreddit-comment> attributes
 * (author, thingid, postid), the notification panel's div[data-id="notification-container-element"] (RedditEnhancer's
 * theme CSS), and old.reddit's header and listing buttons (fixtures of 2023-02). UNVERIFIED unless marked.
 */
export const REDDIT_RECIPROCITY_SELECTORS = {
  /** UNVERIFIED (new UI): the header's user drawer links the profile as /user/<name>/; old.reddit's header names the user. */
  account: '#user-drawer-content a[href*="/user/"], #header-bottom-right .user a[href*="/user/"]',
  /** UNVERIFIED: each entry is a link to the thread or comment it concerns, inside the notification list. */
  notification: 'div[data-id="notification-container-element"] a[href*="/comments/"]',
  editor: 'shreddit-composer [contenteditable="true"], comment-composer-host [contenteditable="true"]',
  submit: 'shreddit-composer button[slot="submit-button"], comment-composer-host button[type="submit"]',
  comment: 'shreddit-comment',
  /** UNVERIFIED: a comment's words, a child of its element slotted as "comment" (its replies are other children). */
  commentText: '[slot="comment"]',
  /** A post's comment button renders in its shadow root on reddit.com: found only where a page puts it in light DOM. */
  replyButton: '[data-post-click-location="comments-button"]',
  /**
   * Votes and crossposts on reddit.com happen in shadow roots, where a document listener sees only the host:
   * these are old.reddit's (fixtures of 2023-02). Reddit completes a crosspost on a form of its own, so the
   * crosspost button that opens it is the nearest control on the post.
   */
  like: 'div.arrow.up[data-event-action="upvote"]',
  crosspost: 'a.post-crosspost-button',
  /** Links to profiles in a post's text ("u/ana" renders as a link to /user/ana/, /u/ana on old.reddit). */
  textUserLink: 'a[href*="/u/"], a[href*="/user/"]',
} as const;

/**
 * Notification entries say what happened only in words ("u/ana crossposted your post to r/growth"), per language.
 * Crossposts count as reposts, username mentions as mentions; comment replies as replies.
 */
export const REDDIT_NOTIFICATION_WORDS = {
  repost: /crosspost|crosspubli|cross-post|kreuzpost|crosspostato/i,
  mention: /mention|erwähnt|mencion|ha menzionato|menzionat/i,
  reply: /repl|antwort|respond|répondu|rispost/i,
} as const;

/** "u/name" as notifications and comments write a person. */
export const REDDIT_USER_MENTION = /(?:^|[^\w/])u\/([A-Za-z0-9_-]{3,20})\b/g;
