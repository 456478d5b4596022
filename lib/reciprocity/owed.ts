import type { StoreReader } from '../db/store-reader';
import type { Owed } from './types';

/** Open reminders plus snoozed ones whose time has come, thanks owed or replies owed: indexed counts, whatever the history's size. */
export async function countOwed(reader: StoreReader, owes: Owed, now: number): Promise<number> {
  const [open, due] = await Promise.all([
    reader.countBetween('reminders', '[owes+status+snoozedUntil]', [owes, 'open', 0], [owes, 'open', 0]),
    reader.countBetween('reminders', '[owes+status+snoozedUntil]', [owes, 'snoozed', 0], [owes, 'snoozed', now]),
  ]);
  return open + due;
}

export interface OwedCounts {
  thanks: number;
  replies: number;
}

/** Both queues at once: the popup's figures, the toolbar badge and the daily reminder all count them here. */
export async function countAllOwed(reader: StoreReader, now: number): Promise<OwedCounts> {
  const [thanks, replies] = await Promise.all([countOwed(reader, 'thanks', now), countOwed(reader, 'reply', now)]);
  return { thanks, replies };
}
