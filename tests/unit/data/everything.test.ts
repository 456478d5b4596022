import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FeedCoachDatabase } from '../../../lib/db/database';
import { exportEverything, importEverything } from '../../../lib/data/everything';
import { exportAll, exportBlob, serializeExport, serializeExportParts } from '../../../lib/data/export';
import { parseImport, parseImportFile } from '../../../lib/data/import';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/schema';
import { dismissedPersonLinks, loadSettings, saveSettings } from '../../../lib/settings/store';
import { dumpDb } from './helpers';
import { seedThroughRealWrites } from './seed';

const open: FeedCoachDatabase[] = [];
function freshDb(): FeedCoachDatabase {
  const db = new FeedCoachDatabase(`everything-${Math.random()}`);
  open.push(db);
  return db;
}
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const myPrompt = { id: 'custom.launch', situation: 'thank-sharer' as const, language: 'en' as const, text: 'Thanks for passing it on, {name}!', enabled: true, builtIn: false };

/** Settings a user spent time on: every kind the issue names (weights, sites, servers, templates) changed. */
const CHOSEN: Settings = {
  ...DEFAULT_SETTINGS,
  weights: { likes: 0.5, shares: 4, mentions: 6, replies: 12 },
  followersPerSharer: 350,
  disabledSites: ['reddit', 'facebook'],
  theme: 'dark',
  customTemplates: [myPrompt],
  disabledTemplates: ['en.thank-sharer.1'],
  dailyReminder: true,
  reminderHour: 9,
  mastodonInstances: ['fosstodon.org', 'hachyderm.io'],
  retentionDays: 90,
};

function parsed(text: string) {
  const result = parseImport(text);
  if (!result.ok) throw new Error(result.error);
  return result.file;
}

describe('Export everything', () => {
  it('holds the settings (weights, site toggles, Mastodon servers, templates) and the "not the same person" answers', async () => {
    await saveSettings(CHOSEN);
    await dismissedPersonLinks.setValue(['facebook:ben.carter|youtube:ben.builds']);
    const text = serializeExport(await exportEverything(freshDb()));
    const json = JSON.parse(text) as { settings: Settings; dismissedPersonLinks: string[] };
    expect(json.settings).toEqual(CHOSEN);
    expect(json.dismissedPersonLinks).toEqual(['facebook:ben.carter|youtube:ben.builds']);
  });

  it('restores them on another device: replace makes the settings exactly the file’s', async () => {
    const source = freshDb();
    await seedThroughRealWrites(source);
    await saveSettings(CHOSEN);
    await dismissedPersonLinks.setValue(['facebook:ben.carter|youtube:ben.builds']);
    const text = serializeExport(await exportEverything(source));

    fakeBrowser.reset();
    const target = freshDb();
    const report = await importEverything(target, parsed(text), { mode: 'replace' });
    expect(report.settingsRestored).toBe(true);
    expect((await loadSettings()).settings).toEqual(CHOSEN);
    expect(await dismissedPersonLinks.getValue()).toEqual(['facebook:ben.carter|youtube:ben.builds']);
    expect(await dumpDb(target)).toEqual(await dumpDb(source));
  });

  it('merge keeps this device’s choices and adds the file’s prompts, turned-off built-ins and servers', async () => {
    await saveSettings(CHOSEN);
    const text = serializeExport(await exportEverything(freshDb()));
    const mine = { ...myPrompt, id: 'custom.mine', text: 'Much appreciated, {name}.' };
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'light', customTemplates: [mine], mastodonInstances: ['mas.to'] });

    await importEverything(freshDb(), parsed(text), { mode: 'merge' });
    const { settings } = await loadSettings();
    expect(settings.theme).toBe('light');
    expect(settings.weights).toEqual(DEFAULT_SETTINGS.weights);
    expect(settings.customTemplates.map((template) => template.text)).toEqual(['Much appreciated, {name}.', 'Thanks for passing it on, {name}!']);
    expect(settings.mastodonInstances).toEqual(['mas.to', 'fosstodon.org', 'hachyderm.io']);
    expect(settings.disabledTemplates).toEqual(['en.thank-sharer.1']);
  });

  it('an export made before settings were included imports and leaves the settings as they are', async () => {
    const source = freshDb();
    await seedThroughRealWrites(source);
    // What main's exportAll wrote: the database alone.
    const older = await exportAll(source);
    await saveSettings(CHOSEN);
    const file = parsed(serializeExport(older));
    expect(file.settings).toBeUndefined();
    expect(await importEverything(freshDb(), file, { mode: 'replace' })).toMatchObject({ settingsRestored: false });
    expect((await loadSettings()).settings).toEqual(CHOSEN);
  });

  it('settings from an older build with fewer fields keep their values, and the newer fields get defaults', async () => {
    const text = serializeExport({ ...(await exportEverything(freshDb())), settings: { weights: CHOSEN.weights, disabledSites: ['x'] } });
    await saveSettings(CHOSEN);
    await importEverything(freshDb(), parsed(text), { mode: 'replace' });
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, weights: CHOSEN.weights, disabledSites: ['x'] });
  });

  it.each([
    [{ weights: { likes: -1, shares: 3, mentions: 5, replies: 10 } }, 'settings.weights.likes: expected a number ≥ 0 (it is -1)'],
    [{ mastodonInstances: ['https://evil.example/path'] }, 'settings.mastodonInstances[0]'],
    [{ disabledSites: ['myspace'] }, 'settings.disabledSites[0]: expected one of "x"'],
    [{ retentionDays: 'forever' }, 'settings.retentionDays: expected a whole number (it is the text "forever")'],
    [{ customTemplates: [{ ...myPrompt, situation: 'gloat' }] }, 'settings.customTemplates[0].situation'],
  ])('settings that are wrong (%j) are refused with where and why, and nothing is written', async (settings, message) => {
    const db = freshDb();
    await seedThroughRealWrites(db);
    const text = serializeExport({ ...(await exportEverything(freshDb())), settings: settings as Partial<Settings> });
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(`This FeedCoach export is damaged, so nothing was imported: ${message}`);
  });

  it('settings that would exceed what FeedCoach keeps, merged with these, are refused before the database changes', async () => {
    const many = (prefix: string) => Array.from({ length: 30 }, (_, index) => `${prefix}${index}.example`);
    await saveSettings({ ...DEFAULT_SETTINGS, mastodonInstances: many('here') });
    const source = freshDb();
    await seedThroughRealWrites(source);
    const file = parsed(serializeExport({ ...(await exportEverything(source)), settings: { mastodonInstances: many('there') } }));
    const target = freshDb();
    await expect(importEverything(target, file, { mode: 'merge' })).rejects.toThrow(/mastodonInstances \(at most 50\)/);
    expect(await target.posts.count()).toBe(0);
    expect((await loadSettings()).settings.mastodonInstances).toEqual(many('here'));
  });
});

