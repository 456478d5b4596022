import { t } from '@/lib/i18n/messages';
import { formatNumber } from '@/lib/model/format';
import type { WeekGiveGet } from '@/lib/popup/ledger-view';

/** Given (what the user did for others) against received, per week: bars for the eye, a table for screen readers. */
export function GiveGetChart({ weeks }: { weeks: WeekGiveGet[] }) {
  const top = Math.max(1, ...weeks.flatMap((week) => [week.given, week.received]));
  if (weeks.every((week) => week.given + week.received === 0)) {
    return <p className="empty">{t('giveGet.empty')}</p>;
  }
  return (
    <figure className="givegets" aria-label={t('giveGet.label')}>
      <div className="bars" aria-hidden="true">
        {weeks.map((week) => (
          <div key={week.week} className="week" title={t('giveGet.weekTitle', { week: week.week, given: formatNumber(week.given), received: formatNumber(week.received) })}>
            <span className="bar given" style={{ height: `${(100 * week.given) / top}%` }} />
            <span className="bar received" style={{ height: `${(100 * week.received) / top}%` }} />
          </div>
        ))}
      </div>
      <figcaption>
        <span className="key given" /> {t('giveGet.youGave')} <span className="key received" /> {t('giveGet.youGot')}
      </figcaption>
      <table className="sr-only">
        <thead>
          <tr>
            <th>{t('giveGet.weekOf')}</th>
            <th>{t('giveGet.gave')}</th>
            <th>{t('giveGet.got')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.week}>
              <td>{week.week}</td>
              <td>{formatNumber(week.given)}</td>
              <td>{formatNumber(week.received)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
