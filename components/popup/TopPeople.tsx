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

export function TopPeople({ people }: { people: PersonView[] }) {
  if (people.length === 0) return <p className="empty">You are even with everyone you have met here.</p>;
  return (
    <ol className="people" data-testid="top-people">
      {people.map((person) => (
        <li key={person.key}>
          <a href={profileUrl(person.site, person.handle)} target="_blank" rel="noreferrer">
            {person.name ?? `@${person.handle}`}
          </a>{' '}
          <span className="meta">
            {siteName(person.site)}
            {person.alsoAs && ` and @${person.alsoAs.handle} on ${siteName(person.alsoAs.site)}`} · {SEGMENT_LABELS[person.segment]}
          </span>
          <span className="balance" title="What they did for you minus what you did for them, weighted by effort">
            +{person.owed}
          </span>
        </li>
      ))}
    </ol>
  );
}
