// How a prompt names the people it thanks, so that the network tells them (domain.md section 7).
// - @handle where a typed @handle notifies: X, Bluesky, Mastodon (user@server across servers), Threads,
//   Instagram, TikTok, and YouTube (comment replies are addressed "@handle", and that notifies).
// - u/name on Reddit: a typed u/name notifies the user.
// - The display name on LinkedIn and Facebook: there a mention only notifies when it is picked from the
//   list the site opens after "@" (or after the first letters of a name), so the prompt carries the name
//   and its hint says to pick it from that list.
import { t } from '../i18n/messages';
import type { SiteId } from '../sites/types';
import type { TemplateLanguage } from './templates';

export interface Person {
  handle: string;
  /** Display name as the page shows it. */
  name?: string;
}

type MentionStyle = 'handle' | 'reddit' | 'picked-name';
/** A site a reply goes to (TikTok is named here before every branch knows it as a site id). */
export type ReplySite = SiteId | 'tiktok';
type Site = ReplySite;

const STYLES: Readonly<Record<Site, MentionStyle>> = {
  x: 'handle',
  bluesky: 'handle',
  mastodon: 'handle',
  threads: 'handle',
  instagram: 'handle',
  tiktok: 'handle',
  youtube: 'handle',
  reddit: 'reddit',
  linkedin: 'picked-name',
  facebook: 'picked-name',
};

const SITE_NAMES: Readonly<Record<Site, string>> = {
  x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon', threads: 'Threads', instagram: 'Instagram', tiktok: 'TikTok',
  youtube: 'YouTube', reddit: 'Reddit', linkedin: 'LinkedIn', facebook: 'Facebook',
};

const AND: Readonly<Record<TemplateLanguage, string>> = { en: 'and', es: 'y', de: 'und', fr: 'et' };
const MORE: Readonly<Record<TemplateLanguage, string>> = { en: 'more', es: 'más', de: 'weitere', fr: 'autres' };
/** A thank-you can name everyone in one notification group; beyond this it reads like a list, not a note. */
const MAX_NAMED = 10;
const MAX_NAME_LENGTH = 80;

/**
 * Names and handles come from the page and are hostile input: control characters and bidirectional
 * overrides (which could make the reply read backwards) go, whitespace collapses, length is capped.
 */
export function cleanValue(value: string | undefined, maxLength = MAX_NAME_LENGTH): string {
  const text = (value ?? '')
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // An adapter bug must not put the word "undefined" in front of a person.
  if (text === 'undefined' || text === 'null') return '';
  return [...text].slice(0, maxLength).join('');
}

/**
 * "Jane Doe | Growth @ Acme" -> "Jane Doe": people are greeted by name, not by their bio. A single letter
 * (an avatar's initial read as a name) is no name.
 */
export function personalName(displayName: string | undefined): string {
  const name = cleanValue(displayName);
  const short = name.split(/\s+[|·•–—-]\s+|\s*\(/)[0]?.trim() || name;
  return [...short].length > 1 ? short : '';
}

const bareHandle = (handle: string) => cleanValue(handle).replace(/^@+/, '').replace(/\s+/g, '');

/** "A, B and C" in the prompt's language. */
export function listOf(items: readonly string[], language: TemplateLanguage): string {
  const named = items.length > MAX_NAMED ? [...items.slice(0, MAX_NAMED - 1), `${items.length - MAX_NAMED + 1} ${MORE[language]}`] : items;
  if (named.length < 2) return named[0] ?? '';
  return `${named.slice(0, -1).join(', ')} ${AND[language]} ${named[named.length - 1]}`;
}

/** One person as the site notifies them. */
export function mentionOf(person: Person, site: ReplySite | undefined): string {
  return mentionOne(person, site ? STYLES[site] : 'handle');
}

function mentionOne(person: Person, style: MentionStyle): string {
  const handle = bareHandle(person.handle);
  if (style === 'picked-name') return personalName(person.name) || handle;
  if (style === 'reddit') return handle ? `u/${handle.replace(/^u\//i, '')}` : personalName(person.name);
  return handle ? `@${handle}` : personalName(person.name);
}

export interface Mention {
  /** Everyone, as the site notifies them: "@ana_writes and @ben_c", "u/ana", "Ana Souza and Ben Carter". */
  text: string;
  /** What the user must do for the site to notify them, where typing the text is not enough. */
  hint?: string;
}

/** How to name people in a prompt on a site; without a site, @handle where there is one. */
export function mentionPeople(people: readonly Person[], site: ReplySite | undefined, language: TemplateLanguage): Mention {
  const style = site ? STYLES[site] : 'handle';
  const names = people.map((person) => mentionOne(person, style)).filter(Boolean);
  const text = listOf([...new Set(names)], language);
  if (style !== 'picked-name' || !site || !text) return { text };
  const hint = names.length === 1 ? t('prompts.tagHintOne', { site: SITE_NAMES[site], name: names[0]! }) : t('prompts.tagHintMany', { site: SITE_NAMES[site] });
  return { text, hint };
}