describe('the export file as it is saved', () => {
  it('is built from its parts, none of them large, and reads back as the same file', async () => {
    const db = freshDb();
    await seedThroughRealWrites(db);
    await db.snapshots.bulkPut(Array.from({ length: 2500 }, (_, index) => ({ postKey: 'x:1861000000000000001', at: 1_700_000_000_000 + index, metrics: { likes: index } })));
    const file = await exportEverything(db);
    const parts = [...serializeExportParts(file)];
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(100_000);
    const blob = exportBlob(file);
    expect(blob.type).toBe('application/json');
    expect(parsed(await blob.text())).toEqual(parsed(serializeExport(file)));
  });
});

describe('a file the browser cannot read', () => {
  it('too large to read at once gets a message, and is never read', async () => {
    let read = false;
    const huge = { size: 1.4e9, text: () => ((read = true), Promise.resolve('')) };
    expect(await parseImportFile(huge)).toEqual({
      ok: false,
      error: 'This file is 1.4 GB, more than FeedCoach can read at once (500 MB), so nothing was imported. Is it a FeedCoach export?',
    });
    expect(read).toBe(false);
  });

  it('whose reading fails (too long for one string, or gone) gets a message instead of hanging', async () => {
    const tooLong = { size: 10, text: () => Promise.reject(new RangeError('Invalid string length')) };
    expect(await parseImportFile(tooLong)).toEqual({ ok: false, error: 'This file is too large for the browser to read in one piece, so nothing was imported.' });
    const gone = { size: 10, text: () => Promise.reject(new DOMException('A requested file could not be read', 'NotReadableError')) };
    const result = await parseImportFile(gone);
    expect(!result.ok && result.error).toBe(
      'The browser could not read this file (A requested file could not be read), so nothing was imported. If it was moved or changed after you chose it, choose it again.',
    );
  });

  it('a readable file is checked as usual', async () => {
    const text = serializeExport(await exportEverything(freshDb()));
    expect(await parseImportFile(new Blob([text]))).toMatchObject({ ok: true });
  });
});
