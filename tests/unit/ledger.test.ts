import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedCoachDatabase } from '../../lib/db/database';
import { dayKey } from '../../lib/db/schema';
import {
  listThanksOwed,
  personKey,
  recordGiven,
  recordReceived,
  segmentOf,
  updateReminder,
} from '../../lib/reciprocity/ledger';
import { countThanksOwed } from '../../lib/reciprocity/owed';
import type { GivenInteraction, ReceivedInteraction } from '../../lib/reciprocity/types';
import { loadSummary } from '../../lib/popup/summary';
import { loadGiveGet, loadTopPeople } from '../../lib/popup/ledger-view';
import { linkPeople, loadGroupSuggestions, pairKey, unlinkPeople } from '../../lib/reciprocity/people-links';

const T0 = Date.parse('2026-11-28T10:00:00');
const DAY = 24 * 3600_000;
let db: FeedCoachDatabase;

const repost = (handle: string, excerpt = 'my post'): ReceivedInteraction => ({ site: 'x', kind: 'repost', actor: { handle }, targetExcerpt: excerpt });
const thanksReply = (to: string[], thanks = true): GivenInteraction => ({
  site: 'x',
  kind: 'reply',
  to: to.map((handle) => ({ handle })),
  targetPostId: '1',
  thanks,
});

