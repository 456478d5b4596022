import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Options } from '@/components/options/Options';
import { FeedCoachDatabase } from '@/lib/db/database';
import { activateUiLanguage, readLanguageChoice } from '@/lib/i18n/load';
import { t } from '@/lib/i18n/messages';
import '@/components/options/options.css';

// The page speaks the chosen language from its first paint.
void readLanguageChoice()
  .then((choice) => activateUiLanguage(choice))
  .catch(() => undefined)
  .then((locale) => {
    if (locale) document.documentElement.lang = locale;
    document.title = t('options.title');
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <Options db={new FeedCoachDatabase()} />
      </StrictMode>,
    );
  });
