import type { StoreReader } from '../db/store-reader';

/** Open reminders plus snoozed ones whose time has come: both indexed counts, whatever the history's size. */
export async function countThanksOwed(reader: StoreReader, now: number): Promise<number> {
  const [open, due] = await Promise.all([
    reader.countBetween('reminders', 'status', 'open', 'open'),
    reader.countBetween('reminders', '[status+snoozedUntil]', ['snoozed', 0], ['snoozed', now]),
  ]);
  return open + due;
}
