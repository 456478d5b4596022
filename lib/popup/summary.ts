import { DATABASE_NAME, dayKey } from '../db/schema';
import { openStoreReader, type StoreReader } from '../db/store-reader';
import type { MessageKey } from '../i18n/messages';
import { countAllOwed } from '../reciprocity/owed';

export const RANGES = { today: 1, week: 7, month: 30 } as const;
export type RangeId = keyof typeof RANGES;

export interface Summary {
  postsSeen: number;
  thanksSent: number;
  repliesGiven: number;
  thanksOwed: number;
  repliesOwed: number;
}

/**
 * The popup's headline figures, in order: the same for the first figures drawn before React and for React's. Their
 * label and hint are message keys (lib/i18n/messages.ts), read in the language FeedCoach speaks.
 */
export const HEADLINE_FIGURES: readonly { id: keyof Summary; testId: string; label: MessageKey; hint: MessageKey }[] = [
  { id: 'thanksOwed', testId: 'thanks-owed', label: 'popup.thanksOwed', hint: 'popup.thanksOwedHint' },
  { id: 'repliesOwed', testId: 'replies-owed', label: 'popup.repliesOwed', hint: 'popup.repliesOwedHint' },
  { id: 'thanksSent', testId: 'thanks-sent', label: 'popup.thanksSent', hint: 'popup.thanksSentHint' },
  { id: 'repliesGiven', testId: 'replies-given', label: 'popup.repliesGiven', hint: 'popup.repliesGivenHint' },
  { id: 'postsSeen', testId: 'posts-seen', label: 'popup.postsSeen', hint: 'popup.postsSeenHint' },
];

/** Local days covered by a range ending today, oldest first. */
export function daysOf(range: RangeId, now: number): string[] {
  const days: string[] = [];
  for (let back = RANGES[range] - 1; back >= 0; back -= 1) {
    const date = new Date(now);
    date.setDate(date.getDate() - back);
    days.push(dayKey(date.getTime()));
  }
  return days;
}

/** The popup's headline figures: at most 30 daily aggregate rows and four indexed counts, whatever the history. */
export async function loadSummary(reader: StoreReader, range: RangeId, now = Date.now()): Promise<Summary> {
  const [rows, owed] = await Promise.all([reader.getMany('daily', daysOf(range, now)), countAllOwed(reader, now)]);
  const sum = (field: 'postsSeen' | 'thanksSent' | 'repliesGiven') => rows.reduce((total, row) => total + (row?.[field] ?? 0), 0);
  return {
    postsSeen: sum('postsSeen'),
    thanksSent: sum('thanksSent'),
    repliesGiven: sum('repliesGiven'),
    // Owed is a state, not a period's total: everyone still waiting for a thank-you or an answer.
    thanksOwed: owed.thanks,
    repliesOwed: owed.replies,
  };
}

const NOTHING_STORED: Summary = { postsSeen: 0, thanksSent: 0, repliesGiven: 0, thanksOwed: 0, repliesOwed: 0 };

/**
 * Today's figures for the popup's first paint, read with plain IndexedDB while Dexie and React load: the popup's
 * budget is 150 ms to these figures, and loading Dexie first took a third of it.
 */
export async function readFirstSummary(now = Date.now(), databaseName = DATABASE_NAME): Promise<Summary> {
  const reader = await openStoreReader(databaseName);
  if (!reader) return NOTHING_STORED;
  try {
    return await loadSummary(reader, 'today', now);
  } finally {
    reader.close();
  }
}
