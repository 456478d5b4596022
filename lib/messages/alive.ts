/**
 * The background asks a tab's content script whether it is alive before injecting a fresh one (after an install
 * or update): a live script answers, an orphaned one cannot (its extension context is gone), and a tab without
 * one has no listener. Injecting beside a live script would make the two fight over the page's overlays.
 */
export const ALIVE_QUESTION = { type: 'feedcoach-alive' } as const;

/*
 * These two come only from FeedCoach's own background (a page cannot message a content script), and the content
 * script needs nothing from them but their shape: plain checks, so that it builds no Zod schema as it starts.
 */
const typeOf = (message: unknown): unknown => (typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined);

export const isAliveQuestion = (message: unknown): boolean => typeOf(message) === ALIVE_QUESTION.type;

/**
 * The background's word to a tab's frame that a copy of the content script started there (it asked the
 * background with 'script-started'): any copy in the frame that started before it stops. WXT's own signal for this is a DOM event
 * any page can dispatch, so FeedCoach does not stop on it while its extension is alive (lib/feed/content-script.ts).
 */
const REPLACED_TYPE = 'feedcoach-replaced';

export const replacedNotice = (instance: string) => ({ type: REPLACED_TYPE, instance }) as const;

/** The instance that replaces the others in this frame, when the message is that notice. */
export const replacingInstance = (message: unknown): string | undefined => {
  if (typeOf(message) !== REPLACED_TYPE) return undefined;
  const { instance } = message as { instance?: unknown };
  return typeof instance === 'string' ? instance : undefined;
};
