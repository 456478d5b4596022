import type { FeedCoachDatabase } from '../db/database';
import { dayKey, type HealthRow } from '../db/schema';
import type { RequiredField, SiteId } from '../sites/types';
import { t, type MessageKey } from '../i18n/messages';
import { formatNumber } from '../model/format';

export interface HealthReport {
  site: SiteId;
  seen: number;
  read: number;
  missing: Partial<Record<RequiredField, number>>;
  /** Readings the background refused for good (dropped, not retried). */
  rejected?: number;
}

/** A page's report as sent: its id makes adding it idempotent (a report without one is simply added). */
export interface SentHealthReport extends HealthReport {
  id?: string;
}

/** Ids of the reports added to a site's day, newest last: a report sent again after a lost reply is found here. */
const REMEMBERED_REPORTS = 50;

function addMissing(into: HealthReport['missing'], from: HealthReport['missing']): void {
  for (const [field, count] of Object.entries(from) as [RequiredField, number][]) into[field] = (into[field] ?? 0) + count;
}

/**
 * Adds a page's report to the site's day, once: reports are deltas, and a sender whose reply was lost after the
 * write committed sends the same report (same id) again. A page sends its next report only once the previous one
 * was answered, so the last few ids of a day are all that can come again.
 */
export async function recordHealth(db: FeedCoachDatabase, at: number, { id, ...report }: SentHealthReport): Promise<void> {
  const day = dayKey(at);
  await db.transaction('rw', db.health, async () => {
    const row: HealthRow = (await db.health.get([report.site, day])) ?? { site: report.site, day, seen: 0, read: 0, missing: {} };
    if (id !== undefined && row.reports?.includes(id)) return;
    row.seen += report.seen;
    row.read += report.read;
    addMissing(row.missing, report.missing);
    if (report.rejected) row.rejected = (row.rejected ?? 0) + report.rejected;
    if (id !== undefined) row.reports = [...(row.reports ?? []), id].slice(-REMEMBERED_REPORTS);
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

const FIELD_WORDS: Record<RequiredField, MessageKey> = { postId: 'health.missing.postId', author: 'health.missing.author', metrics: 'health.missing.metrics' };

export function judgeHealth(report: HealthReport, siteName: string): SiteHealth {
  const share = report.seen === 0 ? 1 : report.read / report.seen;
  const worst = (Object.entries(report.missing) as [RequiredField, number][]).sort((a, b) => b[1] - a[1])[0];
  const status: HealthStatus = report.seen < MIN_SEEN || share >= DEGRADED_BELOW ? 'ok' : share >= BROKEN_BELOW ? 'degraded' : 'broken';
  const read = formatNumber(report.read);
  const judged =
    status === 'ok'
      ? t('health.read', report.seen, { site: siteName, read })
      : worst
        ? t('health.changedMissing', { site: siteName, read, seen: formatNumber(report.seen), missing: t(FIELD_WORDS[worst[0]]) })
        : t('health.changed', { site: siteName, read, seen: formatNumber(report.seen) });
  const message = report.rejected ? `${judged} ${t('health.rejected', report.rejected)}` : judged;
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
    if (row.rejected) total.rejected = (total.rejected ?? 0) + row.rejected;
    addMissing(total.missing, row.missing);
    bySite.set(row.site, total);
  }
  return [...bySite.values()].map((report) => judgeHealth(report, siteName(report.site)));
}
