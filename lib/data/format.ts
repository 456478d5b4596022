import {
  SCHEMA_VERSIONS,
  type AccountRow,
  type DailyRow,
  type HealthRow,
  type InteractionRow,
  type PersonRow,
  type PostRow,
  type ReminderRow,
  type SnapshotRow,
} from '../db/schema';
import type { Settings } from '../settings/schema';

/** The marker every FeedCoach export carries, so a foreign file is recognised before anything is read from it. */
export const EXPORT_FORMAT = 'feedcoach-export';

/** A stored post, written out as one object type (the import schema is checked against it). */
export type StoredPostRow = Flat<PostRow>;

/** An intersection written out as one object type. */
type Flat<T> = { [K in keyof T]: T[K] };

/** Every table's rows, in the order SCHEMA_VERSIONS introduced the tables. */
export interface ExportTables {
  posts: StoredPostRow[];
  snapshots: SnapshotRow[];
  daily: DailyRow[];
  accounts: AccountRow[];
  people: PersonRow[];
  interactions: InteractionRow[];
  reminders: ReminderRow[];
  health: HealthRow[];
}

export type TableName = keyof ExportTables;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  /** The SCHEMA_VERSIONS version whose tables and rows the file holds. */
  schemaVersion: number;
  /** ISO 8601, when the export was made. */
  exportedAt: string;
  /**
   * The user's settings: sites, Mastodon servers, weights, prompt templates, reminder, retention, theme. Absent in
   * exports made before settings were included; partial in one made by a build that had fewer settings.
   */
  settings?: Partial<Settings>;
  /** Pairs of people the user said are not one person ("Same person?"), so they are not suggested again. */
  dismissedPersonLinks?: string[];
  tables: ExportTables;
}

type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];
type StoreNamesOf<V> = V extends { stores: infer S } ? keyof S : never;
/** Every table name any schema version declares. */
export type DeclaredTableName = StoreNamesOf<SchemaVersion>;

/** Compile-time equality of two types (fails tsc when they differ). */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Assert<T extends true> = T;
/**
 * tsc fails here when a table is added to SCHEMA_VERSIONS without being added to ExportTables (or the other
 * way round): an export that silently leaves a table out loses the user's data.
 */
export type ExportCoversEveryTable = Assert<Same<DeclaredTableName, TableName>>;

export const LATEST_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/**
 * The tables (and their Dexie store specs) that exist at a version: the union of every step up to it, where a
 * later step can change a table's spec or drop it (null), as Dexie allows.
 */
export function storesAt(version: number): Map<string, string> {
  const stores = new Map<string, string>();
  for (const entry of SCHEMA_VERSIONS) {
    if (entry.version > version) break;
    for (const [name, spec] of Object.entries(entry.stores) as [string, string | null][]) {
      if (spec === null) stores.delete(name);
      else stores.set(name, spec);
    }
  }
  return stores;
}

export const tablesAt = (version: number): string[] => [...storesAt(version).keys()];

/** The current tables, in export order. */
export const TABLE_NAMES = tablesAt(LATEST_SCHEMA_VERSION) as TableName[];

/** The key path of a table's primary key, read from its Dexie store spec ("key", "[site+day]", "++id"). */
export function primaryKeyPath(table: string, version = LATEST_SCHEMA_VERSION): string | string[] {
  const spec = storesAt(version).get(table);
  if (spec === undefined) throw new Error(`No table ${table} at schema version ${version}`);
  const first = spec.split(',')[0]!.trim().replace(/^(\+\+|&)/, '');
  return first.startsWith('[') ? first.slice(1, -1).split('+') : first;
}

/** A row's primary key under a key path; undefined when the row lacks a part of it. */
export function keyOf(row: unknown, keyPath: string | string[]): unknown {
  const field = (name: string) => (row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[name] : undefined);
  return Array.isArray(keyPath) ? keyPath.map(field) : field(keyPath);
}

export const emptyTables = (): ExportTables => ({
  posts: [],
  snapshots: [],
  daily: [],
  accounts: [],
  people: [],
  interactions: [],
  reminders: [],
  health: [],
});
