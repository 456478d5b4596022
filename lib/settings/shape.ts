import { LANGUAGE_CHOICES } from '../i18n/locales';
import { SITE_IDS } from '../sites/types';
import { DEFAULT_SETTINGS, HOST_PATTERN, type LoadedSettings } from './defaults';
import type { Settings } from './schema';

/*
 * The content script's reading of the stored settings: a shape check per field, without Zod. The settings are the
 * extension's own data: only the options page and an import write them, both after checking them with Zod
 * (lib/settings/schema.ts), so the content script needs only to know that each field has the shape it uses, and
 * building Zod's schemas on every page load costs start-up time (issue 21). A field of the wrong shape falls back to
 * its default and is reported, as readSettings does; tests/unit/settings.test.ts holds the two readers together.
 */

type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const numberIn = (min: number, max: number): Check => (value) => typeof value === 'number' && value >= min && value <= max;
const integerIn = (min: number, max: number): Check => (value) => Number.isInteger(value) && numberIn(min, max)(value);
const oneOf = (options: readonly string[]): Check => (value) => typeof value === 'string' && options.includes(value);
const listOf = (item: Check, maxLength: number): Check => (value) => Array.isArray(value) && value.length <= maxLength && value.every(item);
const stringUpTo = (maxLength: number): Check => (value) => typeof value === 'string' && value.length <= maxLength;
const isBoolean: Check = (value) => typeof value === 'boolean';
const isWeight = numberIn(0, 1000);

/** A reply template the user wrote: its texts and flags (which situations and languages exist is the panel's business). */
const isTemplate: Check = (value) =>
  isRecord(value) &&
  ['id', 'situation', 'language', 'text'].every((key) => typeof value[key] === 'string' && value[key] !== '') &&
  isBoolean(value.enabled) &&
  isBoolean(value.builtIn);

/** One check per field: a field added to Settings without a check here does not compile. */
const FIELD_CHECKS: { [Field in keyof Settings]-?: Check } = {
  weights: (value) => isRecord(value) && ['likes', 'shares', 'mentions', 'replies'].every((level) => isWeight(value[level])),
  followersPerSharer: integerIn(1, 100_000_000),
  disabledSites: listOf(oneOf(SITE_IDS), Infinity),
  theme: oneOf(['auto', 'light', 'dark']),
  language: oneOf(LANGUAGE_CHOICES),
  customTemplates: listOf(isTemplate, 500),
  disabledTemplates: listOf(stringUpTo(100), 1000),
  dailyReminder: isBoolean,
  reminderHour: integerIn(0, 23),
  mastodonInstances: listOf((value) => typeof value === 'string' && HOST_PATTERN.test(value), 50),
  retentionDays: integerIn(0, 3650),
};

export function readSettingsShape(raw: unknown): LoadedSettings {
  if (!isRecord(raw)) return { settings: DEFAULT_SETTINGS, repaired: [] };
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const repaired: string[] = [];
  for (const [field, check] of Object.entries(FIELD_CHECKS)) {
    if (!(field in raw)) continue;
    if (check(raw[field])) settings[field] = raw[field];
    else repaired.push(field);
  }
  return { settings: settings as Settings, repaired };
}
