import { addToDay, type FeedCoachDatabase } from '../db/database';
import { dayKey, type InteractionRow, type KindCounts, type PersonRow, type ReminderRow } from '../db/schema';
import type { SiteId } from '../sites/types';
import { THANKS_WORTHY, type GivenInteraction, type InteractionKind, type Person, type ReceivedInteraction } from './types';

/** What each kind of interaction is worth in the give/get balance: the effort it cost (domain.md section 1). */
export const KIND_WEIGHTS: Record<InteractionKind, number> = { like: 1, repost: 3, quote: 6, mention: 6, reply: 8 };

export const personKey = (site: SiteId, handle: string): string => `${site}:${handle.replace(/^@/, '').toLowerCase()}`;

export function weightedTotal(counts: KindCounts): number {
  return (Object.entries(counts) as [InteractionKind, number][]).reduce((sum, [kind, count]) => sum + KIND_WEIGHTS[kind] * count, 0);
}

export type Segment = 'liker' | 'sharer' | 'converser' | 'advocate' | 'none';

/**
 * Test, segment, select (domain.md section 6): how a person engages with the user. An advocate shares or talks
 * about the user on several different days; a converser writes; a sharer spreads; a liker only clicks.
 */
export function segmentOf(person: Pick<PersonRow, 'received' | 'activeDays'>): Segment {
  const { received } = person;
  const spreads = (received.repost ?? 0) + (received.quote ?? 0) + (received.mention ?? 0);
  const talks = (received.reply ?? 0) + (received.mention ?? 0) + (received.quote ?? 0);
  if (spreads > 0 && person.activeDays.length >= 3) return 'advocate';
  if (talks > 0) return 'converser';
  if (spreads > 0) return 'sharer';
  if ((received.like ?? 0) > 0) return 'liker';
  return 'none';
}

/** A short stable hash, to key a notification whose post has no id on the page. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(36);
}

export function receivedId(item: ReceivedInteraction): string {
  const target = item.sourcePostId ?? item.targetPostId ?? (item.targetExcerpt ? `~${shortHash(item.targetExcerpt)}` : '');
  return `received:${item.site}:${item.kind}:${personKey(item.site, item.actor.handle)}:${target}`;
}

const MAX_ACTIVE_DAYS = 30;

function touchPerson(existing: PersonRow | undefined, site: SiteId, who: Person, at: number): PersonRow {
  const person: PersonRow = existing ?? {
    key: personKey(site, who.handle),
    site,
    handle: who.handle.replace(/^@/, ''),
    received: {},
    given: {},
    owed: 0,
    lastInteractionAt: at,
    activeDays: [],
  };
  return { ...person, ...(who.name && { name: who.name }), lastInteractionAt: Math.max(person.lastInteractionAt, at) };
}

function withBalance(person: PersonRow): PersonRow {
  return { ...person, owed: weightedTotal(person.received) - weightedTotal(person.given) };
}

const tables = (db: FeedCoachDatabase) => [db.people, db.interactions, db.reminders, db.daily, db.accounts];

/**
 * Records what people did for the user. Idempotent: a notification seen again adds nothing, and a reminder the
 * user closed is never reopened. The user's own account is never counted as someone else.
 */
export async function recordReceived(db: FeedCoachDatabase, at: number, items: readonly ReceivedInteraction[]): Promise<number> {
  return db.transaction('rw', tables(db), async () => {
    const unique = new Map(items.map((item) => [receivedId(item), item]));
    const known = await db.interactions.bulkGet([...unique.keys()]);
    const fresh = [...unique].filter((_, index) => !known[index]);
    const accounts = new Map((await db.accounts.toArray()).map((account) => [account.site, account.handle.toLowerCase()]));
    const day = dayKey(at);
    let added = 0;
    for (const [id, item] of fresh) {
      if (accounts.get(item.site) === item.actor.handle.replace(/^@/, '').toLowerCase()) continue;
      const key = personKey(item.site, item.actor.handle);
      const person = touchPerson(await db.people.get(key), item.site, item.actor, at);
      person.received = { ...person.received, [item.kind]: (person.received[item.kind] ?? 0) + 1 };
      if (!person.activeDays.includes(day)) person.activeDays = [...person.activeDays, day].slice(-MAX_ACTIVE_DAYS);
      await db.people.put(withBalance(person));
      const row: InteractionRow = {
        id,
        direction: 'received',
        site: item.site,
        kind: item.kind,
        personKey: key,
        at,
        ...(item.targetPostId && { postKey: `${item.site}:${item.targetPostId}` }),
        ...(item.permalink && { permalink: item.permalink }),
      };
      await db.interactions.add(row);
      if (THANKS_WORTHY.includes(item.kind)) {
        const reminder: ReminderRow = {
          id,
          site: item.site,
          personKey: key,
          handle: person.handle,
          kind: item.kind,
          status: 'open',
          snoozedUntil: 0,
          createdAt: at,
          ...(item.permalink && { permalink: item.permalink }),
          ...(item.targetExcerpt && { excerpt: item.targetExcerpt.slice(0, 140) }),
        };
        await db.reminders.add(reminder);
      }
      added += 1;
    }
    await addToDay(db, at, { received: added });
    return added;
  });
}

