import { useState } from 'react';
import type { ReminderRow } from '@/lib/db/schema';
import { aroundSlot, SLOT, t, type MessageKey } from '@/lib/i18n/messages';
import { siteName } from '@/lib/model/baselines';
import { profileUrl } from '@/lib/sites/links';
import { actOnReminder } from './reminder-actions';
import { ReplyIdea } from './ReplyIdea';
import { usePopupStore } from './store';

const DAY = 24 * 3600_000;

const DID = {
  repost: 'owed.did.repost',
  quote: 'owed.did.quote',
  mention: 'owed.did.mention',
  reply: 'owed.did.reply',
  like: 'owed.did.like',
} as const satisfies Record<ReminderRow['kind'], MessageKey>;

/** "@ana_writes shared your post on X"; `person` stands for who did it (a link, in the list of those owed). */
export const whatTheyDid = (reminder: ReminderRow, person = who(reminder)): string => t(DID[reminder.kind], { who: person, site: siteName(reminder.site) });

const EMPTY = { thanks: 'owed.emptyThanks', reply: 'owed.emptyReplies' } as const satisfies Record<ReminderRow['owes'], MessageKey>;

/** "@ana_writes"; a site that names people by display name only (Facebook) gets the name as it is. */
export const who = (reminder: ReminderRow): string => (/\s/.test(reminder.handle) ? reminder.handle : `@${reminder.handle}`);

/** Thanks owed or replies owed: each with Open, its close and "Remind me tomorrow", and an Undo for a few seconds after. */
export function OwedList({ reminders, owes }: { reminders: ReminderRow[]; owes: ReminderRow['owes'] }) {
  const [error, setError] = useState<string>();
  const offerUndo = usePopupStore((state) => state.offerUndo);
  if (reminders.length === 0) return <p className="empty">{t(EMPTY[owes])}</p>;

  const act = async (reminder: ReminderRow, done: boolean) => {
    const failure = await actOnReminder(reminder.id, done ? { type: 'done' } : { type: 'snooze', until: Date.now() + DAY });
    setError(failure);
    if (failure) return;
    const closed = owes === 'thanks' ? t('owed.markedThanked', { who: who(reminder) }) : t('owed.markedAnswered', { who: who(reminder) });
    offerUndo({ id: reminder.id, message: done ? closed : t('owed.backTomorrow', { who: who(reminder) }) });
  };

  return (
    <>
      {error && (
        <p role="alert" className="error">
          {t('owed.updateError', { error })}
        </p>
      )}
      <ul className="owed" data-testid={owes === 'thanks' ? 'owed-list' : 'replies-owed-list'}>
        {reminders.map((reminder) => (
          <li key={reminder.id} data-testid={owes === 'thanks' ? 'owed-item' : 'reply-owed-item'}>
            <div className="who">
              {aroundSlot(whatTheyDid(reminder, SLOT))[0]}
              <a href={reminder.permalink ?? profileUrl(reminder.site, reminder.handle)} target="_blank" rel="noreferrer">
                {who(reminder)}
              </a>
              {aroundSlot(whatTheyDid(reminder, SLOT))[1]}
              {reminder.excerpt && <span className="excerpt">{t('owed.quoted', { words: reminder.excerpt })}</span>}
              {/* Keyed by the words too: once they are seen on the comment's page, the idea is made again to fit them. */}
              {owes === 'reply' && <ReplyIdea key={reminder.excerpt ?? ''} reminder={reminder} />}
            </div>
            <div className="actions">
              {owes === 'reply' && reminder.permalink && (
                <a className="button" href={reminder.permalink} target="_blank" rel="noreferrer" aria-label={t('owed.openLabel', { who: who(reminder), site: siteName(reminder.site) })}>
                  {t('owed.open')}
                </a>
              )}
              <button type="button" aria-label={t(owes === 'thanks' ? 'owed.markThankedLabel' : 'owed.markAnsweredLabel', { who: who(reminder) })} onClick={() => void act(reminder, true)}>
                {t(owes === 'thanks' ? 'owed.thanked' : 'owed.answered')}
              </button>
              <button type="button" aria-label={t('owed.remindTomorrowLabel', { who: who(reminder) })} onClick={() => void act(reminder, false)}>
                {t('owed.remindTomorrow')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
