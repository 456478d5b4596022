import type { PostsSeenMessage } from '../messages/schema';
import { postKey, type PostReading } from '../sites/types';

export type SendBatch = (message: PostsSeenMessage) => Promise<boolean>;

const MAX_BATCH = 500;
/** Fingerprints kept to skip resending unchanged posts; older ones are forgotten first. */
const MAX_REMEMBERED = 5000;

function fingerprint(reading: PostReading): string {
  return JSON.stringify([reading.metrics, reading.lowerBounds, reading.context, reading.text.length]);
}

/**
 * Collects post readings and sends them in batches, at most one message per interval, so the
 * background writes at most one transaction per second per tab. Only changed posts are sent;
 * a batch that fails is kept and sent again.
 */
export class ReadingBatcher {
  private readonly pending = new Map<string, PostReading>();
  private readonly sent = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = Number.NEGATIVE_INFINITY;
  private stopped = false;

  constructor(
    private readonly send: SendBatch,
    private readonly intervalMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  add(reading: PostReading): void {
    const key = postKey(reading.site, reading.postId);
    if (this.stopped || this.sent.get(key) === fingerprint(reading)) return;
    this.pending.set(key, reading);
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.pending.clear();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.stopped || this.pending.size === 0) return;
    const wait = Math.max(0, this.lastFlush + this.intervalMs - this.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, wait);
  }

  private async flush(): Promise<void> {
    this.lastFlush = this.now();
    const batch = [...this.pending].slice(0, MAX_BATCH);
    for (const [key] of batch) this.pending.delete(key);
    const posts = batch.map(([, reading]) => reading);
    let delivered = false;
    try {
      delivered = await this.send({ type: 'posts-seen', seenAt: this.lastFlush, posts });
    } catch {
      delivered = false; // the service worker may be restarting; the batch is retried
    }
    for (const [key, reading] of batch) {
      if (delivered) this.remember(key, fingerprint(reading));
      else if (!this.pending.has(key)) this.pending.set(key, reading);
    }
    this.schedule();
  }

  private remember(key: string, value: string): void {
    this.sent.delete(key);
    this.sent.set(key, value);
    if (this.sent.size > MAX_REMEMBERED) this.sent.delete(this.sent.keys().next().value!);
  }
}
