import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedCoachDatabase } from '../../../lib/db/database';
import { exportAll, exportPostsCsv, serializeExport } from '../../../lib/data/export';
import { EXPORT_FORMAT, LATEST_SCHEMA_VERSION, TABLE_NAMES } from '../../../lib/data/format';
import { importFromText, parseImport } from '../../../lib/data/import';
import { dumpDb, readFixture } from './helpers';
import { READINGS, seedThroughRealWrites } from './seed';

let db: FeedCoachDatabase;
type Row = Record<string, unknown>;
interface Loose {
  [field: string]: unknown;
  tables: Record<string, Row[]>;
}
let good: Loose;
let goodText: string;

beforeAll(async () => {
  const source = new FeedCoachDatabase(`bad-files-source-${Math.random()}`);
  await seedThroughRealWrites(source);
  goodText = serializeExport(await exportAll(source));
  await source.delete();
  db = new FeedCoachDatabase(`bad-files-${Math.random()}`);
  await seedThroughRealWrites(db);
});
afterAll(async () => {
  await db.delete();
});

/** A table's rows in a file being spoiled. */
const rows = (file: Loose, table: string): Row[] => file.tables[table]!;

/** A fresh copy of the good export to spoil. */
function spoil(change: (file: Loose) => void): string {
  good = JSON.parse(goodText) as Loose;
  change(good);
  return JSON.stringify(good);
}

const NOT_EXPORT = 'This is not a FeedCoach export';
/** Post keys in the order the export lists posts (by key). */
const READINGS_KEYS = READINGS.map((reading) => `${reading.site}:${reading.postId}`).sort();
const DAMAGED = 'This FeedCoach export is damaged, so nothing was imported: ';

