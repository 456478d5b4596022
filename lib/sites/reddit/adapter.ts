import { isoDate, isoFromMillis, readText } from '../dom';
import { parseLink } from '../href';
import { MetricsCollector } from '../metrics';
import type { InteractionKind, ReceivedInteraction } from '../../reciprocity/types';
import { MAX_TEXT_LENGTH, type MetricKey, type PostContext, type ReadResult, type ReciprocityAdapter, type RequiredField, type SiteAdapter } from '../types';
import {
  REDDIT_FULLNAME,
  REDDIT_NOTIFICATION_WORDS,
  REDDIT_POST_SELECTOR,
  REDDIT_RECIPROCITY_SELECTORS as R,
  REDDIT_SELECTORS as S,
  REDDIT_USER_MENTION,
} from './selectors';

const ORIGIN = 'https://www.reddit.com';
const USERNAME = /^[A-Za-z0-9_-]{1,30}$/;

/** A whole-number attribute ("2319", "-4"); anything else is not a count. */
function intAttribute(element: Element | null | undefined, name: string): number | undefined {
  const raw = element?.getAttribute(name)?.trim();
  return raw && /^-?\d+$/.test(raw) ? Number(raw) : undefined;
}

/** Reddit's permalinks are site-relative paths; an absolute one must stay on reddit. */
function permalinkOf(path: string | null | undefined): string | undefined {
  const url = parseLink(path, ORIGIN);
  if (!url || !/(^|\.)reddit\.com$/.test(url.hostname) || !url.pathname.includes('/comments/')) return undefined;
  return `${ORIGIN}${url.pathname}`;
}

/** Old Reddit's data-timestamp (milliseconds since the epoch) as ISO 8601, when it is a time ISO can write. */
function isoFromAttribute(value: string | null | undefined): string | undefined {
  return isoFromMillis(value && /^\d{9,}$/.test(value) ? Number(value) : NaN);
}

