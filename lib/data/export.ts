import type { IndexableType, Table } from 'dexie';
import type { FeedCoachDatabase } from '../db/database';
import type { InteractionRow, PersonRow } from '../db/schema';
import { t } from '../i18n/messages';
import { METRIC_KEYS } from '../sites/types';
import { toCsv, type CsvColumn } from './csv';
import { EXPORT_FORMAT, LATEST_SCHEMA_VERSION, TABLE_NAMES, emptyTables, keyOf, type ExportFile, type ExportTables, type StoredPostRow, type TableName } from './format';

export { CSV_BOM, csvCell, toCsv, type CsvColumn, type CsvColumnSpec } from './csv';
export type { ExportFile, ExportTables, TableName } from './format';

/** Rows read per query: small enough that no single read holds the database or the page for long. */
export const EXPORT_CHUNK = 5000;

export interface ExportOptions {
  /** Called after every chunk with rows read so far and rows in all; the last call has done === total. */
  onProgress?(done: number, total: number): void;
  chunkSize?: number;
  /** The clock, for exportedAt (tests fix it). */
  now?: () => number;
}

/**
 * Reads a table in primary-key order, chunk by chunk, each chunk its own short read: the background keeps
 * writing while a large history is exported. Paging continues above the last key read (not by offset), so rows
 * written meanwhile never make a row appear twice or be skipped, and each page is one index seek, not a walk
 * past every earlier row.
 */
export async function readInChunks<T>(table: Table<T, IndexableType>, chunkSize: number, onChunk: (rows: T[]) => void): Promise<void> {
  const keyPath = table.schema.primKey.keyPath;
  if (!keyPath) throw new Error(`Table ${table.name} has no key path to page by`);
  let last: IndexableType | undefined;
  for (;;) {
    const collection = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const page = await collection.limit(chunkSize).toArray();
    if (page.length > 0) onChunk(page);
    if (page.length < chunkSize) return;
    last = keyOf(page[page.length - 1], keyPath) as IndexableType;
  }
}

const tableOf = (db: FeedCoachDatabase, name: TableName) => db.table(name) as Table<unknown, IndexableType>;

/** How many rows each table holds (for the options page, and the export's progress total). */
export async function countRows(db: FeedCoachDatabase): Promise<Record<TableName, number>> {
  const counts = await Promise.all(TABLE_NAMES.map((name) => tableOf(db, name).count()));
  return Object.fromEntries(TABLE_NAMES.map((name, index) => [name, counts[index] ?? 0])) as Record<TableName, number>;
}

/** Everything the database holds, as a file that importAll can load again. */
export async function exportAll(db: FeedCoachDatabase, options: ExportOptions = {}): Promise<ExportFile> {
  const chunkSize = options.chunkSize ?? EXPORT_CHUNK;
  const exportedAt = new Date((options.now ?? Date.now)()).toISOString();
  const counts = await countRows(db);
  let total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  let done = 0;
  options.onProgress?.(0, total);
  const tables = emptyTables();
  for (const name of TABLE_NAMES) {
    const rows = tables[name] as unknown[];
    await readInChunks(tableOf(db, name), chunkSize, (page) => {
      for (const row of page) rows.push(row);
      done += page.length;
      // Rows written during the export can push the count past the first total.
      total = Math.max(total, done);
      options.onProgress?.(done, total);
    });
  }
  // Rows deleted during the export (pruning) leave the count short of the first total: end at 100%.
  if (done !== total) options.onProgress?.(done, done);
  return { format: EXPORT_FORMAT, schemaVersion: LATEST_SCHEMA_VERSION, exportedAt, tables };
}

const ROWS_PER_PART = 1000;

/**
 * The export as JSON text in parts (for a Blob), one row per line: a file a person can inspect, and which can be
 * written without building one giant string.
 */
export function* serializeExportParts(file: ExportFile): Generator<string> {
  yield `{"format":${JSON.stringify(file.format)},"schemaVersion":${JSON.stringify(file.schemaVersion)},"exportedAt":${JSON.stringify(file.exportedAt)},`;
  if (file.settings) yield `\n"settings":${JSON.stringify(file.settings)},`;
  if (file.dismissedPersonLinks) yield `\n"dismissedPersonLinks":${JSON.stringify(file.dismissedPersonLinks)},`;
  yield '\n"tables":{';
  const names = Object.keys(file.tables) as (keyof ExportTables)[];
  for (const [tableIndex, name] of names.entries()) {
    const rows: readonly unknown[] = file.tables[name];
    yield `${tableIndex > 0 ? ',' : ''}\n${JSON.stringify(name)}:[`;
    for (let start = 0; start < rows.length; start += ROWS_PER_PART) {
      const lines = rows.slice(start, start + ROWS_PER_PART).map((row) => JSON.stringify(row));
      yield `${start > 0 ? ',' : ''}\n${lines.join(',\n')}`;
    }
    yield rows.length > 0 ? '\n]' : ']';
  }
  yield '\n}}\n';
}

