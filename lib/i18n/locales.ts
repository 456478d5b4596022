/** The languages FeedCoach's own words come in (locales/<language>.yml); English is the source and the fallback. */
export const UI_LOCALES = ['en', 'de', 'fr', 'es'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** The language setting: the browser's UI language ('auto'), or one of FeedCoach's languages chosen in Settings. */
export const LANGUAGE_CHOICES = ['auto', ...UI_LOCALES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

const isUiLocale = (value: string): value is UiLocale => (UI_LOCALES as readonly string[]).includes(value);

/**
 * The language FeedCoach speaks: the one chosen in Settings, else the browser's ("de-AT" speaks German), else English,
 * as the browser itself falls back to the manifest's default_locale for a language FeedCoach does not have.
 */
export function uiLocaleFor(choice: LanguageChoice, browserLanguage: string): UiLocale {
  if (choice !== 'auto') return choice;
  const language = browserLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  return isUiLocale(language) ? language : 'en';
}
