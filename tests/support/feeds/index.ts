import { blueskyFeed } from './bluesky';
import { facebookFeed } from './facebook';
import { instagramFeed } from './instagram';
import { linkedinFeed } from './linkedin';
import { mastodonFeed, mastodonThreadFeed } from './mastodon';
import { oldRedditFeed, redditFeed } from './reddit';
import { threadsFeed } from './threads';
import { tiktokFeed, tiktokVideoFeed } from './tiktok';
import type { DemoFeed } from './types';
import { xHomeFeed } from './x';
import { xNotificationsPage } from './x-reciprocity';
import { youtubeFeed } from './youtube';

/** One demo feed per supported site page, served at the site's real URL by the e2e tests and the demo. */
export const DEMO_FEEDS: DemoFeed[] = [
  xHomeFeed(),
  // The user's notifications: the popup then has thanks owed to show.
  xNotificationsPage(),
  linkedinFeed,
  redditFeed,
  oldRedditFeed,
  blueskyFeed(),
  mastodonFeed(),
  mastodonThreadFeed(),
  threadsFeed,
  youtubeFeed,
  facebookFeed,
  instagramFeed,
  tiktokFeed,
  // A video's page: its comments are posts too.
  tiktokVideoFeed,
];