const cases: [string, () => string | Promise<string>, string | RegExp][] = [
  ['an empty file', () => '', `${NOT_EXPORT}: the file is empty.`],
  ['text that is not JSON', () => 'Hello, this is my diary.', `${NOT_EXPORT}: it is not JSON.`],
  ['a picture', () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', `${NOT_EXPORT}: it is not JSON.`],
  ['foreign JSON (a package.json)', () => JSON.stringify({ name: 'my-app', version: '1.0.0' }), `${NOT_EXPORT}: it is some other JSON file (it has no "format": "feedcoach-export" field).`],
  ['a JSON list', () => '[1, 2, 3]', `${NOT_EXPORT}: it is a JSON list, not an export.`],
  ['JSON null', () => 'null', `${NOT_EXPORT}: it is JSON null, not an export.`],
  ['another format', () => spoil((file) => (file.format = 'mastodon-archive')), `${NOT_EXPORT}: its format is "mastodon-archive", where a FeedCoach export says "feedcoach-export".`],
  ["one of FeedCoach's CSV files", async () => exportPostsCsv(db), /CSV files, which are for spreadsheets\. Import the JSON file/],
  ['a file cut off halfway', () => goodText.slice(0, Math.floor(goodText.length / 2)), /^This FeedCoach export is incomplete: the file stops in the middle/],
  ['a file cut off just before its end', () => goodText.slice(0, -3), /^This FeedCoach export is incomplete/],
  ['a file cut off inside a text', () => goodText.slice(0, goodText.indexOf('HYPERLINK') + 4), /^This FeedCoach export is incomplete/],
  [
    'a newer schema version',
    () => spoil((file) => (file.schemaVersion = LATEST_SCHEMA_VERSION + 1)),
    `This export was made by a newer FeedCoach (data version ${LATEST_SCHEMA_VERSION + 1}; this one knows up to version ${LATEST_SCHEMA_VERSION}). Update FeedCoach, then import the file again. Nothing was imported.`,
  ],
  ['a schema version that is text', () => spoil((file) => (file.schemaVersion = '2')), `${DAMAGED}schemaVersion: expected a whole number ≥ 1 (it is the text "2").`],
  ['schema version 0', () => spoil((file) => (file.schemaVersion = 0)), `${DAMAGED}schemaVersion: expected a whole number ≥ 1 (it is 0).`],
  ['no export date', () => spoil((file) => delete file.exportedAt), `${DAMAGED}exportedAt: expected a date and time (it is missing).`],
  ['no tables', () => spoil((file) => delete (file as Partial<Loose>).tables), `${DAMAGED}tables: expected an object holding each table (it is missing).`],
  ['an unknown table', () => spoil((file) => (file.tables.friends = [])), `${DAMAGED}tables.friends: unknown table (a version ${LATEST_SCHEMA_VERSION} export has ${TABLE_NAMES.join(', ')}).`],
  ['a missing table', () => spoil((file) => delete file.tables.people), `${DAMAGED}tables.people: missing (a version ${LATEST_SCHEMA_VERSION} export has ${TABLE_NAMES.join(', ')}, each even when empty).`],
  ['a table that is not a list', () => spoil((file) => (file.tables.daily = {} as never)), `${DAMAGED}tables.daily: expected a list of rows (it is an object).`],
  ['a negative count', () => spoil((file) => ((rows(file, 'posts')[2]!.metrics as Record<string, number>).likes = -1)), `${DAMAGED}tables.posts[2].metrics.likes: expected a whole number ≥ 0 (it is -1).`],
  ['a fractional count', () => spoil((file) => ((rows(file, 'snapshots')[1]!.metrics as Record<string, number>).replies = 1.5)), `${DAMAGED}tables.snapshots[1].metrics.replies: expected a whole number ≥ 0 (it is 1.5).`],
  ['a count written as text', () => spoil((file) => (rows(file, 'daily')[0]!.postsSeen = '12')), `${DAMAGED}tables.daily[0].postsSeen: expected a whole number ≥ 0 (it is the text "12").`],
  ['an unknown metric', () => spoil((file) => ((rows(file, 'snapshots')[0]!.metrics as Record<string, number>).karma = 3)), `${DAMAGED}tables.snapshots[0].metrics: unknown field "karma".`],
  ['an unknown field in a row', () => spoil((file) => (rows(file, 'people')[0]!.password = 'hunter2')), `${DAMAGED}tables.people[0]: unknown field "password".`],
  ['a missing field', () => spoil((file) => delete rows(file, 'posts')[0]!.text), `${DAMAGED}tables.posts[0].text: missing (expected text).`],
  ['a missing timestamp', () => spoil((file) => delete rows(file, 'interactions')[3]!.at), `${DAMAGED}tables.interactions[3].at: missing (expected a time in whole milliseconds since 1970).`],
  ['a time before 1970', () => spoil((file) => (rows(file, 'snapshots')[0]!.at = -5)), `${DAMAGED}tables.snapshots[0].at: expected a time in whole milliseconds since 1970 (it is -5).`],
  ['a row that is not an object', () => spoil((file) => (rows(file, 'health')[0] = 5 as never)), `${DAMAGED}tables.health[0]: expected an object (it is 5).`],
  ['an unknown site', () => spoil((file) => (rows(file, 'posts')[0]!.site = 'myspace')), /^This FeedCoach export is damaged, so nothing was imported: tables\.posts\[0\]\.site: expected one of "x", "linkedin", .*"instagram", "tiktok" \(it is the text "myspace"\)\.$/],
  ['a javascript: permalink', () => spoil((file) => (rows(file, 'reminders')[0]!.permalink = 'javascript:alert(1)')), `${DAMAGED}tables.reminders[0].permalink: expected an https:// link (it is the text "javascript:alert(1)").`],
  ['a malformed day', () => spoil((file) => (rows(file, 'daily')[1]!.day = '28/11/2026')), `${DAMAGED}tables.daily[1].day: expected a day written like 2026-11-28.`],
  ['an impossible day', () => spoil((file) => (rows(file, 'daily')[1]!.day = '2026-99-99')), `${DAMAGED}tables.daily[1].day: expected a day of the calendar, like 2026-11-28 (it is the text "2026-99-99").`],
  ['a day that does not exist', () => spoil((file) => (rows(file, 'health')[0]!.day = '2026-02-30')), `${DAMAGED}tables.health[0].day: expected a day of the calendar, like 2026-11-28 (it is the text "2026-02-30").`],
  ['an impossible active day of a person', () => spoil((file) => ((rows(file, 'people')[0]!.activeDays as string[])[0] = '2026-13-01')), /^This FeedCoach export is damaged, so nothing was imported: tables\.people\[0\]\.activeDays\[0\]: expected a day of the calendar/],
  [
    "a post's key that is not its site and post id",
    () => spoil((file) => (rows(file, 'posts')[0]!.key = 'x:999')),
    `${DAMAGED}tables.posts[0].key: expected "${READINGS_KEYS[0]}", its site and post id (it is the text "x:999").`,
  ],
  [
    "a post's key on another site",
    () => spoil((file) => (rows(file, 'posts')[0]!.site = 'reddit')),
    `${DAMAGED}tables.posts[0].key: expected "reddit:3kabc2xyz", its site and post id (it is the text "bluesky:3kabc2xyz").`,
  ],
  [
    "a person's key that is not their site and handle",
    () => spoil((file) => (rows(file, 'people')[0]!.key = 'x:somebody_else')),
    /^This FeedCoach export is damaged, so nothing was imported: tables\.people\[0\]\.key: expected ".*", its site and handle \(it is the text "x:somebody_else"\)\.$/,
  ],
  [
    "a reminder for a person on another site",
    () => spoil((file) => (rows(file, 'reminders')[0]!.personKey = 'mastodon:cara')),
    /^This FeedCoach export is damaged, so nothing was imported: tables\.reminders\[0\]\.personKey: expected "(?!mastodon:)[^"]+", its site and handle \(it is the text "mastodon:cara"\)\.$/,
  ],
  ['a snapshot of a post on no site', () => spoil((file) => (rows(file, 'snapshots')[0]!.postKey = 'myspace:1')), `${DAMAGED}tables.snapshots[0].postKey: expected a key like "x:123" that starts with a site (it is the text "myspace:1").`],
  [
    'an interaction with a person on another site',
    () => spoil((file) => (rows(file, 'interactions').find((row) => row.site === 'x' && row.personKey !== '')!.personKey = 'bluesky:ana')),
    /^This FeedCoach export is damaged, so nothing was imported: tables\.interactions\[\d+\]\.personKey: expected a person on x, "x:…" \(it is the text "bluesky:ana"\)\.$/,
  ],
  ['an unknown reminder status', () => spoil((file) => (rows(file, 'reminders')[1]!.status = 'maybe')), `${DAMAGED}tables.reminders[1].status: expected one of "open", "snoozed", "done" (it is the text "maybe").`],
  ['a row twice', () => spoil((file) => rows(file, 'accounts').push({ ...rows(file, 'accounts')[0]! })), `${DAMAGED}tables.accounts[2]: the same key ("bluesky") as tables.accounts[0]; an export never holds a row twice.`],
  ['two problems in one row', () => spoil((file) => Object.assign(rows(file, 'daily')[0]!, { postsSeen: -1, snapshots: -2 })), `${DAMAGED}tables.daily[0].postsSeen: expected a whole number ≥ 0 (it is -1) (and 1 more problem in this row).`],
  [
    'a version 1 export holding a table version 1 did not have',
    () => JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, exportedAt: '2026-10-20T08:00:00Z', tables: { ...readFixture('v1.json').tables, people: [] } }),
    `${DAMAGED}tables.people: unknown table (a version 1 export has posts, snapshots, daily).`,
  ],
];

describe('a bad file', () => {
  it.each(cases)('%s is refused with a specific message, and nothing is written', async (_case, make, message) => {
    const text = await make();
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (typeof message === 'string') expect(result.error).toBe(message);
    else expect(result.error).toMatch(message);

    const before = await dumpDb(db);
    for (const mode of ['replace', 'merge'] as const) expect(await importFromText(db, text, { mode })).toEqual({ ok: false, error: result.error });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('the good file the cases spoil is itself accepted', () => {
    expect(parseImport(goodText).ok).toBe(true);
    expect(parseImport(`\uFEFF${goodText}`).ok).toBe(true);
  });
});
