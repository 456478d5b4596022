import type { FeedCoachDatabase } from '../db/database';
import type { PersonRow } from '../db/schema';
import type { SiteId } from '../sites/types';

// ---------------------------------------------------------------------------------------------------------------
// Is it one person? Only direct evidence between two accounts counts: the same handle, or the same full name with
// handles that share a word, or a handle that spells the other's full name. A shared first name ("ben" in
// @ben.carter and @ben.builds) is never enough.
// ---------------------------------------------------------------------------------------------------------------

/** Lower case, accents off ("Souza" and "Sóuza" are one name), letters and digits only. */
const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The words of a handle, without what the site adds: "@ana_writes" -> [ana, writes], "ana.bsky.social" -> [ana],
 * "ben.builds.dev" (a Bluesky domain) -> [ben, builds], "ana@fosstodon.org" -> [ana], "u/ana_writes" ->
 * [ana, writes], LinkedIn's "ben-carter-b2" -> [ben, carter].
 */
export function handleWords(site: SiteId, handle: string): string[] {
  let core = fold(handle.trim()).replace(/^@/, '').replace(/^u\//, '');
  core = core.split('@')[0]!;
  if (site === 'bluesky') core = core.replace(/\.bsky\.social$/, '').replace(/\.[a-z]{2,}$/, '');
  const words = core.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Sites add numbers to tell namesakes apart ("ben-carter-b2"): they say nothing about who someone is.
  const lettered = words.filter((word) => !/\d/.test(word));
  return lettered.length > 0 ? lettered : words;
}

/** The words of a display name, emoji and punctuation off: "Ana Souza ✨" -> [ana, souza]. */
function nameWords(name: string | undefined): string[] {
  return name ? fold(name).split(/[^\p{L}]+/u).filter(Boolean) : [];
}

/** A name of at least two words: "Ana" alone is too common to tell anyone apart. */
const isFullName = (words: readonly string[]) => words.length >= 2;

/** Shortest handle (letters joined) that may on its own say two accounts are one person. */
const MIN_HANDLE_MATCH = 5;

type Person = Pick<PersonRow, 'key' | 'site' | 'handle' | 'name'>;

interface Identity {
  handle: string[];
  joined: string;
  name: string[];
}

/** Each account's words, worked out once however many others it is compared with. */
const identities = new WeakMap<Person, Identity>();
function identityOf(person: Person): Identity {
  let identity = identities.get(person);
  if (!identity) {
    const handle = handleWords(person.site, person.handle);
    identity = { handle, joined: handle.join(''), name: nameWords(person.name) };
    identities.set(person, identity);
  }
  return identity;
}

/** Why two accounts on different sites look like one person (the popup says it in the user's language). */
export type SamePersonReason = 'sameHandle' | 'sameNameSimilarHandles' | 'handleIsName';

/** Why two accounts on different sites look like one person; undefined when nothing says so. */
export function whySamePerson(a: Person, b: Person): SamePersonReason | undefined {
  if (a.site === b.site) return undefined;
  const one = identityOf(a);
  const other = identityOf(b);
  if (one.joined.length >= MIN_HANDLE_MATCH && one.joined === other.joined) return 'sameHandle';
  const sharesHandleWord = one.handle.some((word) => word.length >= 3 && other.handle.includes(word));
  if (isFullName(one.name) && one.name.join(' ') === other.name.join(' ') && sharesHandleWord) return 'sameNameSimilarHandles';
  if ((isFullName(other.name) && one.joined === other.name.join('')) || (isFullName(one.name) && other.joined === one.name.join(''))) return 'handleIsName';
  return undefined;
}

export const pairKey = (a: string, b: string): string => [a, b].sort().join('|');

/** Groups keys joined by pairs (each key its own group until a pair joins it with another). */
function unionFind(keys: Iterable<string>) {
  const parent = new Map<string, string>();
  for (const key of keys) parent.set(key, key);
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  return {
    find,
    join(a: string, b: string) {
      if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
    },
  };
}

/** Who is linked with whom among these rows, as the user confirmed (linkedTo rings). */
function confirmedGroups(people: readonly PersonRow[]) {
  const groups = unionFind(people.map((person) => person.key));
  for (const person of people) if (person.linkedTo) groups.join(person.key, person.linkedTo);
  return groups;
}

export interface LinkSuggestion {
  a: PersonRow;
  b: PersonRow;
  /** What makes them look like one person, in words. */
  reason: SamePersonReason;
}

/**
 * Pairs of people on different sites who look like one person, not yet linked and not dismissed. Only a
 * suggestion: FeedCoach links them when the user confirms, never on its own.
 */
export function suggestLinks(people: readonly PersonRow[], dismissed: ReadonlySet<string> = new Set()): LinkSuggestion[] {
  const linked = confirmedGroups(people);
  const suggestions: LinkSuggestion[] = [];
  for (const [index, a] of people.entries()) {
    for (const b of people.slice(index + 1)) {
      if (linked.find(a.key) === linked.find(b.key) || dismissed.has(pairKey(a.key, b.key))) continue;
      const reason = whySamePerson(a, b);
      if (reason) suggestions.push({ a, b, reason });
    }
  }
  return suggestions;
}

export interface GroupSuggestion {
  /** The account the others are compared with: each of them matches it directly. */
  lead: PersonRow;
  others: { person: PersonRow; reason: SamePersonReason }[];
}

/**
 * The pairs as people: one suggestion per person, their most-matched account as the lead and every account that
 * matches the lead directly beside it (Ana on seven sites is one question, not twenty-one). No one is joined
 * through a chain of look-alikes.
 */
export function suggestGroups(people: readonly PersonRow[], dismissed: ReadonlySet<string> = new Set()): GroupSuggestion[] {
  const pairs = suggestLinks(people, dismissed);
  const neighbours = new Map<string, Map<string, SamePersonReason>>();
  for (const { a, b, reason } of pairs) {
    neighbours.set(a.key, (neighbours.get(a.key) ?? new Map<string, SamePersonReason>()).set(b.key, reason));
    neighbours.set(b.key, (neighbours.get(b.key) ?? new Map<string, SamePersonReason>()).set(a.key, reason));
  }
  const byKey = new Map(people.map((person) => [person.key, person]));
  const leads = [...neighbours.keys()].sort(
    (a, b) => neighbours.get(b)!.size - neighbours.get(a)!.size || byKey.get(b)!.lastInteractionAt - byKey.get(a)!.lastInteractionAt || (a < b ? -1 : 1),
  );
  const placed = new Set<string>();
  const groups: GroupSuggestion[] = [];
  for (const key of leads) {
    if (placed.has(key)) continue;
    const others = [...neighbours.get(key)!].filter(([other]) => !placed.has(other));
    if (others.length === 0) continue;
    placed.add(key);
    for (const [other] of others) placed.add(other);
    groups.push({ lead: byKey.get(key)!, others: others.map(([other, reason]) => ({ person: byKey.get(other)!, reason })) });
  }
  return groups;
}

/** Possible same-person groups among the most recently active people (a bounded read, whatever the history). */
export async function loadGroupSuggestions(db: FeedCoachDatabase, dismissed: ReadonlySet<string>, limit = 3): Promise<GroupSuggestion[]> {
  const recent = await db.people.orderBy('lastInteractionAt').reverse().limit(300).toArray();
  return suggestGroups(recent, dismissed).slice(0, limit);
}

// ---------------------------------------------------------------------------------------------------------------
// Confirmed links. One person's accounts form a ring through linkedTo (a -> b -> c -> a): from any of them the
// others are a few reads away, two linked accounts point at each other as before, and no index is needed.
// ---------------------------------------------------------------------------------------------------------------

/** A ring is one person's accounts: no one has accounts on more sites than this. */
const MAX_RING = 64;

/** The accounts linked with this one, itself first, following the ring (a broken ring gives what it reaches). */
export async function ringOf(db: FeedCoachDatabase, key: string): Promise<PersonRow[]> {
  const ring: PersonRow[] = [];
  const seen = new Set<string>();
  let next: string | undefined = key;
  while (next && !seen.has(next) && ring.length < MAX_RING) {
    seen.add(next);
    const person: PersonRow | undefined = await db.people.get(next);
    if (!person) break;
    ring.push(person);
    next = person.linkedTo;
  }
  return ring;
}

/** The user confirmed that these accounts are one person: their rings become one ring. */
export async function linkPeople(db: FeedCoachDatabase, ...keys: string[]): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    const members: string[] = [];
    for (const key of keys) {
      if (members.includes(key)) continue;
      for (const person of await ringOf(db, key)) if (!members.includes(person.key)) members.push(person.key);
    }
    if (members.length < 2) return;
    for (const [index, key] of members.entries()) await db.people.update(key, { linkedTo: members[(index + 1) % members.length] });
  });
}

