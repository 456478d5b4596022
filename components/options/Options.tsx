import { useEffect } from 'react';
import type { FeedCoachDatabase } from '@/lib/db/database';
import { t } from '@/lib/i18n/messages';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { ModelSection } from './ModelSection';
import { useRevealSettingFromAddress } from './reveal-setting';
import { PreferencesSection } from './PreferencesSection';
import { SitesSection } from './SitesSection';
import { followStoredSettings, useOptionsStore } from './store';
import { TemplatesSection } from './TemplatesSection';

export function Options({ db }: { db: FeedCoachDatabase }) {
  const { settings, repaired, loadError, revision, load } = useOptionsStore();
  useEffect(() => {
    void load();
    return followStoredSettings();
  }, [load]);
  useRevealSettingFromAddress(!!settings);

  return (
    <main className="options">
      <h1>{t('options.title')}</h1>
      {loadError && (
        <p role="alert" className="error">
          {t('options.loadError', { error: loadError })}
        </p>
      )}
      {repaired.length > 0 && (
        <p role="alert" className="warning">
          {t('options.repaired', { fields: repaired.join(', ') })}
        </p>
      )}
      {!settings ? (
        !loadError && <p aria-busy="true">{t('options.loading')}</p>
      ) : (
        <>
          {/* Outside the keyed forms: its note says the language it just switched to. */}
          <LanguageSection settings={settings} />
          {/* Keyed by revision: after an import, a change in another tab or of language, every form starts again from what is stored. */}
          <div key={revision}>
            <SitesSection settings={settings} />
            <ModelSection settings={settings} />
            <TemplatesSection settings={settings} />
            <PreferencesSection settings={settings} />
          </div>
        </>
      )}
      <DataSection db={db} />
    </main>
  );
}
