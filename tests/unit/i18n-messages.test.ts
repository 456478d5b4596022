import { describe, expect, it } from 'vitest';
import { UI_LOCALES, uiLocaleFor, type UiLocale } from '../../lib/i18n/locales';
import { takesSingular } from '../../lib/i18n/messages';
import { formatNumber, formatPercent, formatTimeAgo } from '../../lib/model/format';
import { sourceDictionary } from '../support/i18n';

const placeholders = (text: string) => [...new Set(Array.from(text.matchAll(/\{(\w+)\}/g), ([, name]) => name))].sort();
const forms = (text: string) => text.split(' | ').length;

describe('the messages of every language', () => {
  it.each(UI_LOCALES.filter((locale) => locale !== 'en'))('%s has every English key, no other, none empty, each with the same placeholders and plural forms', async (locale) => {
    const english = await sourceDictionary('en');
    const other = await sourceDictionary(locale);
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      const translated = other[key]!;
      expect(translated.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(translated), `${locale} ${key}`).toEqual(placeholders(text));
      expect(forms(translated), `${locale} ${key}`).toBe(forms(text));
    }
  });

  it('leaves no English sentence untranslated (names and shared words aside)', async () => {
    const english = await sourceDictionary('en');
    const sameEverywhere = new Set(['extName', 'list_more', 'velocity_up', 'velocity_down', 'badge_label', 'badge_labelScored', 'badge_shortLabel', 'badge_shortLabelScored', 'panel_actionWhen', 'toolbar_owed', 'level_likes', 'levelInText_likes', 'count_likes']);
    for (const locale of ['de', 'fr', 'es'] as const) {
      const other = await sourceDictionary(locale);
      const untranslated = Object.keys(english).filter((key) => other[key] === english[key] && !sameEverywhere.has(key) && !key.startsWith('options_languageName_'));
      // Words the languages share: German marketers say "Shares", French ones "mention" and "conversation".
      const shared = { de: ['level_shares', 'optionsSections_server'], fr: ['count_mentionsOnly', 'badge_word_conversation', 'optionsSections_sites', 'csv_site'], es: [] }[locale];
      expect(untranslated.filter((key) => /[a-z]{4}/.test(english[key]!)), locale).toEqual(shared);
    }
  });
});

describe('choosing the language', () => {
  it('follows the browser unless Settings chose one, and falls back to English', () => {
    expect(uiLocaleFor('auto', 'de-AT')).toBe('de');
    expect(uiLocaleFor('auto', 'fr')).toBe('fr');
    expect(uiLocaleFor('auto', 'es_419')).toBe('es');
    expect(uiLocaleFor('auto', 'it-IT')).toBe('en');
    expect(uiLocaleFor('es', 'de-DE')).toBe('es');
  });
});

describe('numbers, plurals and times in each language', () => {
  it.each(UI_LOCALES)('%s: whole numbers are grouped exactly as Intl groups them', (locale) => {
    const intl = new Intl.NumberFormat(locale);
    for (const value of [0, 7, 999, 1000, 1284, 9999, 10_000, 11_716, 123_456, 1_234_567, 987_654_321, -1284, -12_345]) {
      expect(formatNumber(value, locale)).toBe(intl.format(value));
    }
  });

  it('writes 1,284 the way each language reads it', () => {
    expect(['en', 'de', 'fr', 'es'].map((locale) => formatNumber(1284, locale as UiLocale))).toEqual(['1,284', '1.284', '1\u202f284', '1284']);
    expect(formatNumber(12_408, 'es')).toBe('12.408');
    expect(formatNumber(2.5, 'de')).toBe('2,5');
  });

  it.each(UI_LOCALES)('%s: the singular is chosen where Intl.PluralRules says "one"', (locale) => {
    const rules = new Intl.PluralRules(locale);
    for (let count = 0; count <= 1100; count += 1) expect(takesSingular(locale, count), `${locale} ${count}`).toBe(rules.select(count) === 'one');
  });

  it('formats percentages and relative times through Intl', () => {
    expect(formatPercent(0.046, 1, 1, 'de')).toBe('4,6\u00a0%');
    expect(formatPercent(0.046, 1, 1, 'en')).toBe('4.6%');
    const now = Date.UTC(2026, 0, 10, 12);
    expect(['en', 'de', 'fr', 'es'].map((locale) => formatTimeAgo(now - 26 * 3600_000, now, locale as UiLocale))).toEqual(['yesterday', 'gestern', 'hier', 'ayer']);
    expect(formatTimeAgo(now - 3 * 3600_000, now, 'de')).toBe('vor 3 Stunden');
    expect(formatTimeAgo(now - 3 * 3600_000, now, 'fr')).toBe('il y a 3 heures');
  });
});
