import { oncePerSecondPerPage, recordAudience, type PageAudience } from '../audience';
import { isoDate, linkedPeople, queryOutside, readText, textReadWhenAsked } from '../dom';
import { parseLink, type LinkParts } from '../href';
import { MetricsCollector } from '../metrics';
import type { InteractionKind, ReceivedInteraction } from '../../reciprocity/types';
import type { MetricKey, PostContext, PostReading, ReadResult, ReciprocityAdapter, RequiredField, SiteAdapter } from '../types';
import { MASTODON_NOTIFICATION_CLASSES, MASTODON_RECIPROCITY_SELECTORS as R, MASTODON_SELECTORS as S } from './selectors';

/** /@acct/<id>, also /@acct/<id>/reblogs and /@acct/<id>/favourites; acct is user or user@domain. */
const STATUS_PATH = /^\/@([^/@]+(?:@[^/@]+)?)\/(\d+)(?:\/(?:reblogs|favourites))?\/?$/;
const ACCOUNT_PATH = /^\/@([^/@]+(?:@[^/@]+)?)\/?$/;
const FOLLOWERS_PATH = /^\/@([^/@]+(?:@[^/@]+)?)\/followers\/?$/;

const urlOf = (root: Element, href: string | null | undefined): LinkParts | undefined => parseLink(href, root.ownerDocument.baseURI);

function decodedPath(url: LinkParts | undefined): string {
  try {
    return url ? decodeURIComponent(url.pathname) : '';
  } catch {
    return '';
  }
}

function pathOf(root: Element, href: string | null | undefined): string {
  return decodedPath(urlOf(root, href));
}

/**
 * The acct a profile link names, as this instance writes it: "ana" on this instance, "ana@other.social" elsewhere.
 * The app links accounts as /@acct; raw server links (older reply indicators, unrewritten mentions) point at the
 * account's home server, whose host is then its domain.
 */
function acctOf(root: Element, href: string | null | undefined): string | undefined {
  const url = urlOf(root, href);
  const acct = ACCOUNT_PATH.exec(decodedPath(url))?.[1];
  if (!url || !acct) return undefined;
  return url.origin === urlOf(root, '/')?.origin || acct.includes('@') ? acct : `${acct}@${url.hostname}`;
}

/** The account whose page this is, with the follower count its header shows. */
const pageAudience = oncePerSecondPerPage((doc): PageAudience | undefined => {
  const link = doc.querySelector(S.accountFollowers);
  const acct = link ? FOLLOWERS_PATH.exec(pathOf(link, link.getAttribute('href')))?.[1] : undefined;
  return link && acct ? { handle: acct, counts: [link.getAttribute('title'), readText(link, 80)] } : undefined;
});

/** @mentions in the status's own text, and the "Replied to <name>" line a timeline shows above a reply. */
function readAddressees(root: Element, content: Element | undefined, prepend: Element | undefined): Pick<PostReading, 'mentions' | 'inReplyTo'> {
  const mentions = new Set<string>();
  for (const link of content?.querySelectorAll(R.mention) ?? []) {
    const acct = acctOf(root, link.getAttribute('href'));
    if (acct) mentions.add(acct);
  }
  const repliedTo = prepend?.querySelector(R.replyPrependIcon) ? acctOf(root, prepend.querySelector('a[href]')?.getAttribute('href')) : undefined;
  return { ...(mentions.size > 0 && { mentions: [...mentions] }), ...(repliedTo && { inReplyTo: [repliedTo] }) };
}

/** A quote (4.5+) nests the quoted status, whose own link names its author. */
function readQuoted(root: Element, status: Element): PostContext['quoted'] {
  const quoted = status.querySelector(R.quote)?.querySelector(S.status);
  if (!quoted) return undefined;
  const handle = STATUS_PATH.exec(pathOf(root, quoted.querySelector(S.relativeTime)?.getAttribute('href')))?.[1];
  const postId = quoted.getAttribute('data-id') ?? '';
  return { ...(handle && { handle }), ...(/^\d+$/.test(postId) && { postId }) };
}

/** The instance's permalink of a status, on the instance the user is reading. */
function permalinkOf(root: Element, acct: string, id: string): string {
  // Servers are https; a page read from elsewhere (a saved copy) links to the flagship server instead.
  const page = urlOf(root, '/');
  const origin = page?.protocol === 'https:' ? page.origin : 'https://mastodon.social';
  return `${origin}/@${encodeURIComponent(acct).replace(/%40/g, '@')}/${id}`;
}

/**
 * Records one counter's text. Mastodon before 4.3 showed replies as 0, 1 or "1+", so a trailing "+" makes the
 * number a lower bound; ShortNumber's "1.2K" is one too.
 */
function recordCounter(metrics: MetricsCollector, key: MetricKey, element: Element | null | undefined): void {
  if (!element) return;
  const parts = Array.from(element.querySelectorAll<HTMLElement>(S.animatedPart));
  const settled = parts.find((part) => part.style.position !== 'absolute') ?? element;
  const text = readText(settled);
  if (/\d\s*\+$/.test(text)) {
    const value = Number.parseInt(text, 10);
    if (Number.isSafeInteger(value)) metrics.set(key, value, false);
    return;
  }
  metrics.setFromText(key, text);
}

