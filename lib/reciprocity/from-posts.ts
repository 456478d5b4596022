import type { PostReading } from '../sites/types';
import type { ReceivedInteraction } from './types';

const same = (a: string, b: string) => a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();

/** Their words, as far as the popup's list of replies owed shows them. */
const EXCERPT_LENGTH = 140;

/**
 * What a post someone else wrote did for the user: quoted them, answered them, or named them.
 * One post counts once, as its most effortful kind (a reply that also mentions the user is a reply).
 * `asks` tells a question (the prompts' classifier): a mention that asks waits for an answer.
 */
export function receivedFromPost(post: PostReading, me: string, asks?: (text: string) => boolean): ReceivedInteraction | undefined {
  if (same(post.author.handle, me)) return undefined;
  const kind =
    post.inReplyTo?.some((handle) => same(handle, me))
      ? 'reply'
      : post.context.quoted?.handle && same(post.context.quoted.handle, me)
        ? 'quote'
        : post.mentions?.some((handle) => same(handle, me))
          ? 'mention'
          : undefined;
  if (!kind) return undefined;
  return {
    site: post.site,
    kind,
    actor: { handle: post.author.handle, ...(post.author.name && { name: post.author.name }) },
    sourcePostId: post.postId,
    permalink: post.permalink,
    ...(kind === 'quote' && post.context.quoted?.postId && { targetPostId: post.context.quoted.postId }),
    ...(kind !== 'quote' && post.text && { sourceExcerpt: post.text.slice(0, EXCERPT_LENGTH) }),
    ...(kind === 'mention' && asks?.(post.text) && { asks: true }),
  };
}

/** A notification's mention that quotes the person's words: whether it asks something is for the classifier. */
export function quotesMention(item: ReceivedInteraction): boolean {
  return item.kind === 'mention' && Boolean(item.sourceExcerpt);
}

/** A notification's mention that quotes a question waits for an answer, as a post that asks does. */
export function withQuestion(item: ReceivedInteraction, asks?: (text: string) => boolean): ReceivedInteraction {
  return quotesMention(item) && asks?.(item.sourceExcerpt ?? '') ? { ...item, asks: true } : item;
}
