import { activateUiLanguage } from '@/lib/i18n/load';
import { LANGUAGE_CHOICES, UI_LOCALES, type LanguageChoice } from '@/lib/i18n/locales';
import { t } from '@/lib/i18n/messages';
import type { Settings } from '@/lib/settings/schema';
import { Feedback, useFeedback } from './feedback';
import { useOptionsStore } from './store';

/** Each language by its own name ("Deutsch"), so a reader finds theirs whatever FeedCoach speaks now. */
const languageName = (choice: LanguageChoice): string => (choice === 'auto' ? t('options.languageAuto') : t(`options.languageName.${choice}`));

/**
 * The language of FeedCoach's own words: the browser's unless one is chosen here. This page switches at once (its
 * forms start again, in the new language); badges in open tabs follow through the stored setting.
 */
export function LanguageSection({ settings }: { settings: Settings }) {
  const feedback = useFeedback();

  async function choose(choice: LanguageChoice) {
    if (!(await feedback.save({ language: choice }))) return;
    const locale = await activateUiLanguage(choice);
    document.documentElement.lang = locale;
    useOptionsStore.setState((state) => ({ revision: state.revision + 1 }));
    feedback.saved(t('settings.savedLanguage', { language: t(`options.languageName.${locale}`) }));
  }

  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('options.language')}</h2>
      <div className="field">
        <label htmlFor="language">{t('options.language')}</label>
        <select id="language" value={settings.language} aria-describedby="language-hint" onChange={(event) => void choose(event.target.value as LanguageChoice)}>
          {LANGUAGE_CHOICES.map((choice) => (
            <option key={choice} value={choice} lang={(UI_LOCALES as readonly string[]).includes(choice) ? choice : undefined}>
              {languageName(choice)}
            </option>
          ))}
        </select>
        <span id="language-hint" className="hint">
          {t('options.languageHint')}
        </span>
      </div>
      <Feedback note={feedback.note} testId="language-status" />
    </section>
  );
}
