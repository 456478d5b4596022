import { z } from 'zod/mini';

/**
 * The background asks a tab's content script whether it is alive before injecting a fresh one (after an install
 * or update): a live script answers, an orphaned one cannot (its extension context is gone), and a tab without
 * one has no listener. Injecting beside a live script would make the two fight over the page's overlays.
 */
export const ALIVE_QUESTION = { type: 'feedcoach-alive' } as const;

const aliveQuestion = z.object({ type: z.literal(ALIVE_QUESTION.type) });

export const isAliveQuestion = (message: unknown): boolean => aliveQuestion.safeParse(message).success;
