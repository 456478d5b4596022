import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedCoachDatabase } from '../../../lib/db/database';
import { dayKey } from '../../../lib/db/schema';
import { ROW_SCHEMAS } from '../../../lib/data/import';
import { receivedFromPost } from '../../../lib/reciprocity/from-posts';
import { listOwed, receivedId, recordGiven, recordReceived, reminderStates, sameWords } from '../../../lib/reciprocity/ledger';
import { countOwed } from '../../../lib/reciprocity/owed';
import type { ReceivedInteraction } from '../../../lib/reciprocity/types';
import { linkedinAdapter } from '../../../lib/sites/linkedin/adapter';
import { redditAdapter } from '../../../lib/sites/reddit/adapter';
import { tiktokAdapter } from '../../../lib/sites/tiktok/adapter';
import type { SiteAdapter } from '../../../lib/sites/types';
import { LEE_WORDS, LINKEDIN_ME, linkedinReciprocity } from '../../support/feeds/linkedin-reciprocity';
import { CARLA_WORDS, REDDIT_ME, redditReciprocity } from '../../support/feeds/reddit-reciprocity';
import { TT_ME, tiktokInboxPage, tiktokOwnVideoPage } from '../../support/feeds/tiktok-reciprocity';
import { parsePage } from '../../support/load-fixture';

