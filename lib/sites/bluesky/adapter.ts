import { parseCount, type ParsedCount } from '../../counts/parse';
import { oncePerSecondPerPage, recordAudience, type PageAudience } from '../audience';
import { hrefPath, linkedPeople, readText, textReadWhenAsked } from '../dom';
import { MetricsCollector } from '../metrics';
import type { InteractionKind, ReceivedInteraction } from '../../reciprocity/types';
import type { PostContext, ReadResult, ReciprocityAdapter, RequiredField, SiteAdapter } from '../types';
import {
  BLUESKY_NOTIFICATION_WORDS,
  BLUESKY_RECIPROCITY_SELECTORS as R,
  BLUESKY_ROOT_TESTID_PREFIXES,
  BLUESKY_SELECTORS as S,
} from './selectors';

/** /profile/<handle or did>/post/<rkey>, optionally one of the thread anchor's stats pages. */
const POST_PATH = /^\/profile\/([^/]+)\/post\/([A-Za-z0-9._:~-]+)(\/(?:liked-by|reposted-by|quotes))?\/?$/;
const PROFILE_PATH = /^\/profile\/([^/]+)\/?$/;
const FOLLOWERS_PATH = /^\/profile\/([^/]+)\/followers\/?$/;

const pathOf = (href: string | null | undefined): string => hrefPath(href, 'https://bsky.app', { decode: true });

function handleOf(root: Element): string | undefined {
  const testId = root.getAttribute('data-testid') ?? '';
  const prefix = BLUESKY_ROOT_TESTID_PREFIXES.find((candidate) => testId.startsWith(candidate));
  const handle = prefix ? testId.slice(prefix.length) : '';
  return handle.length > 0 ? handle : undefined;
}

/**
 * The post's record key. A feed item links to itself from its timestamp; the thread anchor has no timestamp
 * link, only its stats links (when it has any counts, and they come after the post it may quote) and the page's
 * own address. Links are matched on the author's handle, so a quoted post of someone else is never taken for
 * the post; an anchor with no counts that quotes its own author is the one case read wrongly.
 */
function rkeyOf(root: Element, handle: string): string | undefined {
  // The author's first link to a post, unless one of theirs further on is marked as the post's own (match[3]).
  let first: RegExpExecArray | undefined;
  for (const link of root.querySelectorAll(S.postLink)) {
    const match = POST_PATH.exec(pathOf(link.getAttribute('href')));
    if (match?.[1] !== handle) continue;
    if (match[3]) return match[2];
    first ??= match;
  }
  if (first) return first[2];
  if (!root.getAttribute('data-testid')?.startsWith('postThreadItem-by-')) return undefined;
  const page = POST_PATH.exec(pathOf(root.ownerDocument.defaultView?.location?.pathname));
  return page?.[1] === handle && !page[3] ? page[2] : undefined;
}

function readMetrics(root: Element): MetricsCollector | undefined {
  const reply = root.querySelector(S.reply);
  const like = root.querySelector(S.like);
  const repostCount = root.querySelector(S.repostCount);
  const repostsExpanded = root.querySelector(S.repostsExpanded);
  const quotesExpanded = root.querySelector(S.quotesExpanded);
  const likesExpanded = root.querySelector(S.likesExpanded);
  if (!reply && !like && !repostCount && !repostsExpanded && !quotesExpanded && !likesExpanded) return undefined;

  const metrics = new MetricsCollector();
  // The buttons are found by testid, so the number in their labels is exact in any language.
  metrics.setFromText('replies', reply?.getAttribute('aria-label'), { exactOnly: true });
  metrics.setFromText('likes', like?.getAttribute('aria-label'), { exactOnly: true });
  metrics.setFromText('replies', readText(reply));
  metrics.setFromText('likes', readText(root.querySelector(S.likeCount)));
  metrics.setFromText('likes', readText(likesExpanded));
  // The button shows reposts and quotes as one compact number; the thread anchor also splits them, each
  // rendered only when above zero. Exact wins, else the larger lower bound.
  const candidates = [parseCount(readText(repostCount))];
  const reposts = parseCount(readText(repostsExpanded));
  const quotes = parseCount(readText(quotesExpanded));
  if (reposts || quotes) {
    candidates.push({ value: (reposts?.value ?? 0) + (quotes?.value ?? 0), exact: (reposts?.exact ?? true) && (quotes?.exact ?? true) });
  }
  const best = candidates.reduce<ParsedCount | undefined>(
    (chosen, candidate) =>
      !candidate || (chosen && (chosen.exact || (!candidate.exact && chosen.value >= candidate.value))) ? chosen : candidate,
    undefined,
  );
  if (best) metrics.set('reposts', best.value, best.exact);
  // A repost button without a number states no count: left unknown, as every adapter does (never an invented 0).
  metrics.setFromText('bookmarks', readText(root.querySelector(S.bookmarksExpanded)));
  return metrics;
}

/** The profile whose page this is, with the follower count its header shows. */
const pageAudience = oncePerSecondPerPage((doc): PageAudience | undefined => {
  const link = doc.querySelector(S.profileFollowers);
  const handle = FOLLOWERS_PATH.exec(pathOf(link?.getAttribute('href')))?.[1];
  return link && handle ? { handle, counts: [link.getAttribute('title'), link.getAttribute('aria-label'), readText(link, 80)] } : undefined;
});

