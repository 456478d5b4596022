import { commonAncestor, foldSpaces, queryOutside, readText, textReadWhenAsked, wordsAfterVerb } from '../dom';
import { parseLink, type LinkParts } from '../href';
import { MetricsCollector } from '../metrics';
import { parseCount } from '../../counts/parse';
import type { InteractionKind, ReceivedInteraction } from '../../reciprocity/types';
import type { MetricKey, OverlayAnchor, ReadResult, ReciprocityAdapter, RequiredField, SiteAdapter } from '../types';
import {
  FACEBOOK_ALL_REACTIONS_LABELS,
  FACEBOOK_COUNT_WORDS,
  FACEBOOK_NOTIFICATION_TYPES,
  FACEBOOK_NOTIFICATION_WORDS,
  FACEBOOK_RECIPROCITY_SELECTORS as R,
  FACEBOOK_RESERVED_PATHS,
  FACEBOOK_SELECTORS as S,
  FACEBOOK_SHARE_NOW_LABELS,
} from './selectors';

const ORIGIN = 'https://www.facebook.com';
/** Summary texts are short ("1.2K comments", "1,2 mil comentarios"); longer text is someone's words, not a count. */
const MAX_SUMMARY_LENGTH = 40;
/** The longest "All reactions:" label of any language, with room for its colon and spaces. */
const REACTIONS_LABEL_MAX = Math.max(...FACEBOOK_ALL_REACTIONS_LABELS.map((label) => label.length)) + 4;
const MAX_SUMMARY_WORDS = 3;
const PURE_NUMBER = /^[\d.,\s\u00a0\u202f]+(?:[^\d\s]{1,4}\.?)?$/u;

function urlOf(href: string | null | undefined): LinkParts | undefined {
  const url = parseLink(href, ORIGIN);
  return url && /(^|\.)facebook\.com$/.test(url.hostname) ? url : undefined;
}

interface Permalink {
  postId: string;
  permalink: string;
  /** The profile name in the link's path (/<name>/posts/<id>), when it has one. */
  owner?: string;
}

function readPermalink(url: LinkParts): Permalink | undefined {
  const posts = /^(.*?\/posts\/)([\w-]+)/.exec(url.pathname) ?? /^(.*?\/permalink\/)(\d+)/.exec(url.pathname);
  if (posts) {
    const owner = /^\/([\w.-]+)\/posts\//.exec(url.pathname)?.[1];
    return { postId: posts[2]!, permalink: `${ORIGIN}${posts[1]}${posts[2]}`, ...(owner && { owner }) };
  }
  const storyId = url.param('story_fbid');
  if (!storyId || !/^[\w-]+$/.test(storyId)) return undefined;
  const ownerId = url.param('id');
  const query = ownerId && /^\d+$/.test(ownerId) ? `story_fbid=${storyId}&id=${ownerId}` : `story_fbid=${storyId}`;
  return { postId: storyId, permalink: `${ORIGIN}/permalink.php?${query}` };
}

function isProfileName(segment: string | undefined): segment is string {
  return !!segment && /^[\w.-]+$/.test(segment) && !FACEBOOK_RESERVED_PATHS.includes(segment.toLowerCase());
}

/** facebook.com/<name>, profile.php?id=<id>, /groups/<g>/user/<id>/, /people/<Name>/<id>/. */
function handleFromHref(href: string | null | undefined): string | undefined {
  const url = urlOf(href);
  if (!url) return undefined;
  const [first, second, third, fourth] = url.pathname.split('/').filter(Boolean);
  if (first === 'profile.php') return url.param('id') ?? undefined;
  if (first === 'groups' && third === 'user') return fourth;
  if (first === 'people') return third;
  return isProfileName(first) && second === undefined ? first : undefined;
}

function findPermalink(links: Iterable<Element>, comments: readonly Element[]): Permalink | undefined {
  for (const link of links) {
    const href = link.getAttribute('href');
    if (!href || !S.permalinkMarks.some((mark) => href.includes(mark)) || comments.some((comment) => comment.contains(link))) continue;
    const url = urlOf(href);
    const found = url && readPermalink(url);
    if (found) return found;
  }
  return undefined;
}

const COUNT_WORDS = Object.entries(FACEBOOK_COUNT_WORDS) as [MetricKey, readonly string[]][];

function wordKey(text: string): MetricKey | undefined {
  const lower = text.toLowerCase();
  for (const [key, words] of COUNT_WORDS) {
    if (words.some((word) => lower.includes(word))) return key;
  }
  return undefined;
}

/** The reactions total; "Jane Doe and 12 others" names people beside the number, so it is only a lower bound. */
function setReactions(metrics: MetricsCollector, text: string): void {
  const parsed = parseCount(text);
  if (!parsed) return;
  metrics.set('likes', parsed.value, parsed.exact && PURE_NUMBER.test(text));
}

