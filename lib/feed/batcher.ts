/**
 * What became of a batch: stored; to be sent again (no answer, the service worker restarting, storage full); or
 * refused for good (the background will never take it: sending it again would only hold up every later batch).
 */
export type Delivery = 'delivered' | 'retry' | 'refused';

export type SendItems<T> = (items: T[], at: number) => Promise<Delivery>;

export interface BatcherOptions {
  /** Items per message at most: what the message's schema allows. */
  maxBatch?: number;
  /** Whose turn it is to send: a tab's batchers share one, so that the tab writes at most once per interval. */
  pacer?: Pacer;
  /** Its batches go before the pacer's other sends: what the user waits to see (their popup's figures). */
  urgent?: boolean;
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
 * One tab's sends, one at a time: each starts at least `intervalMs` after the one before was answered (or given up
 * on). The background answers a send once its write transaction is done, so the tab's transactions are at least
 * that far apart, however long the background takes to write; a send that only counts its start could follow a
 * slow write within the second (the benchmark once saw two transactions in one second). Only the page's first turn
 * sends every kind waiting at once (its posts, what the user received, the account): a tab closed within its first
 * seconds, as people close many, keeps them all.
 */
export class Pacer {
  /** Sends waiting, the urgent ones first. */
  private readonly turns: { urgent: (() => Promise<void>)[]; other: (() => Promise<void>)[] } = { urgent: [], other: [] };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private busy = false;
  private firstTurn = true;
  private lastAnswered = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly intervalMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `send` in its turn: after the sends queued before it, or, `urgent`, before every send that is not. */
  queue(send: () => Promise<void>, urgent = false): void {
    (urgent ? this.turns.urgent : this.turns.other).push(send);
    this.next();
  }

  /**
   * The page is going away (closed, or left for another): every send waiting goes now, unpaced. Paced, what a tab
   * read in its last second (or, on a page that first sends what the user received, its first posts) was lost.
   */
  sendAllNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const send of this.turns.urgent.splice(0).concat(this.turns.other.splice(0))) void send().catch(() => undefined);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.turns.urgent.length = 0;
    this.turns.other.length = 0;
  }

  private next(): void {
    if (this.busy || this.timer !== undefined || this.turns.urgent.length + this.turns.other.length === 0) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        const sends = this.firstTurn ? this.turns.urgent.splice(0).concat(this.turns.other.splice(0)) : [this.turns.urgent.shift() ?? this.turns.other.shift()];
        this.firstTurn = false;
        this.busy = true;
        // A send never answered (a service worker stopped mid-way) holds the later ones up no longer than this.
        let giveUp: ReturnType<typeof setTimeout> | undefined;
        const answered = Promise.all(sends.map((send) => send?.().catch(() => undefined)));
        void Promise.race([answered, new Promise<void>((resolve) => (giveUp = setTimeout(resolve, SEND_TIMEOUT_MS)))])
          .catch(() => undefined)
          .finally(() => {
            clearTimeout(giveUp);
            this.busy = false;
            this.lastAnswered = this.now();
            this.next();
          });
      },
      Math.max(0, this.lastAnswered + this.intervalMs - this.now()),
    );
  }
}

/**
 * Collects items and sends them in batches in the turns of its pacer (one message per interval for the tab), so the
 * background writes at most one transaction per second per tab. Only new or changed items are sent (by
 * fingerprint); a batch that was not delivered is kept and sent again, one that was refused is dropped. However
 * many items wait (an outage of the background), a message holds at most `maxBatch`.
 */
export class Batcher<T> {
  /** Items waiting to be sent, with their fingerprints (computed once: they are JSON of a post's readings). */
  private readonly pending = new Map<string, { item: T; print: string }>();
  private readonly sent = new Map<string, string>();
  /** A turn is queued with the pacer: items added meanwhile ride along in it. */
  private queued = false;
  private stopped = false;
  /** A flush was asked for without new items (the sender has something else to ride along). */
  private poked = false;

  private readonly maxBatch: number;
  private readonly pacer: Pacer;
  private readonly urgent: boolean;
  private readonly now: () => number;

  constructor(
    private readonly send: SendItems<T>,
    private readonly keyOf: (item: T) => string,
    private readonly fingerprint: (item: T) => string,
    { maxBatch = 500, now = Date.now, pacer = new Pacer(1000, now), urgent = false }: BatcherOptions = {},
  ) {
    this.maxBatch = maxBatch;
    this.pacer = pacer;
    this.urgent = urgent;
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
    this.pending.clear();
  }

  private schedule(): void {
    if (this.queued || this.stopped || (this.pending.size === 0 && !this.poked)) return;
    this.queued = true;
    this.pacer.queue(() => {
      this.queued = false;
      return this.flush();
    }, this.urgent);
  }

  private async flush(): Promise<void> {
    if (this.stopped) return;
    const at = this.now();
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
          at,
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
