import { oncePerSecondPerPage, recordAudience, type PageAudience } from '../audience';
import { anyOf, hrefPath, isoDate, linkedPeople, queryFirst, queryOutside, readText, textReadWhenAsked } from '../dom';
import { MetricsCollector } from '../metrics';
import type { InteractionKind, ReceivedInteraction } from '../../reciprocity/types';
import type { MetricKey, PostContext, ReadResult, ReciprocityAdapter, RequiredField, SiteAdapter } from '../types';
import {
  X_GROUP_LABEL_WORDS,
  X_NOTIFICATION_ICONS,
  X_PINNED_PATTERN,
  X_PROMOTED_LABELS,
  X_RECIPROCITY_SELECTORS as R,
  X_SELECTORS as S,
} from './selectors';

const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;

const pathOf = (href: string | null): string => hrefPath(href, 'https://x.com');

function handleFromHref(href: string | null): string | undefined {
  return /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(pathOf(href))?.[1];
}

// One pattern per count, in the label's order: a piece is the first count whose words it holds.
const GROUP_LABEL_PATTERNS = (Object.entries(X_GROUP_LABEL_WORDS) as [keyof typeof X_GROUP_LABEL_WORDS, readonly string[]][]).map(([key, words]) => [key, anyOf(words)] as const);
const GROUP_LABEL_PATTERN = new Map<MetricKey, RegExp>(GROUP_LABEL_PATTERNS);

/** "17 replies, 10 reposts, 131 likes, Liked, 25 bookmarks" -> the counts of the `wanted` keys, from the pieces naming them. */
function readGroupLabel(label: string, wanted: readonly MetricKey[], metrics: MetricsCollector): void {
  const wantedPatterns = wanted.flatMap((key) => GROUP_LABEL_PATTERN.get(key) ?? []);
  for (const piece of label.toLowerCase().split(/[,、，;]/)) {
    // Nearly always only the bookmark button lacks a number: a piece naming none of the wanted counts is passed by
    // with one test per wanted count, not classified against all five (cold code on every post of a feed).
    if (!wantedPatterns.some((pattern) => pattern.test(piece))) continue;
    const key = GROUP_LABEL_PATTERNS.find(([, pattern]) => pattern.test(piece))?.[0];
    if (key && wanted.includes(key)) metrics.setFromText(key, piece, { exactOnly: true });
  }
}

function readMetrics(group: Element): MetricsCollector {
  const metrics = new MetricsCollector();
  const buttons: [MetricKey, Element | null][] = [
    ['replies', group.querySelector(S.reply)],
    ['reposts', queryFirst(group, S.repost)],
    ['likes', queryFirst(group, S.like)],
    ['bookmarks', queryFirst(group, S.bookmark)],
    ['views', group.querySelector(S.views)],
  ];
  // A button is identified by its data-testid, so the number in its label is exact in any language.
  for (const [key, button] of buttons) metrics.setFromText(key, button?.getAttribute('aria-label'), { exactOnly: true });
  // The group's label and the visible numbers only fill in what the buttons' labels left out.
  const unread = buttons.filter(([key]) => !metrics.has(key)).map(([key]) => key);
  if (unread.length > 0) readGroupLabel(group.getAttribute('aria-label') ?? '', unread, metrics);
  for (const [key, button] of buttons) if (!metrics.has(key)) metrics.setFromText(key, button?.querySelector(S.visibleCount)?.textContent);
  return metrics;
}

const FOLLOWERS_PATH = /^\/([A-Za-z0-9_]{1,15})\/(?:verified_)?followers$/;

/** The profile whose page (or open hover card) shows its "2,181 Followers". */
const pageAudience = oncePerSecondPerPage((doc): PageAudience | undefined => {
  const link = queryFirst(doc, S.followersLink);
  const handle = FOLLOWERS_PATH.exec(pathOf(link?.getAttribute('href') ?? null))?.[1];
  return link && handle ? { handle, counts: [readText(link, 80)] } : undefined;
});

const PROMOTED_HINT = anyOf(X_PROMOTED_LABELS);

/** X's "Ad" label sits in the header row beside the author's name; only that row's short texts are read. */
function hasPromotedLabel(userName: Element | undefined): boolean {
  const header = userName?.parentElement;
  // One read of the row's text rules out nearly every post; a name like "Adam" still gets the span-by-span check.
  if (!header || !PROMOTED_HINT.test(header.textContent ?? '')) return false;
  for (const span of header.querySelectorAll('span')) {
    const text = span.textContent;
    if (text && text.length <= 16 && X_PROMOTED_LABELS.includes(text.trim())) return true;
  }
  return false;
}

/** The parts of a post the readers below share, each looked up once. */
interface PostParts {
  article: Element;
  /** Quoted posts inside the article: their parts are not the post's. */
  quoteCards: Element[];
  userName: Element | undefined;
  text: Element | undefined;
  social: Element | undefined;
}

function readContext({ article, quoteCards, userName, social }: PostParts): PostContext {
  const context: PostContext = {};
  const socialLink = social?.closest('a');
  if (socialLink && article.contains(socialLink)) {
    context.repostedBy = handleFromHref(socialLink.getAttribute('href')) ?? readText(social);
  } else if (social && X_PINNED_PATTERN.test(readText(social))) {
    context.pinned = true;
  }
  if (article.closest(S.promotedWrapper) || hasPromotedLabel(userName)) context.promoted = true;

  const quoteCard = quoteCards[0];
  if (quoteCard) {
    const quotedHandle = /@([A-Za-z0-9_]{1,15})/.exec(readText(quoteCard.querySelector(S.userName)))?.[1];
    const quotedPostId = STATUS_PATH.exec(pathOf(quoteCard.querySelector('a[href*="/status/"]')?.getAttribute('href') ?? null))?.[2];
    context.quoted = { ...(quotedHandle && { handle: quotedHandle }), ...(quotedPostId && { postId: quotedPostId }) };
  }
  return context;
}

