import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, readSettings, type LoadedSettings, type Settings } from './schema';

/**
 * Settings live in extension storage (readable by the content script without a message round trip).
 * Version 1 is the first released shape; a later shape adds a migration here instead of dropping old values.
 */
const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<LoadedSettings> {
  return readSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(readSettings(value)));
}

/** Pairs of people the user said are not one person ("Same person?"), so they are not suggested again. */
export const dismissedPersonLinks = storage.defineItem<string[]>('local:dismissedPersonLinks', { fallback: [] });
