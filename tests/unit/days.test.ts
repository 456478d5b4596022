import { afterEach, describe, expect, it, vi } from 'vitest';
import { awayFromMidnight, localDay } from '../support/days';

afterEach(() => {
  vi.useRealTimers();
});

describe('awayFromMidnight (tests that read "today" run within one day)', () => {
  it('waits until a midnight less than the span away has passed, and not otherwise', async () => {
    vi.useFakeTimers();
    const late = new Date(2026, 11, 7, 23, 59, 30).getTime();
    vi.setSystemTime(late);
    const waiting = awayFromMidnight(90_000);
    await vi.advanceTimersByTimeAsync(31_000);
    expect(await waiting).toBe(31_000);
    expect(localDay()).not.toBe(localDay(late));
    // After it, the whole span lies in the new day.
    expect(localDay(Date.now() + 90_000)).toBe(localDay());
    expect(await awayFromMidnight(90_000, new Date(2026, 11, 8, 12, 0).getTime())).toBe(0);
  });
});