beforeEach(() => {
  db = new FeedCoachDatabase(`ledger-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('thanks owed', () => {
  it('opens one reminder per share, quote or mention, none for likes or replies', async () => {
    await recordReceived(db, T0, [
      repost('ana'),
      repost('ben'),
      { site: 'x', kind: 'quote', actor: { handle: 'cara' }, sourcePostId: '7' },
      { site: 'x', kind: 'mention', actor: { handle: 'dev' }, sourcePostId: '8' },
      { site: 'x', kind: 'like', actor: { handle: 'eve' }, targetExcerpt: 'my post' },
      { site: 'x', kind: 'reply', actor: { handle: 'fay' }, sourcePostId: '9' },
    ]);
    expect(await countThanksOwed(db, T0)).toBe(4);
    expect((await listThanksOwed(db, T0)).map((reminder) => reminder.handle).sort()).toEqual(['ana', 'ben', 'cara', 'dev']);
  });

  it('adds nothing when the same notification is seen again, and never reopens a closed reminder', async () => {
    await recordReceived(db, T0, [repost('ana')]);
    await recordReceived(db, T0 + 1000, [repost('ana')]);
    expect(await countThanksOwed(db, T0)).toBe(1);
    const [reminder] = await listThanksOwed(db, T0);
    await updateReminder(db, reminder!.id, { type: 'done' }, T0 + 2000);
    await recordReceived(db, T0 + 3000, [repost('ana')]);
    expect(await countThanksOwed(db, T0 + 3000)).toBe(0);
    expect(await db.interactions.count()).toBe(1);
  });

  it('never counts the user as someone who owes or is owed', async () => {
    await db.accounts.put({ site: 'x', handle: 'Maya', seenAt: T0 });
    await recordReceived(db, T0, [repost('maya'), repost('ana')]);
    expect((await listThanksOwed(db, T0)).map((reminder) => reminder.handle)).toEqual(['ana']);
  });

  it('is closed by a reply or mention that thanks the person, not by one that does not', async () => {
    await recordReceived(db, T0, [repost('ana'), repost('ben')]);
    await recordGiven(db, 'g-1', T0 + 1000, thanksReply(['ana'], false));
    expect(await countThanksOwed(db, T0)).toBe(2);
    await recordGiven(db, 'g-2', T0 + 2000, thanksReply(['Ana']));
    expect((await listThanksOwed(db, T0)).map((reminder) => reminder.handle)).toEqual(['ben']);
    expect(await db.reminders.get((await db.reminders.where('personKey').equals('x:ana').first())!.id)).toMatchObject({
      status: 'done',
      closedBy: 'thanks',
    });
  });

  it('counts thanks sent and replies given per day, once per action even if delivered twice', async () => {
    await recordReceived(db, T0, [repost('ana')]);
    await recordGiven(db, 'g-1', T0, thanksReply(['ana']));
    await recordGiven(db, 'g-1', T0, thanksReply(['ana']));
    await recordGiven(db, 'g-2', T0, { site: 'x', kind: 'like', to: [{ handle: 'ben' }], targetPostId: '5', thanks: false });
    expect(await loadSummary(db, 'today', T0)).toMatchObject({ thanksSent: 1, repliesGiven: 1, thanksOwed: 0 });
    expect(await db.daily.get(dayKey(T0))).toMatchObject({ given: 2, received: 1 });
  });

  it('snoozes until a time, then counts again; marking done counts as a thank-you sent', async () => {
    await recordReceived(db, T0, [repost('ana'), repost('ben')]);
    const [first, second] = await listThanksOwed(db, T0);
    await updateReminder(db, first!.id, { type: 'snooze', until: T0 + DAY }, T0);
    expect(await countThanksOwed(db, T0 + 1000)).toBe(1);
    expect(await countThanksOwed(db, T0 + DAY)).toBe(2);
    await updateReminder(db, second!.id, { type: 'done' }, T0);
    await updateReminder(db, second!.id, { type: 'done' }, T0);
    expect((await loadSummary(db, 'today', T0)).thanksSent).toBe(1);
    await updateReminder(db, second!.id, { type: 'reopen' }, T0);
    expect(await countThanksOwed(db, T0 + DAY)).toBe(2);
    expect(await updateReminder(db, 'nope', { type: 'done' }, T0)).toBe(false);
  });
});

describe('people', () => {
  it('keeps a give/get balance weighted by effort', async () => {
    await recordReceived(db, T0, [repost('ana'), { site: 'x', kind: 'reply', actor: { handle: 'ana', name: 'Ana' }, sourcePostId: '3' }]);
    // received: repost 3 + reply 8 = 11
    expect((await db.people.get(personKey('x', 'ana')))!.owed).toBe(11);
    await recordGiven(db, 'g-1', T0, thanksReply(['ana']));
    // given: reply 8 -> 11 - 8 = 3
    const ana = (await db.people.get('x:ana'))!;
    expect(ana).toMatchObject({ owed: 3, name: 'Ana', received: { repost: 1, reply: 1 }, given: { reply: 1 } });
    expect((await loadTopPeople(db)).map((person) => [person.handle, person.owed, person.segment])).toEqual([['ana', 3, 'converser']]);
  });

  it('segments people by how they engage', () => {
    expect(segmentOf({ received: { like: 4 }, activeDays: ['a'] })).toBe('liker');
    expect(segmentOf({ received: { like: 4, repost: 1 }, activeDays: ['a'] })).toBe('sharer');
    expect(segmentOf({ received: { reply: 2 }, activeDays: ['a'] })).toBe('converser');
    expect(segmentOf({ received: { repost: 2, reply: 1 }, activeDays: ['a', 'b', 'c'] })).toBe('advocate');
    expect(segmentOf({ received: {}, activeDays: [] })).toBe('none');
  });

  it('counts the days a person engaged, for repeat engagement', async () => {
    await recordReceived(db, T0, [repost('ana', 'post one')]);
    await recordReceived(db, T0 + DAY, [repost('ana', 'post two')]);
    await recordReceived(db, T0 + 2 * DAY, [repost('ana', 'post three')]);
    expect(segmentOf((await db.people.get('x:ana'))!)).toBe('advocate');
    const weeks = await loadGiveGet(db, 2, T0 + 2 * DAY);
    expect(weeks.reduce((sum, week) => sum + week.received, 0)).toBe(3);
  });
});

describe('linking one person across sites', () => {
  it('suggests people on different sites whose handles share a stem, and counts them as one once the user confirms', async () => {
    await recordReceived(db, T0, [repost('ana_writes'), { site: 'bluesky', kind: 'repost', actor: { handle: 'anawrites.bsky.social' }, targetExcerpt: 'p' }]);
    await recordReceived(db, T0, [repost('ben')]);
    const suggestions = await loadGroupSuggestions(db, new Set());
    expect(suggestions.map(({ lead, others }) => [lead.key, ...others.map(({ person }) => person.key)].sort())).toEqual([['bluesky:anawrites.bsky.social', 'x:ana_writes']]);
    expect(await loadGroupSuggestions(db, new Set([pairKey('x:ana_writes', 'bluesky:anawrites.bsky.social')]))).toEqual([]);

    await linkPeople(db, 'x:ana_writes', 'bluesky:anawrites.bsky.social');
    expect(await loadGroupSuggestions(db, new Set())).toEqual([]);
    const [ana] = await loadTopPeople(db);
    expect(ana).toMatchObject({ owed: 6, alsoOn: [{ key: 'bluesky:anawrites.bsky.social' }], confirmed: true });
    expect((await loadTopPeople(db)).map((person) => person.key).sort()).toEqual(['x:ana_writes', 'x:ben'].sort());
    await unlinkPeople(db, 'x:ana_writes');
    expect((await db.people.get('bluesky:anawrites.bsky.social'))!.linkedTo).toBeUndefined();
  });
});
