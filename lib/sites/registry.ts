import { blueskyAdapter } from './bluesky/adapter';
import { facebookAdapter } from './facebook/adapter';
import { linkedinAdapter } from './linkedin/adapter';
import { mastodonAdapter } from './mastodon/adapter';
import { redditAdapter } from './reddit/adapter';
import { threadsAdapter } from './threads/adapter';
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
];

function hostOfPattern(pattern: string): string {
  return /^[a-z*]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
}

/** The adapter whose match patterns cover this page's host (patterns here name exact hosts). */
export function adapterForHost(host: string): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.matches.some((pattern) => hostOfPattern(pattern) === host));
}

export const ALL_MATCHES: string[] = SITE_ADAPTERS.flatMap((adapter) => adapter.matches);
