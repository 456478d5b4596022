import { dayKey, type FeedCoachDatabase } from '../db/database';
import { countThanksOwed } from '../reciprocity/ledger';

export const RANGES = { today: 1, week: 7, month: 30 } as const;
export type RangeId = keyof typeof RANGES;

export interface Summary {
  postsSeen: number;
  thanksSent: number;
  repliesGiven: number;
  thanksOwed: number;
}

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

/** The popup's headline figures: at most 30 daily aggregate rows and two indexed counts, whatever the history. */
export async function loadSummary(db: FeedCoachDatabase, range: RangeId, now = Date.now()): Promise<Summary> {
  const [rows, thanksOwed] = await Promise.all([db.daily.bulkGet(daysOf(range, now)), countThanksOwed(db, now)]);
  const sum = (field: 'postsSeen' | 'thanksSent' | 'repliesGiven') => rows.reduce((total, row) => total + (row?.[field] ?? 0), 0);
  return {
    postsSeen: sum('postsSeen'),
    thanksSent: sum('thanksSent'),
    repliesGiven: sum('repliesGiven'),
    // Owed is a state, not a period's total: everyone still waiting for a thank-you.
    thanksOwed,
  };
}
