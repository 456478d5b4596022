import { describe, expect, it } from 'vitest';
import { UI_LOCALES, type UiLocale } from '../../lib/i18n/locales';
import { speakUiLanguage, takesSingular, t } from '../../lib/i18n/messages';
import { formatNumber } from '../../lib/model/format';
import { sourceDictionary, speak } from '../support/i18n';

// t() cuts each message at its plural forms and placeholders once per language (lib/i18n/messages.ts). It must write
// exactly what the general algorithm writes, in every language, for every message and count: this is that algorithm,
// as it was.

/** A message's text in one language, its plural form chosen and its placeholders filled by search and replace. */
function generalT(text: string, locale: UiLocale, first?: number | Record<string, string | number>, second?: Record<string, string | number>): string {
  const plural = typeof first === 'number';
  const values = plural ? second : first;
  let chosen = text;
  if (plural) {
    const forms = text.split(' | ');
    if (forms.length === 3 && first === 0) chosen = forms[0]!;
    else {
      const [one, other] = forms.length === 3 ? forms.slice(1) : forms;
      chosen = (takesSingular(locale, first) ? one : other) ?? text;
    }
  }
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (values && Object.hasOwn(values, name)) return String(values[name]);
    return plural && name === 'count' ? formatNumber(first, locale) : whole;
  });
}

/** Shapes no message has yet but a translation may: a form for none, more forms, braces that are no placeholder. */
const SYNTHETIC = {
  test_zero: 'no {thing} | {count} {thing} | {count} {thing}s',
  test_four: '{count} a | {count} b | {count} c | {count} d',
  test_braces: '{count} {not a placeholder} {count}{count} | {} {count}',
  test_plain: 'no placeholders | at all',
};

const COUNTS = [0, 1, 2, 3, 5, 10, 11, 21, 100, 999, 1000, 1001, 1284, 9999, 10_000, 11_716, 123_456, 1_234_567, -1, -2, -1284, 0.5, 1.5, 2.25];

/** Any message called as t() may call it: plain, with a count, with every placeholder filled, or some of them. */
const untyped = t as (key: string, ...args: unknown[]) => string;

describe.each(UI_LOCALES)('%s: compiled messages write what the general algorithm writes', (locale) => {
  it('for every message, as a plural with many counts and as a plain message, placeholders filled or not', async () => {
    const dictionary = { ...(await sourceDictionary(locale)), ...SYNTHETIC };
    speakUiLanguage(locale, dictionary);
    for (const [key, text] of Object.entries(dictionary)) {
      const names = [...new Set(Array.from(text.matchAll(/\{(\w+)\}/g), ([, name]) => name!))];
      const every = Object.fromEntries(names.map((name, index) => [name, index % 2 === 0 ? `«${name}»` : index * 1000]));
      const some = Object.fromEntries(names.slice(1).map((name) => [name, `‹${name}›`]));
      // A messages.json key is its own chromeKey: t() finds the message by it as by its dotted yml key.
      expect(untyped(key), key).toBe(generalT(text, locale));
      expect(untyped(key, every), key).toBe(generalT(text, locale, every));
      for (const count of COUNTS) {
        expect(untyped(key, count), `${key} ${count}`).toBe(generalT(text, locale, count));
        expect(untyped(key, count, some), `${key} ${count}`).toBe(generalT(text, locale, count, some));
        expect(untyped(key, count, every), `${key} ${count}`).toBe(generalT(text, locale, count, every));
      }
    }
  });

  it('switches with the language: a message compiled in English is not served in another', async () => {
    await speak('en');
    const english = t('count.replies', 0);
    await speak(locale);
    const dictionary = await sourceDictionary(locale);
    expect(t('count.replies', 0)).toBe(generalT(dictionary.count_replies!, locale, 0));
    if (locale !== 'en') expect(t('count.replies', 0)).not.toBe(english);
  });
});
