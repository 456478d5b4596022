import Dexie, { type Table } from 'dexie';
import {
  DATABASE_NAME,
  dayKey,
  SCHEMA_VERSIONS,
  type AccountRow,
  type DailyRow,
  type HealthRow,
  type InteractionRow,
  type PersonRow,
  type PostRow,
  type ReminderRow,
  type SnapshotRow,
} from './schema';
import type { ReadableStores, StoreReader } from './store-reader';

export class FeedCoachDatabase extends Dexie implements StoreReader {
  posts!: Table<PostRow, string>;
  snapshots!: Table<SnapshotRow, [string, number]>;
  daily!: Table<DailyRow, string>;
  accounts!: Table<AccountRow, string>;
  people!: Table<PersonRow, string>;
  interactions!: Table<InteractionRow, string>;
  reminders!: Table<ReminderRow, string>;
  health!: Table<HealthRow, [string, string]>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const entry of SCHEMA_VERSIONS) {
      const version = this.version(entry.version).stores(entry.stores);
      if ('upgrade' in entry) version.upgrade(entry.upgrade);
    }
  }

  getMany<S extends keyof ReadableStores>(store: S, keys: string[]): Promise<(ReadableStores[S] | undefined)[]> {
    return this.table<ReadableStores[S], string>(store).bulkGet(keys);
  }

  countBetween(store: keyof ReadableStores, index: string, lower: IDBValidKey, upper: IDBValidKey): Promise<number> {
    return this.table(store).where(index).between(lower, upper, true, true).count();
  }
}

export const emptyDay = (day: string): DailyRow => ({ day, postsSeen: 0, snapshots: 0, thanksSent: 0, repliesGiven: 0, received: 0, given: 0 });

type DailyCounter = 'postsSeen' | 'snapshots' | 'thanksSent' | 'repliesGiven' | 'received' | 'given';

/** Adds to a day's counters; call inside a transaction that includes db.daily. */
export async function addToDay(db: FeedCoachDatabase, at: number, increments: Partial<Record<DailyCounter, number>>): Promise<void> {
  if (Object.values(increments).every((value) => !value)) return;
  const day = dayKey(at);
  const row = { ...emptyDay(day), ...(await db.daily.get(day)) };
  for (const [field, value] of Object.entries(increments) as [DailyCounter, number][]) row[field] = (row[field] ?? 0) + value;
  await db.daily.put(row);
}
