import { useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n/messages';
import { formatNumber } from '@/lib/model/format';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { Feedback, useFeedback } from './feedback';

const WEIGHT_FIELDS: { key: keyof Settings['weights']; label: MessageKey; hint: MessageKey }[] = [
  { key: 'likes', label: 'model.like', hint: 'model.likeHint' },
  { key: 'shares', label: 'model.share', hint: 'model.shareHint' },
  { key: 'mentions', label: 'model.mention', hint: 'model.mentionHint' },
  { key: 'replies', label: 'model.reply', hint: 'model.replyHint' },
];

/** Parses a number field; a message in words when it is not a number in range. */
export function readNumber(text: string, min: number, max: number, integer = false): number | string {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value)) return t('model.notANumber', { text });
  if (integer && !Number.isInteger(value)) return t('model.wholeNumber', { text });
  if (value < min || value > max) return t('model.range', { min: formatNumber(min), max: formatNumber(max) });
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
    if (wrong > 0) return feedback.failed(t('model.fieldsNeedChange', wrong));
    await feedback.save({ weights, followersPerSharer: followers as number }, t('model.saved'));
  }

  async function reset() {
    setDraft(draftOf(DEFAULT_SETTINGS));
    setErrors({});
    await feedback.save({ weights: DEFAULT_SETTINGS.weights, followersPerSharer: DEFAULT_SETTINGS.followersPerSharer }, t('model.reset'));
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
      <p className="hint">{t('model.intro')}</p>
      <form onSubmit={(event) => void save(event)}>
        {WEIGHT_FIELDS.map(({ key, label, hint }) => field(key, t(label), t(hint)))}
        {field('followersPerSharer', t('model.followersPerSharer'), t('model.followersPerSharerHint'))}
        <div className="buttons">
          <button type="submit">{t('model.saveWeights')}</button>
          <button type="button" onClick={() => void reset()}>
            {t('model.backToDefaults')}
          </button>
        </div>
        <Feedback note={feedback.note} testId="weights-status" />
      </form>
    </section>
  );
}
