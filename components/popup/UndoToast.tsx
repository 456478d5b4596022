import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/messages';
import { actOnReminder } from './reminder-actions';
import { usePopupStore } from './store';

/** How long Undo is offered after Thanked, Answered or a snooze. */
export const UNDO_MS = 8000;

/** "Marked @ana_writes thanked. Undo": a few seconds to take the last close or snooze back. */
export function UndoToast() {
  const undo = usePopupStore((state) => state.undo);
  const offerUndo = usePopupStore((state) => state.offerUndo);
  // Kept with the offer it belongs to: a newer offer starts without the older one's error.
  const [error, setError] = useState<{ id: string; text: string }>();
  useEffect(() => {
    if (!undo) return undefined;
    const timer = setTimeout(() => offerUndo(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo, offerUndo]);
  if (!undo) return null;

  const takeBack = async () => {
    const failure = await actOnReminder(undo.id, { type: 'reopen' });
    if (failure) setError({ id: undo.id, text: t('owed.undoFailed', { error: failure }) });
    else offerUndo(undefined);
  };

  return (
    <div className="toast" role="status" data-testid="undo-toast">
      <span>{error?.id === undo.id ? error.text : undo.message}</span>
      <button type="button" onClick={() => void takeBack()}>
        {t('owed.undo')}
      </button>
    </div>
  );
}
