import type { FeedCoachDatabase } from '../db/database';
import type { PersonRow } from '../db/schema';

/** "ana.bsky.social" -> "ana", "Ana_Writes" -> "anawrites", "ana@mas.to" -> "ana": the part people keep across sites. */
export function handleStem(handle: string): string {
  return handle.replace(/^@/, '').split(/[.@]/)[0]!.toLowerCase().replace(/[_-]/g, '');
}

export interface LinkSuggestion {
  a: PersonRow;
  b: PersonRow;
}

/**
 * People on different sites whose handles share a stem: maybe one person. Only a suggestion: FeedCoach links
 * them when the user confirms, never on its own.
 */
export function suggestLinks(people: readonly PersonRow[], dismissed: ReadonlySet<string> = new Set()): LinkSuggestion[] {
  const byStem = new Map<string, PersonRow[]>();
  for (const person of people) {
    const stem = handleStem(person.handle);
    if (stem.length < 3) continue;
    byStem.set(stem, [...(byStem.get(stem) ?? []), person]);
  }
  const suggestions: LinkSuggestion[] = [];
  for (const group of byStem.values()) {
    for (const [index, a] of group.entries()) {
      for (const b of group.slice(index + 1)) {
        if (a.site === b.site || a.linkedTo === b.key || b.linkedTo === a.key || dismissed.has(pairKey(a.key, b.key))) continue;
        suggestions.push({ a, b });
      }
    }
  }
  return suggestions;
}

export const pairKey = (a: string, b: string): string => [a, b].sort().join('|');

/** The user confirmed that two people are one: each points at the other. */
export async function linkPeople(db: FeedCoachDatabase, a: string, b: string): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    await db.people.update(a, { linkedTo: b });
    await db.people.update(b, { linkedTo: a });
  });
}

export async function unlinkPeople(db: FeedCoachDatabase, key: string): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    const person = await db.people.get(key);
    if (person?.linkedTo) await db.people.update(person.linkedTo, { linkedTo: undefined });
    await db.people.update(key, { linkedTo: undefined });
  });
}
