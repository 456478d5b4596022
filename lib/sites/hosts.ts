import type { SiteAdapter } from './types';

function hostOfPattern(pattern: string): string {
  return /^[a-z*]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
}

/** Whether an adapter's match patterns name this host exactly. */
export const matchesHost = (adapter: SiteAdapter, host: string): boolean => adapter.matches.some((pattern) => hostOfPattern(pattern) === host);

/**
 * Whether a site's content script reads this host: one its match patterns name, or, for Mastodon, a server the user
 * added (the background registers the Mastodon script there once the user granted that host).
 */
export const servesHost = (adapter: SiteAdapter, host: string, mastodonInstances: readonly string[]): boolean =>
  matchesHost(adapter, host) || (adapter.site === 'mastodon' && mastodonInstances.includes(host));
