import { startFeedCoach } from '@/lib/feed/annotator';
import type { MessageReply } from '@/lib/messages/schema';
import { adapterForHost, ALL_MATCHES } from '@/lib/sites/registry';

export default defineContentScript({
  matches: ALL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForHost(location.host);
    if (!adapter) return;
    const coach = startFeedCoach(adapter, document.body ?? document.documentElement, async (message) => {
      if (ctx.isInvalid) return false;
      const reply = (await browser.runtime.sendMessage(message)) as MessageReply | undefined;
      return reply?.ok === true;
    });
    // After an update or reload this script is orphaned: take our UI off the page and stop quietly.
    ctx.onInvalidated(() => coach.stop());
  },
});
