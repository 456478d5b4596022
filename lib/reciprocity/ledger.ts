import { addToDay, type FeedCoachDatabase } from '../db/database';
import { dayKey, type InteractionRow, type KindCounts, type PersonRow, type ReminderRow } from '../db/schema';
import type { SiteId } from '../sites/types';
import { personKey, receivedId } from './ids';
import { owedFor, type GivenInteraction, type InteractionKind, type Owed, type Person, type ReceivedInteraction } from './types';

export { personKey, receivedId };

/** What each kind of interaction is worth in the give/get balance: the effort it cost (domain.md section 1). */
export const KIND_WEIGHTS: Record<InteractionKind, number> = { like: 1, repost: 3, quote: 6, mention: 6, reply: 8 };

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

/** The row that records something received: the user's post it concerns, and where it was seen. */
const receivedRow = (id: string, item: ReceivedInteraction, key: string, at: number): InteractionRow => ({
  id,
  direction: 'received',
  site: item.site,
  kind: item.kind,
  personKey: key,
  at,
  ...(item.targetPostId && { postKey: `${item.site}:${item.targetPostId}` }),
  ...(item.permalink && { permalink: item.permalink }),
});

/** Words as two sightings of one comment are compared: letters and digits, lower case, single spaces. */
const wordsKey = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** So many letters of a cut-short quote (or all of a shorter one) are enough to tell one comment from another. */
const ENOUGH_WORDS = 12;

/**
 * Whether two quotes are the same words, one of them perhaps cut short: an inbox quotes the start of a comment and
 * may end it with "…" or drop an emoji; the page under the post shows it whole.
 */
export function sameWords(a: string, b: string): boolean {
  const [short, long] = [wordsKey(a), wordsKey(b)].sort((x, y) => x.length - y.length) as [string, string];
  return short.length > 0 && short.length >= Math.min(long.length, ENOUGH_WORDS) && long.startsWith(short);
}

