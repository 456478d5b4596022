import { useEffect, useState } from 'react';
import { storage } from 'wxt/utils/storage';
import type { FeedCoachDatabase } from '@/lib/db/database';
import { siteName } from '@/lib/model/baselines';
import { loadLinkSuggestions } from '@/lib/popup/ledger-view';
import { linkPeople, pairKey } from '@/lib/reciprocity/people-links';
import { useLiveQuery } from '../useLiveQuery';

/** Pairs the user said are not one person, so they are not suggested again. */
const dismissedItem = storage.defineItem<string[]>('local:dismissedPersonLinks', { fallback: [] });

export function LinkSuggestions({ db }: { db: FeedCoachDatabase }) {
  const [dismissed, setDismissed] = useState<string[] | undefined>();
  useEffect(() => {
    void dismissedItem.getValue().then(setDismissed);
  }, []);
  const suggestions = useLiveQuery(async () => (dismissed ? loadLinkSuggestions(db, new Set(dismissed)) : []), [db, dismissed]);
  if (suggestions.status !== 'ready' || suggestions.value.length === 0) return null;

  const dismiss = async (key: string) => {
    const next = [...(dismissed ?? []), key];
    await dismissedItem.setValue(next);
    setDismissed(next);
  };

  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title">The same person?</h2>
      <ul className="links" data-testid="link-suggestions">
        {suggestions.value.map(({ a, b }) => (
          <li key={pairKey(a.key, b.key)}>
            @{a.handle} on {siteName(a.site)} and @{b.handle} on {siteName(b.site)}
            <span className="actions">
              <button type="button" onClick={() => void linkPeople(db, a.key, b.key)}>
                Same person
              </button>
              <button type="button" onClick={() => void dismiss(pairKey(a.key, b.key))}>
                Not the same
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
