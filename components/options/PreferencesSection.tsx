import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings/schema';
import { readNumber } from './ModelSection';
import { useOptionsStore } from './store';

export function PreferencesSection({ settings }: { settings: Settings }) {
  const update = useOptionsStore((state) => state.update);
  const [retention, setRetention] = useState(String(settings.retentionDays));
  const [retentionError, setRetentionError] = useState<string>();
  const [note, setNote] = useState<string>();

  async function setReminder(on: boolean) {
    if (on) {
      // Notifications are asked for only now, when the user wants them.
      const granted = await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
      if (!granted) return setNote('Without permission to show notifications, the daily reminder stays off. The toolbar badge still counts thanks owed.');
    }
    setNote(undefined);
    await update({ dailyReminder: on });
  }

  async function saveRetention(event: React.FormEvent) {
    event.preventDefault();
    const days = readNumber(retention, 0, 3650, true);
    if (typeof days === 'string') return setRetentionError(days);
    setRetentionError(undefined);
    await update({ retentionDays: days });
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
        <select id="hour" value={settings.reminderHour} disabled={!settings.dailyReminder} onChange={(event) => void update({ reminderHour: Number(event.target.value) })}>
          {Array.from({ length: 24 }, (_, hour) => (
            <option key={hour} value={hour}>
              {String(hour).padStart(2, '0')}:00
            </option>
          ))}
        </select>
      </div>
      {note && <p role="status">{note}</p>}
      <form onSubmit={(event) => void saveRetention(event)} className="field">
        <label htmlFor="retention">Keep each post’s count history for (days, 0 = always)</label>
        <input id="retention" inputMode="numeric" value={retention} aria-invalid={retentionError ? true : undefined} onChange={(event) => setRetention(event.target.value)} />
        <span className={retentionError ? 'error' : 'hint'}>{retentionError ?? 'Older snapshots are dropped; your daily totals and ledger stay.'}</span>
        <button type="submit">Save</button>
      </form>
      <fieldset>
        <legend>Panel theme</legend>
        {(['auto', 'light', 'dark'] as const).map((theme) => (
          <label key={theme}>
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => void update({ theme })} />{' '}
            {theme === 'auto' ? 'Match the site' : theme === 'light' ? 'Light' : 'Dark'}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
