import { create } from 'zustand';
import type { RangeId } from '@/lib/popup/summary';

/** What the last Thanked, Answered or snooze did, for the few seconds its Undo is offered. */
export interface UndoOffer {
  /** The reminder to bring back. */
  id: string;
  /** "Marked @ana_writes thanked." */
  message: string;
}

interface PopupState {
  range: RangeId;
  setRange: (range: RangeId) => void;
  undo: UndoOffer | undefined;
  offerUndo: (offer: UndoOffer | undefined) => void;
}

export const usePopupStore = create<PopupState>((set) => ({
  range: 'today',
  setRange: (range) => set({ range }),
  undo: undefined,
  offerUndo: (undo) => set({ undo }),
}));