function handleFromUserLink(link: Element | null | undefined): string | undefined {
  const path = /\/u(?:ser)?\/([^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  return path && USERNAME.test(path) ? path : undefined;
}

/** The people a post's text links to ("u/ana"), when it links any. */
function readMentions(body: Element | null): { mentions?: string[] } {
  const handles = new Set(Array.from(body?.querySelectorAll(R.textUserLink) ?? [], (link) => handleFromUserLink(link)).filter((handle) => handle !== undefined));
  return handles.size > 0 ? { mentions: [...handles] } : {};
}

/** Counters live in the open shadow root on reddit.com; a page without one (or a server render) has them in light DOM. */
function queryCounter(post: Element, selector: string): Element | undefined {
  return post.shadowRoot?.querySelector(selector) ?? post.querySelector(selector) ?? undefined;
}

function readNewMetrics(post: Element): MetricsCollector {
  const metrics = new MetricsCollector();
  const sources: [MetricKey, string, string][] = [
    ['likes', 'score', S.newVoteCount],
    ['replies', 'comment-count', S.newCommentCount],
  ];
  for (const [key, attribute, counterSelector] of sources) {
    const exact = intAttribute(post, attribute);
    if (exact !== undefined) metrics.set(key, exact, true);
    const counter = queryCounter(post, counterSelector);
    const number = intAttribute(counter, 'number');
    if (number !== undefined) metrics.set(key, number, true);
    metrics.setFromText(key, counter?.getAttribute('pretty') ?? counter?.textContent);
  }
  return metrics;
}

function text(title: string, body: string): string {
  return [title, body].filter(Boolean).join('\n').slice(0, MAX_TEXT_LENGTH);
}

function readNewPost(post: Element): ReadResult {
  const missing: RequiredField[] = [];
  const ownId = post.getAttribute('id') ?? '';
  const postId = REDDIT_FULLNAME.test(ownId) ? ownId : post.closest(S.newPostArticle)?.getAttribute('data-post-id') ?? '';
  if (!REDDIT_FULLNAME.test(postId)) missing.push('postId');

  const authorAttribute = post.getAttribute('author') ?? '';
  const handle = USERNAME.test(authorAttribute) ? authorAttribute : handleFromUserLink(post.querySelector(S.newAuthorLink));
  if (!handle) missing.push('author');

  const metrics = readNewMetrics(post);
  if (Object.keys(metrics.metrics).length === 0) missing.push('metrics');
  if (missing.length > 0 || !handle) return { ok: false, missing };

  const context: PostContext = {};
  if (post.localName === S.newAd || post.getAttribute('data-promoted') === 'true') context.promoted = true;
  const publishedAt = isoDate(post.getAttribute('created-timestamp')) ?? isoDate(post.querySelector(S.newTime)?.getAttribute('datetime'));
  const title = post.getAttribute('post-title')?.trim() || readText(post.querySelector(S.newTitle));
  const body = post.querySelector(S.newTextBody);
  return {
    ok: true,
    post: {
      site: 'reddit',
      postId,
      permalink: permalinkOf(post.getAttribute('permalink')) ?? `${ORIGIN}/comments/${postId.slice(3)}/`,
      author: { handle },
      ...(publishedAt && { publishedAt }),
      text: text(title, readText(body)),
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context,
      ...readMentions(body),
    },
  };
}

function readOldMetrics(thing: Element): MetricsCollector {
  const metrics = new MetricsCollector();
  const score = intAttribute(thing, 'data-score');
  if (score !== undefined) metrics.set('likes', score, true);
  // The unvoted score div states the exact score in its title and "12.5k" in its text; "•" when the score is hidden.
  const scoreDiv = thing.querySelector(S.oldScore);
  const titled = intAttribute(scoreDiv, 'title');
  if (titled !== undefined) metrics.set('likes', titled, true);
  metrics.setFromText('likes', scoreDiv?.textContent);

  const comments = intAttribute(thing, 'data-comments-count');
  if (comments !== undefined) metrics.set('replies', comments, true);
  metrics.setFromText('replies', thing.querySelector(S.oldComments)?.textContent);
  return metrics;
}

function readOldPost(thing: Element): ReadResult {
  const missing: RequiredField[] = [];
  const postId = thing.getAttribute('data-fullname') ?? '';
  if (!REDDIT_FULLNAME.test(postId)) missing.push('postId');

  const authorAttribute = thing.getAttribute('data-author') ?? '';
  const handle = USERNAME.test(authorAttribute) ? authorAttribute : handleFromUserLink(thing.querySelector(S.oldAuthor));
  if (!handle) missing.push('author');

  const metrics = readOldMetrics(thing);
  if (Object.keys(metrics.metrics).length === 0) missing.push('metrics');
  if (missing.length > 0 || !handle) return { ok: false, missing };

  const context: PostContext = {};
  if (thing.getAttribute('data-promoted') === 'true' || thing.classList.contains('promoted')) context.promoted = true;
  if (thing.classList.contains('stickied')) context.pinned = true;
  const publishedAt = isoFromAttribute(thing.getAttribute('data-timestamp')) ?? isoDate(thing.querySelector(S.oldTime)?.getAttribute('datetime'));
  return {
    ok: true,
    post: {
      site: 'reddit',
      postId,
      permalink: permalinkOf(thing.getAttribute('data-permalink')) ?? `${ORIGIN}/comments/${postId.slice(3)}/`,
      author: { handle },
      ...(publishedAt && { publishedAt }),
      text: text(readText(thing.querySelector(S.oldTitle)), readText(thing.querySelector(S.oldSelfText))),
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context,
      ...readMentions(thing.querySelector(S.oldSelfText)),
    },
  };
}

export function readRedditPost(root: Element): ReadResult {
  return root.matches(S.oldThing) ? readOldPost(root) : readNewPost(root);
}

/** /r/<sub>/comments/<post>/<slug or "comment">/<comment>/: the thread, and the comment when the link names one. */
const THREAD_PATH = /^\/r\/[^/]+\/comments\/([a-z0-9]+)(?:\/[^/]+(?:\/([a-z0-9]+))?)?\/?$/;

/**
 * A comment on a thread's page that answers the user (a top-level one under their post, or a reply to their
 * comment), with its words: the notification of it quotes none, so its reminder takes them from here (same id).
 */
function commentToMe(comment: Element, me: string): ReceivedInteraction[] {
  const author = comment.getAttribute('author') ?? '';
  const thingId = comment.getAttribute('thingid') ?? '';
  const postId = comment.getAttribute('postid') ?? '';
  const parent = comment.parentElement?.closest(R.comment);
  const answered = parent ? parent.getAttribute('author') : comment.ownerDocument.getElementById(postId)?.getAttribute('author');
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  if (!USERNAME.test(author) || !/^t1_[a-z0-9]+$/.test(thingId) || !answered || !me || same(author, me) || !same(answered, me)) return [];
  // Its own words, not those of the replies nested in it.
  const words = readText(Array.from(comment.children).find((child) => child.matches(R.commentText)), 280);
  const permalink = permalinkOf(comment.getAttribute('permalink'));
  return [
    {
      site: 'reddit',
      kind: 'reply',
      actor: { handle: author },
      sourcePostId: thingId,
      ...(REDDIT_FULLNAME.test(postId) && { targetPostId: postId }),
      ...(permalink && { permalink }),
      ...(words && { sourceExcerpt: words }),
    },
  ];
}

/**
 * "u/ana crossposted your post to r/growth": one interaction, told by the words (the only thing the entry says),
 * from the first person named other than the user. Upvote milestones and the like name nobody: nothing to record.
 */
function readRedditNotification(root: Element, me: string): ReceivedInteraction[] | undefined {
  if (root.matches(R.comment)) return commentToMe(root, me);
  if (!root.matches(R.notification)) return undefined;
  const text = readText(root, 400);
  const kind = (Object.entries(REDDIT_NOTIFICATION_WORDS) as [InteractionKind, RegExp][]).find(([, words]) => words.test(text))?.[0];
  const handle = [...text.matchAll(REDDIT_USER_MENTION)].map((match) => match[1]!).find((name) => name.toLowerCase() !== me.toLowerCase());
  // An unreadable link leaves the entry without a thread.
  const path = parseLink(root.getAttribute('href'), ORIGIN)?.pathname ?? '';
  const thread = THREAD_PATH.exec(path);
  if (!kind || !handle || !thread) return [];
  return [
    {
      site: 'reddit',
      kind,
      actor: { handle },
      // The crosspost is the sharer's own post; a reply or mention is their comment in a thread.
      sourcePostId: thread[2] && kind !== 'repost' ? `t1_${thread[2]}` : `t3_${thread[1]}`,
      permalink: `${ORIGIN}${path}`,
    },
  ];
}

const redditReciprocity: ReciprocityAdapter = {
  readAccount(doc) {
    return handleFromUserLink(doc.querySelector(R.account));
  },
  // Comments answering the user are read beside notifications: their words complete a notification that quotes none.
  notificationSelector: `${R.notification}, ${R.comment}`,
  readNotification: readRedditNotification,
  composer: {
    submitSelector: R.submit,
    editorSelector: R.editor,
    replyTarget(container, doc) {
      // A reply box opens inside the comment it answers; the one under a post page's post answers the post.
      const comment = container.closest(R.comment);
      if (comment) {
        const author = comment.getAttribute('author') ?? '';
        const thingId = comment.getAttribute('thingid') ?? '';
        return USERNAME.test(author) ? { handle: author, ...(/^t1_[a-z0-9]+$/.test(thingId) && { postId: thingId }) } : undefined;
      }
      if (!doc.location?.pathname.includes('/comments/')) return undefined;
      const post = doc.querySelector(S.newPost);
      const read = post ? readNewPost(post) : undefined;
      return read?.ok ? { handle: read.post.author.handle, postId: read.post.postId } : undefined;
    },
    replyButtonSelector: R.replyButton,
  },
  likeSelector: R.like,
  repostSelector: R.crosspost,
};

export const redditAdapter: SiteAdapter = {
  site: 'reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://reddit.com/*'],
  postSelector: REDDIT_POST_SELECTOR,
  readPost: readRedditPost,
  reciprocity: redditReciprocity,
  // Reddit updates votes and comment counts through these attributes, not through labels.
  watchedAttributes: ['score', 'comment-count', 'data-score', 'data-comments-count'],
  overlayAnchor(root) {
    if (root.matches(S.oldThing)) return { parent: root.querySelector(S.oldButtons) ?? root.querySelector(S.oldEntry) ?? root };
    // The action row sits in the post's shadow root, where a light-DOM lookup of our overlay would not find it;
    // the slotted credit bar is the nearest row that renders our light-DOM host.
    return { parent: root.querySelector(S.newCreditBar) ?? root };
  },
};
