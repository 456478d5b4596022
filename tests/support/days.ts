import { dayKey } from '../../lib/db/schema';

/** The local day of a moment, as the popup's figures count days (lib/db/schema.ts). */
export const localDay = (at = Date.now()): string => dayKey(at);

/**
 * Waits, when the next local midnight is less than `span` away, until it has passed, and returns how long it waited:
 * the `span` that follows lies within one day, so a test of what "today" or "the same day" counts cannot straddle
 * midnight (posts stored yesterday, the popup read today).
 */
export async function awayFromMidnight(span: number, now = Date.now()): Promise<number> {
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  const left = midnight.getTime() - now;
  if (left >= span) return 0;
  const wait = left + 1000;
  await new Promise((resolve) => setTimeout(resolve, wait));
  return wait;
}
