/** The account link is searched in the whole document: not on every post. */
export const ACCOUNT_RECHECK_MS = 2000;

/**
 * The user's own handle on the site, read from the page's navigation once it is rendered: looked for at most every
 * 2 s until found, then kept. `found` hears it once (the background records whose account this is).
 */
export function accountReader(read: () => string | undefined, found: (handle: string) => void, now: () => number = Date.now): () => string | undefined {
  let me: string | undefined;
  let checkedAt = Number.NEGATIVE_INFINITY;
  return () => {
    if (me) return me;
    const at = now();
    if (at - checkedAt < ACCOUNT_RECHECK_MS) return undefined;
    checkedAt = at;
    me = read();
    if (me) found(me);
    return me;
  };
}
