import { storage } from 'wxt/utils/storage';

/**
 * When the ledger last changed what is owed, written by the background after each such write. Every extension
 * context, content scripts included, hears a storage change without any message: a notification's button on an
 * open page says "Thanked" as soon as the popup marks it so.
 */
export const ledgerChangedAt = storage.defineItem<number>('local:ledgerChangedAt', { fallback: 0 });
