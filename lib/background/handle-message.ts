import type { FeedCoachDatabase } from '../db/database';
import { ingestPosts, loadPostHistory } from '../db/ingest';
import { extensionMessage, type MessageReply } from '../messages/schema';

export interface MessageSender {
  /** The extension id of the sender; messages from anywhere else are refused. */
  id?: string;
}

/**
 * Validates and carries out one message. The reply is sent only after the write has committed,
 * so an acknowledged batch is never lost when the service worker stops.
 */
export async function handleMessage(
  db: FeedCoachDatabase,
  raw: unknown,
  sender: MessageSender,
  ownId: string,
): Promise<MessageReply> {
  if (sender.id !== ownId) return { ok: false, error: 'foreign sender' };
  const parsed = extensionMessage.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.message ?? 'unknown'}` };
  const message = parsed.data;
  switch (message.type) {
    case 'posts-seen':
      await ingestPosts(db, message.seenAt, message.posts);
      return { ok: true };
    case 'post-history':
      return { ok: true, history: await loadPostHistory(db, message.postKey) };
  }
}
