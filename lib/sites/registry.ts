import { blueskyAdapter } from './bluesky/adapter';
import { facebookAdapter } from './facebook/adapter';
import { instagramAdapter } from './instagram/adapter';
import { linkedinAdapter } from './linkedin/adapter';
import { mastodonAdapter } from './mastodon/adapter';
import { redditAdapter } from './reddit/adapter';
import { threadsAdapter } from './threads/adapter';
import { tiktokAdapter } from './tiktok/adapter';
import type { SiteAdapter } from './types';
import { xAdapter } from './x/adapter';
import { youtubeAdapter } from './youtube/adapter';

/** Every supported site: adding one is a folder under lib/sites/ and a line here. */
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

function hostOfPattern(pattern: string): string {
  return /^[a-z*]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
}

/**
 * The adapter for a page's host: the one whose match patterns name it, or Mastodon for a server the user added
 * (the content script only runs there once the user granted that host).
 */
export function adapterForHost(host: string, mastodonInstances: readonly string[] = []): SiteAdapter | undefined {
  return (
    SITE_ADAPTERS.find((adapter) => adapter.matches.some((pattern) => hostOfPattern(pattern) === host)) ??
    (mastodonInstances.includes(host) ? mastodonAdapter : undefined)
  );
}

export const ALL_MATCHES: string[] = SITE_ADAPTERS.flatMap((adapter) => adapter.matches);
