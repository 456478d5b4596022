import { commonAncestor, hrefPath, isoDate, linkedHandles, linkedPeople, queryOutside, readText, wordsOutside } from '../dom';
import { MetricsCollector } from '../metrics';
import type { ReceivedInteraction } from '../../reciprocity/types';
import type { MetricKey, OverlayAnchor, PostContext, ReadResult, ReciprocityAdapter, RequiredField, SiteAdapter } from '../types';
import {
  THREADS_ACTION_LABELS,
  THREADS_ACTION_ORDER,
  THREADS_ACTIVITY_ICONS,
  THREADS_ACTIVITY_WORDS,
  THREADS_PROFILE_LABELS,
  THREADS_RECIPROCITY_SELECTORS as R,
  THREADS_SELECTORS as S,
  THREADS_UNPRESSED_LABELS,
  type ThreadsAction,
} from './selectors';

const POST_PATH = /^\/@([\w.]{1,30})\/post\/([\w-]+)/;
const PROFILE_PATH = /^\/@([\w.]{1,30})\/?$/;

const pathOf = (href: string | null | undefined): string => hrefPath(href, 'https://www.threads.com');

function outside(nested: readonly Element[]) {
  return (node: Element) => !nested.some((outer) => outer.contains(node));
}

/** Every known action label, lower-cased, to its action: one lookup per icon. */
const ACTION_BY_LABEL = new Map(
  (Object.entries(THREADS_ACTION_LABELS) as [ThreadsAction, readonly string[]][]).flatMap(([action, labels]) => labels.map((label) => [label, action] as const)),
);

const ACTION_COUNT = Object.keys(THREADS_ACTION_LABELS).length;

const actionOf = (label: string | null): ThreadsAction | undefined => ACTION_BY_LABEL.get((label ?? '').trim().toLowerCase());

