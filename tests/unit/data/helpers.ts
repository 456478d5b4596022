import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedCoachDatabase } from '../../../lib/db/database';

/** Every table's rows, in primary-key order, by table name. */
export async function dumpDb(db: FeedCoachDatabase): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(entries);
}

export const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/db/');

/** A database as it was at one schema version: rows per table (tests/fixtures/db/v<N>.json). */
export interface DbFixture {
  description: string;
  version: number;
  /** Only for a build whose stores differ from SCHEMA_VERSIONS (a historical mistake kept as a test case). */
  stores?: Record<string, string>;
  tables: Record<string, unknown[]>;
}

export function readFixture(file: string): DbFixture {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}${file}`, 'utf8')) as DbFixture;
}

/** Minimal RFC 4180 reader, to check that what toCsv writes reads back as the same cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