/**
 * Records what the user did. A reply or mention that thanks someone closes every reminder owed to the people
 * it addresses and counts as thanks sent; a reply counts as a reply given.
 */
export async function recordGiven(db: FeedCoachDatabase, id: string, at: number, item: GivenInteraction): Promise<boolean> {
  return db.transaction('rw', tables(db), async () => {
    const fullId = `given:${item.site}:${id}`;
    if (await db.interactions.get(fullId)) return false;
    const addressed = new Map(item.to.map((person) => [personKey(item.site, person.handle), person]));
    for (const [key, who] of addressed) {
      const person = touchPerson(await db.people.get(key), item.site, who, at);
      person.given = { ...person.given, [item.kind]: (person.given[item.kind] ?? 0) + 1 };
      await db.people.put(withBalance(person));
    }
    await db.interactions.add({
      id: fullId,
      direction: 'given',
      site: item.site,
      kind: item.kind,
      personKey: [...addressed.keys()][0] ?? '',
      at,
      thanks: item.thanks,
      ...(item.targetPostId && { postKey: `${item.site}:${item.targetPostId}` }),
    });
    const thanked = item.thanks && (item.kind === 'reply' || item.kind === 'mention' || item.kind === 'quote');
    if (thanked) {
      const owed = await db.reminders.where('personKey').anyOf([...addressed.keys()]).filter((reminder) => reminder.status !== 'done').toArray();
      await db.reminders.bulkPut(owed.map((reminder) => ({ ...reminder, status: 'done' as const, snoozedUntil: 0, closedAt: at, closedBy: 'thanks' as const })));
    }
    await addToDay(db, at, { given: 1, repliesGiven: item.kind === 'reply' ? 1 : 0, thanksSent: thanked ? 1 : 0 });
    return true;
  });
}

export type ReminderAction = { type: 'done' } | { type: 'snooze'; until: number } | { type: 'reopen' };

/** The user closes, snoozes or reopens a reminder from the popup. Marking done counts as a thank-you sent. */
export async function updateReminder(db: FeedCoachDatabase, id: string, action: ReminderAction, now: number): Promise<boolean> {
  return db.transaction('rw', db.reminders, db.daily, async () => {
    const reminder = await db.reminders.get(id);
    if (!reminder) return false;
    if (action.type === 'done') {
      if (reminder.status === 'done') return true;
      await db.reminders.put({ ...reminder, status: 'done', snoozedUntil: 0, closedAt: now, closedBy: 'marked-done' });
      await addToDay(db, now, { thanksSent: 1 });
    } else if (action.type === 'snooze') {
      await db.reminders.put({ ...reminder, status: 'snoozed', snoozedUntil: action.until });
    } else {
      const reopened: ReminderRow = { ...reminder, status: 'open', snoozedUntil: 0 };
      delete reopened.closedAt;
      delete reopened.closedBy;
      await db.reminders.put(reopened);
    }
    return true;
  });
}

/** The reminders to show: open and due ones, oldest first. */
export async function listThanksOwed(db: FeedCoachDatabase, now: number, limit = 50): Promise<ReminderRow[]> {
  const [open, due] = await Promise.all([
    db.reminders.where('status').equals('open').limit(limit).toArray(),
    db.reminders.where('[status+snoozedUntil]').between(['snoozed', 0], ['snoozed', now], true, true).limit(limit).toArray(),
  ]);
  return [...open, ...due].sort((a, b) => a.createdAt - b.createdAt).slice(0, limit);
}
