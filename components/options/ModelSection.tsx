import { useState } from 'react';
import { t } from '@/lib/i18n/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { Feedback, useFeedback } from './feedback';

const WEIGHT_FIELDS: { key: keyof Settings['weights']; label: string; hint: string }[] = [
  { key: 'likes', label: 'Like', hint: 'one click of recognition' },
  { key: 'shares', label: 'Share / repost', hint: 'one click that spreads you' },
  { key: 'mentions', label: 'Mention / quote', hint: 'someone typed your name' },
  { key: 'replies', label: 'Reply', hint: 'someone answered: a conversation' },
];

/** Parses a number field; a message in words when it is not a number in range. */
export function readNumber(text: string, min: number, max: number, integer = false): number | string {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value)) return `"${text}" is not a number.`;
  if (integer && !Number.isInteger(value)) return `Use a whole number, not ${text}.`;
  if (value < min || value > max) return `Use a number from ${min} to ${max.toLocaleString('en')}.`;
  return value;
}

const draftOf = (settings: Pick<Settings, 'weights' | 'followersPerSharer'>): Record<string, string> => ({
  ...Object.fromEntries(WEIGHT_FIELDS.map(({ key }) => [key, String(settings.weights[key])])),
  followersPerSharer: String(settings.followersPerSharer),
});

export function ModelSection({ settings }: { settings: Settings }) {
  const feedback = useFeedback();
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const weights = { ...settings.weights };
    for (const { key } of WEIGHT_FIELDS) {
      const value = readNumber(draft[key] ?? '', 0, 1000);
      if (typeof value === 'string') found[key] = value;
      else weights[key] = value;
    }
    const followers = readNumber(draft.followersPerSharer ?? '', 1, 100_000_000, true);
    if (typeof followers === 'string') found.followersPerSharer = followers;
    setErrors(found);
    // Nothing is stored while any field is wrong, and what the user typed stays in the form.
    const wrong = Object.keys(found).length;
    if (wrong > 0) return feedback.failed(`Not saved: ${wrong === 1 ? 'one field needs' : `${wrong} fields need`} a change (see above).`);
    await feedback.save({ weights, followersPerSharer: followers as number }, 'Saved. Badges use these weights from now on.');
  }

  async function reset() {
    setDraft(draftOf(DEFAULT_SETTINGS));
    setErrors({});
    await feedback.save({ weights: DEFAULT_SETTINGS.weights, followersPerSharer: DEFAULT_SETTINGS.followersPerSharer }, 'Back to the default weights, and saved.');
  }

  const field = (key: string, label: string, hint: string) => (
    <div className="field" key={key}>
      <label htmlFor={`weight-${key}`}>{label}</label>
      <input
        id={`weight-${key}`}
        inputMode="decimal"
        value={draft[key] ?? ''}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={`weight-${key}-hint`}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
      />
      <span id={`weight-${key}-hint`} className={errors[key] ? 'error' : 'hint'}>
        {errors[key] ?? hint}
      </span>
    </div>
  );

  return (
    <section aria-labelledby="model-title">
      <h2 id="model-title">{t('optionsSections.model')}</h2>
      <p className="hint">
        How much each kind of interaction counts in a post's depth score and in the give/get balance. The ladder's order is fixed;
        these weights are yours.
      </p>
      <form onSubmit={(event) => void save(event)}>
        {WEIGHT_FIELDS.map(({ key, label, hint }) => field(key, label, hint))}
        {field('followersPerSharer', 'Followers per sharer', 'used to estimate the reach that shares open')}
        <div className="buttons">
          <button type="submit">Save weights</button>
          <button type="button" onClick={() => void reset()}>
            Back to defaults
          </button>
        </div>
        <Feedback note={feedback.note} testId="weights-status" />
      </form>
    </section>
  );
}
