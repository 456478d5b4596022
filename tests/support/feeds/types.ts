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