/** The export as JSON text; parseImport reads it back. */
export function serializeExport(file: ExportFile): string {
  return [...serializeExportParts(file)].join('');
}

/** The export as a file to save, made of its parts: a large history never becomes one string too long to build. */
export function exportBlob(file: ExportFile): Blob {
  return new Blob([...serializeExportParts(file)], { type: 'application/json' });
}

const isoTime = (at: number | undefined): string => (at !== undefined && Number.isFinite(at) ? new Date(at).toISOString() : '');

/** The columns of the posts' CSV; their headers are read in the language FeedCoach speaks when the file is made. */
const postColumns = (): CsvColumn<StoredPostRow>[] => [
  { header: t('csv.site'), value: (post) => post.site },
  { header: t('csv.postId'), value: (post) => post.postId },
  { header: t('csv.permalink'), value: (post) => post.permalink },
  { header: t('csv.authorHandle'), value: (post) => post.author.handle },
  { header: t('csv.authorName'), value: (post) => post.author.name },
  { header: t('csv.published'), value: (post) => post.publishedAt },
  { header: t('csv.firstSeen'), value: (post) => isoTime(post.firstSeenAt) },
  { header: t('csv.lastSeen'), value: (post) => isoTime(post.lastSeenAt) },
  // A count the page did not show is an empty cell, never 0.
  ...METRIC_KEYS.map((key): CsvColumn<StoredPostRow> => ({ header: key, value: (post) => post.metrics[key] })),
  { header: t('csv.abbreviated'), value: (post) => post.lowerBounds },
  { header: t('csv.repostedBy'), value: (post) => post.context.repostedBy },
  { header: t('csv.promoted'), value: (post) => post.context.promoted },
  { header: t('csv.text'), value: (post) => post.text },
];

/** Every post with its latest counts, for a spreadsheet. */
export async function exportPostsCsv(db: FeedCoachDatabase, options: { chunkSize?: number } = {}): Promise<string> {
  const posts: StoredPostRow[] = [];
  await readInChunks(db.posts as Table<StoredPostRow, IndexableType>, options.chunkSize ?? EXPORT_CHUNK, (page) => {
    for (const post of page) posts.push(post);
  });
  return toCsv(posts, postColumns());
}

interface LedgerLine {
  interaction: InteractionRow;
  person: PersonRow | undefined;
}

/** The columns of the ledger's CSV, headed in the language FeedCoach speaks. */
const ledgerColumns = (): CsvColumn<LedgerLine>[] => [
  { header: t('csv.time'), value: ({ interaction }) => isoTime(interaction.at) },
  { header: t('csv.direction'), value: ({ interaction }) => interaction.direction },
  { header: t('csv.site'), value: ({ interaction }) => interaction.site },
  { header: t('csv.kind'), value: ({ interaction }) => interaction.kind },
  { header: t('csv.handle'), value: ({ person }) => person?.handle },
  { header: t('csv.name'), value: ({ person }) => person?.name },
  { header: t('csv.personKey'), value: ({ interaction }) => interaction.personKey },
  { header: t('csv.thanks'), value: ({ interaction }) => interaction.thanks },
  { header: t('csv.post'), value: ({ interaction }) => interaction.postKey },
  { header: t('csv.permalink'), value: ({ interaction }) => interaction.permalink },
];

/** Every interaction, given and received, oldest first, with the person's handle and name. */
export async function exportLedgerCsv(db: FeedCoachDatabase, options: { chunkSize?: number } = {}): Promise<string> {
  const interactions: InteractionRow[] = [];
  await readInChunks(db.interactions as Table<InteractionRow, IndexableType>, options.chunkSize ?? EXPORT_CHUNK, (page) => {
    // A comment seen again on another page (sameAs) is one thing received: one row in the spreadsheet.
    for (const row of page) if (!row.sameAs) interactions.push(row);
  });
  const people = new Map<string, PersonRow>();
  const keys = [...new Set(interactions.map((row) => row.personKey).filter((key) => key !== ''))];
  const chunkSize = options.chunkSize ?? EXPORT_CHUNK;
  for (let start = 0; start < keys.length; start += chunkSize) {
    const page = await db.people.bulkGet(keys.slice(start, start + chunkSize));
    for (const person of page) if (person) people.set(person.key, person);
  }
  interactions.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return toCsv(
    interactions.map((interaction) => ({ interaction, person: people.get(interaction.personKey) })),
    ledgerColumns(),
  );
}
