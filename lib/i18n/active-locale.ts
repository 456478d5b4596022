import type { UiLocale } from './locales';

let active: UiLocale = 'en';

/** The language this context speaks (lib/i18n/messages.ts sets it): what its numbers, dates and plurals follow. */
export const uiLocale = (): UiLocale => active;

export function setUiLocale(locale: UiLocale): void {
  active = locale;
}
