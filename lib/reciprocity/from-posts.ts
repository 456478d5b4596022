import type { PostReading } from '../sites/types';
import type { ReceivedInteraction } from './types';

const same = (a: string, b: string) => a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();

/**
 * What a post someone else wrote did for the user: quoted them, answered them, or named them.
 * One post counts once, as its most effortful kind (a reply that also mentions the user is a reply).
 */
export function receivedFromPost(post: PostReading, me: string): ReceivedInteraction | undefined {
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
  };
}
