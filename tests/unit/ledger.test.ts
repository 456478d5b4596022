import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedCoachDatabase } from '../../lib/db/database';
import { dayKey } from '../../lib/db/schema';
import {
  listOwed,
  listSetAside,
  markPromptUsed,
  personKey,
  receivedId,
  recordGiven,
  recordReceived,
  reminderStates,
  segmentOf,
  updateReminder,
  USED_PROMPT_WINDOW_MS,
} from '../../lib/reciprocity/ledger';
import { countOwed } from '../../lib/reciprocity/owed';
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
  it('opens a thanks owed per share, quote or mention, none for likes (a reply is a reply owed)', async () => {
    await recordReceived(db, T0, [
      repost('ana'),
      repost('ben'),
      { site: 'x', kind: 'quote', actor: { handle: 'cara' }, sourcePostId: '7' },
      { site: 'x', kind: 'mention', actor: { handle: 'dev' }, sourcePostId: '8' },
      { site: 'x', kind: 'like', actor: { handle: 'eve' }, targetExcerpt: 'my post' },
      { site: 'x', kind: 'reply', actor: { handle: 'fay' }, sourcePostId: '9' },
    ]);
    expect(await countOwed(db, 'thanks', T0)).toBe(4);
    expect((await listOwed(db, 'thanks', T0)).map((reminder) => reminder.handle).sort()).toEqual(['ana', 'ben', 'cara', 'dev']);
    expect((await listOwed(db, 'reply', T0)).map((reminder) => reminder.handle)).toEqual(['fay']);
  });

  it('adds nothing when the same notification is seen again, and never reopens a closed reminder', async () => {
    await recordReceived(db, T0, [repost('ana')]);
    await recordReceived(db, T0 + 1000, [repost('ana')]);
    expect(await countOwed(db, 'thanks', T0)).toBe(1);
    const [reminder] = await listOwed(db, 'thanks', T0);
    await updateReminder(db, reminder!.id, { type: 'done' }, T0 + 2000);
    await recordReceived(db, T0 + 3000, [repost('ana')]);
    expect(await countOwed(db, 'thanks', T0 + 3000)).toBe(0);
    expect(await db.interactions.count()).toBe(1);
  });

  it('never counts the user as someone who owes or is owed', async () => {
    await db.accounts.put({ site: 'x', handle: 'Maya', seenAt: T0 });
    await recordReceived(db, T0, [repost('maya'), repost('ana')]);
    expect((await listOwed(db, 'thanks', T0)).map((reminder) => reminder.handle)).toEqual(['ana']);
  });

  it('is closed by a reply or mention that thanks the person, not by one that does not', async () => {
    await recordReceived(db, T0, [repost('ana'), repost('ben')]);
    await recordGiven(db, 'g-1', T0 + 1000, thanksReply(['ana'], false));
    expect(await countOwed(db, 'thanks', T0)).toBe(2);
    await recordGiven(db, 'g-2', T0 + 2000, thanksReply(['Ana']));
    expect((await listOwed(db, 'thanks', T0)).map((reminder) => reminder.handle)).toEqual(['ben']);
    expect(await db.reminders.get((await db.reminders.where('personKey').equals('x:ana').first())!.id)).toMatchObject({
      status: 'done',
      closedBy: 'thanks',
    });
  });

  it('is closed by a thank-you that names the person by their display name, as a whole name, on their site', async () => {
    await recordReceived(db, T0, [
      { ...repost('ana_writes'), actor: { handle: 'ana_writes', name: 'Ana Souza' } },
      { ...repost('ben_builds'), actor: { handle: 'ben_builds', name: 'Ben' } },
      { ...repost('ana_b'), site: 'bluesky', actor: { handle: 'ana_b', name: 'Ana Souza' } },
    ]);
    const text = 'Thank you for passing this on, Ana Souza! Benefits all round.';
    await recordGiven(db, 'g-1', T0, { site: 'x', kind: 'reply', to: [], targetPostId: '1', thanks: true, text });
    expect((await listOwed(db, 'thanks', T0)).map((reminder) => `${reminder.site}:${reminder.handle}`).sort()).toEqual(['bluesky:ana_b', 'x:ben_builds']);
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
    const [first, second] = await listOwed(db, 'thanks', T0);
    await updateReminder(db, first!.id, { type: 'snooze', until: T0 + DAY }, T0);
    expect(await countOwed(db, 'thanks', T0 + 1000)).toBe(1);
    expect(await countOwed(db, 'thanks', T0 + DAY)).toBe(2);
    await updateReminder(db, second!.id, { type: 'done' }, T0);
    await updateReminder(db, second!.id, { type: 'done' }, T0);
    expect((await loadSummary(db, 'today', T0)).thanksSent).toBe(1);
    await updateReminder(db, second!.id, { type: 'reopen' }, T0);
    expect(await countOwed(db, 'thanks', T0 + DAY)).toBe(2);
    expect(await updateReminder(db, 'nope', { type: 'done' }, T0)).toBe(false);
  });

  it('takes a thank-you marked by hand back when it is undone, so thanks sent and the give/get chart agree at every moment', async () => {
    await recordReceived(db, T0, [repost('ana')]);
    const [ana] = await listOwed(db, 'thanks', T0);
    const given = async () => (await loadGiveGet(db, 1, T0))[0]!.given;
    await updateReminder(db, ana!.id, { type: 'done' }, T0);
    expect([(await loadSummary(db, 'today', T0)).thanksSent, await given()]).toEqual([1, 1]);
    await updateReminder(db, ana!.id, { type: 'reopen' }, T0 + 5000);
    expect(await loadSummary(db, 'today', T0)).toMatchObject({ thanksSent: 0, thanksOwed: 1 });
    expect(await given()).toBe(0);
  });

  it('keeps a real thank-you counted when the reminder it closed is brought back', async () => {
    await recordReceived(db, T0, [repost('ana')]);
    await recordGiven(db, 'g-1', T0, thanksReply(['ana']));
    const [ana] = await listSetAside(db, T0);
    await updateReminder(db, ana!.id, { type: 'reopen' }, T0);
    expect(await loadSummary(db, 'today', T0)).toMatchObject({ thanksSent: 1, repliesGiven: 1, thanksOwed: 1 });
  });

  it('lists what was set aside, snoozes still running first, then the newest closed; a snooze that ran out is not set aside', async () => {
    await recordReceived(db, T0, [repost('ana'), repost('ben'), repost('cara')]);
    const [ana, ben, cara] = await listOwed(db, 'thanks', T0);
    await updateReminder(db, ana!.id, { type: 'done' }, T0 + 1000);
    await updateReminder(db, ben!.id, { type: 'snooze', until: T0 + DAY }, T0);
    await updateReminder(db, cara!.id, { type: 'done' }, T0 + 2000);
    expect((await listSetAside(db, T0 + 3000)).map((reminder) => [reminder.handle, reminder.status])).toEqual([
      ['ben', 'snoozed'],
      ['cara', 'done'],
      ['ana', 'done'],
    ]);
    expect((await listSetAside(db, T0 + DAY)).map((reminder) => reminder.handle)).toEqual(['cara', 'ana']);
    expect(await reminderStates(db, [ana!.id, ben!.id, 'unknown'], T0 + 3000)).toEqual({ [ana!.id]: 'done', [ben!.id]: 'snoozed' });
    expect(await reminderStates(db, [ben!.id], T0 + DAY)).toEqual({ [ben!.id]: 'open' });
  });
});

