import type { SiteId } from '../sites/types';
import type { ReceivedInteraction } from './types';

export const personKey = (site: SiteId, handle: string): string => `${site}:${handle.replace(/^@/, '').toLowerCase()}`;

/** A short stable hash, to key a notification whose post has no id on the page. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * The id of a received interaction, and of the reminder it opens. Deterministic, and light enough for the content
 * script: a prompt offered beside a notification knows which reminders it answers without asking the database.
 */
export function receivedId(item: ReceivedInteraction): string {
  const target = item.sourcePostId ?? item.targetPostId ?? (item.targetExcerpt ? `~${shortHash(item.targetExcerpt)}` : '');
  return `received:${item.site}:${item.kind}:${personKey(item.site, item.actor.handle)}:${target}`;
}
