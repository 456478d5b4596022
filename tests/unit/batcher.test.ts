import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Batcher, SEND_TIMEOUT_MS, type Delivery } from '../../lib/feed/batcher';
import type { PostReading } from '../../lib/sites/types';

const reading = (postId: string, likes = 1): PostReading => ({
  site: 'x',
  postId,
  permalink: `https://x.com/a/status/${postId}`,
  author: { handle: 'a' },
  text: '',
  metrics: { likes },
  lowerBounds: [],
  context: {},
});

interface Sent {
  posts: PostReading[];
  seenAt: number;
}

/** A batcher of post readings as the content script makes it: keyed by post, fingerprinted by counts. */
function postBatcher(send: (sent: Sent) => Promise<boolean | Delivery>, maxBatch = 500) {
  return new Batcher<PostReading>(
    async (posts, seenAt) => {
      const outcome = await send({ posts, seenAt });
      return outcome === true ? 'delivered' : outcome === false ? 'retry' : outcome;
    },
    (post) => post.postId,
    (post) => JSON.stringify(post.metrics),
    { maxBatch, now: () => Date.now() },
  );
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Batcher', () => {
  it('sends at most one batch per second, with every post read meanwhile', async () => {
    const sent: Sent[] = [];
    const batcher = postBatcher(async (message) => (sent.push(message), true));
    batcher.add(reading('1'));
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 2; i <= 50; i += 1) {
      batcher.add(reading(String(i)));
      await vi.advanceTimersByTimeAsync(20);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((message) => message.posts.length)).toEqual([1, 49]);
    expect(sent[1]!.seenAt - sent[0]!.seenAt).toBeGreaterThanOrEqual(1000);
  });

  it('does not resend a post whose counts did not change, and resends one whose counts did', async () => {
    const sent: Sent[] = [];
    const batcher = postBatcher(async (message) => (sent.push(message), true));
    batcher.add(reading('1', 1));
    await vi.advanceTimersByTimeAsync(1500);
    batcher.add(reading('1', 1));
    await vi.advanceTimersByTimeAsync(1500);
    batcher.add(reading('1', 2));
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent.map((message) => message.posts[0]!.metrics.likes)).toEqual([1, 2]);
  });

  it('keeps a batch that failed and sends it again', async () => {
    let attempts = 0;
    const delivered: string[] = [];
    const batcher = postBatcher(async (message) => {
      attempts += 1;
      if (attempts === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      delivered.push(...message.posts.map((post) => post.postId));
      return true;
    });
    batcher.add(reading('1'));
    await vi.advanceTimersByTimeAsync(2500);
    expect(delivered).toEqual(['1']);
  });

  it('sends nothing after it is stopped', async () => {
    const send = vi.fn(async () => true);
    const batcher = postBatcher(send);
    batcher.add(reading('1'));
    batcher.stop();
    batcher.add(reading('2'));
    await vi.advanceTimersByTimeAsync(3000);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('Batcher.poke', () => {
  it('sends once without new items when poked, still at most once per interval', async () => {
    const sent: number[] = [];
    const batcher = new Batcher<PostReading>(async (items) => (sent.push(items.length), 'delivered'), (post) => post.postId, () => 'x');
    batcher.add(reading('1'));
    await vi.advanceTimersByTimeAsync(0);
    batcher.poke();
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toEqual([1]);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toEqual([1, 0]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toEqual([1, 0]);
  });
});

describe('Batcher and a service worker that never answers', () => {
  it('counts an unanswered send as undelivered after the timeout and sends the batch again', async () => {
    const attempts: Sent[] = [];
    const batcher = postBatcher((message) => {
      attempts.push(message);
      // The first message goes to a worker stopped mid-way: no answer, ever. The next one is answered.
      return attempts.length === 1 ? new Promise<boolean>(() => undefined) : Promise.resolve(true);
    });
    batcher.add(reading('1'));
    await vi.advanceTimersByTimeAsync(SEND_TIMEOUT_MS - 1);
    expect(attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1001);
    expect(attempts.map((message) => message.posts.map((post) => post.postId))).toEqual([['1'], ['1']]);
    batcher.add(reading('2'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(attempts.at(-1)!.posts.map((post) => post.postId)).toEqual(['2']);
  });
});

describe('Batcher and what the background refuses', () => {
  it('drops a batch refused for good instead of retrying it every second, and delivers the next posts', async () => {
    const attempts: string[][] = [];
    const batcher = postBatcher(async (message) => {
      const ids = message.posts.map((post) => post.postId);
      attempts.push(ids);
      return ids.includes('bad') ? 'refused' : 'delivered';
    });
    batcher.add(reading('bad'));
    await vi.advanceTimersByTimeAsync(5000);
    batcher.add(reading('2'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(attempts).toEqual([['bad'], ['2']]);
  });

  it('never sends more than a message holds: 150 sends queued through an outage go as 100 and 50', async () => {
    const sizes: number[] = [];
    let outage = true;
    const batcher = postBatcher(async (message) => {
      sizes.push(message.posts.length);
      if (message.posts.length > 100) return 'refused'; // what the schema would do
      return outage ? 'retry' : 'delivered';
    }, 100);
    for (let i = 0; i < 150; i += 1) batcher.add(reading(String(i)));
    await vi.advanceTimersByTimeAsync(2500);
    outage = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(sizes.every((size) => size <= 100)).toBe(true);
    expect(sizes.slice(-2)).toEqual([100, 50]);
  });
});
