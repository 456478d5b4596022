import { describe, expect, it, vi } from 'vitest';
import { SEND_TIMEOUT_MS } from '../../../lib/feed/batcher';
import { HealthTally } from '../../../lib/feed/health-tally';
import { createSenders } from '../../../lib/feed/senders';
import type { ExtensionMessage, MessageReply } from '../../../lib/messages/schema';
import type { PostReading } from '../../../lib/sites/types';

const reading = (postId: string, handle = 'ana'): PostReading => ({
  site: 'x',
  postId,
  permalink: `https://x.com/${handle}/status/${postId}`,
  author: { handle },
  text: 'Shipping the beta today',
  metrics: { likes: 3 },
  lowerBounds: [],
  context: {},
});
const flushed = () => new Promise((done) => setTimeout(done, 1100));

describe('createSenders', () => {
  it('sends posts with the health report riding along; items refused for good are dropped and counted as rejected', async () => {
    const sent: ExtensionMessage[] = [];
    const replies: MessageReply[] = [{ ok: true, rejected: 1 }, { ok: true }];
    const health = new HealthTally(() => undefined);
    const senders = createSenders('x', async (message) => (sent.push(message), replies.shift()), health);
    health.countReading(document.createElement('article'), { ok: true, post: reading('1') });
    senders.posts.add(reading('1'));
    senders.posts.add(reading('2'));
    await flushed();
    expect(sent[0]).toMatchObject({ type: 'posts-seen', posts: [{ postId: '1' }, { postId: '2' }], health: { seen: 1, read: 1 } });
    // The one item the background refused rides along with the next report, and is never sent again.
    senders.posts.poke();
    await flushed();
    expect(sent[1]).toMatchObject({ type: 'adapter-health', site: 'x', rejected: 1, seen: 0 });
    senders.stop();
  });

  it('sends a batch that got no answer again, with the same health report', async () => {
    const sent: ExtensionMessage[] = [];
    let answered = false;
    const health = new HealthTally(() => undefined);
    const senders = createSenders('x', async (message) => {
      sent.push(message);
      const reply = answered ? { ok: true as const } : undefined;
      answered = true;
      return reply;
    }, health);
    health.countRejected(1);
    senders.posts.add(reading('1'));
    await flushed();
    await flushed();
    expect(sent).toHaveLength(2);
    const [first, second] = sent.map((message) => (message.type === 'posts-seen' ? message.health?.id : undefined));
    expect(first).toBeDefined();
    expect(second).toBe(first);
    senders.stop();
  });
});

describe('createSenders while a feed scrolls', () => {
  it('writes at most once a second for the tab: every kind takes turns, each send a second after the last was answered, however slow', async () => {
    vi.useFakeTimers();
    try {
      const sends: { type: string; start: number; end: number }[] = [];
      // The background takes 0 to 900 ms to write and answer, turn about.
      const delays = [0, 900, 300, 650, 50];
      const health = new HealthTally(() => undefined);
      const senders = createSenders('x', async (message) => {
        const send = { type: message.type, start: Date.now(), end: Number.NaN };
        sends.push(send);
        await new Promise((done) => setTimeout(done, delays[sends.length % delays.length]));
        send.end = Date.now();
        return { ok: true };
      }, health);
      senders.sendOnce({ type: 'account-seen', site: 'x', handle: 'me' });
      for (let tick = 0; tick < 600; tick += 1) {
        senders.posts.add(reading(String(tick)));
        if (tick % 50 === 7) senders.received.add({ site: 'x', kind: 'mention', actor: { handle: `fan${tick}` }, sourcePostId: String(tick) });
        if (tick % 200 === 9) senders.given.add({ id: `g${tick}`, at: Date.now(), item: { site: 'x', kind: 'like', to: [{ handle: 'ana' }], thanks: false } });
        await vi.advanceTimersByTimeAsync(16);
      }
      await vi.advanceTimersByTimeAsync(10_000);
      senders.stop();
      expect(new Set(sends.map((send) => send.type))).toEqual(new Set(['account-seen', 'posts-seen', 'interactions-received', 'interactions-given']));
      // The page's first turn sends each kind waiting once; every later send starts a second after all before it ended.
      const firstTurn = sends.filter((send) => send.start === sends[0]!.start);
      expect(new Set(firstTurn.map((send) => send.type)).size).toBe(firstTurn.length);
      for (const [index, send] of sends.entries()) {
        if (index < firstTurn.length) continue;
        const lastEnd = Math.max(...sends.slice(0, index).map((earlier) => earlier.end));
        expect(send.start - lastEnd, `send ${index} (${send.type})`).toBeGreaterThanOrEqual(1000);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends every kind waiting in the page\'s first turn, then what the user received or gave before the posts waiting with it', async () => {
    vi.useFakeTimers();
    try {
      const sends: { type: string; at: number }[] = [];
      const senders = createSenders('x', async (message) => (sends.push({ type: message.type, at: Date.now() }), { ok: true }), new HealthTally(() => undefined));
      const start = Date.now();
      senders.posts.add(reading('1'));
      senders.sendOnce({ type: 'account-seen', site: 'x', handle: 'me' });
      senders.received.add({ site: 'x', kind: 'mention', actor: { handle: 'carla_cm' }, sourcePostId: '2' });
      await vi.advanceTimersByTimeAsync(100);
      senders.posts.add(reading('3'));
      senders.received.add({ site: 'x', kind: 'mention', actor: { handle: 'ana_writes' }, sourcePostId: '4' });
      await vi.advanceTimersByTimeAsync(5000);
      senders.stop();
      expect(sends.map(({ type, at }) => [type, at - start])).toEqual([
        ['interactions-received', 0],
        ['posts-seen', 0],
        ['account-seen', 0],
        ['interactions-received', 1000],
        ['posts-seen', 2000],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not let a message that is never answered hold up the tab\'s later sends', async () => {
    vi.useFakeTimers();
    try {
      const sends: string[] = [];
      const senders = createSenders('x', (message) => {
        sends.push(message.type);
        // The service worker stopped while it handled the account: no answer, ever.
        return message.type === 'account-seen' ? new Promise(() => undefined) : Promise.resolve({ ok: true });
      }, new HealthTally(() => undefined));
      senders.sendOnce({ type: 'account-seen', site: 'x', handle: 'me' });
      await vi.advanceTimersByTimeAsync(0);
      senders.posts.add(reading('1'));
      await vi.advanceTimersByTimeAsync(SEND_TIMEOUT_MS + 1000);
      senders.stop();
      expect(sends).toEqual(['account-seen', 'posts-seen']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends what waits for its turn at once when the page goes away: the posts of a tab closed within a second are kept', async () => {
    vi.useFakeTimers();
    try {
      const sends: string[] = [];
      const senders = createSenders('x', async (message) => (sends.push(message.type), { ok: true }), new HealthTally(() => undefined));
      senders.received.add({ site: 'x', kind: 'mention', actor: { handle: 'carla_cm' }, sourcePostId: '2' });
      await vi.advanceTimersByTimeAsync(100);
      senders.posts.add(reading('1'));
      await vi.advanceTimersByTimeAsync(100);
      expect(sends).toEqual(['interactions-received']);
      window.dispatchEvent(new Event('pagehide'));
      await vi.advanceTimersByTimeAsync(0);
      expect(sends).toEqual(['interactions-received', 'posts-seen']);
      senders.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
