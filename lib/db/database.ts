import Dexie, { type Table } from 'dexie';
import { DATABASE_NAME, SCHEMA_VERSIONS, type DailyRow, type PostRow, type SnapshotRow } from './schema';

export class FeedCoachDatabase extends Dexie {
  posts!: Table<PostRow, string>;
  snapshots!: Table<SnapshotRow, [string, number]>;
  daily!: Table<DailyRow, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}

/** Local calendar day of a timestamp, as YYYY-MM-DD. */
export function dayKey(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const emptyDay = (day: string): DailyRow => ({ day, postsSeen: 0, snapshots: 0, thanksSent: 0, repliesGiven: 0 });
