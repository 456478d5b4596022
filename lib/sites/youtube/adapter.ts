import { readText } from '../dom';
import { MetricsCollector } from '../metrics';
import type { ReadResult, RequiredField, SiteAdapter } from '../types';
import { YOUTUBE_SELECTORS as S } from './selectors';

const COMMENT_ID = /^[\w.-]{10,}$/;

function urlOf(href: string | null | undefined): URL | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, 'https://www.youtube.com');
  } catch {
    return undefined;
  }
}

function readHandle(author: Element | null): string | undefined {
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

export function readYoutubeComment(comment: Element): ReadResult {
  const missing: RequiredField[] = [];

  const url = urlOf(comment.querySelector(S.permalink)?.getAttribute('href'));
  const commentId = url?.searchParams.get('lc') ?? '';
  const validId = COMMENT_ID.test(commentId);
  if (!validId) missing.push('postId');

  const handle = readHandle(comment.querySelector(S.author));
  if (!handle) missing.push('author');

  const metrics = readMetrics(comment);
  if (!metrics) missing.push('metrics');

  if (!url || !validId || !handle || !metrics) return { ok: false, missing };

  const video = url.searchParams.get('v');
  const permalink = video
    ? `https://www.youtube.com/watch?v=${encodeURIComponent(video)}&lc=${commentId}`
    : `https://www.youtube.com${url.pathname}?lc=${commentId}`;
  return {
    ok: true,
    post: {
      site: 'youtube',
      postId: commentId,
      permalink,
      author: { handle },
      text: readText(comment.querySelector(S.text)),
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context: comment.querySelector(S.pinnedBadge) ? { pinned: true } : {},
    },
  };
}

export const youtubeAdapter: SiteAdapter = {
  site: 'youtube',
  matches: ['https://www.youtube.com/*'],
  postSelector: S.post,
  readPost: readYoutubeComment,
  overlayAnchor(comment) {
    // In the comment's own action row, after the reply button.
    return { parent: comment.querySelector(S.toolbar) ?? comment.querySelector(S.actionButtons) ?? comment };
  },
};
