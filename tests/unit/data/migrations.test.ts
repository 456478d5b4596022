import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedCoachDatabase } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/schema';
import { exportAll, serializeExport } from '../../../lib/data/export';
import { EXPORT_FORMAT, LATEST_SCHEMA_VERSION, TABLE_NAMES, primaryKeyPath, keyOf, tablesAt } from '../../../lib/data/format';
import { parseImport, upgradeExport } from '../../../lib/data/import';
import { FIXTURE_DIR, readFixture, type DbFixture } from './helpers';
import { seedThroughRealWrites } from './seed';

interface ReleasedSchemas {
  versions: { version: number; stores: Record<string, string> }[];
}
const RELEASED = JSON.parse(readFileSync(`${FIXTURE_DIR}released-schemas.json`, 'utf8')) as ReleasedSchemas;

/** v1.json, v2.json, ...: one per SCHEMA_VERSIONS entry. Other v*.json files are historical builds' databases. */
const fixtureFiles = readdirSync(FIXTURE_DIR).filter((file) => /^v\d+.*\.json$/.test(file));
const versionFixture = (version: number) => `v${version}.json`;

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** Creates the fixture's database exactly as the build of its version left it: only that version's schema. */
async function createAtVersion(fixture: DbFixture): Promise<string> {
  const name = `migration-${fixture.version}-${Math.random()}`;
  names.push(name);
  const old = new Dexie(name);
  if (fixture.stores) old.version(fixture.version).stores(fixture.stores);
  else for (const entry of SCHEMA_VERSIONS.filter(({ version }) => version <= fixture.version)) old.version(entry.version).stores(entry.stores);
  await old.open();
  expect(old.tables.map((table) => table.name).sort(), 'the fixture holds exactly the tables of its version').toEqual(Object.keys(fixture.tables).sort());
  await old.transaction('rw', old.tables, async () => {
    // bulkAdd, not bulkPut: a fixture row repeating a key fails here instead of vanishing.
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

/** Rows in IndexedDB key order, as the database returns them. */
function sortByKey(table: string, rows: unknown[]): unknown[] {
  const keyPath = primaryKeyPath(table);
  return [...rows].sort((a, b) => indexedDB.cmp(keyOf(a, keyPath), keyOf(b, keyPath)));
}

async function openMigrated(fixtureFile: string) {
  const fixture = readFixture(fixtureFile);
  const name = await createAtVersion(fixture);
  const db = new FeedCoachDatabase(name);
  await db.open();
  return { fixture, db };
}

async function expectNoRowLost(fixtureFile: string) {
  const { fixture, db } = await openMigrated(fixtureFile);
  expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
  for (const [table, rows] of Object.entries(fixture.tables)) expect(await db.table(table).count(), `rows in ${table}`).toBe(rows.length);

  // Every row is still there, as an import of the same data written as an export of that version would hold it:
  // a migrated database and an upgraded old export must agree.
  const expected = upgradeExport({ format: EXPORT_FORMAT, schemaVersion: fixture.version, exportedAt: '2026-01-01T00:00:00Z', tables: fixture.tables }).tables;
  const actual = (await exportAll(db)).tables;
  for (const table of TABLE_NAMES) expect(actual[table], table).toEqual(sortByKey(table, expected[table] ?? []));

  // What the old build stored is still a valid export for this build...
  const reread = parseImport(serializeExport(await exportAll(db)));
  expect(reread.ok ? 'ok' : reread.error).toBe('ok');
  // ...and the current code can write to every table of the migrated database.
  await seedThroughRealWrites(db);
  for (const table of TABLE_NAMES) expect(await db.table(table).count(), table).toBeGreaterThan(0);
  db.close();
}

describe('schema migrations', () => {
  it.each(SCHEMA_VERSIONS.map(({ version }) => version))('a database at schema version %i opens with the current schema with zero rows lost', async (version) => {
    await expectNoRowLost(versionFixture(version));
  });

  it('has one fixture per schema version and no other', () => {
    const versionFiles = SCHEMA_VERSIONS.map(({ version }) => versionFixture(version));
    expect(fixtureFiles.filter((file) => !versionFiles.includes(file))).toEqual([]);
  });
});

describe('released schema versions', () => {
  it('are unchanged, byte for byte (change the schema by adding a version, never by editing a released one)', () => {
    expect(RELEASED.versions.length).toBeGreaterThan(0);
    for (const released of RELEASED.versions) {
      const entry = SCHEMA_VERSIONS.find(({ version }) => version === released.version);
      expect(entry, `released schema version ${released.version} is missing from SCHEMA_VERSIONS`).toBeDefined();
      expect(JSON.stringify(entry!.stores), `the stores of released schema version ${released.version} were edited`).toBe(JSON.stringify(released.stores));
    }
  });

  it('are the oldest versions, in order, with any unreleased ones after them', () => {
    const versions = SCHEMA_VERSIONS.map(({ version }) => version);
    expect(versions, 'versions ascend').toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size, 'no version twice').toBe(versions.length);
    expect(versions.slice(0, RELEASED.versions.length)).toEqual(RELEASED.versions.map(({ version }) => version));
  });

  it('every version in SCHEMA_VERSIONS has a fixture holding a row in each of its tables', () => {
    for (const { version } of SCHEMA_VERSIONS) {
      const file = versionFixture(version);
      expect(fixtureFiles, `tests/fixtures/db/${file} (a database at version ${version}) is missing`).toContain(file);
      const fixture = readFixture(file);
      expect(fixture.version).toBe(version);
      expect(fixture.stores, 'a version fixture uses the stores of SCHEMA_VERSIONS').toBeUndefined();
      expect(Object.keys(fixture.tables).sort(), `the tables of ${file}`).toEqual(tablesAt(version).sort());
      for (const [table, rows] of Object.entries(fixture.tables)) expect(rows.length, `rows in ${file} ${table}`).toBeGreaterThan(0);
    }
  });
});
