import type { FeedCoachDatabase } from '@/lib/db/database';
import { loadSummary, RANGES, type RangeId, type Summary } from '@/lib/popup/summary';
import { useLiveQuery } from '../useLiveQuery';
import { usePopupStore } from './store';

const RANGE_LABELS: Record<RangeId, string> = { today: 'Today', week: '7 days', month: '30 days' };

const FIGURES: { id: keyof Summary; testId?: string; label: string; hint: string }[] = [
  { id: 'thanksOwed', testId: 'thanks-owed', label: 'Thanks owed', hint: 'People who shared or mentioned you and have not been thanked yet' },
  { id: 'thanksSent', testId: 'thanks-sent', label: 'Thanks sent', hint: 'Replies and mentions of yours that thank someone' },
  { id: 'repliesGiven', testId: 'replies-given', label: 'Replies given', hint: 'Replies you wrote' },
  { id: 'postsSeen', testId: 'posts-seen', label: 'Posts seen', hint: 'Posts FeedCoach read in your feeds' },
];

export function Popup({ db }: { db: FeedCoachDatabase }) {
  const range = usePopupStore((state) => state.range);
  const setRange = usePopupStore((state) => state.setRange);
  const summary = useLiveQuery(() => loadSummary(db, range), [db, range]);

  return (
    <main className="popup">
      <header>
        <h1>FeedCoach</h1>
        <div role="group" aria-label="Period" className="ranges">
          {(Object.keys(RANGES) as RangeId[]).map((id) => (
            <button key={id} type="button" aria-pressed={range === id} onClick={() => setRange(id)}>
              {RANGE_LABELS[id]}
            </button>
          ))}
        </div>
      </header>
      {summary.status === 'error' && (
        <p role="alert" className="error">
          Could not read your history: {summary.error}
        </p>
      )}
      <dl className="figures" aria-busy={summary.status === 'loading'}>
        {FIGURES.map((figure) => (
          <div key={figure.id} className="figure" title={figure.hint}>
            <dt>{figure.label}</dt>
            <dd data-testid={figure.testId}>{summary.status === 'ready' ? summary.value[figure.id].toLocaleString('en') : '…'}</dd>
          </div>
        ))}
      </dl>
      {summary.status === 'ready' && summary.value.postsSeen === 0 && (
        <p className="empty">
          Nothing yet {range === 'today' ? 'today' : 'in this period'}. Scroll X and FeedCoach will annotate each post with
          its engagement depth.
        </p>
      )}
      <footer>Everything stays on this device.</footer>
    </main>
  );
}