describe('replies owed', () => {
  const carlaAsks: ReceivedInteraction = {
    site: 'x',
    kind: 'reply',
    actor: { handle: 'carla', name: 'Carla Mendes' },
    sourcePostId: '42',
    sourceExcerpt: 'How did you pick the five questions?',
    asks: true,
  };

  it('opens one for a reply to the user and for a mention that asks; a mention that asks nothing is a thank-you owed', async () => {
    await recordReceived(db, T0, [
      carlaAsks,
      { site: 'x', kind: 'mention', actor: { handle: 'dev' }, sourcePostId: '43', asks: true },
      { site: 'x', kind: 'mention', actor: { handle: 'eve' }, sourcePostId: '44' },
    ]);
    expect([await countOwed(db, 'reply', T0), await countOwed(db, 'thanks', T0)]).toEqual([2, 1]);
    expect(await loadSummary(db, 'today', T0)).toMatchObject({ repliesOwed: 2, thanksOwed: 1 });
    const carla = (await listOwed(db, 'reply', T0)).find((reminder) => reminder.handle === 'carla');
    expect(carla).toMatchObject({ handle: 'carla', name: 'Carla Mendes', excerpt: 'How did you pick the five questions?', owes: 'reply', sourcePostId: '42' });
  });

  it('is closed by a reply to their post, counted as a reply given; marked answered by hand it counts as a reply given too, taken back by Undo', async () => {
    await recordReceived(db, T0, [carlaAsks, { ...carlaAsks, actor: { handle: 'fay' }, sourcePostId: '45' }]);
    // A reply to the user's own post (carla is not addressed) answers nobody.
    await recordGiven(db, 'g-0', T0, { site: 'x', kind: 'reply', to: [], targetPostId: '1', thanks: false });
    expect(await countOwed(db, 'reply', T0)).toBe(2);
    await recordGiven(db, 'g-1', T0, { site: 'x', kind: 'reply', to: [], targetPostId: '42', thanks: false });
    expect((await listOwed(db, 'reply', T0)).map((reminder) => reminder.handle)).toEqual(['fay']);
    const [fay] = await listOwed(db, 'reply', T0);
    const givenBefore = (await db.daily.get(dayKey(T0)))!.given!;
    await updateReminder(db, fay!.id, { type: 'done' }, T0);
    // The same rule as a thank-you marked done: the user's word that they answered (in the app, say) is a reply given.
    expect(await loadSummary(db, 'today', T0)).toMatchObject({ repliesOwed: 0, repliesGiven: 3, thanksSent: 0 });
    expect((await db.daily.get(dayKey(T0)))!.given).toBe(givenBefore + 1);
    expect(await db.reminders.get(fay!.id)).toMatchObject({ status: 'done', closedBy: 'marked-done' });
    // Brought back, it waits again and takes back only what marking it counted.
    await updateReminder(db, fay!.id, { type: 'reopen' }, T0 + 1000);
    expect(await loadSummary(db, 'today', T0)).toMatchObject({ repliesOwed: 1, repliesGiven: 2 });
    expect((await db.daily.get(dayKey(T0)))!.given).toBe(givenBefore);
  });
});

