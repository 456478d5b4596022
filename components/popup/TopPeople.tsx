import type { PersonView } from '@/lib/popup/ledger-view';
import { siteName } from '@/lib/model/baselines';
import { profileUrl } from '@/lib/sites/links';

const SEGMENT_LABELS: Record<PersonView['segment'], string> = {
  advocate: 'advocate',
  converser: 'talks with you',
  sharer: 'shares you',
  liker: 'likes',
  none: '',
};

/** "X", "X and Bluesky", "X, Bluesky and Mastodon". */
export function listSites(sites: readonly string[]): string {
  return sites.length <= 1 ? (sites[0] ?? '') : `${sites.slice(0, -1).join(', ')} and ${sites.at(-1)!}`;
}

export function TopPeople({ people }: { people: PersonView[] }) {
  if (people.length === 0) return <p className="empty">You are even with everyone you have met here.</p>;
  return (
    <ol className="people" data-testid="top-people">
      {people.map((person) => {
        const accounts = [person, ...person.alsoOn];
        const name = accounts.find((account) => account.name)?.name ?? `@${person.handle}`;
        const segment = SEGMENT_LABELS[person.segment];
        return (
          <li key={person.key}>
            <a href={profileUrl(person.site, person.handle)} target="_blank" rel="noreferrer">
              {name}
            </a>{' '}
            <span className="meta">
              {listSites([...new Set(accounts.map((account) => siteName(account.site)))])}
              {segment && ` · ${segment}`}
              {!person.confirmed && <span title="These accounts look like one person; confirm or undo it under “The same person?”"> · probably one person</span>}
            </span>
            <span className="balance" title="What they did for you minus what you did for them, weighted by effort">
              +{person.owed}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
