import { useState } from 'react';
import type { FeedCoachDatabase } from '@/lib/db/database';
import type { ReminderRow } from '@/lib/db/schema';
import { t, type MessageKey } from '@/lib/i18n/messages';
import { formatDateTime } from '@/lib/model/format';
import { listSetAside } from '@/lib/reciprocity/ledger';
import { useLiveQuery } from '../useLiveQuery';
import { whatTheyDid, who } from './OwedList';
import { actOnReminder } from './reminder-actions';

const CLOSED_BY = {
  thanks: 'setAside.thanked',
  reply: 'setAside.replied',
  'marked-done': 'setAside.markedDone',
} as const satisfies Record<NonNullable<ReminderRow['closedBy']>, MessageKey>;

function state(reminder: ReminderRow): string {
  if (reminder.status === 'snoozed') return t('setAside.snoozedUntil', { when: formatDateTime(reminder.snoozedUntil, { weekday: 'short', hour: 'numeric', minute: '2-digit' }) });
  // Marked by hand, each queue says what it counted as: a thank-you sent, or a reply given (lib/reciprocity/ledger.ts).
  if (reminder.closedBy === 'marked-done' && reminder.owes === 'reply') return t('setAside.markedAnswered');
  return t(reminder.closedBy ? CLOSED_BY[reminder.closedBy] : 'setAside.done');
}

/** Done and snoozed, newest first, each with "Bring back": nothing the user set aside is lost. Read only when opened. */
export function SetAsideList({ db }: { db: FeedCoachDatabase }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const list = useLiveQuery(() => listSetAside(db, Date.now()), [db], open);
  return (
    <details className="set-aside" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('setAside.title')}</summary>
      {error && (
        <p role="alert" className="error">
          {t('setAside.bringBackError', { error })}
        </p>
      )}
      {list.status === 'ready' && list.value.length === 0 && <p className="empty">{t('setAside.empty')}</p>}
      {list.status === 'ready' && list.value.length > 0 && (
        <ul className="owed" data-testid="set-aside-list">
          {list.value.map((reminder) => (
            <li key={reminder.id} data-testid="set-aside-item">
              <div className="who">
                {whatTheyDid(reminder)}
                <span className="excerpt">{state(reminder)}</span>
              </div>
              <div className="actions">
                <button type="button" aria-label={t('setAside.bringBackLabel', { who: who(reminder) })} onClick={() => void actOnReminder(reminder.id, { type: 'reopen' }).then(setError)}>
                  {t('setAside.bringBack')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
