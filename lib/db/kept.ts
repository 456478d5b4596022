import type { PostReading } from '../sites/types';

/**
 * What is kept of a post the user scrolled past: what a feature reads back. The panel's history and the author's
 * usual figures need the post's id, link, author handle, time and counts; the promoted and pinned flags say which
 * counts to compare. Nothing reads a post's text, its author's display name, whom it mentions, answers or quotes,
 * or who reposted it back from storage (prompts read the post on the page), so none of that is stored: the text
 * is kept empty and the rest left out. The content script sends no more than this (lib/feed/valid-reading.ts).
 */
export function keptOf({ site, postId, permalink, author, publishedAt, metrics, lowerBounds, context }: PostReading): PostReading {
  return {
    site,
    postId,
    permalink,
    author: { handle: author.handle },
    ...(publishedAt && { publishedAt }),
    text: '',
    metrics,
    lowerBounds,
    context: { ...(context.promoted && { promoted: true }), ...(context.pinned && { pinned: true }) },
  };
}
