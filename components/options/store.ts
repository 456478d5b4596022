import { create } from 'zustand';
import { settingsSchema, type Settings } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/lib/settings/store';

type Status = { kind: 'idle' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

interface OptionsState {
  settings: Settings | undefined;
  /** Stored fields that could not be read and were set back to their defaults (shown, never silent). */
  repaired: string[];
  loadError: string | undefined;
  status: Status;
  load: () => Promise<void>;
  /** Validates and stores a change; the previous settings stay when the change is invalid. */
  update: (change: Partial<Settings>) => Promise<boolean>;
}

export const useOptionsStore = create<OptionsState>((set, get) => ({
  settings: undefined,
  repaired: [],
  loadError: undefined,
  status: { kind: 'idle' },
  async load() {
    try {
      const { settings, repaired } = await loadSettings();
      set({ settings, repaired, loadError: undefined });
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  async update(change) {
    const current = get().settings;
    if (!current) return false;
    const parsed = settingsSchema.safeParse({ ...current, ...change });
    if (!parsed.success) {
      set({ status: { kind: 'error', message: parsed.error.issues[0]?.message ?? 'That value is not valid.' } });
      return false;
    }
    try {
      await saveSettings(parsed.data);
      set({ settings: parsed.data, status: { kind: 'saved', at: Date.now() } });
      return true;
    } catch (error) {
      set({ status: { kind: 'error', message: `Could not save: ${error instanceof Error ? error.message : String(error)}` } });
      return false;
    }
  },
}));
