// Client of best-of-k's worker (src/lib/latestWorker.ts): the newest request only, on the main thread where no worker runs.
import { createLatestClient, type LatestClient } from '../../lib/latestWorker';
import { computeBok, type BokResult, type BokState } from './model';

export function createBokClient(options: { worker?: boolean } = {}): LatestClient<BokState, BokResult> {
  return createLatestClient((s: BokState) => computeBok(s), options.worker === false ? null
    : () => new Worker(new URL('./bestOfK.worker.ts', import.meta.url), { type: 'module', name: 'best-of-k' }));
}
