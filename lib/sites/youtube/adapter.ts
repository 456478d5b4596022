import { oncePerSecondPerPage, recordAudience, type PageAudience } from '../audience';
import { readText, textReadWhenAsked, wordsAfterVerb } from '../dom';
import { parseLink, type LinkParts } from '../href';
import { MetricsCollector } from '../metrics';
import type { InteractionKind, ReceivedInteraction } from '../../reciprocity/types';
import type { ReadResult, ReciprocityAdapter, RequiredField, SiteAdapter } from '../types';
import { YOUTUBE_NOTIFICATION_WORDS, YOUTUBE_RECIPROCITY_SELECTORS as R, YOUTUBE_SELECTORS as S } from './selectors';

const COMMENT_ID = /^[\w.-]{10,}$/;

const urlOf = (href: string | null | undefined): LinkParts | undefined => parseLink(href, 'https://www.youtube.com');

function readHandle(author: Element | null | undefined): string | undefined {
  const path = urlOf(author?.getAttribute('href'))?.pathname ?? '';
  const fromHref = /^\/@([^/]+)/.exec(path)?.[1];
  if (fromHref) {
    try {
      return decodeURIComponent(fromHref);
    } catch {
      return fromHref;
    }
  }
  // Older channels link to /channel/<id>; their visible name is still the handle.
  const text = readText(author, 100);
  return /^@\S+$/.test(text) ? text.slice(1) : undefined;
}

/** The replies renderer of the thread this comment opens; undefined for a reply. */
function threadReplies(comment: Element): Element | undefined {
  const replies = comment.closest(S.thread)?.querySelector(S.replies);
  return replies && !replies.contains(comment) ? replies : undefined;
}

function readMetrics(comment: Element): MetricsCollector | undefined {
  const vote = comment.querySelector(S.voteCount);
  const likeButton = comment.querySelector(S.likeButton);
  if (!vote && !likeButton && !comment.querySelector(S.likeArea)) return undefined;
  const metrics = new MetricsCollector();
  metrics.setFromText('likes', vote?.getAttribute('aria-label'), { exactOnly: true });
  metrics.setFromText('likes', likeButton?.getAttribute('aria-label'), { exactOnly: true });
  // Empty when the comment has no likes: then the count stays unknown rather than 0.
  metrics.setFromText('likes', readText(vote, 40));

  const replies = threadReplies(comment);
  if (replies) {
    metrics.setFromText('replies', replies.querySelector(S.moreRepliesLabelled)?.getAttribute('aria-label'), { exactOnly: true });
    // "View reply" has no number: the count is left unknown.
    metrics.setFromText('replies', readText(replies.querySelector(S.moreReplies), 80));
  }
  return metrics;
}

/** The video's channel and its subscriber count, as the watch page shows them under the video. */
const videoChannel = oncePerSecondPerPage((doc): PageAudience | undefined => {
  const handle = readHandle(doc.querySelector(R.videoOwner));
  const subscribers = doc.querySelector(R.videoOwnerSubscribers);
  return handle ? { handle, counts: [subscribers?.getAttribute('aria-label'), readText(subscribers, 80)] } : undefined;
});

/**
 * "@handle" links in the comment's text are mentions. A reply answers its thread's first comment, and the
 * person its text starts with; a top-level comment answers the video's channel, when the page shows it.
 */
function readAddressees(comment: Element, text: Element | null): { mentions: string[]; inReplyTo: string[] } {
  const links = Array.from(text?.querySelectorAll(R.textLink) ?? []).filter((link) => readText(link, 100).startsWith('@'));
  const mentions = links.map((link) => readHandle(link)).filter((handle): handle is string => !!handle);
  const thread = comment.closest(S.thread);
  const isReply = !!comment.closest(S.replies);
  const answered = isReply
    ? [readHandle(thread?.querySelector(S.post)?.querySelector(S.author)), ...(links[0] && readText(text).startsWith(readText(links[0], 100)) ? [readHandle(links[0])] : [])]
    : [videoChannel(comment.ownerDocument)?.handle];
  return { mentions: [...new Set(mentions)], inReplyTo: [...new Set(answered.filter((handle): handle is string => !!handle))] };
}

export function readYoutubeComment(comment: Element): ReadResult {
  const missing: RequiredField[] = [];

  const url = urlOf(comment.querySelector(S.permalink)?.getAttribute('href'));
  const commentId = url?.param('lc') ?? '';
  const validId = COMMENT_ID.test(commentId);
  if (!validId) missing.push('postId');

  const handle = readHandle(comment.querySelector(S.author));
  if (!handle) missing.push('author');

  const metrics = readMetrics(comment);
  if (!metrics) missing.push('metrics');

  if (!url || !validId || !handle || !metrics) return { ok: false, missing };
  // The channel's subscribers are the audience of the comments it writes itself.
  recordAudience(metrics, videoChannel(comment.ownerDocument), handle);

  const text = comment.querySelector(S.text);
  const video = url.param('v');
  const permalink = video
    ? `https://www.youtube.com/watch?v=${encodeURIComponent(video)}&lc=${commentId}`
    : `https://www.youtube.com${url.pathname}?lc=${commentId}`;
  return {
    ok: true,
    post: textReadWhenAsked({
      site: 'youtube',
      postId: commentId,
      permalink,
      author: { handle },
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context: comment.querySelector(S.pinnedBadge) ? { pinned: true } : {},
      ...readAddressees(comment, text),
    }, text),
  };
}

