import type { FeedCoachDatabase } from '../db/database';
import type { ReminderRow } from '../db/schema';
import { listOwed } from '../reciprocity/ledger';
import { loadGiveGet, type WeekGiveGet } from './ledger-view';
import { loadSummary, type RangeId, type Summary } from './summary';

/** Weeks the give-and-get chart shows. */
export const CHART_WEEKS = 8;

/** Everything the popup shows about the ledger: its figures, both queues and the give/get chart. */
export interface PopupView {
  summary: Summary;
  thanksOwed: ReminderRow[];
  repliesOwed: ReminderRow[];
  giveGet: WeekGiveGet[];
}

/**
 * The popup's one source of truth: the figures, the lists of who waits and the chart, read in one read-only
 * transaction, so they are one snapshot of the ledger. Read as one live query, they change together: a figure
 * never shows a change its list does not (Firefox showed the thanks-owed list trailing its figure when each was a
 * query of its own).
 */
export async function loadPopupView(db: FeedCoachDatabase, range: RangeId, now = Date.now()): Promise<PopupView> {
  return db.transaction('r', [db.daily, db.reminders], async () => {
    const [summary, thanksOwed, repliesOwed, giveGet] = await Promise.all([
      loadSummary(db, range, now),
      listOwed(db, 'thanks', now),
      listOwed(db, 'reply', now),
      loadGiveGet(db, CHART_WEEKS, now),
    ]);
    return { summary, thanksOwed, repliesOwed, giveGet };
  });
}
