import { z } from 'zod/mini';

/**
 * The background asks a tab's content script whether it is alive before injecting a fresh one (after an install
 * or update): a live script answers, an orphaned one cannot (its extension context is gone), and a tab without
 * one has no listener. Injecting beside a live script would make the two fight over the page's overlays.
 */
export const ALIVE_QUESTION = { type: 'feedcoach-alive' } as const;

const aliveQuestion = z.object({ type: z.literal(ALIVE_QUESTION.type) });

export const isAliveQuestion = (message: unknown): boolean => aliveQuestion.safeParse(message).success;

/**
 * The background's word to a tab's frame that a copy of the content script started there (it asked the
 * background with 'script-started'): any copy in the frame that started before it stops. WXT's own signal for this is a DOM event
 * any page can dispatch, so FeedCoach does not stop on it while its extension is alive (lib/feed/content-script.ts).
 */
const REPLACED_TYPE = 'feedcoach-replaced';

export const replacedNotice = (instance: string) => ({ type: REPLACED_TYPE, instance }) as const;

const replaced = z.object({ type: z.literal(REPLACED_TYPE), instance: z.string() });

/** The instance that replaces the others in this frame, when the message is that notice. */
export const replacingInstance = (message: unknown): string | undefined => {
  const parsed = replaced.safeParse(message);
  return parsed.success ? parsed.data.instance : undefined;
};
