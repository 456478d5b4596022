import { ISO_DATETIME, LIMITS } from '../messages/limits';
import type { PostContext, PostReading } from '../sites/types';

const fits = (value: string, max: number) => value.length > 0 && value.length <= max;
const cut = (value: string | undefined, max: number) => (value === undefined ? undefined : value.slice(0, max));

/** Handles a post addresses: each of a handle's length, at most as many as a message carries. */
function addressees(handles: string[] | undefined): string[] | undefined {
  if (!handles) return undefined;
  const kept = handles.filter((handle) => fits(handle, LIMITS.handle)).slice(0, LIMITS.addressees);
  return kept.length > 0 ? kept : undefined;
}

function validContext({ repostedBy, promoted, pinned, quoted }: PostContext): PostContext {
  const quotedHandle = cut(quoted?.handle, LIMITS.handle);
  const quotedId = cut(quoted?.postId, LIMITS.postId);
  return {
    ...(repostedBy && { repostedBy: repostedBy.slice(0, LIMITS.handle) }),
    ...(promoted !== undefined && { promoted }),
    ...(pinned !== undefined && { pinned }),
    ...(quoted && { quoted: { ...(quotedHandle && { handle: quotedHandle }), ...(quotedId && { postId: quotedId }) } }),
  };
}

/**
 * A reading cut to what the background takes: an over-long name or text is cut, a date ISO cannot write is
 * dropped, mentions beyond a message's hundred are left out. Only a post without a usable id, permalink or
 * author is dropped whole (undefined): one field never costs a post, and one post never costs a batch.
 * Plain checks, no schema: this runs for every post read.
 */
export function validReading(reading: PostReading): PostReading | undefined {
  const { postId, permalink, author, publishedAt, text, mentions, inReplyTo, context } = reading;
  if (!fits(postId, LIMITS.postId) || !fits(author.handle, LIMITS.handle)) return undefined;
  if (!fits(permalink, LIMITS.permalink) || !permalink.startsWith('https://')) return undefined;
  const kept = { mentions: addressees(mentions), inReplyTo: addressees(inReplyTo) };
  return {
    site: reading.site,
    postId,
    permalink,
    author: { handle: author.handle, ...(author.name && { name: author.name.slice(0, LIMITS.name) }) },
    ...(publishedAt && ISO_DATETIME.test(publishedAt) && { publishedAt }),
    text: text.slice(0, LIMITS.text),
    metrics: reading.metrics,
    lowerBounds: reading.lowerBounds,
    context: validContext(context),
    ...(kept.mentions && { mentions: kept.mentions }),
    ...(kept.inReplyTo && { inReplyTo: kept.inReplyTo }),
  };
}
