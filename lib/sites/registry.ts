import { blueskyAdapter } from './bluesky/adapter';
import { facebookAdapter } from './facebook/adapter';
import { instagramAdapter } from './instagram/adapter';
import { linkedinAdapter } from './linkedin/adapter';
import { mastodonAdapter } from './mastodon/adapter';
import { redditAdapter } from './reddit/adapter';
import { threadsAdapter } from './threads/adapter';
import { tiktokAdapter } from './tiktok/adapter';
import { matchesHost } from './hosts';
import type { SiteAdapter } from './types';
import { xAdapter } from './x/adapter';
import { youtubeAdapter } from './youtube/adapter';

/**
 * Every supported site: adding one is a folder under lib/sites/ and a line here. The folder is named by the site's
 * id and its adapter.ts exports the adapter as `<site>Adapter`: modules/feed-scripts.ts builds each site's own
 * content script from this list by that convention.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  xAdapter,
  linkedinAdapter,
  redditAdapter,
  blueskyAdapter,
  mastodonAdapter,
  threadsAdapter,
  youtubeAdapter,
  facebookAdapter,
  instagramAdapter,
  tiktokAdapter,
];

/**
 * The adapter for a page's host: the one whose match patterns name it, or Mastodon for a server the user added
 * (the content script only runs there once the user granted that host).
 */
export function adapterForHost(host: string, mastodonInstances: readonly string[] = []): SiteAdapter | undefined {
  return (
    SITE_ADAPTERS.find((adapter) => matchesHost(adapter, host)) ??
    (mastodonInstances.includes(host) ? mastodonAdapter : undefined)
  );
}

export const ALL_MATCHES: string[] = SITE_ADAPTERS.flatMap((adapter) => adapter.matches);
