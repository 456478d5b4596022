import type { UiLocale } from './locales';

/** One language's messages by messages.json key: what a context that speaks a language other than the browser's reads. */
export type Dictionary = Record<string, string>;

interface SpokenLanguage {
  locale: UiLocale;
  /** Absent when the browser's own messages are the language spoken. */
  dictionary?: Dictionary;
  /** Texts already looked up: every badge asks for the same few, and the browser's getMessage costs a call each time. */
  looked: Map<string, string>;
}

/**
 * Kept on the global object, not in this module: the content script and the panel kit it loads on demand
 * (lib/panel-kit/) are separate bundles in one isolated world, each with its own copy of this module, and both must
 * speak the language the content script chose.
 */
const SPOKEN = Symbol.for('feedcoach.ui-language');
const holder = globalThis as { [SPOKEN]?: SpokenLanguage };

/** The language this context speaks (lib/i18n/messages.ts sets it): what its numbers, dates and plurals follow. */
export const uiLocale = (): UiLocale => holder[SPOKEN]?.locale ?? 'en';

/** The chosen language's messages, when it is not the browser's. */
export const uiDictionary = (): Dictionary | undefined => holder[SPOKEN]?.dictionary;

/** The texts this context has looked up in the language it speaks. */
export function lookedUp(): Map<string, string> {
  return (holder[SPOKEN] ??= { locale: 'en', looked: new Map() }).looked;
}

export function setUiLanguage(locale: UiLocale, dictionary?: Dictionary): void {
  holder[SPOKEN] = dictionary ? { locale, dictionary, looked: new Map() } : { locale, looked: new Map() };
}
