import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '@/lib/i18n/messages';
import type { Settings } from '@/lib/settings/schema';
import { useOptionsStore } from './store';

/** How long "Saved." stays: long enough to read, short enough that it never sits beside a later problem. */
export const SAVED_VISIBLE_MS = 4000;

interface Note {
  kind: 'saved' | 'error';
  text: string;
}

/**
 * The outcome of a change, shown beside the control that made it. A confirmation clears itself; a problem stays
 * until the next attempt; each new attempt replaces the last note, so "Saved." never stands beside an error.
 */
export function useFeedback() {
  const [note, setNote] = useState<Note>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = useCallback((next: Note | undefined) => {
    clearTimeout(timer.current);
    setNote(next);
    if (next?.kind === 'saved') timer.current = setTimeout(() => setNote(undefined), SAVED_VISIBLE_MS);
  }, []);
  const update = useOptionsStore((state) => state.update);
  /** Stores a change and says how it went; true when it was stored. */
  const save = useCallback(
    async (change: Partial<Settings>, saved?: string): Promise<boolean> => {
      const result = await update(change);
      show(result.ok ? { kind: 'saved', text: saved ?? t('settings.saved') } : { kind: 'error', text: result.message });
      return result.ok;
    },
    [update, show],
  );
  return {
    note,
    save,
    saved: (text: string) => show({ kind: 'saved', text }),
    failed: (text: string) => show({ kind: 'error', text }),
    clear: () => show(undefined),
  };
}

/** The live line a section's notes appear in (present while empty, so screen readers announce what comes). */
export function Feedback({ note, testId }: { note: Note | undefined; testId: string }) {
  return (
    <p role="status" aria-live="polite" className={`feedback ${note?.kind === 'error' ? 'error' : 'saved'}`} data-testid={testId}>
      {note?.text}
    </p>
  );
}
