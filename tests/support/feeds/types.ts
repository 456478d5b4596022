import type { Metrics, SiteId } from '../../../lib/sites/types';

/** What a feed page must produce: one overlay per post, with exactly these metrics. */
export interface ExpectedPost {
  postId: string;
  metrics: Metrics;
}

/**
 * A page of one site's real markup, served at the site's real URL in end-to-end tests and in the demo.
 * Built from the dated fixtures in tests/fixtures/<site>/ (markup shapes only; names and texts are invented).
 */
export interface DemoFeed {
  site: SiteId;
  /** The real URL the page is served at (https://x.com/home, https://www.reddit.com/, ...). */
  url: string;
  title: string;
  html: string;
  expected: ExpectedPost[];
}

/**
 * The user's side of a site, for the reciprocity tests: a notifications page where two people shared the user's
 * post, and the user's own post with a reply box (a stand-in that records sends in window.__sentPosts).
 */
export interface ReciprocityScenario {
  site: SiteId;
  notifications: DemoFeed;
  ownPost: DemoFeed;
  /** The two people who shared the post, as the site writes their handles. */
  sharers: [string, string];
  /** The reply box's text field on the own-post page. */
  editor: string;
  /** Its send button. */
  submit: string;
  /**
   * Who waits for an answer on the notifications page, as its Reply button names them, where that page has no reply
   * box for it: the prompt is copied and pasted under the user's own post.
   */
  replier?: string;
  /**
   * Where the question is a post with its own reply button on the notifications page, the site opens its reply box
   * right there (a stand-in on the page): the prompt goes into it and is sent from it.
   */
  replyInPage?: { editor: string; submit: string };
  /** Replies owed the own-post page shows that the notifications page does not (other comments under the post). */
  othersOnOwnPost?: number;
}
