import type { FeedCoachDatabase } from '../db/database';
import { restoreSettings } from '../settings/schema';
import { dismissedPersonLinks, loadSettings, saveSettings } from '../settings/store';
import { exportAll, type ExportOptions } from './export';
import type { ExportFile, TableName } from './format';
import { importAll, type ImportMode } from './import';

/** "Export everything": the database and what the user chose (settings, "not the same person" answers). */
export async function exportEverything(db: FeedCoachDatabase, options: ExportOptions = {}): Promise<ExportFile> {
  const [{ settings }, dismissed] = await Promise.all([loadSettings(), dismissedPersonLinks.getValue()]);
  const file = await exportAll(db, options);
  return { ...file, settings, dismissedPersonLinks: dismissed };
}

export interface ImportReport {
  written: Record<TableName, number>;
  /** Whether the file carried settings and they were restored (older exports have none). */
  settingsRestored: boolean;
}

/**
 * Imports a parsed export: the database in one transaction (all or nothing), then the settings. The merged
 * settings are checked before the database is touched, so a file whose settings cannot be taken changes nothing.
 */
export async function importEverything(
  db: FeedCoachDatabase,
  file: ExportFile,
  options: { mode: ImportMode; onProgress?(done: number, total: number): void },
): Promise<ImportReport> {
  const { settings: current } = await loadSettings();
  const restored = file.settings && restoreSettings(current, file.settings, options.mode);
  if (restored && !restored.ok) throw new Error(restored.error);
  const written = await importAll(db, file, options);
  if (restored) await saveSettings(restored.settings);
  if (file.dismissedPersonLinks) {
    const kept = options.mode === 'merge' ? await dismissedPersonLinks.getValue() : [];
    await dismissedPersonLinks.setValue([...new Set([...kept, ...file.dismissedPersonLinks])]);
  }
  return { written, settingsRestored: restored !== undefined };
}
