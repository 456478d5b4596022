import { useState } from 'react';
import type { FeedCoachDatabase } from '@/lib/db/database';
import type { ReminderRow } from '@/lib/db/schema';
import { siteName } from '@/lib/model/baselines';
import { listSetAside } from '@/lib/reciprocity/ledger';
import { useLiveQuery } from '../useLiveQuery';
import { VERBS, who } from './OwedList';
import { actOnReminder } from './reminder-actions';

const CLOSED_BY: Record<NonNullable<ReminderRow['closedBy']>, string> = {
  thanks: 'you thanked them',
  reply: 'you replied',
  'marked-done': 'you marked it done',
};

function state(reminder: ReminderRow): string {
  if (reminder.status === 'snoozed') return `snoozed until ${new Date(reminder.snoozedUntil).toLocaleString(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' })}`;
  // An answer FeedCoach did not see sent is closed, and said not to count as a reply given (lib/reciprocity/ledger.ts).
  if (reminder.closedBy === 'marked-done' && reminder.owes === 'reply') return 'you marked it answered, not counted as a reply given';
  return reminder.closedBy ? CLOSED_BY[reminder.closedBy] : 'done';
}

/** Done and snoozed, newest first, each with "Bring back": nothing the user set aside is lost. Read only when opened. */
export function SetAsideList({ db }: { db: FeedCoachDatabase }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const list = useLiveQuery(() => listSetAside(db, Date.now()), [db], open);
  return (
    <details className="set-aside" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Done and snoozed</summary>
      {error && (
        <p role="alert" className="error">
          Could not bring it back: {error}
        </p>
      )}
      {list.status === 'ready' && list.value.length === 0 && <p className="empty">Nothing done or snoozed yet.</p>}
      {list.status === 'ready' && list.value.length > 0 && (
        <ul className="owed" data-testid="set-aside-list">
          {list.value.map((reminder) => (
            <li key={reminder.id} data-testid="set-aside-item">
              <div className="who">
                {who(reminder)} {VERBS[reminder.kind]} on {siteName(reminder.site)}
                <span className="excerpt">{state(reminder)}</span>
              </div>
              <div className="actions">
                <button type="button" aria-label={`Bring ${who(reminder)} back`} onClick={() => void actOnReminder(reminder.id, { type: 'reopen' }).then(setError)}>
                  Bring back
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
