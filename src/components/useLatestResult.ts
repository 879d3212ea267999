// The result of a long computation for the current state, from a LatestClient (src/lib/latestWorker.ts): the last
// result is kept, marked stale, until the new one arrives, so a view never blanks while its worker computes. Partial
// results (done = false) arrive in order for the same key. The client is created once, after hydration.
import { useEffect, useRef, useState } from 'react';
import type { LatestClient } from '../lib/latestWorker';

export interface LatestResult<R> {
  /** The newest result received, for this key or an earlier one (null before the first). */
  result: R | null;
  /** The result is for the current key. */
  fresh: boolean;
  /** The result is for the current key and final. */
  done: boolean;
}

/** `key` must change exactly when an input of `state` changes. */
export function useLatestResult<S, R>(state: S, key: string, create: () => LatestClient<S, R>): LatestResult<R> {
  const client = useRef<LatestClient<S, R> | null>(null);
  const [got, setGot] = useState<{ key: string; result: R; done: boolean } | null>(null);
  useEffect(() => {
    const c = create();
    client.current = c;
    return () => { c.dispose(); client.current = null; };
    // The client is made once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    client.current?.request(state, (result, done) => setGot({ key, result, done }));
    // `key` holds every input of `state`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return { result: got?.result ?? null, fresh: got?.key === key, done: got?.key === key && got.done };
}
