import { describe, expect, it } from 'vitest';
import { UI_LOCALES, type UiLocale } from '../../lib/i18n/locales';
import { speakUiLanguage, takesSingular, t } from '../../lib/i18n/messages';
import { formatNumber } from '../../lib/model/format';
import { countInWords, describeLadder, LADDER, type LevelValue } from '../../lib/model/ladder';
import { sourceDictionary, speak } from '../support/i18n';

// t() cuts each message at its plural forms and placeholders once per language (lib/i18n/messages.ts), and the
// badge's name is written with loops instead of arrays (lib/model/ladder.ts). Each must write exactly what the
// general algorithm writes, in every language, for every message and count: these are those algorithms, as they were.

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

function generalDescribeLadder(levels: readonly LevelValue[]): string {
  const shown = [...levels]
    .reverse()
    .filter((level) => level.value !== undefined)
    .map((level) => countInWords(level.value!, level.id, level.lowerBound));
  const hidden = levels.filter((level) => level.value === undefined).map((level) => t(`levelInText.${level.id}`));
  const parts = [shown.length > 0 ? shown.join(', ') : t('ladder.noCounts')];
  if (hidden.length > 0) parts.push(t('ladder.notShown', { levels: hidden.join(', ') }));
  return parts.join('; ');
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

  it("names a badge's ladder as the general algorithm does, for every mix of shown, hidden and rounded counts", async () => {
    await speak(locale);
    const values = [undefined, 0, 1, 2, 1284, 11_716];
    let seed = 7;
    const pick = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed;
    };
    for (let round = 0; round < 400; round += 1) {
      const levels: LevelValue[] = LADDER.map(({ level, id }) => ({ level, id, value: values[pick() % values.length], lowerBound: pick() % 3 === 0 }));
      expect(describeLadder(levels)).toBe(generalDescribeLadder(levels));
    }
    const none = LADDER.map(({ level, id }) => ({ level, id, value: undefined, lowerBound: false }));
    expect(describeLadder(none)).toBe(generalDescribeLadder(none));
  });

  it('writes whole numbers below a thousand as Intl does, without asking which language is spoken', () => {
    const intl = new Intl.NumberFormat(locale);
    for (let value = -1200; value <= 1200; value += 1) expect(formatNumber(value, locale)).toBe(intl.format(value));
  });
});
