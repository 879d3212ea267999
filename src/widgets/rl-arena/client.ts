// Client of rl-arena's worker (src/lib/latestWorker.ts): the newest request only, partial results as each method
// finishes; on the main thread where no worker runs (there only the final result is delivered).
import { createLatestClient, type LatestClient } from '../../lib/latestWorker';
import { computeArena, type ArenaResult, type ArenaState } from './model';

export function createArenaClient(options: { worker?: boolean } = {}): LatestClient<ArenaState, ArenaResult> {
  return createLatestClient((s: ArenaState, emit?: (r: ArenaResult) => void) => computeArena(s, emit), options.worker === false ? null
    : () => new Worker(new URL('./rlArena.worker.ts', import.meta.url), { type: 'module', name: 'rl-arena' }));
}