/**
 * The line above a status ("… boosted", "Replied to …"), beside it in its wrapper: matched by the browser, so the
 * wrapper's other children are not touched.
 */
const prependOf = (status: Element): Element | undefined => status.parentElement?.querySelector(`:scope > ${S.prepend}`) ?? undefined;

/** A boost's "… boosted" line sits before the status, in the same wrapper, and links to the booster. */
function readContext(root: Element, prepend: Element | undefined): PostContext {
  if (!prepend?.querySelector(S.boostIcon)) return {};
  const acct = ACCOUNT_PATH.exec(pathOf(root, prepend.querySelector('a[href]')?.getAttribute('href')))?.[1];
  return acct ? { repostedBy: acct } : {};
}

function readTimelineStatus(root: Element): ReadResult {
  // The first .status in page order is the post's own; a quoted post's .status is nested inside it.
  const status = root.matches(S.status) ? root : root.querySelector(S.status);
  if (!status) {
    // An emptied off-screen article: read again once Mastodon renders it back.
    return { ok: false, missing: root.hasAttribute('data-id') ? ['author', 'metrics'] : ['postId', 'author', 'metrics'] };
  }
  const nested = Array.from(status.querySelectorAll(S.anyStatus));
  const missing: RequiredField[] = [];

  const postId = status.getAttribute('data-id') ?? '';
  if (!/^\d+$/.test(postId)) missing.push('postId');

  const timeLink = queryOutside(status, S.relativeTime, nested);
  const nameLink = queryOutside(status, S.displayNameLink, nested);
  const acct =
    STATUS_PATH.exec(pathOf(root, timeLink?.getAttribute('href')))?.[1] ??
    ACCOUNT_PATH.exec(pathOf(root, nameLink?.getAttribute('href')))?.[1];
  if (!acct) missing.push('author');

  const actionBar = queryOutside(status, S.actionBar, nested);
  let metrics: MetricsCollector | undefined;
  if (actionBar) {
    metrics = new MetricsCollector();
    recordCounter(metrics, 'replies', actionBar.querySelector(S.replyIcon)?.closest('button')?.querySelector(S.counter));
    recordCounter(metrics, 'reposts', actionBar.querySelector(S.boostIcon)?.closest('button')?.querySelector(S.counter));
    recordCounter(metrics, 'likes', actionBar.querySelector(S.favourite)?.querySelector(S.counter));
  } else {
    missing.push('metrics');
  }

  if (missing.length > 0 || !acct || !metrics || !actionBar) return { ok: false, missing };
  recordAudience(metrics, pageAudience(root.ownerDocument), acct);

  const name = readText(nameLink?.querySelector(S.displayNameText)) || undefined;
  const datetime = isoDate(timeLink?.querySelector(S.time)?.getAttribute('datetime'));
  const quoted = readQuoted(root, status);
  const content = queryOutside(status, S.content, nested);
  const prepend = prependOf(status);
  const post: PostReading = textReadWhenAsked({
    site: 'mastodon',
    postId,
    permalink: permalinkOf(root, acct, postId),
    author: { handle: acct, ...(name && { name }) },
    ...(datetime && { publishedAt: datetime }),
    metrics: metrics.metrics,
    lowerBounds: metrics.lowerBounds,
    context: { ...readContext(root, prepend), ...(quoted && { quoted }) },
    ...readAddressees(root, content, prepend),
  }, content);
  return { ok: true, post, findAnchor: () => ({ parent: actionBar }) };
}

function readDetailedStatus(root: Element): ReadResult {
  const detailed = root.querySelector(S.detailed);
  const nested = detailed ? Array.from(detailed.querySelectorAll(S.anyStatus)) : [];
  const missing: RequiredField[] = [];

  // The boosts/favourites links are router links on this instance; the datetime link may point to the origin server.
  const links = detailed ? [...detailed.querySelectorAll(S.detailedLink), ...detailed.querySelectorAll(S.detailedDatetime)] : [];
  const statusMatch = links
    .filter((link) => !nested.some((outer) => outer.contains(link)))
    .map((link) => {
      const url = urlOf(root, link.getAttribute('href'));
      return url && url.origin === urlOf(root, '/')?.origin ? STATUS_PATH.exec(decodedPath(url)) : null;
    })
    .find((match) => match);
  if (!statusMatch) missing.push('postId');

  const nameLink = detailed ? queryOutside(detailed, S.detailedDisplayName, nested) : undefined;
  const acct = statusMatch?.[1] ?? ACCOUNT_PATH.exec(pathOf(root, nameLink?.getAttribute('href')))?.[1];
  if (!acct) missing.push('author');

  const reblogs = detailed ? queryOutside(detailed, S.detailedReblogs, nested) : undefined;
  const favourites = detailed ? queryOutside(detailed, S.detailedFavourites, nested) : undefined;
  if (!reblogs && !favourites) missing.push('metrics');

  if (!statusMatch || !acct || (!reblogs && !favourites) || !detailed) return { ok: false, missing };

  const metrics = new MetricsCollector();
  recordCounter(metrics, 'reposts', reblogs);
  recordCounter(metrics, 'likes', favourites);
  recordAudience(metrics, pageAudience(root.ownerDocument), acct);
  const postId = statusMatch[2]!;
  const name = readText(nameLink?.querySelector(S.displayNameText)) || undefined;
  const content = queryOutside(detailed, S.content, nested);
  return {
    ok: true,
    post: textReadWhenAsked({
      site: 'mastodon',
      postId,
      permalink: permalinkOf(root, acct, postId),
      author: { handle: acct, ...(name && { name }) },
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context: {},
      ...readAddressees(root, content, prependOf(detailed)),
    }, content),
  };
}