describe('a send from a Used prompt', () => {
  const anaId = receivedId(repost('ana'));
  const benId = receivedId(repost('ben'));
  const ownPostReply = (answers?: string[], thanks = false): GivenInteraction => ({ site: 'x', kind: 'reply', to: [], targetPostId: '1', thanks, ...(answers && { answers }) });

  it('closes exactly the reminders the prompt was for, whatever the user edited, and counts a thank-you sent', async () => {
    await recordReceived(db, T0, [repost('ana'), repost('ben')]);
    // "Thank you for passing this on, Ana Souza" edited into words FeedCoach does not read as thanks, no handle.
    await recordGiven(db, 'g-1', T0 + 1000, ownPostReply([anaId]));
    expect((await listOwed(db, 'thanks', T0)).map((reminder) => reminder.handle)).toEqual(['ben']);
    expect(await loadSummary(db, 'today', T0)).toMatchObject({ thanksSent: 1, repliesGiven: 1, thanksOwed: 1 });
    expect(await db.interactions.get('given:x:g-1')).toMatchObject({ thanks: true });
  });

  it('closes the reminders of a copied prompt when a thank-you is sent on their site within the hour, and no others', async () => {
    await recordReceived(db, T0, [repost('ana'), repost('ben'), { ...repost('lee'), site: 'bluesky' }]);
    await markPromptUsed(db, [anaId], T0 + 1000);
    // A reply that thanks nobody, and a thank-you on another site, answer nothing.
    await recordGiven(db, 'g-1', T0 + 2000, ownPostReply());
    await recordGiven(db, 'g-2', T0 + 3000, { ...ownPostReply(undefined, true), site: 'bluesky' });
    const onX = async () => (await listOwed(db, 'thanks', T0)).filter((reminder) => reminder.site === 'x').map((reminder) => reminder.handle).sort();
    expect(await onX()).toEqual(['ana', 'ben']);
    await recordGiven(db, 'g-3', T0 + 4000, ownPostReply(undefined, true));
    expect(await onX()).toEqual(['ben']);
    expect(await countOwed(db, 'thanks', T0)).toBe(2);
  });

  it('closes the reminders of a copied prompt when it was pasted and sent, even edited into words that thank nobody', async () => {
    await recordReceived(db, T0, [repost('ana'), repost('ben')]);
    await markPromptUsed(db, [benId], T0);
    await recordGiven(db, 'g-1', T0 + 60_000, { ...ownPostReply(), pasted: true });
    expect((await listOwed(db, 'thanks', T0)).map((reminder) => reminder.handle)).toEqual(['ana']);
    expect(await loadSummary(db, 'today', T0)).toMatchObject({ thanksSent: 1 });
  });

  it("no longer closes a copied prompt's reminders once its hour has passed", async () => {
    await recordReceived(db, T0, [repost('ana')]);
    await markPromptUsed(db, [anaId, benId], T0);
    await recordGiven(db, 'g-1', T0 + USED_PROMPT_WINDOW_MS + 1, ownPostReply(undefined, true));
    expect(await countOwed(db, 'thanks', T0)).toBe(1);
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
