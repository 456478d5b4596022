import { useEffect } from 'react';
import type { FeedCoachDatabase } from '@/lib/db/database';
import { DataSection } from './DataSection';
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
      <h1>FeedCoach settings</h1>
      {loadError && (
        <p role="alert" className="error">
          Could not read your settings: {loadError}. Reload this page to try again; nothing was changed.
        </p>
      )}
      {repaired.length > 0 && (
        <p role="alert" className="warning">
          Some stored settings could not be read and are shown at their defaults: {repaired.join(', ')}. Everything else was kept.
        </p>
      )}
      {!settings ? (
        !loadError && <p aria-busy="true">Loading your settings…</p>
      ) : (
        // Keyed by revision: after an import or a change in another tab, every form starts again from what is stored.
        <div key={revision}>
          <SitesSection settings={settings} />
          <ModelSection settings={settings} />
          <TemplatesSection settings={settings} />
          <PreferencesSection settings={settings} />
        </div>
      )}
      <DataSection db={db} />
    </main>
  );
}
