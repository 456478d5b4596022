import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings/schema';
import { Feedback, useFeedback } from './feedback';
import { readNumber } from './ModelSection';

const THEME_NAMES: Record<Settings['theme'], string> = { auto: 'Match the site', light: 'Light', dark: 'Dark' };

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
      if (!granted) return reminder.failed('Without permission to show notifications, the daily reminder stays off. The toolbar badge still counts thanks owed.');
    }
    await reminder.save({ dailyReminder: on }, on ? `Saved. A reminder comes at ${hourText(settings.reminderHour)} when someone is waiting.` : 'Saved. No daily reminder.');
  }

  async function saveRetention(event: React.FormEvent) {
    event.preventDefault();
    const days = readNumber(retention, 0, 3650, true);
    if (typeof days === 'string') {
      setRetentionError(days);
      return history.failed('Not saved: the number of days needs a change.');
    }
    setRetentionError(undefined);
    await history.save(
      { retentionDays: days },
      days === 0 ? 'Saved. Count history is kept for good.' : `Saved. Count history older than ${days} ${days === 1 ? 'day' : 'days'} is dropped within the hour.`,
    );
  }

  return (
    <section aria-labelledby="prefs-title">
      <h2 id="prefs-title">Reminders, history and look</h2>
      <label>
        <input type="checkbox" checked={settings.dailyReminder} onChange={(event) => void setReminder(event.target.checked)} /> A daily
        reminder when someone is waiting for a thank-you
      </label>
      <div className="inline">
        <label htmlFor="hour">at</label>
        <select
          id="hour"
          value={settings.reminderHour}
          disabled={!settings.dailyReminder}
          onChange={(event) => void reminder.save({ reminderHour: Number(event.target.value) }, `Saved. The reminder comes at ${hourText(Number(event.target.value))}.`)}
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
        <label htmlFor="retention">Keep each post’s count history for (days, 0 = always)</label>
        <input
          id="retention"
          inputMode="numeric"
          value={retention}
          aria-invalid={retentionError ? true : undefined}
          aria-describedby="retention-hint"
          onChange={(event) => setRetention(event.target.value)}
        />
        <span id="retention-hint" className={retentionError ? 'error' : 'hint'}>
          {retentionError ?? 'Older snapshots are dropped; your daily totals and ledger stay.'}
        </span>
        <span>
          <button type="submit">Save</button>
        </span>
        <span>
          <Feedback note={history.note} testId="retention-status" />
        </span>
      </form>
      <fieldset>
        <legend>Panel theme</legend>
        {(['auto', 'light', 'dark'] as const).map((theme) => (
          <label key={theme}>
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => void look.save({ theme }, `Saved. Panels are ${theme === 'auto' ? 'light or dark as the site is' : theme}.`)} />{' '}
            {THEME_NAMES[theme]}
          </label>
        ))}
      </fieldset>
      <Feedback note={look.note} testId="theme-status" />
    </section>
  );
}
