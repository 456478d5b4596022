import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type LoadedSettings } from './defaults';

/**
 * Settings live in extension storage (readable by the content script without a message round trip).
 * Version 1 is the first released shape; a later shape adds a migration here instead of dropping old values.
 */
const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function saveStoredSettings(settings: unknown): Promise<void> {
  await settingsItem.setValue(settings);
}

/**
 * Loading and watching the stored settings, read with `read`: the extension's pages and background read them with
 * Zod (lib/settings/store.ts); the content script, which starts on every page load, with the lighter
 * lib/settings/shape.ts, so that it does not build Zod schemas at all.
 */
export function settingsReaders(read: (raw: unknown) => LoadedSettings) {
  return {
    load: async (): Promise<LoadedSettings> => read(await settingsItem.getValue()),
    watch: (onChange: (loaded: LoadedSettings) => void): (() => void) => settingsItem.watch((value) => onChange(read(value))),
  };
}