/** The index of the first of `nodes` that passes `test`, where the nodes passing it are the list's tail. */
function firstPassing(nodes: NodeListOf<Element>, test: (node: Element) => boolean): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(nodes[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Whether `node` comes after `reference` and everything in it. */
function isAfter(reference: Element, node: Element): boolean {
  const position = reference.compareDocumentPosition(node);
  return !!(position & Node.DOCUMENT_POSITION_FOLLOWING) && !(position & Node.DOCUMENT_POSITION_CONTAINED_BY);
}

/** Whether `span` is in one of the post's links (a name, a shared article's title). */
function insideLink(root: Element, span: Element): boolean {
  const link = span.closest(S.link);
  return link !== null && root.contains(link);
}

/** `ownPart`: the last of the post's header and text, which the summary bar comes after. */
function readMetrics(root: Element, likeButton: Element, excluded: readonly Element[], ownPart: Element | undefined): MetricsCollector {
  const metrics = new MetricsCollector();
  metrics.setFromText('likes', queryOutside(root, S.reactionsLabelled, excluded)?.getAttribute('aria-label'));

  // The summary bar sits between the post's text and the action buttons; "View 5 more comments" and the comments
  // come after them. The spans of the header and the text (most of a post's spans) are skipped unread.
  const spans = root.querySelectorAll(S.summaryText);
  // Spans come in document order: past the like button (or in it), nothing more is a summary. Both ends are found by
  // bisection: comparing document positions costs about as much as reading a span's text, so not once a span.
  const end = firstPassing(spans, (span) => !(likeButton.compareDocumentPosition(span) & Node.DOCUMENT_POSITION_PRECEDING));
  for (let index = ownPart ? firstPassing(spans, (span) => isAfter(ownPart, span)) : 0; index < end; index += 1) {
    const span = spans[index]!;
    const raw = span.textContent ?? '';
    if (raw.length > MAX_SUMMARY_LENGTH * 2) continue;
    // Cheap text checks first: a summary piece is a count or the short "All reactions:" label.
    if (!/\d/.test(raw) && raw.length > REACTIONS_LABEL_MAX) continue;
    if (excluded.some((outer) => outer.contains(span)) || insideLink(root, span)) continue;
    // A count has no emoji images: the text as the browser reads it will do.
    const text = foldSpaces(raw, MAX_SUMMARY_LENGTH + 1);
    if (!text || text.length > MAX_SUMMARY_LENGTH) continue;
    const label = text.replace(/[:：\s]+$/u, '').toLowerCase();
    if (FACEBOOK_ALL_REACTIONS_LABELS.includes(label)) {
      setReactions(metrics, readText(span.nextElementSibling, MAX_SUMMARY_LENGTH));
      continue;
    }
    if (!/\d/.test(text) || text.split(' ').length > MAX_SUMMARY_WORDS) continue;
    const key = wordKey(text);
    if (key) metrics.setFromText(key, text);
  }
  return metrics;
}

/** In the Like / Comment / Share row, after Share; a post without one gets the badge at its end. */
function anchorOf(root: Element, comments: readonly Element[], like: Element | undefined): OverlayAnchor {
  const other = queryOutside(root, S.shareButton, comments) ?? queryOutside(root, S.commentButton, comments);
  const row = like && other ? commonAncestor(like, other) : null;
  return { parent: row && row !== root && root.contains(row) ? row : root };
}

export function readFacebookPost(root: Element): ReadResult {
  const comments = Array.from(root.querySelectorAll(S.comment));
  const missing: RequiredField[] = [];

  // The permalink is among the first links (the header's): the rest are never touched.
  const permalink = findPermalink(root.querySelectorAll(S.link), comments);
  if (!permalink) missing.push('postId');

  const profile = queryOutside(root, S.profileName, comments);
  const name = readText(profile?.querySelector('h2, h3, h4, strong') ?? profile, 200) || undefined;
  const handle = handleFromHref(profile?.querySelector('a[href]')?.getAttribute('href')) ?? permalink?.owner ?? name;
  if (!handle) missing.push('author');

  const likeButton = queryOutside(root, S.likeButton, comments);
  if (!likeButton) missing.push('metrics');

  if (!permalink || !handle || !likeButton) return { ok: false, missing };

  // Names, post text and links (a shared article's title) may hold "3 shares"-like words that are not counts.
  const message = queryOutside(root, S.message, comments);
  const excluded = [...comments, ...(message ? [message] : []), ...(profile ? [profile] : [])];
  const metrics = readMetrics(root, likeButton, excluded, message ?? profile);
  return {
    ok: true,
    post: textReadWhenAsked({
      site: 'facebook',
      postId: permalink.postId,
      permalink: permalink.permalink,
      author: { handle, ...(name && { name }) },
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context: {},
    }, message),
    findAnchor: () => anchorOf(root, comments, likeButton),
  };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function kindOf(type: string | null, sentence: string): { kind: InteractionKind; verbAt: number } | undefined {
  const verbs = (Object.entries(FACEBOOK_NOTIFICATION_WORDS) as [InteractionKind, RegExp][])
    .map(([kind, words]) => ({ kind, verbAt: words.exec(sentence)?.index ?? -1 }))
    .filter((match) => match.verbAt >= 0)
    .sort((a, b) => a.verbAt - b.verbAt);
  const typed = type && Object.hasOwn(FACEBOOK_NOTIFICATION_TYPES, type) ? FACEBOOK_NOTIFICATION_TYPES[type as keyof typeof FACEBOOK_NOTIFICATION_TYPES] : undefined;
  return typed ? { kind: typed, verbAt: verbs[0]?.verbAt ?? -1 } : verbs[0];
}

/**
 * A notification entry, one link: "<strong>Ana Souza</strong> shared your post." Its type is read from notif_t
 * where known, else from the words. A share links to the sharer's own post, which names their profile; other
 * entries link to the user's post and name people only in words, so their name stands for their handle.
 */
function readFacebookNotification(root: Element, me: string): ReceivedInteraction[] | undefined {
  if (!root.matches(R.notification)) return undefined;
  const url = urlOf(root.getAttribute('href'));
  const sentence = readText(root, 400);
  const found = url && kindOf(url.param('notif_t'), sentence);
  if (!url || !found) return [];
  const names = Array.from(root.querySelectorAll(R.notificationName), (strong) => readText(strong, 200)).filter(Boolean);
  if (names.length === 0 && found.verbAt > 0) names.push(sentence.slice(0, found.verbAt).trim());
  const people = [...new Set(names)].filter((name) => name.length <= 200 && !same(name, me));
  const link = readPermalink(url);
  const sharer = found.kind === 'repost' && people.length === 1 && link?.owner && !same(link.owner, me) ? link : undefined;
  const commentId = url.param('reply_comment_id') ?? url.param('comment_id');
  const comment = commentId && /^\d+$/.test(commentId) ? commentId : undefined;
  // A mention sits in someone else's post; the other entries concern the user's post.
  const ids = sharer
    ? { sourcePostId: sharer.postId, permalink: sharer.permalink }
    : found.kind === 'mention'
      ? { ...(link && { permalink: link.permalink }), ...((comment ?? link?.postId) && { sourcePostId: comment ?? link?.postId }) }
      : { ...(link && { targetPostId: link.postId }), ...(comment && { sourcePostId: comment }) };
  // A comment or mention quotes their words: the reply prompt answers what they said.
  const said = found.kind === 'reply' || found.kind === 'mention' ? wordsAfterVerb(root, 'svg', FACEBOOK_NOTIFICATION_WORDS[found.kind]) : undefined;
  return people.map((name) => ({ site: 'facebook' as const, kind: found.kind, actor: { handle: sharer?.owner ?? name, name }, ...ids, ...(said && { sourceExcerpt: said }) }));
}

function pagePermalink(doc: Document): Permalink | undefined {
  const url = urlOf(doc.location?.href);
  return url && readPermalink(url);
}

const facebookReciprocity: ReciprocityAdapter = {
  readAccount(doc) {
    for (const link of doc.querySelectorAll(R.navigationLink)) {
      const handle = handleFromHref(link.getAttribute('href'));
      if (handle) return handle;
    }
    return undefined;
  },
  notificationSelector: R.notification,
  readNotification: readFacebookNotification,
  composer: {
    submitSelector: R.submit,
    editorSelector: R.editor,
    replyTarget(container, doc) {
      // A comment box answers the post it sits in: a feed post, a post opened in a dialog, or the page's own post.
      const post = container.closest(S.post);
      const read = post ? readFacebookPost(post) : undefined;
      if (read?.ok) return { handle: read.post.author.handle, postId: read.post.postId };
      const dialog = container.closest(R.dialog);
      const shown = (dialog && findPermalink(dialog.querySelectorAll(S.link), Array.from(dialog.querySelectorAll(S.comment)))) || pagePermalink(doc);
      return shown?.owner ? { handle: shown.owner, postId: shown.postId } : undefined;
    },
    replyButtonSelector: R.replyButton,
  },
  likeSelector: R.like,
  repostSelector: FACEBOOK_SHARE_NOW_LABELS.map((label) => `[role="button"][aria-label="${label}"]`).join(', '),
};

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  matches: ['https://www.facebook.com/*'],
  postSelector: S.post,
  readPost: readFacebookPost,
  reciprocity: facebookReciprocity,
  overlayAnchor(root) {
    const comments = Array.from(root.querySelectorAll(S.comment));
    return anchorOf(root, comments, queryOutside(root, S.likeButton, comments));
  },
};
