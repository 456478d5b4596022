export type SendItems<T> = (items: T[], at: number) => Promise<boolean>;

const MAX_BATCH = 500;
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
 * fingerprint); a batch that fails is kept and sent again.
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

  constructor(
    private readonly send: SendItems<T>,
    private readonly keyOf: (item: T) => string,
    private readonly fingerprint: (item: T) => string,
    private readonly intervalMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

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
    const batch = [...this.pending].slice(0, MAX_BATCH);
    for (const [key] of batch) this.pending.delete(key);
    let delivered = false;
    let giveUp: ReturnType<typeof setTimeout> | undefined;
    try {
      delivered = await Promise.race([
        this.send(
          batch.map(([, { item }]) => item),
          this.lastFlush,
        ),
        new Promise<false>((resolve) => (giveUp = setTimeout(() => resolve(false), SEND_TIMEOUT_MS))),
      ]);
    } catch {
      delivered = false; // the service worker may be restarting; the batch is retried
    } finally {
      clearTimeout(giveUp);
    }
    for (const [key, entry] of batch) {
      if (delivered) this.remember(key, entry.print);
      else if (!this.pending.has(key)) this.pending.set(key, entry);
    }
    this.schedule();
  }

  private remember(key: string, value: string): void {
    this.sent.delete(key);
    this.sent.set(key, value);
    if (this.sent.size > MAX_REMEMBERED) this.sent.delete(this.sent.keys().next().value!);
  }
}
