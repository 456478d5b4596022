import { useState } from 'react';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/lib/i18n/messages';
import type { Settings } from '@/lib/settings/schema';
import { Feedback, useFeedback } from './feedback';
import { readNumber } from './ModelSection';

const THEME_NAMES = { auto: 'optionsSections.themeAuto', light: 'optionsSections.themeLight', dark: 'optionsSections.themeDark' } as const satisfies Record<Settings['theme'], MessageKey>;
const THEME_SAVED = { auto: 'optionsSections.themeSavedAuto', light: 'optionsSections.themeSavedLight', dark: 'optionsSections.themeSavedDark' } as const satisfies Record<Settings['theme'], MessageKey>;

const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

export function PreferencesSection({ settings }: { settings: Settings }) {
  const reminder = useFeedback();
  const history = useFeedback();
  const look = useFeedback();
  const [retention, setRetention] = useState(String(settings.retentionDays));
  const [retentionError, setRetentionError] = useState<string>();

  async function setReminder(on: boolean) {
    if (on) {
      // Notifications are asked for only now, when the user wants them.
      const granted = await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
      if (!granted) return reminder.failed(t('optionsSections.noPermission'));
    }
    await reminder.save({ dailyReminder: on }, on ? t('optionsSections.reminderOn', { hour: hourText(settings.reminderHour) }) : t('optionsSections.reminderOff'));
  }

  async function saveRetention(event: React.FormEvent) {
    event.preventDefault();
    const days = readNumber(retention, 0, 3650, true);
    if (typeof days === 'string') {
      setRetentionError(days);
      return history.failed(t('optionsSections.daysNeedChange'));
    }
    setRetentionError(undefined);
    await history.save(
      { retentionDays: days },
      days === 0 ? t('optionsSections.keptForGood') : t('optionsSections.droppedAfter', days),
    );
  }

  return (
    <section aria-labelledby="prefs-title">
      <h2 id="prefs-title">{t('optionsSections.prefs')}</h2>
      <label>
        <input type="checkbox" checked={settings.dailyReminder} onChange={(event) => void setReminder(event.target.checked)} /> {t('optionsSections.dailyReminder')}
      </label>
      <div className="inline">
        <label htmlFor="hour">{t('optionsSections.at')}</label>
        <select
          id="hour"
          value={settings.reminderHour}
          disabled={!settings.dailyReminder}
          onChange={(event) => void reminder.save({ reminderHour: Number(event.target.value) }, t('optionsSections.reminderAt', { hour: hourText(Number(event.target.value)) }))}
        >
          {Array.from({ length: 24 }, (_, hour) => (
            <option key={hour} value={hour}>
              {hourText(hour)}
            </option>
          ))}
        </select>
      </div>
      <Feedback note={reminder.note} testId="reminder-status" />
      <form onSubmit={(event) => void saveRetention(event)} className="field">
        <label htmlFor="retention">{t('optionsSections.retention')}</label>
        <input
          id="retention"
          inputMode="numeric"
          value={retention}
          aria-invalid={retentionError ? true : undefined}
          aria-describedby="retention-hint"
          onChange={(event) => setRetention(event.target.value)}
        />
        <span id="retention-hint" className={retentionError ? 'error' : 'hint'}>
          {retentionError ?? t('optionsSections.retentionHint')}
        </span>
        <span>
          <button type="submit">{t('optionsSections.save')}</button>
        </span>
        <span>
          <Feedback note={history.note} testId="retention-status" />
        </span>
      </form>
      <fieldset>
        <legend>{t('optionsSections.theme')}</legend>
        {(['auto', 'light', 'dark'] as const).map((theme) => (
          <label key={theme}>
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => void look.save({ theme }, t(THEME_SAVED[theme]))} />{' '}
            {t(THEME_NAMES[theme])}
          </label>
        ))}
      </fieldset>
      <Feedback note={look.note} testId="theme-status" />
    </section>
  );
}
