import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedCoachDatabase } from '../../../lib/db/database';
import { csvCell, exportLedgerCsv, exportPostsCsv, toCsv } from '../../../lib/data/export';
import { speak } from '../../support/i18n';
import { parseCsv } from './helpers';
import { READINGS, seedThroughRealWrites } from './seed';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    [' padded ', '" padded "'],
    ['émoji 🎉 and 中文', 'émoji 🎉 and 中文'],
  ])('quotes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-5 degrees', "'-5 degrees"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['＝1+1', "'＝1+1"],
    ['=HYPERLINK("https://evil.example","click")', `"'=HYPERLINK(""https://evil.example"",""click"")"`],
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['a=b', 'a=b'],
  ])('neutralises the formula %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers as numbers, and missing values as empty cells, never 0', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(1.5)).toBe('1.5');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(['likes', 'views'])).toBe('likes views');
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF-ended line per row, from field names or functions', () => {
    const rows = [
      { name: 'Ana, PhD', owed: -3 },
      { name: '=evil()', owed: 2 },
    ];
    expect(toCsv(rows, ['name', { header: 'owed (weighted)', value: (row) => row.owed }])).toBe('name,owed (weighted)\r\n"Ana, PhD",-3\r\n\'=evil(),2\r\n');
  });

  it('reads back, with a standard CSV reader, as the same cells (formulas with their apostrophe)', () => {
    const hostile = ['a "quoted", text\nover lines', '=1+1', 'plain', '', ' spaced ', 'x;y'];
    const text = toCsv(
      hostile.map((value) => ({ value })),
      ['value'],
    );
    expect(parseCsv(text)).toEqual([['value'], ...hostile.map((value) => [value === '=1+1' ? "'=1+1" : value])]);
  });
});

describe('CSV exports', () => {
  let db: FeedCoachDatabase;
  afterEach(async () => {
    await db.delete();
  });

  it('posts: one row per post with its latest counts; a count the page did not show is empty', async () => {
    db = new FeedCoachDatabase(`csv-${Math.random()}`);
    await seedThroughRealWrites(db);
    const [header, ...rows] = parseCsv(await exportPostsCsv(db, { chunkSize: 1 }));
    expect(rows).toHaveLength(READINGS.length);
    const column = (name: string) => header!.indexOf(name);
    const x = rows.find((row) => row[column('site')] === 'x')!;
    expect(x[column('post id')]).toBe('1861000000000000001');
    expect(x[column('author name')]).toBe('Ana "the analyst", PhD');
    // The newest reading (the next day) showed 12 again.
    expect(x[column('likes')]).toBe('12');
    expect(x[column('bookmarks')]).toBe('');
    expect(x[column('abbreviated counts (at least)')]).toBe('views');
    expect(x[column('text')]).toBe('\'=HYPERLINK("https://evil.example","click")\nSecond line, with a comma; and 🎉');
    const bluesky = rows.find((row) => row[column('site')] === 'bluesky')!;
    expect(bluesky[column('text')]).toBe('\'-5 degrees and @everyone is outside. "Quotes" too.');
    expect(bluesky[column('replies')]).toBe('');
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
  });

  it('heads its columns in the language FeedCoach speaks; the values stay as they are', async () => {
    db = new FeedCoachDatabase(`csv-${Math.random()}`);
    await seedThroughRealWrites(db);
    await speak('de');
    const [header, first] = parseCsv(await exportLedgerCsv(db, { chunkSize: 2 }));
    expect(header).toEqual(['Zeit', 'Richtung', 'Website', 'Art', 'Handle', 'Name', 'Personenschlüssel', 'Dank', 'Beitrag', 'Permalink']);
    expect(['received', 'given']).toContain(first![1]);
    const [postsHeader] = parseCsv(await exportPostsCsv(db));
    expect(postsHeader!.slice(0, 4)).toEqual(['Website', 'Beitrags-ID', 'Permalink', 'Handle des Autors']);
    expect(postsHeader).toContain('likes');
  });

  it('ledger: every interaction, oldest first, joined with the person handle and name', async () => {
    db = new FeedCoachDatabase(`csv-${Math.random()}`);
    await seedThroughRealWrites(db);
    const [header, ...rows] = parseCsv(await exportLedgerCsv(db, { chunkSize: 2 }));
    expect(header).toEqual(['time', 'direction', 'site', 'kind', 'handle', 'name', 'person key', 'thanks', 'post', 'permalink']);
    expect(rows).toHaveLength(await db.interactions.count());
    const times = rows.map((row) => row[0]!);
    expect([...times].sort()).toEqual(times);
    const byKey = (key: string) => rows.filter((row) => row[6] === key);
    expect(byKey('x:ben')[0]!.slice(1, 6)).toEqual(['received', 'x', 'quote', 'Ben', '']);
    expect(byKey('x:ana').map((row) => [row[1], row[3], row[5], row[7]])).toEqual([
      ['received', 'repost', 'Ana', ''],
      ['given', 'reply', 'Ana', 'true'],
      ['received', 'repost', 'Ana', ''],
    ]);
    // A hostile display name is neutralised; something the user gave to nobody has no person.
    expect(byKey('bluesky:eve.bsky.social')[0]![5]).toBe("'=cmd|calc");
    expect(byKey('')[0]!.slice(1, 6)).toEqual(['given', 'bluesky', 'mention', '', '']);
  });
});
