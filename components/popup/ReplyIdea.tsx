import { useState } from 'react';
import type { ReminderRow } from '@/lib/db/schema';
import { t } from '@/lib/i18n/messages';
import { suggestPrompts } from '@/lib/prompts/suggest';
import { activeTemplates } from '@/lib/settings/active-templates';
import { loadSettings } from '@/lib/settings/store';

/** A reply prompt fitted to what they wrote, on demand, with Copy: the popup has no reply box, and never sends. */
export function ReplyIdea({ reminder }: { reminder: ReminderRow }) {
  const [idea, setIdea] = useState<string>();
  const [status, setStatus] = useState('');

  const show = async () => {
    const { settings } = await loadSettings();
    const [prompt] = suggestPrompts({
      post: { text: reminder.excerpt ?? '', authorHandle: reminder.handle, ...(reminder.name && { authorName: reminder.name }), isOwnPost: false },
      relation: 'replied',
      templates: activeTemplates(settings),
      seed: Math.floor(Date.now() / 60_000),
    });
    setIdea(prompt?.text ?? '');
    setStatus(prompt ? '' : t('owed.noIdea'));
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(idea ?? '');
      setStatus(t('owed.copied'));
    } catch {
      setStatus(t('owed.copyFailed'));
    }
  };

  if (idea === undefined) {
    return (
      <button type="button" className="link" onClick={() => void show()}>
        {t('owed.replyIdea')}
      </button>
    );
  }
  return (
    <span className="idea">
      {/* A notification that quoted nothing (LinkedIn, Reddit): the idea cannot fit their words, and says so. */}
      {!reminder.excerpt && <span data-testid="words-unseen">{t('owed.wordsUnseen')}</span>}
      {idea && <span data-testid="reply-prompt">{idea}</span>}
      {idea && (
        <button type="button" onClick={() => void copy()}>
          {t('owed.copy')}
        </button>
      )}
      <span role="status">{status}</span>
    </span>
  );
}