/** "@ana" links in the post's text (mentions) and outside it, in the header area ("Replying to @ana"). */
function readAddressees({ article, quoteCards, userName, text, social }: PostParts): { mentions: string[]; inReplyTo: string[] } {
  const mentions = new Set<string>();
  const inReplyTo = new Set<string>();
  for (const link of article.querySelectorAll(S.profileLink)) {
    // Most profile links are avatars and names: their text rules them out before their href is read.
    if (!link.textContent?.trim().startsWith('@')) continue;
    const handle = handleFromHref(link.getAttribute('href'));
    if (!handle) continue;
    if (quoteCards.some((card) => card.contains(link)) || userName?.contains(link) || social?.contains(link)) continue;
    (text?.contains(link) ? mentions : inReplyTo).add(handle);
  }
  return { mentions: [...mentions], inReplyTo: [...inReplyTo] };
}

export function readXPost(article: Element): ReadResult {
  const quoteCards = Array.from(article.querySelectorAll(S.quoteCard)).filter((card) => card.querySelector(S.userName));
  const missing: RequiredField[] = [];

  const time = queryOutside(article, S.statusTime, quoteCards);
  const statusMatch = STATUS_PATH.exec(pathOf(time?.closest('a')?.getAttribute('href') ?? null));
  if (!statusMatch) missing.push('postId');

  const userName = queryOutside(article, S.userName, quoteCards);
  const handle =
    statusMatch?.[1] ?? handleFromHref(userName?.querySelector('a[href]')?.getAttribute('href') ?? null);
  if (!handle) missing.push('author');

  const group = queryOutside(article, S.actionGroup, quoteCards);
  const metrics = group && readMetrics(group);
  if (!metrics) missing.push('metrics');

  if (!statusMatch || !handle || !group || !metrics) return { ok: false, missing };
  recordAudience(metrics, pageAudience(article.ownerDocument), handle);

  const name = readText(userName?.querySelector('a[href] span') ?? null) || undefined;
  const datetime = isoDate(time?.getAttribute('datetime'));
  const parts: PostParts = { article, quoteCards, userName, text: queryOutside(article, S.text, quoteCards), social: queryOutside(article, S.socialContext, quoteCards) };
  return {
    ok: true,
    post: textReadWhenAsked({
      site: 'x',
      postId: statusMatch[2]!,
      permalink: `https://x.com/${handle}/status/${statusMatch[2]}`,
      author: { handle, ...(name && { name }) },
      ...(datetime && { publishedAt: datetime }),
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context: readContext(parts),
      ...readAddressees(parts),
    }, parts.text),
    findAnchor: () => ({ parent: group }),
  };
}

/** A notification's last text: the user's post under the names, in the entry's text column (beside the icon's). */
const NOTIFICATION_TEXT = '[lang], [dir="auto"]:last-child';

/** "Ana and Ben reposted your post": one interaction per person named, told apart by the icon, not the words. */
function readXNotification(root: Element, me: string): ReceivedInteraction[] | undefined {
  // A post that was reposted carries the same icon in its header: only notification entries are read here.
  if (!root.matches(R.notification)) return undefined;
  const path = root.querySelector(R.notificationIcon)?.getAttribute('d') ?? '';
  const kind = (Object.entries(X_NOTIFICATION_ICONS) as [InteractionKind, string][]).find(([, prefix]) => path.startsWith(prefix))?.[0];
  if (!kind) return undefined;
  // The notification shows the user's post under the names; its text identifies the post (X gives no id here).
  const excerpt = readText(root.querySelector(NOTIFICATION_TEXT), 280) || undefined;
  return linkedPeople(root, S.profileLink, handleFromHref, me).map((actor) => ({
    site: 'x' as const,
    kind,
    actor,
    ...(excerpt && { targetExcerpt: excerpt }),
  }));
}

const xReciprocity: ReciprocityAdapter = {
  readAccount(doc) {
    return handleFromHref(doc.querySelector(R.account)?.getAttribute('href') ?? null);
  },
  notificationSelector: R.notification,
  readNotification: readXNotification,
  // The button ends the text column, under the words, not the entry, where it would sit under the icon.
  notificationAnchor(root) {
    const column = root.querySelector(NOTIFICATION_TEXT)?.parentElement;
    return column ? { parent: column } : undefined;
  },
  composer: {
    submitSelector: R.submit,
    editorSelector: R.editor,
    replyTarget(container, doc) {
      // The reply dialog shows the post it answers; the inline reply box answers the page's own post.
      // (The dialog's copy of the post has no action row, so only its status link is read.)
      const shown = STATUS_PATH.exec(pathOf(container.querySelector(S.post)?.querySelector(S.statusTime)?.closest('a')?.getAttribute('href') ?? null));
      if (shown) return { handle: shown[1]!, postId: shown[2]! };
      if (!container.querySelector(R.submit)?.matches('[data-testid="tweetButtonInline"]')) return undefined;
      const page = STATUS_PATH.exec(doc.location?.pathname ?? '');
      return page ? { handle: page[1]!, postId: page[2]! } : undefined;
    },
    replyButtonSelector: S.reply,
  },
  likeSelector: R.like,
  repostSelector: R.repostConfirm,
};

export const xAdapter: SiteAdapter = {
  site: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  postSelector: S.post,
  readPost: readXPost,
  reciprocity: xReciprocity,
  overlayAnchor(article) {
    // In the action row, after the share button; a post without one gets the badge at its end.
    return { parent: article.querySelector(S.actionGroup) ?? article };
  },
};
