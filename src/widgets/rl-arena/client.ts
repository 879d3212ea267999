// Client of rl-arena's worker (src/lib/latestWorker.ts): the newest request only, partial results as each method
// finishes; on the main thread where no worker runs (there only the final result is delivered). The runs (compute.ts)
// are loaded on the main thread only then: where the worker runs, the page never downloads them.
import { createLatestClient, type LatestClient } from '../../lib/latestWorker';
import type { ArenaResult, ArenaState } from './model';

export function createArenaClient(options: { worker?: boolean } = {}): LatestClient<ArenaState, ArenaResult> {
  return createLatestClient({ load: async () => (await import('./compute')).computeArena }, options.worker === false ? null
    : () => new Worker(new URL('./rlArena.worker.ts', import.meta.url), { type: 'module', name: 'rl-arena' }));
}