/** The post's action icons by what they do; undefined when the post has no recognisable action row. */
function findActions(root: Element, nested: readonly Element[]): Map<ThreadsAction, Element> | undefined {
  const isOutside = outside(nested);
  const actions = new Map<ThreadsAction, Element>();
  for (const icon of root.querySelectorAll(S.actionIcon)) {
    if (nested.length > 0 && !isOutside(icon)) continue;
    const action = actionOf(icon.getAttribute('aria-label'));
    if (action && !actions.has(action)) actions.set(action, icon);
    // Every action found: the icons after them (replies' own, in a thread) are not touched.
    if (actions.size === ACTION_COUNT) break;
  }
  if (actions.has('likes')) return actions;

  // A locale missing from the label lists: the action row is the post's last icon buttons, in a fixed order,
  // and holds nothing else (which keeps the header's "more" button out of it).
  const all = Array.from(root.querySelectorAll(S.actionIcon));
  const icons = nested.length > 0 ? all.filter(isOutside) : all;
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

/** In the action row, after the share button; a post without one gets the badge at its end. */
function anchorOf(root: Element, actions: Map<ThreadsAction, Element> | undefined): OverlayAnchor {
  const like = actions?.get('likes')?.closest(S.actionButton);
  const other = (actions?.get('share') ?? actions?.get('replies'))?.closest(S.actionButton);
  const row = like && other ? commonAncestor(like, other) : like?.parentElement;
  return { parent: row && root.contains(row) ? row : root };
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

function readBody(root: Element, nested: readonly Element[]): { text: string; body?: Element } {
  for (const span of root.querySelectorAll(S.text)) {
    if (!outside(nested)(span) || span.closest(`a, ${S.actionButton}`)) continue;
    const text = readText(span);
    if (text) return { text, body: span };
  }
  return { text: '' };
}

const profileHandle = (href: string | null | undefined) => PROFILE_PATH.exec(pathOf(href))?.[1];

/** The profiles the post's text links to: Threads turns an @mention into a link to /@handle. */
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
  const { text, body } = readBody(root, nested);
  const mentions = linkedHandles(body, S.author, profileHandle);
  return {
    ok: true,
    post: {
      site: 'threads',
      postId: match[2]!,
      permalink: `https://www.threads.com/@${handle}/post/${match[2]}`,
      author: { handle },
      ...(datetime && { publishedAt: datetime }),
      text,
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context: quoted ? { quoted } : {},
      ...(mentions.length > 0 && { mentions }),
    },
    findAnchor: () => anchorOf(root, actions),
  };
}

function activityKind(root: Element): ReceivedInteraction['kind'] | null | undefined {
  for (const icon of root.querySelectorAll(R.badge)) {
    if (icon.closest(S.actionButton)) continue;
    const label = (icon.getAttribute('aria-label') ?? '').trim().toLowerCase();
    const known = THREADS_ACTIVITY_ICONS.find(([, labels]) => labels.includes(label));
    if (known) return known[0];
  }
  const words = wordsOutside(root, `a, ${S.actionButton}`);
  return THREADS_ACTIVITY_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
}

/**
 * An activity-page entry without an action row ("ana.souza reposted your thread"): one interaction per person linked.
 * Replies, quotes and mentions with their own action row are posts, read as posts.
 */
function readThreadsNotification(root: Element, me: string): ReceivedInteraction[] | undefined {
  if (!root.ownerDocument.defaultView?.location.pathname.startsWith('/activity')) return undefined;
  if (root.parentElement?.closest(S.post)) return undefined;
  // A post (its own timestamp link or action row) is read as a post, even where its reading fails.
  const nested = Array.from(root.querySelectorAll(S.post));
  if (queryOutside(root, S.permalinkTime, nested) || findActions(root, nested)) return undefined;
  const kind = activityKind(root);
  if (!kind) return [];
  // Threads names people by their handles; an avatar link's "<handle>'s profile picture" is no name.
  const people = linkedPeople(root, S.author, profileHandle, me).map(({ handle }) => ({ handle }));
  const posts = Array.from(root.querySelectorAll(S.permalink), (link) => ({ link, match: POST_PATH.exec(pathOf(link.getAttribute('href'))) }));
  const mine = posts.find(({ match }) => match?.[1]?.toLowerCase() === me.toLowerCase());
  const excerpt = readText(mine?.link, 280) || undefined;
  return people.map((actor) => {
    const theirs = posts.find(({ match }) => match?.[1] === actor.handle)?.match;
    return {
      site: 'threads' as const,
      kind,
      actor,
      ...(mine?.match && { targetPostId: mine.match[2]!, permalink: `https://www.threads.com/@${mine.match[1]}/post/${mine.match[2]}` }),
      ...(theirs && { sourcePostId: theirs[2]!, permalink: `https://www.threads.com/@${theirs[1]}/post/${theirs[2]}` }),
      ...(excerpt && { targetExcerpt: excerpt }),
    };
  });
}

/** A button whose icon carries one of `labels`, as written or capitalised ("reply" and "Reply"). */
function buttonWithIcon(labels: readonly string[]): string {
  const variants = new Set(labels.flatMap((label) => [label, label.charAt(0).toUpperCase() + label.slice(1)]));
  return `${S.actionButton}:has(${[...variants].map((label) => `svg[aria-label="${label}"]`).join(', ')})`;
}

const threadsReciprocity: ReciprocityAdapter = {
  readAccount(doc) {
    const nav = profileHandle(doc.querySelector(R.navProfile)?.getAttribute('href'));
    if (nav) return nav;
    const icon = Array.from(doc.querySelectorAll(R.profileIcon)).find((svg) =>
      THREADS_PROFILE_LABELS.includes((svg.getAttribute('aria-label') ?? '').trim().toLowerCase()),
    );
    return profileHandle(icon?.closest('a')?.getAttribute('href'));
  },
  readNotification: readThreadsNotification,
  composer: {
    submitSelector: R.submit,
    editorSelector: R.editor,
    replyTarget(container) {
      // The reply dialog shows the thread it answers, linked; a new-thread dialog shows none.
      const dialog = container.closest(R.dialog) ?? container;
      for (const link of dialog.querySelectorAll(S.permalink)) {
        const match = POST_PATH.exec(pathOf(link.getAttribute('href')));
        if (match) return { handle: match[1]!, postId: match[2]! };
      }
      return undefined;
    },
    replyButtonSelector: buttonWithIcon(THREADS_ACTION_LABELS.replies),
  },
  likeSelector: buttonWithIcon(THREADS_UNPRESSED_LABELS.like),
  // The repost button itself: Threads' menu behind it (Repost / Quote) is not documented.
  repostSelector: buttonWithIcon(THREADS_UNPRESSED_LABELS.repost),
};

export const threadsAdapter: SiteAdapter = {
  site: 'threads',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  postSelector: S.post,
  readPost: readThreadsPost,
  reciprocity: threadsReciprocity,
  overlayAnchor: (root) => anchorOf(root, findActions(root, Array.from(root.querySelectorAll(S.post)))),
};
