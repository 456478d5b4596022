import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OwedList } from '../../components/popup/OwedList';
import type { ReminderRow } from '../../lib/db/schema';
import type { UiLocale } from '../../lib/i18n/locales';
import { speak } from '../support/i18n';

const reminder = (kind: ReminderRow['kind'], excerpt: string): ReminderRow => ({
  id: `x:${kind}`,
  site: 'x',
  personKey: 'x:ana_writes',
  handle: 'ana_writes',
  kind,
  owes: 'thanks',
  status: 'open',
  snoozedUntil: 0,
  createdAt: 0,
  excerpt,
});

/** Each row of the thanks owed as a person reads it: who did what where, then the words quoted. */
function rows(reminders: ReminderRow[]): { did: string; quoted: string }[] {
  const root = document.createElement('div');
  root.innerHTML = renderToStaticMarkup(<OwedList reminders={reminders} owes="thanks" />);
  return [...root.querySelectorAll('li')].map((row) => {
    const quoted = row.querySelector('.excerpt')?.textContent ?? '';
    return { did: (row.querySelector('.who')?.textContent ?? '').slice(0, -quoted.length), quoted };
  });
}

/** Per language: who shared, who liked (in that language's word order), and its quotation marks around the words. */
const SHOWN: { locale: UiLocale; shared: string; liked: string; quote: [string, string] }[] = [
  { locale: 'en', shared: '@ana_writes shared your post on X', liked: '@ana_writes liked your post on X', quote: ['“', '”'] },
  { locale: 'de', shared: '@ana_writes hat Ihren Beitrag auf X geteilt', liked: '@ana_writes hat Ihren Beitrag auf X geliked', quote: ['„', '“'] },
  { locale: 'fr', shared: '@ana_writes a partagé votre publication sur X', liked: '@ana_writes a aimé votre publication sur X', quote: ['«\u202f', '\u202f»'] },
  { locale: 'es', shared: '@ana_writes compartió tu publicación en X', liked: '@ana_writes le dio me gusta a tu publicación en X', quote: ['«', '»'] },
];

describe.each(SHOWN)('the popup’s thanks owed in $locale', ({ locale, shared, liked, quote: [open, close] }) => {
  it('says who did what on which site in that language’s word order, and quotes their words in its quotation marks', async () => {
    await speak(locale);
    expect(rows([reminder('repost', 'Boring posts win.'), reminder('like', 'Ship it.')])).toEqual([
      { did: shared, quoted: `${open}Boring posts win.${close}` },
      { did: liked, quoted: `${open}Ship it.${close}` },
    ]);
  });
});
