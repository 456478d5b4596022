import type { FeedCoachDatabase } from '../db/database';
import { dayKey, type HealthRow } from '../db/schema';
import type { RequiredField, SiteId } from '../sites/types';
import { formatNumber } from '../model/format';

export interface HealthReport {
  site: SiteId;
  seen: number;
  read: number;
  missing: Partial<Record<RequiredField, number>>;
}

function addMissing(into: HealthReport['missing'], from: HealthReport['missing']): void {
  for (const [field, count] of Object.entries(from) as [RequiredField, number][]) into[field] = (into[field] ?? 0) + count;
}

/** Adds a page's report to the site's day. Reports are deltas, so each one is added exactly once by its sender. */
export async function recordHealth(db: FeedCoachDatabase, at: number, report: HealthReport): Promise<void> {
  const day = dayKey(at);
  await db.transaction('rw', db.health, async () => {
    const row: HealthRow = (await db.health.get([report.site, day])) ?? { site: report.site, day, seen: 0, read: 0, missing: {} };
    row.seen += report.seen;
    row.read += report.read;
    addMissing(row.missing, report.missing);
    await db.health.put(row);
  });
}

export type HealthStatus = 'ok' | 'degraded' | 'broken';

export interface SiteHealth extends HealthReport {
  status: HealthStatus;
  message: string;
}

/** Below this share of posts read, the site's markup has probably changed. */
const DEGRADED_BELOW = 0.9;
const BROKEN_BELOW = 0.5;
/** Too few posts say nothing about a redesign. */
const MIN_SEEN = 10;

const FIELD_WORDS: Record<RequiredField, string> = { postId: 'post ids', author: 'authors', metrics: 'counts' };

export function judgeHealth(report: HealthReport, siteName: string): SiteHealth {
  const share = report.seen === 0 ? 1 : report.read / report.seen;
  const worst = (Object.entries(report.missing) as [RequiredField, number][]).sort((a, b) => b[1] - a[1])[0];
  const status: HealthStatus = report.seen < MIN_SEEN || share >= DEGRADED_BELOW ? 'ok' : share >= BROKEN_BELOW ? 'degraded' : 'broken';
  const counts = `${formatNumber(report.read)} of ${formatNumber(report.seen)} posts`;
  const message =
    status === 'ok'
      ? `${siteName}: read ${counts}.`
      : `${siteName} seems to have changed its page: FeedCoach read only ${counts}${worst ? ` (${FIELD_WORDS[worst[0]]} not found)` : ''}. Counts there may be missing until FeedCoach is updated.`;
  return { ...report, status, message };
}

/** Each site's health over the last days, summed from one row per site and day. */
export async function loadHealth(db: FeedCoachDatabase, days: number, now: number, siteName: (site: SiteId) => string): Promise<SiteHealth[]> {
  const since = new Date(now);
  since.setDate(since.getDate() - (days - 1));
  const rows = await db.health.where('day').aboveOrEqual(dayKey(since.getTime())).toArray();
  const bySite = new Map<SiteId, HealthReport>();
  for (const row of rows) {
    const total = bySite.get(row.site) ?? { site: row.site, seen: 0, read: 0, missing: {} };
    total.seen += row.seen;
    total.read += row.read;
    addMissing(total.missing, row.missing);
    bySite.set(row.site, total);
  }
  return [...bySite.values()].map((report) => judgeHealth(report, siteName(report.site)));
}
