import { create } from 'zustand';
import { describeIssue } from '@/lib/data/import';
import { t } from '@/lib/i18n/messages';
import { settingsSchema, type Settings } from '@/lib/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/store';

export type SaveResult = { ok: true } | { ok: false; message: string };

interface OptionsState {
  settings: Settings | undefined;
  /** Stored fields that could not be read and were set back to their defaults (shown, never silent). */
  repaired: string[];
  loadError: string | undefined;
  /** Grows when the settings change from outside this page (an import, another tab): forms start again from them. */
  revision: number;
  load: () => Promise<void>;
  /** Validates and stores a change; the previous settings stay when the change is invalid. */
  update: (change: Partial<Settings>) => Promise<SaveResult>;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useOptionsStore = create<OptionsState>((set, get) => ({
  settings: undefined,
  repaired: [],
  loadError: undefined,
  revision: 0,
  async load() {
    try {
      const { settings, repaired } = await loadSettings();
      set({ settings, repaired, loadError: undefined, revision: get().revision + 1 });
    } catch (error) {
      set({ loadError: errorText(error) });
    }
  },
  async update(change) {
    const current = get().settings;
    if (!current) return { ok: false, message: t('settings.stillLoading') };
    const parsed = settingsSchema.safeParse({ ...current, ...change }, { error: describeIssue });
    if (!parsed.success) return { ok: false, message: t('settings.notSaved', { reason: parsed.error.issues[0]?.message ?? t('settings.notValid') }) };
    // Shown before the write, so the storage change it causes is recognised as this page's own.
    set({ settings: parsed.data });
    try {
      await saveSettings(parsed.data);
      return { ok: true };
    } catch (error) {
      set({ settings: current });
      return { ok: false, message: t('settings.notSaved', { reason: errorText(error) }) };
    }
  },
}));

/** Follows changes made elsewhere (an import in this page's data section, another settings tab). */
export function followStoredSettings(): () => void {
  return watchSettings(({ settings, repaired }) => {
    const { settings: shown, revision } = useOptionsStore.getState();
    if (JSON.stringify(settings) !== JSON.stringify(shown)) useOptionsStore.setState({ settings, repaired, revision: revision + 1 });
  });
}