export function readMastodonPost(root: Element): ReadResult {
  const own = root.matches(S.detailedWrapper) ? root.querySelector(S.detailed) : root.matches(S.status) ? root : root.querySelector(S.status);
  if (own?.matches(S.direct)) return { ok: false, missing: [], private: true };
  return root.matches(S.detailedWrapper) ? readDetailedStatus(root) : readTimelineStatus(root);
}

function kindOf(entry: Element): InteractionKind | undefined {
  const kinds = Object.entries(MASTODON_NOTIFICATION_CLASSES) as [InteractionKind, readonly string[]][];
  return kinds.find(([, classes]) => classes.some((name) => entry.classList.contains(name)))?.[0];
}

/**
 * "Ana and 1 other boosted your post": one interaction per person the entry links, told apart by its type class.
 * The people are read only where the entry names them, never from the user's post shown under it.
 */
function readMastodonNotification(root: Element, me: string): ReceivedInteraction[] | undefined {
  if (!root.matches(R.notification)) {
    // The list item around an entry: the entry itself is read on its own match, and the item is no post.
    return root.matches(R.listItem) && root.querySelector(R.notification) ? [] : undefined;
  }
  const kind = kindOf(root);
  const names = root.querySelector(R.names);
  if (!kind || !names) return [];
  // 4.3+ links the user's post from the entry's timestamp; before, the entry shows the status itself.
  const subjectLink = Array.from(root.querySelectorAll('a[href]'), (link) => STATUS_PATH.exec(pathOf(root, link.getAttribute('href'))))
    .find((match) => match);
  const postId = subjectLink?.[2] ?? root.querySelector(S.status)?.getAttribute('data-id') ?? undefined;
  const excerpt = readText(root.querySelector(R.subjectText), 280) || undefined;
  return linkedPeople(names, 'a[href]', (href) => acctOf(root, href), me).map((actor) => ({
    site: 'mastodon' as const,
    kind,
    actor,
    ...(postId && /^\d+$/.test(postId) && { targetPostId: postId, permalink: permalinkOf(root, subjectLink?.[1] ?? me, postId) }),
    ...(excerpt && { targetExcerpt: excerpt }),
  }));
}

const mastodonReciprocity: ReciprocityAdapter = {
  readAccount(doc) {
    const link = doc.querySelector(R.account);
    return link ? acctOf(link, link.getAttribute('href')) : undefined;
  },
  notificationSelector: R.notification,
  readNotification: readMastodonNotification,
  composer: {
    submitSelector: R.submit,
    editorSelector: R.editor,
    replyTarget(container, doc) {
      // The indicator names the author only; on that author's status page the reply answers the page's status.
      const indicator = (container.closest(R.composer) ?? container).querySelector(R.replyIndicator);
      const handle = Array.from(indicator?.querySelectorAll('a[href]') ?? [], (link) => acctOf(container, link.getAttribute('href'))).find(Boolean);
      if (!handle) return undefined;
      const page = STATUS_PATH.exec(decodedPath(urlOf(container, doc.location?.href)));
      return { handle, ...(page && page[1]!.toLowerCase() === handle.toLowerCase() && { postId: page[2]! }) };
    },
    replyButtonSelector: R.replyButton,
  },
  likeSelector: R.like,
  repostSelector: R.boost,
};

export const mastodonAdapter: SiteAdapter = {
  site: 'mastodon',
  // Other instances are added at run time through optional host permissions.
  matches: ['https://mastodon.social/*'],
  postSelector: S.post,
  readPost: readMastodonPost,
  reciprocity: mastodonReciprocity,
  overlayAnchor(root) {
    if (root.matches(S.detailedWrapper)) return { parent: root.querySelector(S.detailedActionBar) ?? root };
    const status = root.matches(S.status) ? root : root.querySelector(S.status);
    const nested = status ? Array.from(status.querySelectorAll(S.anyStatus)) : [];
    return { parent: (status && queryOutside(status, S.actionBar, nested)) ?? root };
  },
};
