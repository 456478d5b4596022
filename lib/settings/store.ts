import { storage } from 'wxt/utils/storage';
import { saveStoredSettings, settingsReaders } from './item';
import { readSettings, type Settings } from './schema';

const validated = settingsReaders(readSettings);

/** The stored settings, each field checked with Zod (lib/settings/schema.ts). */
export const loadSettings = validated.load;

export const watchSettings = validated.watch;

export async function saveSettings(settings: Settings): Promise<void> {
  await saveStoredSettings(settings);
}

/** Pairs of people the user said are not one person ("Same person?"), so they are not suggested again. */
export const dismissedPersonLinks = storage.defineItem<string[]>('local:dismissedPersonLinks', { fallback: [] });
