import { DEFAULT_FOLLOWERS_PER_SHARER } from '../model/amplification';
import { DEFAULT_WEIGHTS } from '../model/ladder';
import type { SiteId } from '../sites/types';
import type { Settings } from './schema';

// What the content script needs of settings besides their shape check (lib/settings/shape.ts), apart from the Zod
// schema in lib/settings/schema.ts: importing that module builds its schemas, on every page load.

/** A host name such as "fosstodon.org" (lower case, no scheme, no path). */
export const HOST_PATTERN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const DEFAULT_SETTINGS: Settings = {
  weights: DEFAULT_WEIGHTS,
  followersPerSharer: DEFAULT_FOLLOWERS_PER_SHARER,
  disabledSites: [],
  theme: 'auto',
  language: 'auto',
  customTemplates: [],
  disabledTemplates: [],
  dailyReminder: false,
  reminderHour: 18,
  mastodonInstances: [],
  retentionDays: 365,
};

export interface LoadedSettings {
  settings: Settings;
  /** Fields that were stored in a shape we could not read and fell back to their defaults. */
  repaired: string[];
}

export const isSiteEnabled = (settings: Settings, site: SiteId): boolean => !settings.disabledSites.includes(site);
