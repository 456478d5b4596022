import { useEffect, useState } from 'react';
import type { FeedCoachDatabase } from '@/lib/db/database';
import type { PersonRow } from '@/lib/db/schema';
import { aroundSlot, SLOT, t } from '@/lib/i18n/messages';
import { siteName } from '@/lib/model/baselines';
import { linkPeople, loadGroupSuggestions, pairKey, type GroupSuggestion, type SamePersonReason } from '@/lib/reciprocity/people-links';
import { dismissedPersonLinks } from '@/lib/settings/store';
import { useLiveQuery } from '../useLiveQuery';

/** "@ana_writes on X"; Facebook names people by their name, which takes no "@": "Lee Park on Facebook". */
const REASON_WORDS: Record<SamePersonReason, () => string> = {
  sameHandle: () => t('people.why.sameHandle'),
  sameNameSimilarHandles: () => t('people.why.sameNameSimilarHandles'),
  handleIsName: () => t('people.why.handleIsName'),
};

const accountLabel = (person: Pick<PersonRow, 'handle' | 'site'>) => t('people.account', { who: /\s/.test(person.handle) ? person.handle : `@${person.handle.replace(/^@/, '')}`, site: siteName(person.site) });

function Suggestion({ group, onLink, onDismiss }: { group: GroupSuggestion; onLink(keys: string[], notThem: string[]): void; onDismiss(pairs: string[]): void }) {
  const { lead, others } = group;
  // Every account starts ticked; unticking one leaves it out of the link and stops suggesting it with the lead.
  const [left, setLeft] = useState<string[]>([]);
  const chosen = others.filter(({ person }) => !left.includes(person.key));
  const [before, after] = aroundSlot(lead.name ? t('people.isAlsoNamed', { account: SLOT, name: lead.name }) : t('people.isAlso', { account: SLOT }));
  return (
    <li className="link-group">
      <p>
        {before}
        <strong>{accountLabel(lead)}</strong>
        {after}
      </p>
      <ul className="link-accounts">
        {others.map(({ person, reason }) => (
          <li key={person.key}>
            <label>
              <input
                type="checkbox"
                checked={!left.includes(person.key)}
                onChange={(event) => setLeft(event.target.checked ? left.filter((key) => key !== person.key) : [...left, person.key])}
              />{' '}
              {accountLabel(person)}
            </label>{' '}
            <span className="why">{REASON_WORDS[reason]()}</span>
          </li>
        ))}
      </ul>
      <span className="actions">
        <button type="button" disabled={chosen.length === 0} onClick={() => onLink([lead.key, ...chosen.map(({ person }) => person.key)], left.map((key) => pairKey(lead.key, key)))}>
          {t('people.link')}
        </button>
        <button type="button" onClick={() => onDismiss(others.map(({ person }) => pairKey(lead.key, person.key)))}>
          {t('people.notSame')}
        </button>
      </span>
    </li>
  );
}

export function LinkSuggestions({ db }: { db: FeedCoachDatabase }) {
  const [dismissed, setDismissed] = useState<string[] | undefined>();
  useEffect(() => {
    void dismissedPersonLinks.getValue().then(setDismissed);
  }, []);
  const suggestions = useLiveQuery(async () => (dismissed ? loadGroupSuggestions(db, new Set(dismissed)) : []), [db, dismissed]);
  if (suggestions.status !== 'ready' || suggestions.value.length === 0) return null;

  const dismiss = async (pairs: string[]) => {
    const next = [...new Set([...(dismissed ?? []), ...pairs])];
    await dismissedPersonLinks.setValue(next);
    setDismissed(next);
  };

  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title">{t('people.sameTitle')}</h2>
      <ul className="links" data-testid="link-suggestions">
        {suggestions.value.map((group) => (
          <Suggestion
            key={group.lead.key}
            group={group}
            onLink={(keys, notThem) => void linkPeople(db, ...keys).then(() => (notThem.length > 0 ? dismiss(notThem) : undefined))}
            onDismiss={(pairs) => void dismiss(pairs)}
          />
        ))}
      </ul>
    </section>
  );
}
