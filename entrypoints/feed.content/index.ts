import '@/lib/overlay/badge.css';
import { startFeedCoach, type FeedCoach, type FeedCoachServices } from '@/lib/feed/annotator';
import { isAliveQuestion } from '@/lib/messages/alive';
import type { MessageReply } from '@/lib/messages/schema';
import { classifyText } from '@/lib/prompts/classify';
import { ledgerChangedAt } from '@/lib/reciprocity/ledger-changed';
import { isSiteEnabled, type Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { adapterForHost, ALL_MATCHES } from '@/lib/sites/registry';

export default defineContentScript({
  matches: ALL_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // First of all, so that the background never injects a second copy beside this one (lib/messages/alive.ts).
    // Only a live copy answers. A copy that a newer one in this tab replaced (WXT invalidates it) keeps quiet,
    // so the background hears the live one instead of whichever of the two answers first.
    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (isAliveQuestion(message) && !ctx.isInvalid) sendResponse(true);
      return undefined;
    });
    const { settings } = await loadSettings();
    const adapter = adapterForHost(location.host, settings.mastodonInstances);
    if (!adapter || ctx.isInvalid) return;

    const services: FeedCoachServices = {
      // Never rejects: after an update this script is orphaned, and nothing may be thrown into the page.
      ask: async (message) => {
        try {
          return ctx.isInvalid ? undefined : ((await browser.runtime.sendMessage(message)) as MessageReply | undefined);
        } catch {
          return undefined;
        }
      },
      isThanks: (text) => classifyText(text).isThanks,
      asks: (text) => classifyText(text).isQuestion,
      watchLedger: (onChange) => {
        const unwatch = ledgerChangedAt.watch(onChange);
        return () => {
          try {
            unwatch();
          } catch {
            // Once the extension is gone there is no listener left to remove.
          }
        };
      },
    };
    // Turning the site off in Settings takes FeedCoach off open tabs, and turning it on again starts it there: no reload.
    let coach: FeedCoach | undefined;
    const follow = (next: Settings) => {
      if (ctx.isInvalid) return;
      if (!isSiteEnabled(next, adapter.site)) {
        coach?.stop();
        coach = undefined;
      } else if (coach) coach.applySettings(next);
      else coach = startFeedCoach(adapter, document.body ?? document.documentElement, next, services);
    };
    follow(settings);
    const unwatch = watchSettings(({ settings: next }) => follow(next));
    // After an update or reload this script is orphaned: take our UI off the page and stop quietly.
    // Reading ctx.isInvalid is what notices a reload while the page sits idle (a new script's start is noticed anyway).
    ctx.setInterval(() => ctx.isInvalid, 2000);
    ctx.onInvalidated(() => {
      coach?.stop();
      try {
        unwatch();
      } catch {
        // Removing a storage listener throws once the extension is gone; there is nothing left to remove.
      }
    });
  },
});
