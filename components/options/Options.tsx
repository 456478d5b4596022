import { useEffect } from 'react';
import type { FeedCoachDatabase } from '@/lib/db/database';
import { DataSection } from './DataSection';
import { ModelSection } from './ModelSection';
import { PreferencesSection } from './PreferencesSection';
import { SitesSection } from './SitesSection';
import { useOptionsStore } from './store';
import { TemplatesSection } from './TemplatesSection';

export function Options({ db }: { db: FeedCoachDatabase }) {
  const { settings, repaired, loadError, status, load } = useOptionsStore();
  useEffect(() => void load(), [load]);

  return (
    <main className="options">
      <h1>FeedCoach settings</h1>
      {loadError && (
        <p role="alert" className="error">
          Could not read your settings: {loadError}
        </p>
      )}
      {repaired.length > 0 && (
        <p role="alert" className="warning">
          Some stored settings could not be read and are shown at their defaults: {repaired.join(', ')}. Everything else was kept.
        </p>
      )}
      <p role="status" aria-live="polite" className={status.kind === 'error' ? 'error' : 'hint'} data-testid="settings-status">
        {status.kind === 'saved' && 'Saved.'}
        {status.kind === 'error' && status.message}
      </p>
      {!settings ? (
        !loadError && <p>Loading…</p>
      ) : (
        <>
          <SitesSection settings={settings} />
          <ModelSection settings={settings} />
          <TemplatesSection settings={settings} />
          <PreferencesSection settings={settings} />
        </>
      )}
      <DataSection db={db} />
    </main>
  );
}
