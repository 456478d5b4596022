import { parseLink } from './href';
import { MAX_TEXT_LENGTH, type PostReading } from './types';

/**
 * Raw characters read at most, as a multiple of the cap: whitespace folds away (a site's markup indents its text),
 * so a little more than the cap is read, but never the whole of a node that a page made megabytes long.
 */
const RAW_READ_FACTOR = 8;

/**
 * Visible text of a node, with emoji images read from their alt text, whitespace folded and capped (a cut leaves
 * no space at its end). Reads only text: markup in a post can never become markup of ours. Cuts as it reads and
 * folds only what it keeps: a 10 MB post costs what a post at the cap costs (folding textContent first froze the
 * tab 0.25-1.1 s).
 */
export function readText(node: Element | null | undefined, maxLength = MAX_TEXT_LENGTH): string {
  if (!node) return '';
  const rawLimit = maxLength * RAW_READ_FACTOR;
  // A wrapper around one element and nothing else reads as that element ("<div><div dir="auto">text</div></div>").
  let inner = node;
  while (inner.childElementCount === 1 && inner.firstChild === inner.lastChild) inner = inner.firstElementChild!;
  if (inner !== node && inner.tagName === 'IMG') return cut(inner.getAttribute('alt') ?? '', rawLimit, maxLength);
  // Most counts, names and labels hold text alone: their textContent is that text, read without touching a node
  // (in a content script's isolated world every node touched costs a wrapper; a walker touches each one). In
  // Chromium that costs 0.07 ms even for one text node of 10 MB; a post of 20,000 paragraphs took 28 ms to read
  // whole, so a node holding elements is walked, cut at the cap.
  if (inner.childElementCount === 0) return cut(inner.textContent ?? '', rawLimit, maxLength);
  // Elements are visited too (for emoji images): looking for an image first would walk the whole node.
  const walker = node.ownerDocument.createTreeWalker(inner, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let text = '';
  let rawRead = 0;
  // One more than the cap: a leading space is trimmed at the end.
  for (let current = walker.nextNode(); current && text.length <= maxLength && rawRead < rawLimit; current = walker.nextNode()) {
    const piece =
      current.nodeType === Node.TEXT_NODE
        ? (current.nodeValue ?? '')
        : (current as Element).tagName === 'IMG'
          ? ((current as Element).getAttribute('alt') ?? '')
          : '';
    if (!piece) continue;
    const raw = piece.slice(0, rawLimit - rawRead);
    rawRead += raw.length;
    const folded = raw.replace(/\s+/g, ' ');
    text += text.endsWith(' ') && folded.startsWith(' ') ? folded.slice(1) : folded;
  }
  // Folded piece by piece and where pieces meet: no run of spaces is left to fold.
  return cut(text, rawLimit, maxLength);
}

/**
 * Raw text folded, trimmed and cut to `maxLength`, with no space left at the cut: the same whether the text came
 * in one piece or was folded piece by piece and the reading stopped past the cap at any piece's end.
 */
const cut = (raw: string, rawLimit: number, maxLength: number): string => raw.slice(0, rawLimit).replace(/\s+/g, ' ').trim().slice(0, maxLength).trimEnd();

/** A pattern that finds any of `words` as written: one test of a text instead of an `includes` per word. */
export const anyOf = (words: readonly string[]): RegExp => new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Text with its whitespace folded to single spaces, trimmed and capped. */
export const foldSpaces = (text: string, maxLength = MAX_TEXT_LENGTH) => text.replace(/\s+/g, ' ').trim().slice(0, maxLength);

/**
 * The first element inside `root` that matches one of `selectors`, tried in turn: an earlier selector wins over
 * document order. Chromium matches a selector list ("a, b") on a slower path than a single selector: on an X post,
 * querySelector with a list of two took 4-5 times as long as with its two selectors one after the other. Where the
 * whole subtree is walked anyway (querySelectorAll), splitting does not pay: the feed watcher's post selector
 * list, split, cost more.
 */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * The first element matching `selector` inside `root` that is not inside any of the `excluded` subtrees. Given
 * alternatives, they are tried in turn, as in `queryFirst`.
 */
export function queryOutside(root: Element, selector: string | readonly string[], excluded: readonly Element[]): Element | undefined {
  if (typeof selector !== 'string') {
    for (const each of selector) {
      const found = queryOutside(root, each, excluded);
      if (found) return found;
    }
    return undefined;
  }
  // The first match is nearly always the answer (or there is none): querySelector stops there and builds no list.
  const first = root.querySelector(selector);
  if (!first) return undefined;
  if (!excluded.some((outer) => outer.contains(first))) return first;
  for (const candidate of root.querySelectorAll(selector)) {
    if (!excluded.some((outer) => outer.contains(candidate))) return candidate;
  }
  return undefined;
}

/** The nearest element holding both `a` and `b` (`a` itself when it holds `b`). */
export function commonAncestor(a: Element, b: Element): Element | null {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node;
}

/**
 * A page's timestamp attribute as a canonical ISO 8601 string, or undefined when it is not one: what a page
 * says is hostile input, and a stored post must never carry an unreadable date.
 */
const CANONICAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function isoDate(value: string | null | undefined): string | undefined {
  // Most sites already write the canonical form; only a real date passes the check below.
  if (value && CANONICAL_ISO.test(value) && !Number.isNaN(Date.parse(value))) return value;
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const fraction = (match[2] ?? '').slice(0, 3).padEnd(3, '0');
  const offset = !match[3] || match[3] === 'Z' ? 'Z' : `${match[3].slice(0, 3)}:${match[3].slice(-2)}`;
  return isoFromMillis(Date.parse(`${match[1]}.${fraction}${offset}`));
}

/**
 * The times ISO 8601's four-digit years can write (0000-9999): outside them toISOString gives "+010000-…" or
 * "-000001-…", which no reader takes (a post carrying one was refused whole by the background).
 */
const FIRST_ISO_TIME = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_ISO_TIME = Date.parse('9999-12-31T23:59:59.999Z');

/** A time as a canonical ISO 8601 string, or undefined when it is no time or not within years 0000-9999. */
export function isoFromMillis(millis: number): string | undefined {
  return Number.isFinite(millis) && millis >= FIRST_ISO_TIME && millis <= LAST_ISO_TIME ? new Date(millis).toISOString() : undefined;
}

/**
 * The people a notification names through its profile links: each handle once, with the first display name given
 * (avatar links carry none), the user left out.
 */
export function linkedPeople(root: Element, linkSelector: string, handleOf: (href: string | null) => string | undefined, me: string): { handle: string; name?: string }[] {
  const people = new Map<string, string | undefined>();
  for (const link of root.querySelectorAll(linkSelector)) {
    const handle = handleOf(link.getAttribute('href'));
    if (!handle || handle.toLowerCase() === me.toLowerCase()) continue;
    const name = readText(link) || undefined;
    if (!people.has(handle) || (!people.get(handle) && name)) people.set(handle, name);
  }
  return [...people].map(([handle, name]) => ({ handle, ...(name && { name }) }));
}

/**
 * The handles named by the links inside `root` that match `selector` (a post's @mentions), each once, in the order
 * they come. A plain loop: it runs for every post read, and the array-and-set chain it replaced cost more than the
 * links it read.
 */
export function linkedHandles(root: Element | null | undefined, selector: string, handleOf: (href: string | null) => string | undefined): string[] {
  if (!root) return [];
  const handles = new Set<string>();
  for (const link of root.querySelectorAll(selector)) {
    const handle = handleOf(link.getAttribute('href'));
    if (handle !== undefined) handles.add(handle);
  }
  return [...handles];
}

/**
 * The path of a link, "/ana/status/1" from "/ana/status/1?s=20" or "https://x.com/ana/status/1". A site-relative
 * link (most of them) is read as the site wrote it, with no check that URL would read it the same: this runs for
 * many links of every post, and paths are matched against the sites' own patterns after it anyway.
 */
export function hrefPath(href: string | null | undefined, base: string, { decode = false } = {}): string {
  if (!href) return '';
  const path = href.startsWith('/') && !href.startsWith('//') ? href.split(/[?#]/, 1)[0]! : (parseLink(href, base)?.pathname ?? '');
  if (!decode) return path;
  try {
    return decodeURIComponent(path);
  } catch {
    return '';
  }
}

/**
 * Text of a notification outside the elements `skipped` selects (its links and buttons): what the entry says
 * happened, never a name or a quoted excerpt someone else wrote.
 */
export function wordsOutside(root: Element, skipped: string): string {
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current && parts.length < 200; current = walker.nextNode()) {
    if (!current.parentElement?.closest(skipped)) parts.push(current.nodeValue ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** How far after its verb an entry's colon may come ("commented: …", "mentioned you in a comment: …"). */
const VERB_TO_COLON = /^[^:：]{0,40}[:：]\s*/;
/** The quotation marks some sites put around the words they quote (“…”, «…»). */
const QUOTE_MARKS = /^\s*["“”«„‘']+|["“”»’']+\s*$/g;

/**
 * The person's own words a notification entry quotes after its verb ("commented: How did you…"), from the innermost
 * element that holds them, so the entry's names and time stay out; undefined when the entry quotes nothing.
 * `skipped` must not match the entry or its ancestors.
 */
export function wordsAfterVerb(root: Element, skipped: string, verb: RegExp, maxLength = 280): string | undefined {
  let words: string | undefined;
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const text = wordsOutside(element, skipped);
    const found = verb.exec(text);
    const rest = found ? text.slice(found.index + found[0].length) : '';
    const colon = VERB_TO_COLON.exec(rest);
    const quoted = colon ? rest.slice(colon[0].length).replace(QUOTE_MARKS, '').trim().slice(0, maxLength) : '';
    // Elements come in document order, so a later match lies deeper in the entry (or after it): the closest fit.
    if (quoted) words = quoted;
  }
  return words;
}

/** The kind whose words come first in `text` (null for a kind worth nothing, undefined for none). */
export function earliestKind<Kind>(text: string, table: readonly (readonly [Kind, RegExp])[]): Kind | undefined {
  let best: { kind: Kind; at: number } | undefined;
  for (const [kind, pattern] of table) {
    const at = pattern.exec(text)?.index ?? -1;
    if (at >= 0 && (!best || at < best.at)) best = { kind, at };
  }
  return best?.kind;
}

/**
 * A reading whose text is read from `node` when first asked for, then kept. Badges, counts and storage never need a
 * post's text; the panel, and a post that answers or names the user, do: most posts scroll by unread. Reading a
 * post's text touches every node of it, which in the content script's world costs each node a wrapper (on X's bench
 * feed, a tenth of the extension's script per post).
 */
export function textReadWhenAsked(reading: Omit<PostReading, 'text'>, node: Element | null | undefined): PostReading {
  let text: string | undefined;
  return Object.defineProperty(reading, 'text', { get: () => (text ??= readText(node)), enumerable: true }) as PostReading;
}
