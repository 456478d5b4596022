import type { FeedCoachDatabase } from '@/lib/db/database';
import { loadHealth } from '@/lib/health/health';
import { siteName } from '@/lib/model/baselines';
import { loadTopPeople } from '@/lib/popup/ledger-view';
import { CHART_WEEKS, loadPopupView } from '@/lib/popup/popup-view';
import { t, type MessageKey } from '@/lib/i18n/messages';
import { formatNumber } from '@/lib/model/format';
import { HEADLINE_FIGURES, RANGES, type RangeId, type Summary } from '@/lib/popup/summary';
import type { ReactNode } from 'react';
import { useLiveQuery, type LiveState } from '../useLiveQuery';
import { GiveGetChart } from './GiveGetChart';
import { LinkSuggestions } from './LinkSuggestions';
import { OwedList } from './OwedList';
import { SetAsideList } from './SetAsideList';
import { SiteHealthList } from './SiteHealthList';
import { StorageAlert } from './StorageAlert';
import { usePopupStore } from './store';
import { TopPeople } from './TopPeople';
import { UndoToast } from './UndoToast';

const RANGE_LABELS = { today: 'popup.today', week: 'popup.week', month: 'popup.month' } as const satisfies Record<RangeId, MessageKey>;

/** Loading, error and ready states of one live section, the same everywhere in the popup. */
function Live<T>({ state, children }: { state: LiveState<T>; children: (value: T) => ReactNode }) {
  if (state.status === 'loading') return <p className="empty">{t('popup.loading')}</p>;
  if (state.status === 'error') {
    return (
      <p role="alert" className="error">
        {t('popup.readError', { error: state.error })}
      </p>
    );
  }
  return <>{children(state.value)}</>;
}

/** One part of a live value, in the same loading, error or ready state. */
function pick<T, U>(state: LiveState<T>, part: (value: T) => U): LiveState<U> {
  return state.status === 'ready' ? { status: 'ready', value: part(state.value) } : state;
}

/** `firstSummary`: today's figures, when they were read before React started (the popup shows them at once). */
export function Popup({ db, firstSummary }: { db: FeedCoachDatabase; firstSummary?: Summary }) {
  const range = usePopupStore((state) => state.range);
  const setRange = usePopupStore((state) => state.setRange);
  // One read for the figures, both queues and the chart: they are one snapshot of the ledger and change together.
  const view = useLiveQuery(() => loadPopupView(db, range), [db, range]);
  // Until it answers, the figures read before React started stand in (the popup's budget is 150 ms to them).
  const summary: LiveState<Summary> = view.status === 'loading' && firstSummary ? { status: 'ready', value: firstSummary } : pick(view, (value) => value.summary);
  const thanksOwed = pick(view, (value) => value.thanksOwed);
  const repliesOwed = pick(view, (value) => value.repliesOwed);
  const giveGet = pick(view, (value) => value.giveGet);
  // What is not the ledger's figures waits until they are in.
  const headlineIn = view.status !== 'loading';
  const people = useLiveQuery(() => loadTopPeople(db), [db], headlineIn);
  const health = useLiveQuery(() => loadHealth(db, 7, Date.now(), siteName), [db], headlineIn);

  return (
    <main className="popup">
      <header>
        <h1>{t('extName')}</h1>
        <div role="group" aria-label={t('popup.period')} className="ranges">
          {(Object.keys(RANGES) as RangeId[]).map((id) => (
            <button key={id} type="button" aria-pressed={range === id} onClick={() => setRange(id)}>
              {t(RANGE_LABELS[id])}
            </button>
          ))}
        </div>
      </header>
      <StorageAlert />
      {summary.status === 'error' && (
        <p role="alert" className="error">
          {t('popup.readError', { error: summary.error })}
        </p>
      )}
      <dl className="figures" aria-busy={summary.status === 'loading'}>
        {HEADLINE_FIGURES.map((figure) => (
          <div key={figure.id} className="figure" title={t(figure.hint)}>
            <dt>{t(figure.label)}</dt>
            <dd data-testid={figure.testId}>{summary.status === 'ready' ? formatNumber(summary.value[figure.id]) : '…'}</dd>
          </div>
        ))}
      </dl>
      {summary.status === 'ready' && summary.value.postsSeen === 0 && summary.value.thanksOwed === 0 && summary.value.repliesOwed === 0 && (
        <p className="empty">{range === 'today' ? t('popup.nothingToday') : t('popup.nothingInPeriod')}</p>
      )}
      <section aria-labelledby="owed-title">
        <h2 id="owed-title">{t('popup.thanksOwed')}</h2>
        <Live state={thanksOwed}>{(reminders) => <OwedList reminders={reminders} owes="thanks" />}</Live>
      </section>
      <section aria-labelledby="replies-owed-title">
        <h2 id="replies-owed-title">{t('popup.repliesOwed')}</h2>
        <Live state={repliesOwed}>{(reminders) => <OwedList reminders={reminders} owes="reply" />}</Live>
      </section>
      {headlineIn && <SetAsideList db={db} />}
      <UndoToast />
      <section aria-labelledby="givegets-title">
        <h2 id="givegets-title">{t('popup.giveGet', { weeks: CHART_WEEKS })}</h2>
        <Live state={giveGet}>{(weeks) => <GiveGetChart weeks={weeks} />}</Live>
      </section>
      <section aria-labelledby="people-title">
        <h2 id="people-title">{t('popup.people')}</h2>
        <Live state={people}>{(list) => <TopPeople people={list} />}</Live>
      </section>
      <LinkSuggestions db={db} />
      <section aria-labelledby="health-title">
        <h2 id="health-title">{t('popup.sites')}</h2>
        <Live state={health}>{(sites) => <SiteHealthList sites={sites} />}</Live>
      </section>
      <footer>
        {t('popup.onDevice')}{' '}
        <a href="/options.html" target="_blank" rel="noreferrer">
          {t('popup.settingsLink')}
        </a>
      </footer>
    </main>
  );
}
