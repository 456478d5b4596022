import { CHANGES_THANKS_OWED, handleMessage } from '@/lib/background/handle-message';
import { FeedCoachDatabase } from '@/lib/db/database';
import { countThanksOwed } from '@/lib/reciprocity/ledger';

export default defineBackground(() => {
  const db = new FeedCoachDatabase();

  /** The toolbar badge shows how many people are waiting for a thank-you. */
  async function refreshBadge(): Promise<void> {
    const owed = await countThanksOwed(db, Date.now());
    await browser.action.setBadgeText({ text: owed > 0 ? String(owed) : '' });
    await browser.action.setBadgeBackgroundColor({ color: '#e63985' });
  }

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(db, message, sender, browser.runtime.id)
      .then(async (reply) => {
        sendResponse(reply);
        const type = (message as { type?: unknown } | undefined)?.type;
        if (reply.ok && CHANGES_THANKS_OWED.has(type as never)) await refreshBadge();
      })
      .catch((error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    return true; // the reply is sent asynchronously, after the write commits
  });
  void refreshBadge();
});
