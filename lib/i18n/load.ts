import type { PublicPath } from 'wxt/browser';
import { speakUiLanguage, type Dictionary } from './messages';
import { LANGUAGE_CHOICES, uiLocaleFor, type LanguageChoice, type UiLocale } from './locales';

/** The language the browser's own messages are in: its UI language where FeedCoach speaks it, else English. */
export const browserUiLocale = (): UiLocale => uiLocaleFor('auto', browser.i18n.getUILanguage());

/**
 * A dictionary as the background hands it to a content script, checked for its shape (strings by key) without Zod:
 * the content script starts on every page load and builds no schema (issue 21).
 */
export function asDictionary(value: unknown): Dictionary | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.values(value).every((text) => typeof text === 'string') ? (value as Dictionary) : undefined;
}

/** A dictionary from a messages.json file's text ({"key": {"message": "..."}}); strings only, whatever the file holds. */
export function dictionaryOf(file: unknown): Dictionary {
  const dictionary: Dictionary = {};
  if (typeof file !== 'object' || file === null) return dictionary;
  for (const [key, entry] of Object.entries(file)) {
    const message: unknown = (entry as { message?: unknown } | null)?.message;
    if (typeof message === 'string') dictionary[key] = message;
  }
  return dictionary;
}

/**
 * One language's messages, read from the _locales/ file the build wrote: for the extension's own pages and its
 * background (a content script cannot read extension files, and asks the background: the 'ui-messages' message).
 */
export async function readDictionary(locale: UiLocale): Promise<Dictionary> {
  // The build writes _locales/ (@wxt-dev/i18n), so WXT's list of public paths does not know it.
  const response = await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json` as PublicPath));
  return dictionaryOf(await response.json());
}

/**
 * Makes this context speak the chosen language. The browser's language costs nothing (the browser's own messages);
 * another one loads only that language's dictionary, through `dictionaryFor`. Should it fail, the browser's
 * language stands: FeedCoach still says everything, in the language the browser chose.
 */
export async function activateUiLanguage(choice: LanguageChoice, dictionaryFor: (locale: UiLocale) => Promise<Dictionary | undefined> = readDictionary): Promise<UiLocale> {
  const locale = uiLocaleFor(choice, browser.i18n.getUILanguage());
  const browsers = browserUiLocale();
  const dictionary = locale === browsers ? undefined : await dictionaryFor(locale).catch(() => undefined);
  const spoken = dictionary ? locale : browsers;
  speakUiLanguage(spoken, dictionary);
  return spoken;
}

/**
 * The language setting alone, straight from storage: the popup's first figures are drawn before the settings'
 * schema has loaded (lib/settings/schema.ts validates the whole of them later); anything unreadable is 'auto'.
 */
export async function readLanguageChoice(): Promise<LanguageChoice> {
  const { settings } = (await browser.storage.local.get('settings')) as { settings?: { language?: unknown } };
  const choice = settings?.language;
  return (LANGUAGE_CHOICES as readonly unknown[]).includes(choice) ? (choice as LanguageChoice) : 'auto';
}
