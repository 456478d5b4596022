import { create } from 'zustand';
import type { RangeId } from '@/lib/popup/summary';

interface PopupState {
  range: RangeId;
  setRange: (range: RangeId) => void;
}

export const usePopupStore = create<PopupState>((set) => ({
  range: 'today',
  setRange: (range) => set({ range }),
}));
