import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import '../overlay/badge.css';
import { activateUiLanguage, asDictionary } from '../i18n/load';
import type { LanguageChoice } from '../i18n/locales';
import { isAliveQuestion, replacingInstance } from '../messages/alive';
import type { ExtensionMessage, MessageReply } from '../messages/schema';
import { loadPanelKit } from '../panel-kit/registration';
import { ledgerChangedAt } from '../reciprocity/ledger-changed';
import { isSiteEnabled } from '../settings/defaults';
import type { Settings } from '../settings/schema';
import { settingsReaders } from '../settings/item';
import { readSettingsShape } from '../settings/shape';
import { servesHost } from '../sites/hosts';
import type { SiteAdapter } from '../sites/types';
import { startFeedCoach, type FeedCoach, type FeedCoachServices } from './annotator';

/** The stored settings, checked for shape without Zod: this script starts on every page load (lib/settings/shape.ts). */
const { load: loadSettings, watch: watchSettings } = settingsReaders(readSettingsShape);

/** How long a starting copy waits for older copies in its frame to be told to stop. */
const ANNOUNCE_WAIT_MS = 500;

/** After an update or reload the extension's context is gone from this (orphaned) script. */
function extensionGone(): boolean {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
}

/**
 * What every site's content script runs (modules/feed-scripts.ts generates one per site, each bundling only its
 * own adapter): FeedCoach on this page, read with `adapter`, until the extension goes away.
 */
export async function runFeedContentScript(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  // Ordered by start time as text: of two copies that start together and hear each other, only the older stops.
  const instance = `${Date.now().toString(36).padStart(10, '0')}-${crypto.randomUUID()}`;
  /** What stopping undoes, in order: FeedCoach's UI off the page first. */
  const undo: (() => void)[] = [];
  let stopped = false;

  function stop(): void {
    if (stopped) return;
    stopped = true;
    for (const step of undo) {
      try {
        step();
      } catch {
        // Removing a listener throws once the extension is gone; there is nothing left to remove.
      }
    }
  }

  // First of all, so that the background never injects a second copy beside this one (lib/messages/alive.ts).
  // Only a live copy answers. A copy that a newer one in this frame replaced stops when the background tells it.
  function onMessage(message: unknown, _sender: unknown, sendResponse: (answer: boolean) => void): undefined {
    if (isAliveQuestion(message) && !stopped) sendResponse(true);
    const other = replacingInstance(message);
    if (other !== undefined && other > instance) stop();
    return undefined;
  }
  browser.runtime.onMessage.addListener(onMessage);
  undo.push(() => browser.runtime.onMessage.removeListener(onMessage));

  // WXT invalidates this context when a DOM event says a newer copy started, and any page can dispatch that event
  // (the extension id is public): a page could switch FeedCoach off. So FeedCoach stops on it only when its
  // extension is really gone (an update or reload orphaned this script, and the event is the new copy's); a newer
  // copy beside a live extension says so through the background instead ('script-started' below).
  ctx.onInvalidated(() => {
    if (extensionGone()) stop();
  });
  // What notices a reload while the page sits idle (a new copy's start is noticed anyway).
  const orphanCheck = setInterval(() => {
    if (extensionGone()) stop();
  }, 2000);
  undo.push(() => clearInterval(orphanCheck));

  // Never rejects: after an update this script is orphaned, and nothing may be thrown into the page.
  const ask = async (message: ExtensionMessage): Promise<MessageReply | undefined> => {
    try {
      return stopped ? undefined : ((await browser.runtime.sendMessage(message)) as MessageReply | undefined);
    } catch {
      return undefined;
    }
  };
  // Any older copy in this frame stops (the background passes this on to it) before this one starts; a service
  // worker slow to wake does not hold the page up for long (an older copy that stops later takes its badges off,
  // and this copy's watcher puts them back).
  const announced = ask({ type: 'script-started', instance });
  const [{ settings }] = await Promise.all([loadSettings(), Promise.race([announced, new Promise((done) => setTimeout(done, ANNOUNCE_WAIT_MS))])]);
  // The Mastodon script also runs on servers the user added, and only while they stay added.
  if (!servesHost(adapter, location.host, settings.mastodonInstances) || stopped) return;

  // FeedCoach's words in the page: the browser's language costs nothing; another one chosen in Settings comes from
  // the background, that language's messages alone.
  const speak = (choice: LanguageChoice) =>
    activateUiLanguage(choice, async (locale) => {
      const reply = await ask({ type: 'ui-messages', locale });
      return reply?.ok ? asDictionary(reply.dictionary) : undefined;
    });
  let language = settings.language;
  await speak(language);
  if (stopped) return;

  const services: FeedCoachServices = {
    ask,
    loadPanelKit: () => loadPanelKit(ask),
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
    if (stopped) return;
    if (!isSiteEnabled(next, adapter.site)) {
      coach?.stop();
      coach = undefined;
    } else if (coach) coach.applySettings(next);
    else coach = startFeedCoach(adapter, document.body ?? document.documentElement, next, services);
  };
  follow(settings);
  undo.unshift(() => coach?.stop());
  undo.push(
    watchSettings(({ settings: next }) => {
      if (next.language === language) return follow(next);
      // Badges are written again in the new language once its messages are here.
      language = next.language;
      void speak(language).then(() => follow(next));
    }),
  );
}