/** Takes one account out of its person's ring; the others stay linked. */
export async function unlinkPeople(db: FeedCoachDatabase, key: string): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    const rest = (await ringOf(db, key)).slice(1).map((person) => person.key);
    await db.people.update(key, { linkedTo: undefined });
    for (const [index, member] of rest.entries()) await db.people.update(member, { linkedTo: rest.length > 1 ? rest[(index + 1) % rest.length] : undefined });
  });
}

export interface OnePerson {
  /** The account with most owed: its name and site lead the line. */
  lead: PersonRow;
  /** The same person's other accounts among those read. */
  others: PersonRow[];
  /** Whether the user linked them all; otherwise some are only alike (and the popup asks about them). */
  confirmed: boolean;
}

/**
 * Each person once: accounts the user linked, and accounts that look like one person (unless the user said they
 * are not), are shown together. Linked accounts outside `people` are read through their rings.
 */
export async function asPeople(db: FeedCoachDatabase, people: readonly PersonRow[], dismissed: ReadonlySet<string>): Promise<OnePerson[]> {
  const all = new Map(people.map((person) => [person.key, person]));
  for (const person of people) {
    if (person.linkedTo && !all.has(person.linkedTo)) for (const member of await ringOf(db, person.key)) all.set(member.key, member);
  }
  const rows = [...all.values()];
  const linked = confirmedGroups(rows);
  const groups = unionFind(all.keys());
  for (const person of rows) groups.join(person.key, linked.find(person.key));
  for (const { a, b } of suggestLinks(rows, dismissed)) groups.join(a.key, b.key);
  const members = new Map<string, PersonRow[]>();
  for (const person of rows) members.set(groups.find(person.key), [...(members.get(groups.find(person.key)) ?? []), person]);
  return [...members.values()].map((group) => {
    const [lead, ...others] = group.sort((a, b) => b.owed - a.owed);
    return { lead: lead!, others, confirmed: new Set(group.map((person) => linked.find(person.key))).size === 1 };
  });
}
