import type { SiteId } from './types';

type FeedScriptName<Site extends SiteId> = `feed-${Site}`;

/**
 * Each site has its own content script, generated from the registry at build time (modules/feed-scripts.ts), so a
 * page loads only its own site's adapter. Its name, and the files WXT builds for it: the script and the badges'
 * stylesheet.
 */
export const feedScriptName = <Site extends SiteId>(site: Site): FeedScriptName<Site> => `feed-${site}`;

export const feedScriptFiles = <Site extends SiteId>(site: Site) =>
  ({
    js: `/content-scripts/${feedScriptName(site)}.js`,
    css: `/content-scripts/${feedScriptName(site)}.css`,
  }) as const;
