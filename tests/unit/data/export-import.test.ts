import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedCoachDatabase } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/schema';
import { deleteEverything } from '../../../lib/data/delete';
import { countRows, exportAll, serializeExport } from '../../../lib/data/export';
import { EXPORT_FORMAT, LATEST_SCHEMA_VERSION, TABLE_NAMES, emptyTables, type ExportFile, type StoredPostRow } from '../../../lib/data/format';
import { UPGRADE_STEPS, importAll, importFromText, parseImport, parseImportAsync } from '../../../lib/data/import';
import { ingestPosts } from '../../../lib/db/ingest';
import { dumpDb, readFixture } from './helpers';
import { DAY, READINGS, T0, seedThroughRealWrites } from './seed';

const open: FeedCoachDatabase[] = [];
function freshDb(): FeedCoachDatabase {
  const db = new FeedCoachDatabase(`data-${Math.random()}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

async function seeded(): Promise<FeedCoachDatabase> {
  const db = freshDb();
  await seedThroughRealWrites(db);
  return db;
}

function parsed(text: string): ExportFile {
  const result = parseImport(text);
  if (!result.ok) throw new Error(result.error);
  return result.file;
}

describe('the export file', () => {
  it('holds every table of the database, and the latest schema version', async () => {
    const db = await seeded();
    const file = await exportAll(db, { now: () => T0 });
    expect(file.format).toBe('feedcoach-export');
    expect(file.schemaVersion).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version);
    expect(file.exportedAt).toBe(new Date(T0).toISOString());
    expect(Object.keys(file.tables)).toEqual(['posts', 'snapshots', 'daily', 'accounts', 'people', 'interactions', 'reminders', 'health']);
    expect(Object.keys(file.tables).sort()).toEqual(db.tables.map((table) => table.name).sort());
    expect(TABLE_NAMES).toEqual(Object.keys(emptyTables()));
    for (const name of TABLE_NAMES) expect(file.tables[name].length, name).toBeGreaterThan(0);
  });

  it('serializes to JSON that reads back as the same file', async () => {
    const file = await exportAll(await seeded());
    const text = serializeExport(file);
    expect(JSON.parse(text)).toEqual(file);
    expect(parsed(text)).toEqual(file);
  });

  it('reads back the same way with parseImportAsync, which reports progress by rows', async () => {
    const file = await exportAll(await seeded());
    const text = serializeExport(file);
    const total = TABLE_NAMES.reduce((sum, name) => sum + file.tables[name].length, 0);
    const calls: [number, number][] = [];
    expect(await parseImportAsync(text, { onProgress: (done, all) => calls.push([done, all]) })).toEqual(parseImport(text));
    expect(calls.at(-1)).toEqual([total, total]);
    const bad = text.replace('"likes":12', '"likes":-12');
    expect(await parseImportAsync(bad)).toEqual(parseImport(bad));
    expect(parseImport(bad).ok).toBe(false);
  });

  it('pages through tables of any size by primary key, compound keys included', async () => {
    const db = freshDb();
    // 3 posts seen 1,000 times with new counts: 3,000 snapshots keyed [postKey+at].
    for (let batch = 0; batch < 10; batch += 1) {
      await db.transaction('rw', db.snapshots, async () => {
        for (let step = 0; step < 100; step += 1) {
          const at = T0 + (batch * 100 + step) * 1000;
          await db.snapshots.bulkPut(READINGS.map((reading) => ({ postKey: `${reading.site}:${reading.postId}`, at, metrics: { likes: step } })));
        }
      });
    }
    const whole = await db.snapshots.toArray();
    for (const chunkSize of [1, 7, 1000, 3000, 5000]) {
      const file = await exportAll(db, { chunkSize });
      expect(file.tables.snapshots, `chunk ${chunkSize}`).toEqual(whole);
    }
    // 3,000 one-row pages against fake-indexeddb: about 4 s on an idle machine, more on a shared one.
  }, 30_000);

  it('reports progress by rows, ending at the total', async () => {
    const db = await seeded();
    const counts = await countRows(db);
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const calls: [number, number][] = [];
    await exportAll(db, { chunkSize: 2, onProgress: (done, all) => calls.push([done, all]) });
    expect(calls.length).toBeGreaterThan(TABLE_NAMES.length);
    expect(calls[0]).toEqual([0, total]);
    expect(calls.at(-1)).toEqual([total, total]);
    for (const [index, [done, all]] of calls.entries()) {
      expect(done).toBeLessThanOrEqual(all);
      if (index > 0) expect(done).toBeGreaterThanOrEqual(calls[index - 1]![0]);
    }
  });

  it('ends its progress at 100% even when rows are deleted while it runs', async () => {
    const db = await seeded();
    const calls: [number, number][] = [];
    let pruned = false;
    await exportAll(db, {
      chunkSize: 1,
      onProgress: (done, all) => {
        calls.push([done, all]);
        if (!pruned && done > 0) {
          pruned = true;
          void db.health.clear();
        }
      },
    });
    const [done, all] = calls.at(-1)!;
    expect(done).toBe(all);
  });
});

describe('round trip', () => {
  it('export, then import into a fresh database, gives back every row of every table', async () => {
    const source = await seeded();
    const file = parsed(serializeExport(await exportAll(source)));
    const target = freshDb();
    const written = await importAll(target, file, { mode: 'replace' });
    const before = await dumpDb(source);
    expect(await dumpDb(target)).toEqual(before);
    for (const name of TABLE_NAMES) expect(written[name]).toBe(before[name]!.length);
  });

  it('keeps fields the stored rows have beyond their declared type (mentions, inReplyTo, linkedTo)', async () => {
    const source = await seeded();
    const target = freshDb();
    await importAll(target, parsed(serializeExport(await exportAll(source))), { mode: 'replace' });
    expect(((await target.posts.get('x:1861000000000000001')) as StoredPostRow | undefined)?.mentions).toEqual(['maya']);
    expect(((await target.posts.get('bluesky:3kabc2xyz')) as StoredPostRow | undefined)?.inReplyTo).toEqual(['maya.bsky.social']);
    expect((await target.people.get('x:ana'))?.linkedTo).toBe('bluesky:ana.bsky.social');
  });

  it('replace makes the database exactly the file; merge puts the file over what is there', async () => {
    const file = parsed(serializeExport(await exportAll(await seeded())));
    const extraPost = { ...READINGS[0]!, postId: '999' };

    const replaced = freshDb();
    await ingestPosts(replaced, T0 + 5 * DAY, [extraPost]);
    await importAll(replaced, file, { mode: 'replace' });
    expect(await replaced.posts.get('x:999')).toBeUndefined();
    expect(await replaced.posts.count()).toBe(file.tables.posts.length);

    const merged = freshDb();
    await ingestPosts(merged, T0 + 5 * DAY, [extraPost]);
    await importAll(merged, file, { mode: 'merge' });
    expect(await merged.posts.get('x:999')).toBeDefined();
    expect(await merged.posts.count()).toBe(file.tables.posts.length + 1);
  });

  it('merging the same file twice gives the same database as merging it once', async () => {
    const file = parsed(serializeExport(await exportAll(await seeded())));
    const db = freshDb();
    await ingestPosts(db, T0 + 5 * DAY, [{ ...READINGS[0]!, postId: '999' }]);
    await importAll(db, file, { mode: 'merge' });
    const once = await dumpDb(db);
    await importAll(db, file, { mode: 'merge' });
    expect(await dumpDb(db)).toEqual(once);
  });

  it('reports import progress by rows, ending at the total', async () => {
    const file = await exportAll(await seeded());
    const total = TABLE_NAMES.reduce((sum, name) => sum + file.tables[name].length, 0);
    const calls: [number, number][] = [];
    await importAll(freshDb(), file, { mode: 'replace', chunkSize: 2, onProgress: (done, all) => calls.push([done, all]) });
    expect(calls[0]).toEqual([0, total]);
    expect(calls.at(-1)).toEqual([total, total]);
  });
});

describe('all or nothing', () => {
  async function attempt(mode: 'replace' | 'merge', breakFile: (file: ExportFile) => void, breakDb?: (db: FeedCoachDatabase) => void) {
    const db = await seeded();
    await ingestPosts(db, T0 + 9 * DAY, [{ ...READINGS[0]!, postId: 'only-here' }]);
    const before = await dumpDb(db);
    const other = freshDb();
    await ingestPosts(other, T0 + 20 * DAY, READINGS.map((reading) => ({ ...reading, metrics: { likes: 1 } })));
    await seedThroughRealWrites(other);
    const file = await exportAll(other);
    breakFile(file);
    breakDb?.(db);
    await expect(importAll(db, file, { mode, chunkSize: 2 })).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await dumpDb(db)).toEqual(before);
  }

  it.each(['replace', 'merge'] as const)('%s: a row that breaks its key in the last table, midway through a chunk, leaves the database unchanged', async (mode) => {
    await attempt(mode, (file) => {
      const row = file.tables.health[0]!;
      // A key IndexedDB refuses: the write of this chunk fails after every earlier table was cleared and written.
      file.tables.health.push({ ...row, day: undefined as unknown as string });
    });
  });

  /** Makes the nth bulkPut of any table fail, as a full disk would (Table methods live on a shared prototype). */
  function failNthBulkPut(n: number, db: FeedCoachDatabase) {
    const prototype = Object.getPrototypeOf(db.table('people')) as { bulkPut: (...args: unknown[]) => Promise<unknown> };
    const bulkPut = prototype.bulkPut;
    let calls = 0;
    vi.spyOn(prototype, 'bulkPut').mockImplementation(function (this: unknown, ...args: unknown[]) {
      calls += 1;
      if (calls === n) return Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'));
      return bulkPut.apply(this, args);
    });
  }

  it.each(['replace', 'merge'] as const)('%s: a write that fails (disk full) in the middle leaves the database unchanged', async (mode) => {
    // With chunks of 2, the 9th bulkPut is well past posts, snapshots and daily.
    await attempt(mode, () => undefined, (db) => failNthBulkPut(9, db));
  });

  it('importFromText turns a failed write into a sentence, and nothing is written', async () => {
    const db = await seeded();
    const before = await dumpDb(db);
    const text = serializeExport(await exportAll(await seeded()));
    failNthBulkPut(5, db);
    const result = await importFromText(db, text, { mode: 'replace', chunkSize: 2 });
    vi.restoreAllMocks();
    expect(result).toEqual({ ok: false, error: 'The import failed and nothing was changed: The disk is full' });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('importFromText reports what it wrote', async () => {
    const db = freshDb();
    const file = await exportAll(await seeded());
    const result = await importFromText(db, serializeExport(file), { mode: 'merge' });
    expect(result).toEqual({ ok: true, written: Object.fromEntries(TABLE_NAMES.map((name) => [name, file.tables[name].length])) });
  });
});

describe('older exports', () => {
  it('a version 1 export imports into the current schema with zero rows lost', async () => {
    const fixture = readFixture('v1.json');
    const v1 = { format: EXPORT_FORMAT, schemaVersion: 1, exportedAt: '2026-10-20T08:00:00.000Z', tables: fixture.tables };
    const result = parseImport(JSON.stringify(v1));
    expect(result).toMatchObject({ ok: true, upgradedFrom: 1 });
    if (!result.ok) return;
    expect(result.file.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const db = freshDb();
    await importAll(db, result.file, { mode: 'replace' });
    const after = await dumpDb(db);
    for (const [name, rows] of Object.entries(fixture.tables)) {
      expect(after[name], name).toHaveLength(rows.length);
      expect(after[name], name).toEqual(expect.arrayContaining(rows));
    }
    // The tables version 2 added are there, and empty; version 1 days keep "unknown" received/given.
    for (const name of ['accounts', 'people', 'interactions', 'reminders', 'health']) expect(after[name], name).toEqual([]);
    expect(after.daily!.every((row) => !('received' in (row as object)) && !('given' in (row as object)))).toBe(true);
  });

  it('has an upgrade step for every schema version after the first', () => {
    for (const { version } of SCHEMA_VERSIONS.slice(1)) expect(UPGRADE_STEPS[version], `UPGRADE_STEPS[${version}]`).toBeTypeOf('function');
  });
});

describe('deleteEverything', () => {
  it('empties every table, and the database keeps working', async () => {
    const db = await seeded();
    await deleteEverything(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    await seedThroughRealWrites(db);
    expect(await db.posts.count()).toBe(READINGS.length);
  });

  it('deletes nothing when it cannot delete everything', async () => {
    const db = await seeded();
    const before = await dumpDb(db);
    const prototype = Object.getPrototypeOf(db.table('health')) as { clear: () => Promise<void> };
    const clear = prototype.clear;
    let calls = 0;
    // The fourth table's clear fails, after three were cleared.
    vi.spyOn(prototype, 'clear').mockImplementation(function (this: unknown) {
      calls += 1;
      return calls === 4 ? Promise.reject(new Error('broken')) : clear.apply(this);
    });
    await expect(deleteEverything(db)).rejects.toThrow('broken');
    vi.restoreAllMocks();
    expect(await dumpDb(db)).toEqual(before);
  });
});