/**
 * From the post's profile links, in page order, in one pass: whether it was reposted (a repost's "Reposted by" link
 * comes before the author's own links) and the author's name, the text of a link to them.
 */
function readAuthorLinks(root: Element, handle: string): { name?: string; context: PostContext } {
  let context: PostContext | undefined;
  let name: string | undefined;
  for (const link of root.querySelectorAll(S.profileLink)) {
    const linked = PROFILE_PATH.exec(pathOf(link.getAttribute('href')))?.[1];
    if (!linked) continue;
    context ??= linked === handle ? {} : { repostedBy: linked };
    // The avatar is a profile link too, hidden from assistive tech; whatever it holds (an initial) is no name.
    if (linked !== handle || link.getAttribute('aria-hidden') === 'true') continue;
    const text = readText(link);
    if (text && !text.startsWith('@')) {
      name = text;
      break;
    }
  }
  return { ...(name && { name }), context: context ?? {} };
}

/**
 * The people the post's text names. Bluesky's rich text links a mention to the profile by DID or handle, and shows
 * it as "@handle": the shown handle is the one the user's own account is known by.
 */
function readMentions(text: Element | null): { mentions?: string[] } {
  const handles = new Set<string>();
  for (const link of text?.querySelectorAll(S.profileLink) ?? []) {
    const shown = readText(link, 260);
    if (/^@[\w.-]+$/.test(shown) && PROFILE_PATH.test(pathOf(link.getAttribute('href')))) handles.add(shown.slice(1));
  }
  return handles.size > 0 ? { mentions: [...handles] } : {};
}

export function readBlueskyPost(root: Element): ReadResult {
  const missing: RequiredField[] = [];
  const handle = handleOf(root);
  if (!handle) missing.push('author');
  const rkey = handle ? rkeyOf(root, handle) : undefined;
  if (!rkey) missing.push('postId');
  const metrics = readMetrics(root);
  if (!metrics) missing.push('metrics');
  if (!handle || !rkey || !metrics) return { ok: false, missing };
  recordAudience(metrics, pageAudience(root.ownerDocument), handle);

  const { name, context } = readAuthorLinks(root, handle);
  const text = root.querySelector(S.text);
  return {
    ok: true,
    post: textReadWhenAsked({
      site: 'bluesky',
      postId: rkey,
      permalink: `https://bsky.app/profile/${handle}/post/${rkey}`,
      author: { handle, ...(name && { name }) },
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context,
      ...readMentions(text),
    }, text),
  };
}

/**
 * A notifications-page entry without post controls ("Ana and Ben reposted your post"): one interaction per person
 * linked. Replies, quotes and mentions render as posts with controls and are read as posts instead.
 */
function readBlueskyNotification(root: Element, me: string): ReceivedInteraction[] | undefined {
  // Every post of a feed is asked first: its reply button answers at once, before the page's address is read.
  if (root.querySelector(S.reply) || root.querySelector(S.like)) return undefined;
  if (!root.ownerDocument.defaultView?.location.pathname.startsWith('/notifications')) return undefined;
  const text = readText(root, 400);
  const kind = (Object.entries(BLUESKY_NOTIFICATION_WORDS) as [InteractionKind, RegExp][]).find(([, words]) => words.test(text))?.[0];
  if (!kind) return [];
  const subject = root.querySelector(R.postLink);
  const subjectPath = POST_PATH.exec(pathOf(subject?.getAttribute('href')));
  const excerpt = readText(subject ?? root.querySelector(S.text), 280) || undefined;
  const handleOf = (href: string | null) => PROFILE_PATH.exec(pathOf(href))?.[1];
  return linkedPeople(root, S.profileLink, handleOf, me).map((actor) => ({
    site: 'bluesky' as const,
    kind,
    actor,
    ...(subjectPath && { targetPostId: subjectPath[2]!, permalink: `https://bsky.app/profile/${subjectPath[1]}/post/${subjectPath[2]}` }),
    ...(excerpt && { targetExcerpt: excerpt }),
  }));
}

const blueskyReciprocity: ReciprocityAdapter = {
  readAccount(doc) {
    return PROFILE_PATH.exec(pathOf(doc.querySelector(R.account)?.getAttribute('href')))?.[1];
  },
  readNotification: readBlueskyNotification,
  composer: {
    submitSelector: R.submit,
    editorSelector: R.editor,
    replyTarget(container, doc) {
      // A reply composer shows the post it answers; on a thread page the inline reply answers the page's post.
      const shown = POST_PATH.exec(pathOf(container.querySelector(R.postLink)?.getAttribute('href')));
      const page = POST_PATH.exec(pathOf(doc.location?.pathname));
      const target = shown ?? (container.closest(R.composer) ? undefined : page);
      return target ? { handle: target[1]!, postId: target[2]! } : undefined;
    },
    replyButtonSelector: S.reply,
  },
  likeSelector: R.like,
  repostSelector: R.repost,
};

export const blueskyAdapter: SiteAdapter = {
  site: 'bluesky',
  matches: ['https://bsky.app/*'],
  postSelector: S.post,
  readPost: readBlueskyPost,
  reciprocity: blueskyReciprocity,
  overlayAnchor(root) {
    // In the row that holds the reply, repost and like buttons, so the post keeps its height.
    const reply = root.querySelector(S.reply);
    const like = root.querySelector(S.like);
    let row = reply?.parentElement ?? null;
    while (row && like && row !== root && !row.contains(like)) row = row.parentElement;
    return { parent: row && like ? row : root };
  },
};
