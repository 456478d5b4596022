import { CHANGES_OWED, handleMessage, STORAGE_FULL } from '@/lib/background/handle-message';
import { storageProblem } from '@/lib/background/storage-problem';
import { originOf, reinjectIntoOpenTabs, syncMastodonScripts } from '@/lib/background/instances';
import { browserEnvironment } from '@/lib/background/environment';
import { applyRetention, forgetPostText, nextLocalHour } from '@/lib/background/maintenance';
import { FeedCoachDatabase } from '@/lib/db/database';
import { activateUiLanguage } from '@/lib/i18n/load';
import { t } from '@/lib/i18n/messages';
import { ledgerChangedAt } from '@/lib/reciprocity/ledger-changed';
import { countAllOwed, type OwedCounts } from '@/lib/reciprocity/owed';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { SITE_ADAPTERS } from '@/lib/sites/registry';

const DAILY_REMINDER = 'daily-reminder';
const MAINTENANCE = 'maintenance';

/** "2 thank-yous owed" and "1 reply owed", in the language FeedCoach speaks. */
const owedInWords = ({ thanks, replies }: OwedCounts) => ({ thanks: t('toolbar.thanksOwed', thanks), replies: t('toolbar.repliesOwed', replies) });

export default defineBackground(() => {
  const db = new FeedCoachDatabase();
  const environment = browserEnvironment();
  // Firefox's Manifest V2 build names the toolbar button browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  /** The toolbar badge counts everyone waiting for a thank-you or an answer; its tooltip says which is which. */
  async function refreshBadge(): Promise<void> {
    const owed = await countAllOwed(db, Date.now());
    const total = owed.thanks + owed.replies;
    await action.setBadgeText({ text: total > 0 ? String(total) : '' });
    await action.setBadgeBackgroundColor({ color: '#e63985' });
    await action.setTitle({ title: total > 0 ? t('toolbar.owed', owedInWords(owed)) : t('extName') });
  }

  let language: Settings['language'] | undefined;

  async function applySettings(settings: Settings): Promise<void> {
    if (settings.language !== language) {
      language = settings.language;
      await activateUiLanguage(language);
      await refreshBadge();
    }
    await syncMastodonScripts(settings.mastodonInstances).catch(() => undefined);
    await browser.alarms.clear(DAILY_REMINDER);
    if (settings.dailyReminder) {
      await browser.alarms.create(DAILY_REMINDER, { when: nextLocalHour(settings.reminderHour, Date.now()), periodInMinutes: 24 * 60 });
    }
  }

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(db, message, sender, environment)
      .then(async (reply) => {
        sendResponse(reply);
        if (!reply.ok && reply.error === STORAGE_FULL) await storageProblem.setValue({ at: Date.now() });
        else if (reply.ok && (await storageProblem.getValue())) await storageProblem.setValue(null);
        const type = (message as { type?: unknown } | undefined)?.type;
        if (reply.ok && CHANGES_OWED.has(type as never)) {
          await refreshBadge();
          await ledgerChangedAt.setValue(Date.now());
        }
      })
      .catch((error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    return true; // the reply is sent asynchronously, after the write commits
  });

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === MAINTENANCE) {
      // Snoozes run out without any message: the hourly pass brings them back onto the badge and the pages' buttons.
      await refreshBadge();
      await ledgerChangedAt.setValue(Date.now());
      await applyRetention(db, (await loadSettings()).settings.retentionDays, Date.now());
    }
    if (alarm.name === DAILY_REMINDER) {
      await started; // a service worker the alarm woke speaks the user's language before it writes to them
      const owed = await countAllOwed(db, Date.now());
      if (owed.thanks + owed.replies === 0 || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
      await browser.notifications.create(DAILY_REMINDER, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('extName'),
        message: t('toolbar.reminder', owedInWords(owed)),
      });
    }
  });

  browser.runtime.onInstalled.addListener(async () => {
    const { settings } = await loadSettings();
    await reinjectIntoOpenTabs(
      SITE_ADAPTERS.map(({ site, matches }) => ({ site, matches: site === 'mastodon' ? [...matches, ...settings.mastodonInstances.map(originOf)] : matches })),
    );
    // Posts stored by an older version keep only what FeedCoach reads back (lib/db/ingest.ts).
    await forgetPostText(db);
  });

  void browser.alarms.create(MAINTENANCE, { periodInMinutes: 60 });
  // Applying the settings first speaks their language, then writes the toolbar badge and its tooltip in it.
  const started = loadSettings().then(({ settings }) => applySettings(settings));
  watchSettings(({ settings }) => void applySettings(settings));
});
