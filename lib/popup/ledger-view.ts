import type { FeedCoachDatabase } from '../db/database';
import { dayKey, type PersonRow } from '../db/schema';
import { segmentOf, type Segment } from '../reciprocity/ledger';
import { asPeople } from '../reciprocity/people-links';
import { dismissedPersonLinks } from '../settings/store';

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
  /** The same person's accounts on other sites; `owed` then counts them all. */
  alsoOn: PersonRow[];
  /** Whether the user linked those accounts, or they only look like one person (lib/reciprocity/people-links.ts). */
  confirmed: boolean;
}

/** The people the user owes most attention: highest received-minus-given balance (by index), each person once. */
export async function loadTopPeople(db: FeedCoachDatabase, limit = 5): Promise<PersonView[]> {
  const top = await db.people.orderBy('owed').reverse().limit(limit * 4).toArray();
  const people = await asPeople(db, top, new Set(await dismissedPersonLinks.getValue()));
  const views = people.map(({ lead, others, confirmed }): PersonView => {
    const received = { ...lead.received };
    for (const other of others) {
      for (const [kind, count] of Object.entries(other.received) as [keyof typeof received, number][]) received[kind] = (received[kind] ?? 0) + count;
    }
    const activeDays = [...new Set([lead, ...others].flatMap((person) => person.activeDays))];
    const owed = others.reduce((sum, other) => sum + other.owed, lead.owed);
    return { ...lead, owed, segment: segmentOf({ received, activeDays }), alsoOn: others, confirmed };
  });
  return views.filter((person) => person.owed > 0).sort((a, b) => b.owed - a.owed).slice(0, limit);
}
