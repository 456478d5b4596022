import { t, type MessageKey } from '@/lib/i18n/messages';
import { joinWords } from '@/lib/model/ladder';
import type { PersonView } from '@/lib/popup/ledger-view';
import { siteName } from '@/lib/model/baselines';
import { profileUrl } from '@/lib/sites/links';

const SEGMENT_LABELS = {
  advocate: 'people.advocate',
  converser: 'people.converser',
  sharer: 'people.sharer',
  liker: 'people.liker',
  none: undefined,
} as const satisfies Record<PersonView['segment'], MessageKey | undefined>;

export function TopPeople({ people }: { people: PersonView[] }) {
  if (people.length === 0) return <p className="empty">{t('people.even')}</p>;
  return (
    <ol className="people" data-testid="top-people">
      {people.map((person) => {
        const accounts = [person, ...person.alsoOn];
        const name = accounts.find((account) => account.name)?.name ?? `@${person.handle}`;
        const segmentKey = SEGMENT_LABELS[person.segment];
        const segment = segmentKey && t(segmentKey);
        return (
          <li key={person.key}>
            <a href={profileUrl(person.site, person.handle)} target="_blank" rel="noreferrer">
              {name}
            </a>{' '}
            <span className="meta">
              {joinWords([...new Set(accounts.map((account) => siteName(account.site)))])}
              {segment && ` · ${segment}`}
              {!person.confirmed && <span title={t('people.probablyOneHint')}>{t('people.probablyOne')}</span>}
            </span>
            <span className="balance" title={t('people.balanceHint')}>
              +{person.owed}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
