// The extension's pages, the background and an import check settings with this; the content script checks only
// their shape, with lib/settings/shape.ts, and takes what it needs without Zod from lib/settings/defaults.ts.
import { z } from 'zod/mini';
import { LANGUAGE_CHOICES } from '../i18n/locales';
import { t } from '../i18n/messages';
import { formatNumber } from '../model/format';
import { templateSchema } from '../prompts/templates';
import { SITE_IDS } from '../sites/types';
import { DEFAULT_SETTINGS, HOST_PATTERN, type LoadedSettings } from './defaults';

const weight = z.number().check(z.minimum(0), z.maximum(1000));

export const weightsSchema = z.object({ likes: weight, shares: weight, mentions: weight, replies: weight });

export const settingsSchema = z.object({
  weights: weightsSchema,
  followersPerSharer: z.int().check(z.minimum(1), z.maximum(100_000_000)),
  /** Sites FeedCoach runs on; a site missing here is on. */
  disabledSites: z.array(z.enum(SITE_IDS)),
  theme: z.enum(['auto', 'light', 'dark']),
  /** The language of FeedCoach's own words: the browser's ('auto') unless one is chosen in Settings. */
  language: z.enum(LANGUAGE_CHOICES),
  /** Reply templates the user wrote. */
  customTemplates: z.array(templateSchema).check(z.maxLength(500)),
  /** Ids of built-in templates the user turned off. */
  disabledTemplates: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(1000)),
  /** A daily notification when thanks are owed (off by default: FeedCoach does not nag unasked). */
  dailyReminder: z.boolean(),
  /** Local hour (0-23) of the daily reminder. */
  reminderHour: z.int().check(z.minimum(0), z.maximum(23)),
  /** Mastodon servers besides mastodon.social, by host name; each is granted by the user at run time. */
  mastodonInstances: z.array(z.string().check(z.regex(HOST_PATTERN))).check(z.maxLength(50)),
  /** Days of count snapshots kept; older ones are dropped (daily totals stay). 0 keeps everything. */
  retentionDays: z.int().check(z.minimum(0), z.maximum(3650)),
});

export type Settings = z.infer<typeof settingsSchema>;

/**
 * Reads stored settings field by field: a field that fails validation falls back to its default and is
 * reported, every other field is kept. A bad field never costs the user the rest of their settings.
 */
export function readSettings(raw: unknown): LoadedSettings {
  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return { settings: whole.data, repaired: [] };
  const stored = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const repaired: string[] = [];
  for (const [key, schema] of Object.entries(settingsSchema.def.shape)) {
    if (!(key in stored)) continue;
    const field = schema.safeParse(stored[key]);
    if (field.success) settings[key] = field.data;
    else repaired.push(key);
  }
  return { settings: settings as Settings, repaired };
}

/** Settings as an export file holds them: a field may be missing (an older build had fewer), none may be wrong. */
export const exportedSettingsSchema = z.partial(settingsSchema);

export type RestoredSettings = { ok: true; settings: Settings } | { ok: false; error: string };

const union = <T>(kept: readonly T[], added: readonly T[], keyOf: (item: T) => string = String): T[] => {
  const seen = new Set(kept.map(keyOf));
  return [...kept, ...added.filter((item) => !seen.has(keyOf(item)))];
};

/**
 * The settings an import leaves. replace: the file's settings, with defaults for what an older file lacks (a
 * backup restored). merge: this device's choices stay, and the file's own prompts, turned-off built-ins and
 * Mastodon servers are added to them.
 */
export function restoreSettings(current: Settings, incoming: Partial<Settings>, mode: 'replace' | 'merge'): RestoredSettings {
  const next =
    mode === 'replace'
      ? { ...DEFAULT_SETTINGS, ...incoming }
      : {
          ...current,
          customTemplates: union(current.customTemplates, incoming.customTemplates ?? [], (template) => template.id),
          disabledTemplates: union(current.disabledTemplates, incoming.disabledTemplates ?? []),
          mastodonInstances: union(current.mastodonInstances, incoming.mastodonInstances ?? []),
        };
  const checked = settingsSchema.safeParse(next);
  if (checked.success) return { ok: true, settings: checked.data };
  // Only a list's length can fail here: both sides were valid settings, and their union can only grow too long.
  const [issue] = checked.error.issues;
  const max = issue && 'maximum' in issue ? formatNumber(Number(issue.maximum)) : '';
  return { ok: false, error: t('settings.tooMany', { field: issue?.path.join('.') ?? 'settings', max }) };
}