/** Links to one post, one perhaps deeper (a post's and its comment's: /p/<code>/ and /p/<code>/c/<id>/). */
const samePlace = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * Whether a reply owed already open (or closed) is the one a new sighting shows, seen elsewhere: a notification
 * that gives no id for the comment (TikTok's inbox; LinkedIn's and Reddit's quote no words) and the comment on the
 * post's page. Same person, same queue, not two different ids, the same post where both name it, and the same words
 * (one perhaps cut short); a sighting without words matches by person and post alone, so it must name the post.
 */
function sameComment(reminder: ReminderRow, post: string | undefined, item: ReceivedInteraction): boolean {
  if (reminder.owes !== owedFor(item) || (reminder.sourcePostId && item.sourcePostId)) return false;
  const itemPost = item.targetPostId && `${item.site}:${item.targetPostId}`;
  const placed = post && itemPost ? post === itemPost : reminder.permalink && item.permalink ? samePlace(reminder.permalink, item.permalink) : undefined;
  if (placed === false) return false;
  if (reminder.excerpt && item.sourceExcerpt) return sameWords(reminder.excerpt, item.sourceExcerpt);
  return placed === true;
}

/**
 * A reply owed seen a second time under another id (see sameComment) joins the reminder the first sighting opened:
 * one reminder, whichever page was seen first, closed by one answer. Its row points to that reminder (sameAs), so a
 * prompt or button carrying either id finds it; the reminder takes the comment's own id, link and whole words. It
 * is not counted again: the same comment is one thing received.
 */
async function joinedSighting(db: FeedCoachDatabase, id: string, item: ReceivedInteraction, key: string, at: number): Promise<boolean> {
  if (owedFor(item) !== 'reply') return false;
  const theirs = await db.reminders.where('personKey').equals(key).toArray();
  const posts = await db.interactions.bulkGet(theirs.map((reminder) => reminder.id));
  const reminder = theirs.find((each, index) => each.site === item.site && sameComment(each, posts[index]?.postKey, item));
  if (!reminder) return false;
  await db.interactions.add({ ...receivedRow(id, item, key, at), sameAs: reminder.id });
  const own = item.sourcePostId && !reminder.sourcePostId;
  const words = moreWords(reminder, item);
  await db.reminders.put({
    ...reminder,
    ...(!reminder.name && item.actor.name && { name: item.actor.name }),
    ...(own && { sourcePostId: item.sourcePostId, ...(item.permalink && { permalink: item.permalink }) }),
    ...(words && { excerpt: words }),
  });
  return true;
}

/** Their words as a page shows more of them than the reminder holds (a notification quoted none, or fewer). */
function moreWords(reminder: ReminderRow, item: ReceivedInteraction): string | undefined {
  const words = owedFor(item) === 'reply' ? item.sourceExcerpt?.slice(0, 140) : undefined;
  return words && words.length > (reminder.excerpt?.length ?? 0) ? words : undefined;
}

/** A reply owed seen again, on a page that shows more of their words, takes them. */
async function pickUpWords(db: FeedCoachDatabase, reminderId: string, item: ReceivedInteraction): Promise<void> {
  if (owedFor(item) !== 'reply' || !item.sourceExcerpt) return;
  const reminder = await db.reminders.get(reminderId);
  const words = reminder && moreWords(reminder, item);
  if (reminder && words) await db.reminders.put({ ...reminder, excerpt: words });
}

/**
 * Records what people did for the user. Idempotent: a notification seen again adds nothing, and a reminder the
 * user closed is never reopened. The user's own account is never counted as someone else. One comment seen in a
 * notification and on its post's page is one reminder (see joinedSighting).
 */
export async function recordReceived(db: FeedCoachDatabase, at: number, items: readonly ReceivedInteraction[]): Promise<number> {
  return db.transaction('rw', tables(db), async () => {
    const unique = new Map(items.map((item) => [receivedId(item), item]));
    const known = await db.interactions.bulkGet([...unique.keys()]);
    const fresh = [...unique].filter((_, index) => !known[index]);
    for (const [index, item] of [...unique.values()].entries()) {
      const row = known[index];
      if (row) await pickUpWords(db, row.sameAs ?? row.id, item);
    }
    const accounts = new Map((await db.accounts.toArray()).map((account) => [account.site, account.handle.toLowerCase()]));
    const day = dayKey(at);
    let added = 0;
    for (const [id, item] of fresh) {
      if (accounts.get(item.site) === item.actor.handle.replace(/^@/, '').toLowerCase()) continue;
      const key = personKey(item.site, item.actor.handle);
      if (await joinedSighting(db, id, item, key, at)) continue;
      const person = touchPerson(await db.people.get(key), item.site, item.actor, at);
      person.received = { ...person.received, [item.kind]: (person.received[item.kind] ?? 0) + 1 };
      if (!person.activeDays.includes(day)) person.activeDays = [...person.activeDays, day].slice(-MAX_ACTIVE_DAYS);
      await db.people.put(withBalance(person));
      await db.interactions.add(receivedRow(id, item, key, at));
      const owes = owedFor(item);
      if (owes) {
        // A thank-you is for what they did with the user's post; an answer is for their own words.
        const excerpt = owes === 'thanks' ? item.targetExcerpt : item.sourceExcerpt;
        const reminder: ReminderRow = {
          id,
          site: item.site,
          personKey: key,
          handle: person.handle,
          ...(item.actor.name && { name: item.actor.name }),
          kind: item.kind,
          owes,
          status: 'open',
          snoozedUntil: 0,
          createdAt: at,
          ...(item.permalink && { permalink: item.permalink }),
          ...(excerpt && { excerpt: excerpt.slice(0, 140) }),
          ...(item.sourcePostId && { sourcePostId: item.sourcePostId }),
        };
        await db.reminders.add(reminder);
      }
      added += 1;
    }
    await addToDay(db, at, { received: added });
    return added;
  });
}

/** The reminders these ids open, in order: an id whose sighting joined another's reminder (sameAs) names that one. */
async function remindersOf(db: FeedCoachDatabase, ids: readonly string[]): Promise<(ReminderRow | undefined)[]> {
  const rows = await db.interactions.bulkGet([...ids]);
  return db.reminders.bulkGet(ids.map((id, index) => rows[index]?.sameAs ?? id));
}

/** How long after a prompt was Used a send on its site may still be the one that answers it (copied, then pasted). */
export const USED_PROMPT_WINDOW_MS = 3600_000;

const WORDS: readonly InteractionKind[] = ['reply', 'mention', 'quote'];

const stillOpen = (reminder: ReminderRow) => reminder.status !== 'done';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a thank-you's words name someone by their display name, as a whole name ("Thank you, Ana Souza"). */
export function namesPerson(text: string, name: string | undefined): boolean {
  const trimmed = name?.trim();
  if (!trimmed || trimmed.length < 3) return false;
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(trimmed)}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * The reminders a send answers: those its Used prompt was written for (whatever the user edited), a thank-you to
 * the person (by handle, or by display name in its words) or an answer to their post, and those whose prompt was Used lately, copied and then sent from another
 * page, when the send was pasted or is a thank-you (for thanks owed) or a reply (for replies owed).
 */
async function answeredBy(db: FeedCoachDatabase, item: GivenInteraction, at: number, addressed: readonly string[]): Promise<ReminderRow[]> {
  if (!WORDS.includes(item.kind)) return [];
  const [carried, toPeople, recentlyUsed] = await Promise.all([
    remindersOf(db, item.answers ?? []),
    db.reminders.where('personKey').anyOf(addressed).filter(stillOpen).toArray(),
    db.reminders
      .where('status')
      .anyOf('open', 'snoozed')
      .filter((reminder) => reminder.site === item.site && reminder.usedAt !== undefined && reminder.usedAt <= at && at - reminder.usedAt <= USED_PROMPT_WINDOW_MS)
      .toArray(),
  ]);
  const repliedToTheirPost = (reminder: ReminderRow) => item.kind === 'reply' && reminder.sourcePostId !== undefined && reminder.sourcePostId === item.targetPostId;
  const answers = (reminder: ReminderRow) => (reminder.owes === 'thanks' ? item.thanks : item.kind === 'reply');
  const pastedPrompt = (reminder: ReminderRow) => item.pasted === true && recentlyUsed.includes(reminder);
  const byName = item.thanks && item.text
    ? await db.reminders
        .where('[owes+status+snoozedUntil]')
        .between(['thanks', 'open', 0], ['thanks', 'snoozed', Infinity])
        .filter((reminder) => reminder.site === item.site && namesPerson(item.text!, reminder.name))
        .toArray()
    : [];
  const byPost = item.targetPostId
    ? await db.reminders.where('[owes+status+snoozedUntil]').between(['reply', 'open', 0], ['reply', 'snoozed', Infinity]).filter(repliedToTheirPost).toArray()
    : [];
  const closing = new Map<string, ReminderRow>();
  for (const reminder of carried) if (reminder && stillOpen(reminder) && reminder.site === item.site) closing.set(reminder.id, reminder);
  for (const reminder of byName) closing.set(reminder.id, reminder);
  for (const reminder of [...toPeople, ...recentlyUsed, ...byPost]) {
    if (answers(reminder) || repliedToTheirPost(reminder) || pastedPrompt(reminder)) closing.set(reminder.id, reminder);
  }
  return [...closing.values()];
}

/**
 * Records what the user did. A send closes the reminders it answers (see answeredBy); a thank-you counts as thanks
 * sent, and so does a send that closed a thanks owed; a reply counts as a reply given.
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
    const closing = await answeredBy(db, item, at, [...addressed.keys()]);
    await db.reminders.bulkPut(
      closing.map((reminder) => ({ ...reminder, status: 'done' as const, snoozedUntil: 0, closedAt: at, closedBy: reminder.owes === 'thanks' ? ('thanks' as const) : ('reply' as const) })),
    );
    const thanked = WORDS.includes(item.kind) && (item.thanks || closing.some((reminder) => reminder.owes === 'thanks'));
    await db.interactions.add({
      id: fullId,
      direction: 'given',
      site: item.site,
      kind: item.kind,
      personKey: [...addressed.keys()][0] ?? '',
      at,
      thanks: thanked,
      ...(item.targetPostId && { postKey: `${item.site}:${item.targetPostId}` }),
    });
    await addToDay(db, at, { given: 1, repliesGiven: item.kind === 'reply' ? 1 : 0, thanksSent: thanked ? 1 : 0 });
    return true;
  });
}

/** The user Used a prompt written for these reminders: a send soon after, on their site, may be the answer. */
export async function markPromptUsed(db: FeedCoachDatabase, ids: readonly string[], at: number): Promise<void> {
  await db.transaction('rw', db.reminders, db.interactions, async () => {
    const reminders = (await remindersOf(db, ids)).filter((reminder): reminder is ReminderRow => reminder !== undefined && stillOpen(reminder));
    await db.reminders.bulkPut(reminders.map((reminder) => ({ ...reminder, usedAt: at })));
  });
}

export type ReminderAction = { type: 'done' } | { type: 'snooze'; until: number } | { type: 'reopen' };

/**
 * What marking a reminder done by hand adds to the day it was marked. One rule for both queues: the figures say what
 * the user gave back (../shared/docs/domain.md section 5, where thanks sent includes "a thank-you the user marks as
 * done"), not only what FeedCoach saw. A thank-you or an answer often goes by another way (the site's app, a
 * message, a call); the user's word that they gave it counts as a thank-you sent or a reply given, and as something
 * given on the give/get chart. The popup says so beside each figure and on what was marked.
 */
const markedDone = (owes: Owed, sign: 1 | -1) => (owes === 'thanks' ? { thanksSent: sign, given: sign } : { repliesGiven: sign, given: sign });

/**
 * The user closes, snoozes or reopens a reminder from the popup. Marking it done counts as the thank-you or answer
 * given (see markedDone). Reopening what was marked by hand takes back what it counted, so every figure and the
 * give/get chart agree. A reminder closed by a real send keeps the send counted when it is reopened.
 */
export async function updateReminder(db: FeedCoachDatabase, id: string, action: ReminderAction, now: number): Promise<boolean> {
  return db.transaction('rw', db.reminders, db.daily, async () => {
    const reminder = await db.reminders.get(id);
    if (!reminder) return false;
    if (action.type === 'done') {
      if (reminder.status === 'done') return true;
      await db.reminders.put({ ...reminder, status: 'done', snoozedUntil: 0, closedAt: now, closedBy: 'marked-done' });
      await addToDay(db, now, markedDone(reminder.owes, 1));
    } else if (action.type === 'snooze') {
      await db.reminders.put({ ...reminder, status: 'snoozed', snoozedUntil: action.until });
    } else {
      if (reminder.closedBy === 'marked-done' && reminder.closedAt !== undefined) await addToDay(db, reminder.closedAt, markedDone(reminder.owes, -1));
      const reopened: ReminderRow = { ...reminder, status: 'open', snoozedUntil: 0 };
      delete reopened.closedAt;
      delete reopened.closedBy;
      delete reopened.usedAt;
      await db.reminders.put(reopened);
    }
    return true;
  });
}

/** The reminders to show, thanks owed or replies owed: open and due ones, oldest first. */
export async function listOwed(db: FeedCoachDatabase, owes: Owed, now: number, limit = 50): Promise<ReminderRow[]> {
  const [open, due] = await Promise.all([
    db.reminders.where('[owes+status+snoozedUntil]').equals([owes, 'open', 0]).limit(limit).toArray(),
    db.reminders.where('[owes+status+snoozedUntil]').between([owes, 'snoozed', 0], [owes, 'snoozed', now], true, true).limit(limit).toArray(),
  ]);
  return [...open, ...due].sort((a, b) => a.createdAt - b.createdAt).slice(0, limit);
}

/** What the user set aside lately, to bring back: snoozes still running, and reminders closed, newest first. */
export async function listSetAside(db: FeedCoachDatabase, now: number, limit = 20): Promise<ReminderRow[]> {
  const [snoozed, done] = await Promise.all([
    db.reminders.where('[status+snoozedUntil]').between(['snoozed', now], ['snoozed', Infinity], false, true).limit(limit).toArray(),
    db.reminders.orderBy('closedAt').reverse().limit(limit).toArray(),
  ]);
  return [...snoozed.sort((a, b) => a.snoozedUntil - b.snoozedUntil), ...done].slice(0, limit);
}

export type ReminderState = 'open' | 'snoozed' | 'done';

/** How each reminder stands now (a snooze that ran out is open again); absent when there is none (not recorded yet). */
export async function reminderStates(db: FeedCoachDatabase, ids: readonly string[], now: number): Promise<Record<string, ReminderState>> {
  const rows = await remindersOf(db, ids);
  const states: Record<string, ReminderState> = {};
  for (const [index, reminder] of rows.entries()) {
    if (reminder) states[ids[index]!] = reminder.status === 'snoozed' && reminder.snoozedUntil <= now ? 'open' : reminder.status;
  }
  return states;
}
