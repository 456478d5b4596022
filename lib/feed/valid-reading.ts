import { ISO_DATETIME, LIMITS } from '../messages/limits';
import { keptOf } from '../db/kept';
import type { PostReading } from '../sites/types';

const fits = (value: string, max: number) => value.length > 0 && value.length <= max;

/**
 * A reading cut to what the background takes and keeps (lib/db/kept.ts): the post's text, its author's name, whom it
 * mentions or answers and who reposted it stay on the page, where the prompts read them, instead of being copied
 * into every message for the background to drop. A date ISO cannot write is dropped; only a post without a usable
 * id, permalink or author is dropped whole (undefined): one field never costs a post, and one post never costs a
 * batch. Plain checks, no schema: this runs for every post read.
 */
export function validReading(reading: PostReading): PostReading | undefined {
  const { postId, permalink, author, publishedAt } = reading;
  if (!fits(postId, LIMITS.postId) || !fits(author.handle, LIMITS.handle)) return undefined;
  if (!fits(permalink, LIMITS.permalink) || !permalink.startsWith('https://')) return undefined;
  const kept = keptOf(reading);
  if (publishedAt && !ISO_DATETIME.test(publishedAt)) delete kept.publishedAt;
  return kept;
}
