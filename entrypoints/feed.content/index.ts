import { startFeedCoach } from '@/lib/feed/annotator';
import type { MessageReply } from '@/lib/messages/schema';
import { classifyText } from '@/lib/prompts/classify';
import { isSiteEnabled } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { adapterForHost, ALL_MATCHES } from '@/lib/sites/registry';

export default defineContentScript({
  matches: ALL_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForHost(location.host);
    if (!adapter) return;
    const { settings } = await loadSettings();
    if (!isSiteEnabled(settings, adapter.site) || ctx.isInvalid) return;

    const coach = startFeedCoach(adapter, document.body ?? document.documentElement, settings, {
      ask: async (message) => (ctx.isInvalid ? undefined : ((await browser.runtime.sendMessage(message)) as MessageReply | undefined)),
      isThanks: (text) => classifyText(text).isThanks,
    });
    const unwatch = watchSettings(({ settings: next }) => {
      if (isSiteEnabled(next, adapter.site)) coach.applySettings(next);
      else coach.stop();
    });
    // After an update or reload this script is orphaned: take our UI off the page and stop quietly.
    ctx.onInvalidated(() => {
      unwatch();
      coach.stop();
    });
  },
});
