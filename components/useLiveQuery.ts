import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export type LiveState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

/**
 * Subscribes to a Dexie live query: the view updates whenever the rows it read change. A query that is not
 * `enabled` yet stays loading, so the figures that matter first get the database to themselves; `initial` is a
 * value already read, shown until the live query answers.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], enabled = true, initial?: T): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>(initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial });
  useEffect(() => {
    if (!enabled) return undefined;
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'error', error: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the query depends on
  }, [...deps, enabled]);
  return state;
}
