import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/messages';
import type { MessageReply } from '@/lib/messages/schema';
import type { ReminderAction } from '@/lib/reciprocity/ledger';

/**
 * Asks the background to close, snooze or bring back a reminder: it writes the ledger, the toolbar badge and the
 * pages' buttons follow. Resolves with a sentence when it could not.
 */
export async function actOnReminder(id: string, action: ReminderAction): Promise<string | undefined> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'reminder-action', id, action })) as MessageReply | undefined;
    return reply?.ok ? undefined : (reply?.error ?? t('owed.noAnswer'));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
