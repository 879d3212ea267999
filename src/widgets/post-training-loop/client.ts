// Client of post-training-loop's worker (src/lib/latestWorker.ts): the newest loop only, rounds arriving one by one;
// on the main thread (final result only) where no worker runs.
import { createLatestClient, type LatestClient } from '../../lib/latestWorker';
import { runLoop, type LoopResult, type LoopState } from './model';

export function createLoopClient(options: { worker?: boolean } = {}): LatestClient<LoopState, LoopResult> {
  return createLatestClient((s: LoopState, emit?: (p: LoopResult) => void) => runLoop(s, emit), options.worker === false ? null
    : () => new Worker(new URL('./postTrainingLoop.worker.ts', import.meta.url), { type: 'module', name: 'post-training-loop' }));
}
