import type { WeekGiveGet } from '@/lib/popup/ledger-view';

/** Given (what the user did for others) against received, per week: bars for the eye, a table for screen readers. */
export function GiveGetChart({ weeks }: { weeks: WeekGiveGet[] }) {
  const top = Math.max(1, ...weeks.flatMap((week) => [week.given, week.received]));
  if (weeks.every((week) => week.given + week.received === 0)) {
    return <p className="empty">No interactions recorded yet: your give and get will show here week by week.</p>;
  }
  return (
    <figure className="givegets" aria-label="Give and get per week">
      <div className="bars" aria-hidden="true">
        {weeks.map((week) => (
          <div key={week.week} className="week" title={`Week of ${week.week}: gave ${week.given}, got ${week.received}`}>
            <span className="bar given" style={{ height: `${(100 * week.given) / top}%` }} />
            <span className="bar received" style={{ height: `${(100 * week.received) / top}%` }} />
          </div>
        ))}
      </div>
      <figcaption>
        <span className="key given" /> you gave <span className="key received" /> you got
      </figcaption>
      <table className="sr-only">
        <thead>
          <tr>
            <th>Week of</th>
            <th>Gave</th>
            <th>Got</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.week}>
              <td>{week.week}</td>
              <td>{week.given}</td>
              <td>{week.received}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
