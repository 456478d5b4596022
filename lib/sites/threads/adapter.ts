import { isoDate, queryOutside, readText } from '../dom';
import { MetricsCollector } from '../metrics';
import type { MetricKey, PostContext, ReadResult, RequiredField, SiteAdapter } from '../types';
import { THREADS_ACTION_LABELS, THREADS_ACTION_ORDER, THREADS_SELECTORS as S, type ThreadsAction } from './selectors';

const POST_PATH = /^\/@([\w.]{1,30})\/post\/([\w-]+)/;
const PROFILE_PATH = /^\/@([\w.]{1,30})\/?$/;

function pathOf(href: string | null | undefined): string {
  if (!href) return '';
  try {
    return new URL(href, 'https://www.threads.com').pathname;
  } catch {
    return '';
  }
}

function outside(nested: readonly Element[]) {
  return (node: Element) => !nested.some((outer) => outer.contains(node));
}

function actionOf(label: string | null): ThreadsAction | undefined {
  const lower = (label ?? '').trim().toLowerCase();
  for (const [action, labels] of Object.entries(THREADS_ACTION_LABELS) as [ThreadsAction, readonly string[]][]) {
    if (labels.includes(lower)) return action;
  }
  return undefined;
}

function commonAncestor(a: Element, b: Element): Element | null {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node;
}

/** The post's action icons by what they do; undefined when the post has no recognisable action row. */
function findActions(root: Element, nested: readonly Element[]): Map<ThreadsAction, Element> | undefined {
  const icons = Array.from(root.querySelectorAll(S.actionIcon)).filter(outside(nested));
  const actions = new Map<ThreadsAction, Element>();
  for (const icon of icons) {
    const action = actionOf(icon.getAttribute('aria-label'));
    if (action && !actions.has(action)) actions.set(action, icon);
  }
  if (actions.has('likes')) return actions;

  // A locale missing from the label lists: the action row is the post's last icon buttons, in a fixed order,
  // and holds nothing else (which keeps the header's "more" button out of it).
  const row = icons.slice(-THREADS_ACTION_ORDER.length);
  const first = row[0];
  const last = row[row.length - 1];
  if (row.length < THREADS_ACTION_ORDER.length || !first || !last) return undefined;
  const rowRoot = commonAncestor(first, last);
  if (!rowRoot || rowRoot === root || rowRoot.querySelectorAll(S.actionIcon).length !== row.length) return undefined;
  return new Map(THREADS_ACTION_ORDER.map((action, index) => [action, row[index]!]));
}

/** The count beside an action icon: its next sibling, or the next sibling of the icon's wrapper. */
function countText(icon: Element): string {
  const button = icon.closest(S.actionButton);
  const wrapper = icon.parentElement;
  const sibling = icon.nextElementSibling ?? (wrapper && wrapper !== button ? wrapper.nextElementSibling : null);
  return readText(sibling);
}

const METRIC_OF: Partial<Record<ThreadsAction, MetricKey>> = { likes: 'likes', replies: 'replies', reposts: 'reposts' };

function readMetrics(actions: Map<ThreadsAction, Element>): MetricsCollector {
  const metrics = new MetricsCollector();
  for (const [action, icon] of actions) {
    const key = METRIC_OF[action];
    // Threads prints no number for a zero count, so an empty sibling leaves the count unknown.
    if (key) metrics.setFromText(key, countText(icon));
  }
  return metrics;
}

function readBody(root: Element, nested: readonly Element[]): string {
  for (const span of root.querySelectorAll(S.text)) {
    if (!outside(nested)(span) || span.closest(`a, ${S.actionButton}`)) continue;
    const text = readText(span);
    if (text) return text;
  }
  return '';
}

function readQuoted(nested: readonly Element[]): PostContext['quoted'] {
  const card = nested[0];
  if (!card) return undefined;
  const match = POST_PATH.exec(pathOf(card.querySelector(S.permalink)?.getAttribute('href')));
  const handle = match?.[1] ?? PROFILE_PATH.exec(pathOf(card.querySelector(S.author)?.getAttribute('href')))?.[1];
  return { ...(handle && { handle }), ...(match && { postId: match[2] }) };
}

export function readThreadsPost(root: Element): ReadResult {
  // A quoted post is a pressable container of its own inside the post: its links and counts are not this post's.
  const nested = Array.from(root.querySelectorAll(S.post));
  const missing: RequiredField[] = [];

  const time = queryOutside(root, S.permalinkTime, nested);
  const link = time?.closest('a') ?? queryOutside(root, S.permalink, nested);
  const match = POST_PATH.exec(pathOf(link?.getAttribute('href')));
  if (!match) missing.push('postId');

  const handle = match?.[1] ?? PROFILE_PATH.exec(pathOf(queryOutside(root, S.author, nested)?.getAttribute('href')))?.[1];
  if (!handle) missing.push('author');

  const actions = findActions(root, nested);
  if (!actions) missing.push('metrics');

  if (!match || !handle || !actions) return { ok: false, missing };

  const metrics = readMetrics(actions);
  const datetime = isoDate(time?.getAttribute('datetime'));
  const quoted = readQuoted(nested);
  return {
    ok: true,
    post: {
      site: 'threads',
      postId: match[2]!,
      permalink: `https://www.threads.com/@${handle}/post/${match[2]}`,
      author: { handle },
      ...(datetime && { publishedAt: datetime }),
      text: readBody(root, nested),
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context: quoted ? { quoted } : {},
    },
  };
}

export const threadsAdapter: SiteAdapter = {
  site: 'threads',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  postSelector: S.post,
  readPost: readThreadsPost,
  overlayAnchor(root) {
    // In the action row, after the share button; a post without one gets the badge at its end.
    const actions = findActions(root, Array.from(root.querySelectorAll(S.post)));
    const like = actions?.get('likes')?.closest(S.actionButton);
    const other = (actions?.get('share') ?? actions?.get('replies'))?.closest(S.actionButton);
    const row = like && other ? commonAncestor(like, other) : like?.parentElement;
    return { parent: row && root.contains(row) ? row : root };
  },
};