/** The actor a notification names first: "@handle replied ..." or, where no handle is shown, "Name replied ...". */
function actorOf(message: string, verbAt: number): { handle: string; name?: string } | undefined {
  const handle = /^@([\w.-]{3,100})/u.exec(message)?.[1]?.replace(/\.+$/, '');
  if (handle) return { handle };
  const name = message.slice(0, verbAt).replace(/[\s:,"“]+$/u, '').trim();
  return name && name.length <= 100 && !name.startsWith('@') ? { handle: name, name } : undefined;
}

/**
 * A bell notification: "<name> mentioned you", "<name> replied to your comment", "<name> liked your comment".
 * Its link points at the comment concerned (lc=), a reply's id being "<parent>.<reply>". Uploads and other
 * notifications are read as entries with nothing to record.
 */
function readYoutubeNotification(root: Element, me: string): ReceivedInteraction[] | undefined {
  if (!root.matches(R.notification)) return undefined;
  const message = readText(root.querySelector(R.notificationMessage), 400);
  const found = (Object.entries(YOUTUBE_NOTIFICATION_WORDS) as [InteractionKind, RegExp][])
    .map(([kind, words]) => ({ kind, at: words.exec(message)?.index ?? -1 }))
    .filter((match) => match.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  const actor = found && actorOf(message, found.at);
  if (!found || !actor || actor.handle.toLowerCase() === me.toLowerCase()) return [];
  const url = urlOf(root.querySelector(R.notificationLink)?.getAttribute('href'));
  const commentId = url?.param('lc') ?? '';
  const video = url?.param('v');
  const link = COMMENT_ID.test(commentId) && video ? { commentId, permalink: `https://www.youtube.com/watch?v=${encodeURIComponent(video)}&lc=${commentId}` } : undefined;
  // A like concerns the user's own comment; a reply answers the user's comment, the part before the dot.
  const ids = !link
    ? {}
    : found.kind === 'like'
      ? { targetPostId: link.commentId }
      : { sourcePostId: link.commentId, permalink: link.permalink, ...(found.kind === 'reply' && link.commentId.includes('.') && { targetPostId: link.commentId.split('.')[0]! }) };
  // A reply or mention quotes their words: the reply prompt answers what they said.
  const messageElement = root.querySelector(R.notificationMessage);
  const said = (found.kind === 'reply' || found.kind === 'mention') && messageElement ? wordsAfterVerb(messageElement, 'button', YOUTUBE_NOTIFICATION_WORDS[found.kind]) : undefined;
  return [{ site: 'youtube', kind: found.kind, actor, ...ids, ...(said && { sourceExcerpt: said }) }];
}

function readAccount(doc: Document): string | undefined {
  const header = /^@(\S+)$/.exec(readText(doc.querySelector(R.accountHandle), 120))?.[1];
  if (header) return header;
  const section = doc.querySelector(R.guideYou)?.closest(R.guideSection);
  return readHandle(section?.querySelector(R.channelLink));
}

const youtubeReciprocity: ReciprocityAdapter = {
  readAccount,
  notificationSelector: R.notification,
  readNotification: readYoutubeNotification,
  composer: {
    submitSelector: R.submit,
    editorSelector: R.editor,
    replyTarget(container, doc) {
      // A reply box opens under a comment (or at the end of its thread); the top-level box answers the video.
      const comment = container.closest(S.post) ?? container.closest(S.thread)?.querySelector(S.post);
      if (comment) {
        const read = readYoutubeComment(comment);
        return read.ok ? { handle: read.post.author.handle, postId: read.post.postId } : undefined;
      }
      const owner = readHandle(doc.querySelector(R.videoOwner));
      const video = doc.querySelector(R.watchFlexy)?.getAttribute('video-id') ?? urlOf(doc.location?.href)?.param('v');
      return owner ? { handle: owner, ...(video && { postId: video }) } : undefined;
    },
    replyButtonSelector: R.replyButton,
  },
  likeSelector: R.like,
  repostSelector: R.repost,
};

export const youtubeAdapter: SiteAdapter = {
  site: 'youtube',
  matches: ['https://www.youtube.com/*'],
  postSelector: S.post,
  readPost: readYoutubeComment,
  reciprocity: youtubeReciprocity,
  overlayAnchor(comment) {
    // In the comment's own action row, after the reply button.
    return { parent: comment.querySelector(S.toolbar) ?? comment.querySelector(S.actionButtons) ?? comment };
  },
};
