import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FeedCoachDatabase } from '../../lib/db/database';
import type { PersonRow } from '../../lib/db/schema';
import { loadTopPeople } from '../../lib/popup/ledger-view';
import { personKey, recordReceived } from '../../lib/reciprocity/ledger';
import { handleWords, linkPeople, pairKey, ringOf, suggestGroups, suggestLinks, unlinkPeople, whySamePerson } from '../../lib/reciprocity/people-links';
import type { ReceivedInteraction } from '../../lib/reciprocity/types';
import { dismissedPersonLinks } from '../../lib/settings/store';
import { SITE_ADAPTERS } from '../../lib/sites/registry';
import type { SiteId } from '../../lib/sites/types';
import { RECIPROCITY_SCENARIOS } from '../support/feeds/reciprocity';
import { parsePage } from '../support/load-fixture';

const T0 = Date.parse('2026-11-28T10:00:00');

function person(site: SiteId, handle: string, name?: string, at = T0): PersonRow {
  return { key: personKey(site, handle), site, handle, ...(name && { name }), received: { repost: 1 }, given: {}, owed: 3, lastInteractionAt: at, activeDays: ['2026-11-28'] };
}

/** Everyone the demo's notification pages name, as each site's adapter reads them (handle and, where shown, name). */
function demoPeople(): PersonRow[] {
  const people = new Map<string, PersonRow>();
  for (const scenario of RECIPROCITY_SCENARIOS) {
    const adapter = SITE_ADAPTERS.find((each) => each.site === scenario.site)!;
    const reciprocity = adapter.reciprocity!;
    const url = new URL(scenario.notifications.url);
    history.replaceState(null, '', url.pathname + url.search);
    document.documentElement.innerHTML = parsePage(scenario.notifications.html).documentElement.innerHTML;
    const me = reciprocity.readAccount(document) ?? '';
    for (const entry of document.querySelectorAll(reciprocity.notificationSelector ?? adapter.postSelector)) {
      for (const item of reciprocity.readNotification?.(entry, me) ?? []) {
        const row = person(item.site, item.actor.handle, item.actor.name);
        people.set(row.key, { ...row, ...people.get(row.key) });
      }
    }
  }
  history.replaceState(null, '', '/');
  return [...people.values()];
}

const accounts = (group: { lead: PersonRow; others: { person: PersonRow }[] }) => [group.lead, ...group.others.map(({ person: each }) => each)].map((each) => each.key).sort();

describe('"Same person?"', () => {
  it('reads the words of a handle as each site writes it', () => {
    expect(handleWords('x', '@Ana_Writes')).toEqual(['ana', 'writes']);
    expect(handleWords('bluesky', 'ana.bsky.social')).toEqual(['ana']);
    expect(handleWords('bluesky', 'ben.builds.dev')).toEqual(['ben', 'builds']);
    expect(handleWords('mastodon', 'omar@hachyderm.io')).toEqual(['omar']);
    expect(handleWords('reddit', 'u/ana_writes')).toEqual(['ana', 'writes']);
    expect(handleWords('linkedin', 'ben-carter-b2')).toEqual(['ben', 'carter']);
    expect(handleWords('facebook', 'Lee Park')).toEqual(['lee', 'park']);
  });

  it('never proposes people who share only a first name (@ben.carter on Facebook and @ben.builds on YouTube)', () => {
    const facebookBen = person('facebook', 'ben.carter', 'Ben Carter');
    const youtubeBen = person('youtube', 'ben.builds');
    expect(whySamePerson(facebookBen, youtubeBen)).toBeUndefined();
    expect(suggestLinks([facebookBen, youtubeBen])).toEqual([]);
    // Nor the same first name with different surnames, nor a short handle that many people have.
    expect(whySamePerson(person('x', 'ana_writes', 'Ana Souza'), person('linkedin', 'ana-lima', 'Ana Lima'))).toBeUndefined();
    expect(whySamePerson(person('x', 'lee', 'Lee'), person('mastodon', 'lee', 'Lee'))).toBeUndefined();
  });

  it('finds Ana on eight sites (the same display name and similar handles) as one question, with the reason for each', () => {
    const anas = [
      person('x', 'ana_writes', 'Ana Souza', T0 + 5),
      person('bluesky', 'ana.bsky.social', 'Ana Souza'),
      person('linkedin', 'ana-souza-writes', 'Ana Souza'),
      person('reddit', 'ana_writes', 'Ana Souza'),
      person('mastodon', 'ana_writes', 'Ana Souza'),
      person('threads', 'ana.souza', 'Ana Souza'),
      person('youtube', 'ana.creates', 'Ana Souza'),
      person('facebook', 'ana.souza', 'Ana Souza'),
    ];
    const others = [person('x', 'ben_builds', 'Ben Carter'), person('facebook', 'ben.carter', 'Ben Carter'), person('youtube', 'omar.haddad')];
    const groups = suggestGroups([...anas, ...others]);
    const ana = groups.find((group) => group.lead.handle.startsWith('ana'))!;
    expect(accounts(ana)).toEqual(anas.map((each) => each.key).sort());
    expect(ana.others.find(({ person: each }) => each.site === 'youtube')?.reason).toBe('sameNameSimilarHandles');
    expect(groups.flatMap(accounts).filter((key) => key.includes('ben') || key.includes('omar'))).toEqual(['facebook:ben.carter', 'x:ben_builds']);
  });

  it('on the demo’s pages: Ana and Ben are each one group, no group mixes people, and Facebook’s Ben is never paired with YouTube’s on a first name', () => {
    const people = demoPeople();
    const pairs = suggestLinks(people).map(({ a, b }) => [a.key, b.key].sort().join(' = '));
    expect(pairs).not.toContain('facebook:ben.carter = youtube:ben.builds');
    expect(pairs).not.toContain('facebook:ana.souza = youtube:ana.creates');
    const groups = suggestGroups(people);
    const firstNames = groups.map((group) => new Set(accounts(group).map((key) => /^[a-z]+:([a-z]+)/.exec(key)![1])));
    expect(firstNames.every((names) => names.size === 1)).toBe(true);
    const ana = groups.find((group) => group.lead.handle.startsWith('ana'))!;
    // Every Ana but YouTube's @ana.creates, who shows no name there and shares only "ana" with the others.
    expect(accounts(ana)).toEqual(['bluesky:ana.bsky.social', 'facebook:ana.souza', 'instagram:ana.souza', 'linkedin:ana-souza-writes', 'mastodon:ana_writes', 'reddit:ana_writes', 'threads:ana.souza', 'tiktok:ana.souza', 'x:ana_writes']);
    const ben = groups.find((group) => group.lead.handle.startsWith('ben'))!;
    expect(accounts(ben)).toHaveLength(10);
    expect(ben.others.every(({ reason }) => reason.length > 0)).toBe(true);
  });

  it('leaves out pairs the user said are not one person, and people already linked', () => {
    const x = person('x', 'ana_writes', 'Ana Souza');
    const bluesky = person('bluesky', 'ana.bsky.social', 'Ana Souza');
    const mastodon = { ...person('mastodon', 'ana_writes', 'Ana Souza'), linkedTo: x.key };
    const linkedX = { ...x, linkedTo: mastodon.key };
    expect(suggestLinks([linkedX, bluesky, mastodon], new Set([`${bluesky.key}|${linkedX.key}`])).map(({ a, b }) => [a.key, b.key])).toEqual([[bluesky.key, mastodon.key]]);
  });
});

