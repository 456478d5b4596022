import { describe, expect, it } from 'vitest';
import { accountReader, ACCOUNT_RECHECK_MS } from '../../../lib/feed/account';

describe('accountReader', () => {
  it('looks for the account at most every 2 s until the page shows it, then keeps it and reports it once', () => {
    let now = 0;
    const page: { shown?: string } = {};
    let looks = 0;
    const found: string[] = [];
    const account = accountReader(() => (looks++, page.shown), (handle) => found.push(handle), () => now);
    expect(account()).toBeUndefined();
    page.shown = 'maya_makes';
    now += ACCOUNT_RECHECK_MS - 1;
    expect(account()).toBeUndefined(); // not looked for again yet
    expect(looks).toBe(1);
    now += 1;
    expect(account()).toBe('maya_makes');
    expect(account()).toBe('maya_makes');
    expect(looks).toBe(2);
    expect(found).toEqual(['maya_makes']);
  });
});
