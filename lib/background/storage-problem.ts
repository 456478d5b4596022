import { storage } from 'wxt/utils/storage';

/** Set when the device refused a write for lack of space; the popup tells the user, and the next good write clears it. */
export interface StorageProblem {
  at: number;
}

export const storageProblem = storage.defineItem<StorageProblem | null>('local:storageProblem', { fallback: null });
