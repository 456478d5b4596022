import type { FeedCoachDatabase } from '../db/database';
import { dayKey, type PersonRow } from '../db/schema';
import { segmentOf, type Segment } from '../reciprocity/ledger';
import { suggestLinks, type LinkSuggestion } from '../reciprocity/people-links';

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
  /** The same person on another site, as the user confirmed; `owed` then counts both. */
  alsoAs?: PersonRow;
}

/** The people the user owes most attention: highest received-minus-given balance (by index), linked people as one. */
export async function loadTopPeople(db: FeedCoachDatabase, limit = 5): Promise<PersonView[]> {
  const top = await db.people.orderBy('owed').reverse().limit(limit * 2).toArray();
  const partners = await db.people.bulkGet(top.map((person) => person.linkedTo ?? ''));
  const shown = new Set<string>();
  const views: PersonView[] = [];
  top.forEach((person, index) => {
    if (shown.has(person.key)) return;
    const partner = partners[index];
    shown.add(person.key);
    if (partner) shown.add(partner.key);
    const owed = person.owed + (partner?.owed ?? 0);
    const received = { ...person.received };
    for (const [kind, count] of Object.entries(partner?.received ?? {})) received[kind as keyof typeof received] = (received[kind as keyof typeof received] ?? 0) + count;
    const activeDays = [...new Set([...person.activeDays, ...(partner?.activeDays ?? [])])];
    views.push({ ...person, owed, segment: segmentOf({ received, activeDays }), ...(partner && { alsoAs: partner }) });
  });
  return views.filter((person) => person.owed > 0).sort((a, b) => b.owed - a.owed).slice(0, limit);
}

/** Possible same-person pairs among the most recently active people (a bounded read, whatever the history). */
export async function loadLinkSuggestions(db: FeedCoachDatabase, dismissed: ReadonlySet<string>, limit = 3): Promise<LinkSuggestion[]> {
  const recent = await db.people.orderBy('lastInteractionAt').reverse().limit(300).toArray();
  return suggestLinks(recent, dismissed).slice(0, limit);
}
