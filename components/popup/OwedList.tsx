import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { ReminderRow } from '@/lib/db/schema';
import type { MessageReply } from '@/lib/messages/schema';
import { siteName } from '@/lib/model/baselines';
import { profileUrl } from '@/lib/sites/links';

const DAY = 24 * 3600_000;

const VERBS: Record<ReminderRow['kind'], string> = {
  repost: 'shared your post',
  quote: 'quoted you',
  mention: 'mentioned you',
  reply: 'replied to you',
  like: 'liked your post',
};

async function act(id: string, action: { type: 'done' } | { type: 'snooze'; until: number }): Promise<string | undefined> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'reminder-action', id, action })) as MessageReply | undefined;
    return reply?.ok ? undefined : (reply?.error ?? 'no answer from FeedCoach');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function OwedList({ reminders }: { reminders: ReminderRow[] }) {
  const [error, setError] = useState<string>();
  if (reminders.length === 0) {
    return <p className="empty">Nobody is waiting for a thank-you. When someone shares, quotes or mentions you, they appear here.</p>;
  }
  return (
    <>
      {error && (
        <p role="alert" className="error">
          Could not update the reminder: {error}
        </p>
      )}
      <ul className="owed" data-testid="owed-list">
        {reminders.map((reminder) => (
          <li key={reminder.id} data-testid="owed-item">
            <div className="who">
              <a href={reminder.permalink ?? profileUrl(reminder.site, reminder.handle)} target="_blank" rel="noreferrer">
                @{reminder.handle}
              </a>{' '}
              {VERBS[reminder.kind]} on {siteName(reminder.site)}
              {reminder.excerpt && <span className="excerpt">“{reminder.excerpt}”</span>}
            </div>
            <div className="actions">
              <button type="button" aria-label={`Mark @${reminder.handle} thanked`} onClick={() => void act(reminder.id, { type: 'done' }).then(setError)}>
                Thanked
              </button>
              <button
                type="button"
                aria-label={`Snooze the reminder for @${reminder.handle} for a day`}
                onClick={() => void act(reminder.id, { type: 'snooze', until: Date.now() + DAY }).then(setError)}
              >
                Tomorrow
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