describe('linking and "owe attention"', () => {
  let db: FeedCoachDatabase;
  beforeEach(() => {
    fakeBrowser.reset();
    db = new FeedCoachDatabase(`people-links-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  const share = (site: SiteId, handle: string, name?: string): ReceivedInteraction => ({ site, kind: 'repost', actor: { handle, ...(name && { name }) }, targetExcerpt: `my ${site} post` });

  it('lists a person once, with every site they shared from, and their balance added up', async () => {
    await recordReceived(db, T0, [share('x', 'ana_writes', 'Ana Souza'), share('bluesky', 'ana.bsky.social', 'Ana Souza'), share('mastodon', 'ana_writes', 'Ana Souza'), share('linkedin', 'ana-souza-writes', 'Ana Souza')]);
    await recordReceived(db, T0, [share('x', 'lee_reads', 'Lee Park')]);
    const people = await loadTopPeople(db);
    expect(people.map((each) => each.name)).toEqual(['Ana Souza', 'Lee Park']);
    const [ana] = people;
    expect(ana!.owed).toBe(12);
    expect(ana!.alsoOn.map((each) => each.site).sort()).toEqual(['bluesky', 'linkedin', 'mastodon', 'x'].filter((site) => site !== ana!.site));
    expect(ana!.confirmed).toBe(false);

    await linkPeople(db, 'x:ana_writes', 'bluesky:ana.bsky.social', 'mastodon:ana_writes', 'linkedin:ana-souza-writes');
    expect((await loadTopPeople(db))[0]).toMatchObject({ name: 'Ana Souza', owed: 12, confirmed: true });

    // "Not the same" for one account takes it out of the person (and back into the list on its own).
    await unlinkPeople(db, 'linkedin:ana-souza-writes');
    await dismissedPersonLinks.setValue(['bluesky:ana.bsky.social', 'mastodon:ana_writes', 'x:ana_writes'].map((key) => pairKey('linkedin:ana-souza-writes', key)));
    expect((await loadTopPeople(db)).map((each) => [each.handle, each.owed])).toEqual(expect.arrayContaining([['ana-souza-writes', 3]]));
    expect((await loadTopPeople(db)).filter((each) => each.name === 'Ana Souza')).toHaveLength(2);
  });

  it('links any number of accounts into one ring, and unlinking one keeps the others together', async () => {
    await recordReceived(db, T0, [share('x', 'ana_writes'), share('bluesky', 'ana.bsky.social'), share('threads', 'ana.souza'), share('facebook', 'ana.souza')]);
    await linkPeople(db, 'x:ana_writes', 'bluesky:ana.bsky.social');
    await linkPeople(db, 'threads:ana.souza', 'facebook:ana.souza');
    await linkPeople(db, 'x:ana_writes', 'threads:ana.souza');
    const ring = (key: string) => ringOf(db, key).then((rows) => rows.map((row) => row.key).sort());
    expect(await ring('facebook:ana.souza')).toEqual(['bluesky:ana.bsky.social', 'facebook:ana.souza', 'threads:ana.souza', 'x:ana_writes']);
    await unlinkPeople(db, 'threads:ana.souza');
    expect(await ring('threads:ana.souza')).toEqual(['threads:ana.souza']);
    expect(await ring('x:ana_writes')).toEqual(['bluesky:ana.bsky.social', 'facebook:ana.souza', 'x:ana_writes']);
  });
});
