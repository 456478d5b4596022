import { dayKey, type FeedCoachDatabase } from '../db/database';
import type { PersonRow, ReminderRow } from '../db/schema';
import { listThanksOwed, segmentOf, type Segment } from '../reciprocity/ledger';

export interface WeekGiveGet {
  /** The week's first day (YYYY-MM-DD). */
  week: string;
  received: number;
  given: number;
}

/** Received and given interactions per week, oldest first, from the daily aggregates (7 x weeks rows). */
export async function loadGiveGet(db: FeedCoachDatabase, weeks: number, now = Date.now()): Promise<WeekGiveGet[]> {
  const days: string[] = [];
  for (let back = weeks * 7 - 1; back >= 0; back -= 1) {
    const date = new Date(now);
    date.setDate(date.getDate() - back);
    days.push(dayKey(date.getTime()));
  }
  const rows = await db.daily.bulkGet(days);
  const result: WeekGiveGet[] = [];
  rows.forEach((row, index) => {
    if (index % 7 === 0) result.push({ week: days[index]!, received: 0, given: 0 });
    const week = result[result.length - 1]!;
    week.received += row?.received ?? 0;
    week.given += row?.given ?? 0;
  });
  return result;
}

export interface PersonView extends PersonRow {
  segment: Segment;
}

/** The people the user owes most attention: highest received-minus-given balance, by index. */
export async function loadTopPeople(db: FeedCoachDatabase, limit = 5): Promise<PersonView[]> {
  const people = await db.people.orderBy('owed').reverse().limit(limit).toArray();
  return people.filter((person) => person.owed > 0).map((person) => ({ ...person, segment: segmentOf(person) }));
}

export async function loadOwed(db: FeedCoachDatabase, now = Date.now()): Promise<ReminderRow[]> {
  return listThanksOwed(db, now);
}
