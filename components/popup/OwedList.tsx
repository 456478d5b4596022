import { useState } from 'react';
import type { ReminderRow } from '@/lib/db/schema';
import { siteName } from '@/lib/model/baselines';
import { profileUrl } from '@/lib/sites/links';
import { actOnReminder } from './reminder-actions';
import { ReplyIdea } from './ReplyIdea';
import { usePopupStore } from './store';

const DAY = 24 * 3600_000;

export const VERBS: Record<ReminderRow['kind'], string> = {
  repost: 'shared your post',
  quote: 'quoted you',
  mention: 'mentioned you',
  reply: 'replied to you',
  like: 'liked your post',
};

const EMPTY: Record<ReminderRow['owes'], string> = {
  thanks: 'Nobody is waiting for a thank-you. When someone shares, quotes or mentions you, they appear here.',
  reply: 'Nobody is waiting for your answer. Replies to your posts and questions to you appear here as you browse.',
};

/** "@ana_writes"; a site that names people by display name only (Facebook) gets the name as it is. */
export const who = (reminder: ReminderRow): string => (/\s/.test(reminder.handle) ? reminder.handle : `@${reminder.handle}`);

/** Thanks owed or replies owed: each with Open, its close and "Remind me tomorrow", and an Undo for a few seconds after. */
export function OwedList({ reminders, owes }: { reminders: ReminderRow[]; owes: ReminderRow['owes'] }) {
  const [error, setError] = useState<string>();
  const offerUndo = usePopupStore((state) => state.offerUndo);
  if (reminders.length === 0) return <p className="empty">{EMPTY[owes]}</p>;

  const act = async (reminder: ReminderRow, done: boolean) => {
    const failure = await actOnReminder(reminder.id, done ? { type: 'done' } : { type: 'snooze', until: Date.now() + DAY });
    setError(failure);
    if (failure) return;
    const closed = owes === 'thanks' ? `Marked ${who(reminder)} thanked.` : `Marked ${who(reminder)} answered.`;
    offerUndo({ id: reminder.id, message: done ? closed : `${who(reminder)} will be back tomorrow.` });
  };

  return (
    <>
      {error && (
        <p role="alert" className="error">
          Could not update the reminder: {error}
        </p>
      )}
      <ul className="owed" data-testid={owes === 'thanks' ? 'owed-list' : 'replies-owed-list'}>
        {reminders.map((reminder) => (
          <li key={reminder.id} data-testid={owes === 'thanks' ? 'owed-item' : 'reply-owed-item'}>
            <div className="who">
              <a href={reminder.permalink ?? profileUrl(reminder.site, reminder.handle)} target="_blank" rel="noreferrer">
                {who(reminder)}
              </a>{' '}
              {VERBS[reminder.kind]} on {siteName(reminder.site)}
              {reminder.excerpt && <span className="excerpt">“{reminder.excerpt}”</span>}
              {owes === 'reply' && <ReplyIdea reminder={reminder} />}
            </div>
            <div className="actions">
              {owes === 'reply' && reminder.permalink && (
                <a className="button" href={reminder.permalink} target="_blank" rel="noreferrer" aria-label={`Open ${who(reminder)}'s words on ${siteName(reminder.site)}`}>
                  Open
                </a>
              )}
              <button type="button" aria-label={`Mark ${who(reminder)} ${owes === 'thanks' ? 'thanked' : 'answered'}`} onClick={() => void act(reminder, true)}>
                {owes === 'thanks' ? 'Thanked' : 'Answered'}
              </button>
              <button type="button" aria-label={`Remind me tomorrow about ${who(reminder)}`} onClick={() => void act(reminder, false)}>
                Remind me tomorrow
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
