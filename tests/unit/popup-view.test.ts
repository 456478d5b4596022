import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addToDay, FeedCoachDatabase } from '../../lib/db/database';
import { loadPopupView, type PopupView } from '../../lib/popup/popup-view';
import { receivedId, recordGiven, recordReceived, updateReminder } from '../../lib/reciprocity/ledger';
import type { ReceivedInteraction } from '../../lib/reciprocity/types';

const T0 = Date.parse('2026-11-28T10:00:00');
let db: FeedCoachDatabase;

beforeEach(() => {
  db = new FeedCoachDatabase(`popup-view-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const share = (handle: string): ReceivedInteraction => ({ site: 'x', kind: 'repost', actor: { handle }, targetExcerpt: 'my post' });
const question = (handle: string): ReceivedInteraction => ({ site: 'x', kind: 'reply', actor: { handle }, sourcePostId: `q-${handle}`, sourceExcerpt: 'How?' });

/** What a person reads in the popup: each owed figure and the number of rows under it, and the chart's gifts this week. */
const shown = (view: PopupView) => ({
  thanksFigure: view.summary.thanksOwed,
  thanksRows: view.thanksOwed.length,
  repliesFigure: view.summary.repliesOwed,
  repliesRows: view.repliesOwed.length,
});

function expectAgreement(view: PopupView): void {
  const { thanksFigure, thanksRows, repliesFigure, repliesRows } = shown(view);
  expect(thanksRows).toBe(thanksFigure);
  expect(repliesRows).toBe(repliesFigure);
}

describe('the popup’s one read of the ledger', () => {
  it('gives figures that agree with their lists and with the chart after every change', async () => {
    const now = () => T0 + 60_000;
    await recordReceived(db, T0, [share('ana'), share('ben'), question('carla')]);
    let view = await loadPopupView(db, 'today', now());
    expectAgreement(view);
    expect(shown(view)).toEqual({ thanksFigure: 2, thanksRows: 2, repliesFigure: 1, repliesRows: 1 });

    // A thank-you sent to Ana: one figure falls, the one beside it rises, the list loses her and the chart shows the gift.
    await recordGiven(db, 'g1', T0 + 1000, { site: 'x', kind: 'reply', to: [{ handle: 'ana' }], targetPostId: '1', thanks: true });
    view = await loadPopupView(db, 'today', now());
    expectAgreement(view);
    expect(view.thanksOwed.map((reminder) => reminder.handle)).toEqual(['ben']);
    expect(view.summary.thanksSent).toBe(1);
    expect(view.giveGet.at(-1)!.given).toBe(1);

    await updateReminder(db, receivedId(share('ben')), { type: 'snooze', until: now() + 3600_000 }, T0 + 2000);
    view = await loadPopupView(db, 'today', now());
    expectAgreement(view);
    expect(shown(view)).toEqual({ thanksFigure: 0, thanksRows: 0, repliesFigure: 1, repliesRows: 1 });

    await updateReminder(db, receivedId(question('carla')), { type: 'done' }, T0 + 3000);
    view = await loadPopupView(db, 'today', now());
    expectAgreement(view);
    expect(view.summary.repliesOwed).toBe(0);
  });

  it('is one snapshot at every moment: reads taken while the ledger is written never show a figure its list does not', async () => {
    const people = Array.from({ length: 30 }, (_, index) => `p${index}`);
    const writes = (async () => {
      for (const [index, handle] of people.entries()) {
        await recordReceived(db, T0 + index, [share(handle), question(handle)]);
        if (index % 3 === 0) await updateReminder(db, receivedId(question(handle)), { type: 'done' }, T0 + index);
        if (index % 4 === 0) await recordGiven(db, `g${index}`, T0 + index, { site: 'x', kind: 'reply', to: [{ handle }], targetPostId: '1', thanks: true });
      }
    })();
    const views: PopupView[] = [];
    let writing = true;
    void writes.finally(() => (writing = false));
    while (writing) views.push(await loadPopupView(db, 'today', T0 + 3600_000));
    await writes;
    views.push(await loadPopupView(db, 'today', T0 + 3600_000));

    // The reads really landed between writes (the figures moved while they were taken), and each one agrees with itself.
    expect(new Set(views.map((view) => view.summary.thanksOwed + view.summary.repliesOwed)).size).toBeGreaterThan(5);
    for (const view of views) expectAgreement(view);
    expect(shown(views.at(-1)!)).toEqual({ thanksFigure: 22, thanksRows: 22, repliesFigure: 15, repliesRows: 15 });
  });

  it('as the popup’s one live query, each update carries the figures and the lists together', async () => {
    const seen: PopupView[] = [];
    const subscription = liveQuery(() => loadPopupView(db, 'today', T0 + 3600_000)).subscribe({ next: (view) => seen.push(view) });
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
    await recordReceived(db, T0, [share('ana'), question('carla')]);
    await vi.waitFor(() => expect(seen.at(-1)!.summary.thanksOwed).toBe(1));
    await recordGiven(db, 'g1', T0 + 1, { site: 'x', kind: 'reply', to: [{ handle: 'carla' }], targetPostId: 'q-carla', thanks: false });
    await vi.waitFor(() => expect(seen.at(-1)!.summary.repliesGiven).toBe(1));
    subscription.unsubscribe();
    for (const view of seen) expectAgreement(view);
    expect(shown(seen.at(-1)!)).toEqual({ thanksFigure: 1, thanksRows: 1, repliesFigure: 0, repliesRows: 0 });
  });

  it('counts posts seen just before midnight in 7 days, not in the new day’s today (what tests that straddle midnight must read)', async () => {
    const beforeMidnight = new Date(2026, 11, 7, 23, 59, 59, 500).getTime();
    await db.transaction('rw', db.daily, () => addToDay(db, beforeMidnight, { postsSeen: 36 }));
    expect((await loadPopupView(db, 'today', beforeMidnight + 100)).summary.postsSeen).toBe(36);
    expect((await loadPopupView(db, 'today', beforeMidnight + 1000)).summary.postsSeen).toBe(0);
    expect((await loadPopupView(db, 'week', beforeMidnight + 1000)).summary.postsSeen).toBe(36);
  });
});
