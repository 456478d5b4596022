import { handleMessage } from '@/lib/background/handle-message';
import { FeedCoachDatabase } from '@/lib/db/database';

export default defineBackground(() => {
  const db = new FeedCoachDatabase();
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(db, message, sender, browser.runtime.id).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // the reply is sent asynchronously, after the write commits
  });
});
