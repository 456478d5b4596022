import type { SiteId } from './types';

/** Where a person's profile is on their site, for "open" links in the popup. */
const PROFILE_URLS: Record<SiteId, (handle: string) => string> = {
  x: (handle) => `https://x.com/${handle}`,
  linkedin: (handle) => `https://www.linkedin.com/in/${handle}`,
  reddit: (handle) => `https://www.reddit.com/user/${handle}`,
  bluesky: (handle) => `https://bsky.app/profile/${handle}`,
  mastodon: (handle) => (handle.includes('@') ? `https://${handle.split('@')[1]}/@${handle.split('@')[0]}` : `https://mastodon.social/@${handle}`),
  threads: (handle) => `https://www.threads.com/@${handle}`,
  youtube: (handle) => `https://www.youtube.com/@${handle.replace(/^@/, '')}`,
  facebook: (handle) => `https://www.facebook.com/${handle}`,
  instagram: (handle) => `https://www.instagram.com/${handle}`,
  tiktok: (handle) => `https://www.tiktok.com/@${handle}`,
};

export function profileUrl(site: SiteId, handle: string): string {
  return PROFILE_URLS[site](encodeURIComponent(handle.replace(/^@/, '')).replace(/%40/g, '@'));
}
