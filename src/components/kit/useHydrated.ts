import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False on the server and in the render that hydrates the server's HTML, true in every later render (and in a
 * component first mounted on the client): what a part renders for readers without JavaScript can differ from what
 * it keeps once the page runs, without a hydration mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(never, () => true, () => false);
}
