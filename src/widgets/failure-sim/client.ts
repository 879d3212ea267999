// Client of failure-sim's worker (src/lib/latestWorker.ts): the newest batch only, on the main thread where no worker runs.
import { createLatestClient, type LatestClient } from '../../lib/latestWorker';
import { runBatch, type Batch, type SimState } from './model';

export function createBatchClient(options: { worker?: boolean } = {}): LatestClient<SimState, Batch> {
  return createLatestClient((s: SimState) => runBatch(s), options.worker === false ? null
    : () => new Worker(new URL('./failureSim.worker.ts', import.meta.url), { type: 'module', name: 'failure-sim' }));
}