const T0 = Date.parse('2026-11-28T10:00:00');
let db: FeedCoachDatabase;
beforeEach(() => {
  db = new FeedCoachDatabase(`one-comment-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** What the annotator sends from TikTok's inbox: Carla's comment, quoted without its id. */
const inbox = () => {
  const doc = parsePage(tiktokInboxPage().html);
  const items = Array.from(doc.querySelectorAll(tiktokAdapter.reciprocity!.notificationSelector!), (entry) => tiktokAdapter.reciprocity!.readNotification!(entry, TT_ME) ?? []).flat();
  return items.filter((item) => item.actor.handle === 'carla.cm');
};
/** What it sends from the video's page: Carla's comment with its id, and Omar's. */
const videoPage = () => {
  const doc = parsePage(tiktokOwnVideoPage().html);
  return Array.from(doc.querySelectorAll(tiktokAdapter.postSelector), (root) => tiktokAdapter.readPost(root)).flatMap((result) => {
    const received = result.ok ? receivedFromPost(result.post, TT_ME) : undefined;
    return received ? [received] : [];
  });
};
const carlaOwed = async () => (await listOwed(db, 'reply', T0)).filter((reminder) => reminder.handle === 'carla.cm');

describe('one comment seen in the inbox and on the video page', () => {
  it('is one reminder and one thing received, whichever page is seen first', async () => {
    for (const order of [[inbox(), videoPage()], [videoPage(), inbox()]]) {
      db = new FeedCoachDatabase(`one-comment-${Math.random()}`);
      for (const items of order) await recordReceived(db, T0, items);
      const [carla, ...others] = await carlaOwed();
      expect(others).toEqual([]);
      // The reminder knows the comment itself: its id (a reply to it answers her), its link and whole words.
      expect(carla).toMatchObject({ sourcePostId: '7441555500000000001', excerpt: 'How did you pick the five questions?' });
      expect(await countOwed(db, 'reply', T0)).toBe(2); // Carla's, and Omar's comment seen on the page alone
      expect((await db.people.get('tiktok:carla.cm'))!.received).toEqual({ reply: 1 });
      expect((await db.daily.get(dayKey(T0)))!.received).toBe(2);
    }
  });

  it('is closed by a prompt Used from either page, and the other page’s button says so', async () => {
    const [fromInbox] = inbox();
    const fromPage = videoPage().find((item) => item.actor.handle === 'carla.cm')!;
    for (const [seenFirst, usedFrom] of [[[fromInbox!], fromPage], [[fromPage], fromInbox!]] as [ReceivedInteraction[], ReceivedInteraction][]) {
      db = new FeedCoachDatabase(`one-comment-${Math.random()}`);
      await recordReceived(db, T0, seenFirst);
      await recordReceived(db, T0, [fromInbox!, fromPage]);
      // Pasted into the video's own comment box: it addresses nobody, only the prompt knows whom it answers.
      await recordGiven(db, 'g-1', T0 + 1000, { site: 'tiktok', kind: 'reply', to: [], targetPostId: '7441555512345678999', thanks: false, answers: [receivedId(usedFrom)] });
      expect(await carlaOwed()).toEqual([]);
      expect(await reminderStates(db, [receivedId(fromInbox!), receivedId(fromPage)], T0)).toEqual({ [receivedId(fromInbox!)]: 'done', [receivedId(fromPage)]: 'done' });
    }
  });

  it('a reply in the comment’s own reply box closes the reminder the inbox opened', async () => {
    await recordReceived(db, T0, inbox());
    await recordReceived(db, T0, videoPage());
    await recordGiven(db, 'g-1', T0 + 1000, { site: 'tiktok', kind: 'reply', to: [], targetPostId: '7441555500000000001', thanks: false });
    expect(await carlaOwed()).toEqual([]);
  });

  it('keeps two comments of one person apart, and the same words under another video', async () => {
    const [fromInbox] = inbox();
    await recordReceived(db, T0, [fromInbox!]);
    await recordReceived(db, T0, [
      { ...fromInbox!, sourcePostId: '7441555500000000009', sourceExcerpt: 'Loved it. Which tool drew the storyboard?', targetPostId: undefined },
      { ...fromInbox!, targetPostId: '7441555512340000000', permalink: 'https://www.tiktok.com/@maya.makes/video/7441555512340000000' },
    ]);
    expect(await carlaOwed()).toHaveLength(3);
  });

  it('keeps the link between the two sightings through a backup', async () => {
    await recordReceived(db, T0, inbox());
    await recordReceived(db, T0, videoPage());
    const rows = await db.interactions.toArray();
    expect(rows.filter((row) => row.sameAs)).toHaveLength(1);
    for (const row of rows) expect(ROW_SCHEMAS.interactions.safeParse(row).success).toBe(true);
  });
});

describe('other sites whose notifications quote words (Instagram, Facebook, YouTube)', () => {
  it('join a notification that lost the comment’s id to the comment on the post’s page (a link one level deeper)', async () => {
    const words = 'Which lens did you use for the close-ups? They look amazing and so sharp';
    const notified: ReceivedInteraction = { site: 'instagram', kind: 'reply', actor: { handle: 'carla.cm' }, targetPostId: 'DF4mYpOsT01', permalink: 'https://www.instagram.com/p/DF4mYpOsT01/', sourceExcerpt: `${words.slice(0, 40)}…` };
    const onPage: ReceivedInteraction = { site: 'instagram', kind: 'reply', actor: { handle: 'carla.cm' }, sourcePostId: '18098765432109876', permalink: 'https://www.instagram.com/p/DF4mYpOsT01/c/18098765432109876/', sourceExcerpt: words };
    await recordReceived(db, T0, [notified]);
    await recordReceived(db, T0, [onPage]);
    expect((await listOwed(db, 'reply', T0)).map((reminder) => [reminder.excerpt, reminder.sourcePostId, reminder.permalink])).toEqual([[words, onPage.sourcePostId, onPage.permalink]]);
    // Another comment of theirs (its own id, under another post) is another reminder, even in the same words.
    await recordReceived(db, T0, [{ ...onPage, sourcePostId: '18098765432100000', permalink: 'https://www.instagram.com/p/DF4other01/c/18098765432100000/' }]);
    expect(await countOwed(db, 'reply', T0)).toBe(2);
  });
});

describe('sameWords', () => {
  it('takes a quote cut short by an inbox for the words it starts, not a different comment', () => {
    expect(sameWords('How did you pick the five questions?', 'How did you pick the fi…')).toBe(true);
    expect(sameWords('@maya.makes this is the storyboard trick 🎬', '@Maya.makes  this is the storyboard trick')).toBe(true);
    expect(sameWords('How did you pick the five questions?', 'How did you pick the five topics?')).toBe(false);
    // Too little of it to tell: "Ho…" could start anything.
    expect(sameWords('How did you pick the five questions?', 'Ho…')).toBe(false);
    expect(sameWords('Yes!', 'yes')).toBe(true);
  });
});

/** What the annotator records from a page's notification entries and the comments it reads beside them. */
const readNotes = (adapter: SiteAdapter, html: string, me: string) => {
  const doc = parsePage(html);
  return Array.from(doc.querySelectorAll(adapter.reciprocity!.notificationSelector!), (entry) => adapter.reciprocity!.readNotification!(entry, me) ?? []).flat();
};

describe('a reply owed whose notification shows no words (LinkedIn, Reddit)', () => {
  const sites = [
    { site: 'reddit', adapter: redditAdapter, scenario: redditReciprocity, me: REDDIT_ME, handle: 'carla_cm', words: CARLA_WORDS },
    { site: 'linkedin', adapter: linkedinAdapter, scenario: linkedinReciprocity, me: LINKEDIN_ME, handle: 'lee-park', words: LEE_WORDS },
  ] as const;
  for (const { site, adapter, scenario, me, handle, words } of sites) {
    it(`${site}: takes the words from the post's page, whichever is seen first, and stays one reminder`, async () => {
      const notified = readNotes(adapter, scenario.notifications.html, me).filter((item) => item.actor.handle === handle);
      const onPage = readNotes(adapter, scenario.ownPost.html, me);
      expect(notified.map((item) => item.sourceExcerpt)).toEqual([undefined]);
      for (const order of [[notified, onPage], [onPage, notified]]) {
        db = new FeedCoachDatabase(`one-comment-${Math.random()}`);
        await recordReceived(db, T0, order[0]!);
        await recordReceived(db, T0, order[1]!);
        const owed = await listOwed(db, 'reply', T0);
        expect(owed.map((reminder) => [reminder.handle, reminder.excerpt])).toEqual([[handle, words]]);
        // The prompt Used from the notification closes it.
        await recordGiven(db, 'g-1', T0 + 1000, { site, kind: 'reply', to: [], thanks: false, answers: [receivedId(notified[0]!)] });
        expect(await countOwed(db, 'reply', T0)).toBe(0);
      }
    });
  }
});
