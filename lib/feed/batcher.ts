/**
 * What became of a batch: stored; to be sent again (no answer, the service worker restarting, storage full); or
 * refused for good (the background will never take it: sending it again would only hold up every later batch).
 */
export type Delivery = 'delivered' | 'retry' | 'refused';

export type SendItems<T> = (items: T[], at: number) => Promise<Delivery>;

export interface BatcherOptions {
  /** Items per message at most: what the message's schema allows. */
  maxBatch?: number;
  intervalMs?: number;
  now?: () => number;
}

/** Fingerprints kept to skip resending unchanged items; older ones are forgotten first. */
const MAX_REMEMBERED = 5000;
/**
 * A message to a service worker that is stopped while it handles it may never be answered: after this long the
 * batch counts as undelivered and is sent again (the background's writes are idempotent, so a late success is
 * harmless), instead of holding up every later batch.
 */
export const SEND_TIMEOUT_MS = 10_000;

/**
 * Collects items and sends them in batches, at most one message per interval, so the background writes at
 * most one transaction per second per tab for this kind of item. Only new or changed items are sent (by
 * fingerprint); a batch that was not delivered is kept and sent again, one that was refused is dropped. However
 * many items wait (an outage of the background), a message holds at most `maxBatch`.
 */
export class Batcher<T> {
  /** Items waiting to be sent, with their fingerprints (computed once: they are JSON of a post's readings). */
  private readonly pending = new Map<string, { item: T; print: string }>();
  private readonly sent = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = Number.NEGATIVE_INFINITY;
  private stopped = false;
  /** A flush was asked for without new items (the sender has something else to ride along). */
  private poked = false;

  private readonly maxBatch: number;
  private readonly intervalMs: number;
  private readonly now: () => number;

  constructor(
    private readonly send: SendItems<T>,
    private readonly keyOf: (item: T) => string,
    private readonly fingerprint: (item: T) => string,
    { maxBatch = 500, intervalMs = 1000, now = Date.now }: BatcherOptions = {},
  ) {
    this.maxBatch = maxBatch;
    this.intervalMs = intervalMs;
    this.now = now;
  }

  add(item: T): void {
    const key = this.keyOf(item);
    const print = this.fingerprint(item);
    if (this.stopped || this.sent.get(key) === print) return;
    this.pending.set(key, { item, print });
    this.schedule();
  }

  /** Sends soon even without items, within the same one-message-per-interval rhythm. */
  poke(): void {
    this.poked = true;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.pending.clear();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.stopped || (this.pending.size === 0 && !this.poked)) return;
    const wait = Math.max(0, this.lastFlush + this.intervalMs - this.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, wait);
  }

  private async flush(): Promise<void> {
    this.lastFlush = this.now();
    this.poked = false;
    const batch: [string, { item: T; print: string }][] = [];
    for (const entry of this.pending) {
      if (batch.length === this.maxBatch) break;
      batch.push(entry);
    }
    for (const [key] of batch) this.pending.delete(key);
    let delivery: Delivery = 'retry';
    let giveUp: ReturnType<typeof setTimeout> | undefined;
    try {
      delivery = await Promise.race([
        this.send(
          batch.map(([, { item }]) => item),
          this.lastFlush,
        ),
        new Promise<Delivery>((resolve) => (giveUp = setTimeout(() => resolve('retry'), SEND_TIMEOUT_MS))),
      ]);
    } catch {
      delivery = 'retry'; // the service worker may be restarting; the batch is retried
    } finally {
      clearTimeout(giveUp);
    }
    for (const [key, entry] of batch) {
      if (delivery === 'delivered') this.remember(key, entry.print);
      else if (delivery === 'retry' && !this.pending.has(key)) this.pending.set(key, entry);
    }
    this.schedule();
  }

  private remember(key: string, value: string): void {
    this.sent.delete(key);
    this.sent.set(key, value);
    if (this.sent.size > MAX_REMEMBERED) this.sent.delete(this.sent.keys().next().value!);
  }
}
