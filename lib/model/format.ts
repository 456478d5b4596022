import { uiLocale } from '../i18n/active-locale';
import type { UiLocale } from '../i18n/locales';

/**
 * For fractions: toLocaleString would build a new formatter on every call, which is slow per post. Built on first
 * use, not at load: the first Intl formatter of a page loads ICU's locale data (about 30 ms of CPU on every page
 * load the content script starts on, on the benchmark machine, for a formatter that only the panel's rates need).
 */
const fractions = new Map<UiLocale, Intl.NumberFormat>();

/**
 * How each language groups whole numbers, as Intl does (a unit test compares them): "11,716", "11.716", "11 716"
 * (a narrow no-break space), and Spanish leaves four digits ungrouped ("1284", "11.716").
 */
const GROUPING: Record<UiLocale, { separator: string; fromDigits: number }> = {
  en: { separator: ',', fromDigits: 4 },
  de: { separator: '.', fromDigits: 4 },
  fr: { separator: '\u202f', fromDigits: 4 },
  es: { separator: '.', fromDigits: 5 },
};

/**
 * 11716 -> "11,716" (German "11.716", French "11 716"), 2.5 -> "2.5" ("2,5"), in the language FeedCoach speaks.
 * Whole numbers, which is what badges show for every post, are grouped by hand: even a cached Intl formatter costs
 * several microseconds a call, and a badge names six counts.
 */
export function formatNumber(value: number, locale?: UiLocale): string {
  // No language groups fewer than four digits: most counts a badge names are written without asking which is spoken.
  if (value > -1000 && value < 1000 && Number.isInteger(value)) return String(value);
  locale ??= uiLocale();
  if (!Number.isSafeInteger(value)) {
    let formatter = fractions.get(locale);
    if (!formatter) fractions.set(locale, (formatter = new Intl.NumberFormat(locale)));
    return formatter.format(value);
  }
  const digits = String(Math.abs(value));
  const { separator, fromDigits } = GROUPING[locale];
  let grouped = digits;
  if (digits.length >= fromDigits) {
    const head = digits.length % 3 || 3;
    grouped = digits.slice(0, head);
    for (let at = head; at < digits.length; at += 3) grouped += `${separator}${digits.slice(at, at + 3)}`;
  }
  return value < 0 ? `-${grouped}` : grouped;
}

/** 0.046 -> "4.6%" ("4,6 %" in German and French), with up to `maximumDigits` decimals (at least `minimumDigits`). */
export function formatPercent(fraction: number, maximumDigits = 1, minimumDigits = maximumDigits, locale: UiLocale = uiLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: minimumDigits, maximumFractionDigits: maximumDigits }).format(fraction);
}

/** A day and time the way the language writes it ("Tue 18:00", "mar. 18:00"). */
export function formatDateTime(at: number, options: Intl.DateTimeFormatOptions, locale: UiLocale = uiLocale()): string {
  return new Intl.DateTimeFormat(locale, options).format(at);
}

/** How long ago `since` was, in the unit a person would say it in: minutes within the hour, hours within the day, days. */
export function elapsed(since: number, now: number): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const minutes = Math.max(1, Math.round((now - since) / 60_000));
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { value: hours, unit: 'hour' };
  return { value: Math.round(hours / 24), unit: 'day' };
}

/** "yesterday", "3 hours ago", "5 days ago"; "gestern", "il y a 3 heures", "hace 5 días". */
export function formatTimeAgo(since: number, now: number, locale: UiLocale = uiLocale()): string {
  const { value, unit } = elapsed(since, now);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-value, unit);
}
