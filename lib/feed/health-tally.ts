import type { ReadResult, RequiredField } from '../sites/types';

export interface AdapterHealth {
  seen: number;
  read: number;
  missing: Partial<Record<RequiredField, number>>;
  /** Readings the background refused for good: dropped, not sent again. */
  rejected?: number;
}

/** A report as sent: its id makes a report sent twice (no answer the first time) count once. */
export type SentHealth = AdapterHealth & { id: string };

/** Health is reported in deltas, at most this often: it is a trend, not a live figure. */
export const HEALTH_REPORT_MS = 5000;

/**
 * The site adapter's health on this page: posts seen, posts read, what was missing from those it could not read,
 * and readings the background refused. It counts in deltas; `take` hands over the report to send (riding along
 * with the next batch of posts), and `report` is called a few seconds after anything was counted, so a page where
 * nothing new is read still sends its count.
 */
export class HealthTally {
  private unreported: AdapterHealth = { seen: 0, read: 0, missing: {} };
  /** The report sent and not answered yet: sent again as it is, with its id, so it is never counted twice. */
  private unanswered: SentHealth | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly seenPosts = new WeakSet<Element>();
  /** Posts whose first reading failed: a later success (the site finished rendering) takes the failure back. */
  private readonly failedFirst = new WeakMap<Element, RequiredField[]>();

  constructor(
    private readonly report: () => void,
    private readonly reportAfterMs = HEALTH_REPORT_MS,
  ) {}

  /** A reading of a post: a post counts as seen once, and as read once any reading of it succeeds. */
  countReading(post: Element, result: ReadResult): void {
    if (!this.seenPosts.has(post)) {
      this.seenPosts.add(post);
      if (result.ok) this.add(1, 1, [], 1);
      else {
        this.failedFirst.set(post, result.missing);
        this.add(1, 0, result.missing, 1);
      }
      return;
    }
    const failed = this.failedFirst.get(post);
    if (failed && result.ok) {
      this.failedFirst.delete(post);
      this.add(0, 1, failed, -1);
    }
  }

  countRejected(items: number): void {
    this.unreported.rejected = (this.unreported.rejected ?? 0) + items;
    this.reportSoon();
  }

  /** The report to send: the unanswered one again, else what was counted since the last one. */
  take(): SentHealth | undefined {
    if (this.unanswered) return this.unanswered;
    const report = this.unreported;
    if (report.seen === 0 && report.read === 0 && !report.rejected && Object.keys(report.missing).length === 0) return undefined;
    this.unreported = { seen: 0, read: 0, missing: {} };
    this.unanswered = { id: crypto.randomUUID(), ...report };
    return this.unanswered;
  }

  /** The report taken last reached the background (stored, or refused for good): the next one is new. */
  answered(): void {
    this.unanswered = undefined;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private add(seen: number, read: number, missing: RequiredField[], sign: 1 | -1): void {
    this.unreported.seen += seen;
    this.unreported.read += read;
    for (const field of missing) this.unreported.missing[field] = (this.unreported.missing[field] ?? 0) + sign;
    this.reportSoon();
  }

  private reportSoon(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.report();
    }, this.reportAfterMs);
  }
}
