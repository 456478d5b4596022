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
