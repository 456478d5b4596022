import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { dictionaryOf } from '../../lib/i18n/load';
import type { UiLocale } from '../../lib/i18n/locales';
import { speakUiLanguage, type Dictionary } from '../../lib/i18n/messages';

const dictionaries = new Map<UiLocale, Promise<Dictionary>>();

/** A language's dictionary as the build writes it into _locales/<language>/messages.json, from locales/<language>.yml. */
export function sourceDictionary(locale: UiLocale): Promise<Dictionary> {
  let dictionary = dictionaries.get(locale);
  if (!dictionary) {
    const file = resolve(import.meta.dirname, '../../locales', `${locale}.yml`);
    dictionary = parseMessagesFile(file).then((messages) => dictionaryOf(generateChromeMessages(messages)));
    dictionaries.set(locale, dictionary);
  }
  return dictionary;
}

/** Makes the code under test speak `locale`, as a context does once it has its language's messages. */
export async function speak(locale: UiLocale): Promise<void> {
  speakUiLanguage(locale, await sourceDictionary(locale));
}
