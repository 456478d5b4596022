import { afterEach, describe, expect, it, vi } from 'vitest';
import { HealthTally } from '../../../lib/feed/health-tally';
import type { PostReading } from '../../../lib/sites/types';

const post = { site: 'x', postId: '1', permalink: 'https://x.com/a/status/1', author: { handle: 'a' }, text: '', metrics: {}, lowerBounds: [], context: {} } as PostReading;
const read = { ok: true as const, post };
const unread = { ok: false as const, missing: ['metrics' as const] };

describe('HealthTally', () => {
  afterEach(() => vi.useRealTimers());

  it('counts a post once as seen, and takes back its failure when a later reading of it succeeds', () => {
    const tally = new HealthTally(() => undefined);
    const [a, b] = [document.createElement('article'), document.createElement('article')];
    tally.countReading(a, unread);
    tally.countReading(b, read);
    tally.countReading(b, read); // a re-render read again
    expect(tally.take()).toMatchObject({ seen: 2, read: 1, missing: { metrics: 1 } });
    tally.answered();
    tally.countReading(a, read); // the site finished rendering the first post
    expect(tally.take()).toMatchObject({ seen: 0, read: 1, missing: { metrics: -1 } });
  });

  it('sends an unanswered report again with its id, and a new one once it was answered', () => {
    const tally = new HealthTally(() => undefined);
    tally.countRejected(2);
    const first = tally.take()!;
    tally.countReading(document.createElement('article'), read);
    expect(tally.take()).toBe(first);
    tally.answered();
    const next = tally.take()!;
    expect(next.id).not.toBe(first.id);
    expect(next).toMatchObject({ seen: 1, read: 1 });
    tally.answered();
    expect(tally.take()).toBeUndefined(); // nothing counted since
  });

  it('asks for a report a few seconds after counting, once for all counted meanwhile, and not after stopping', () => {
    vi.useFakeTimers();
    const report = vi.fn();
    const tally = new HealthTally(report, 5000);
    tally.countReading(document.createElement('article'), read);
    tally.countRejected(1);
    vi.advanceTimersByTime(4999);
    expect(report).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(report).toHaveBeenCalledTimes(1);
    tally.countRejected(1);
    tally.stop();
    vi.advanceTimersByTime(10_000);
    expect(report).toHaveBeenCalledTimes(1);
  });
});
