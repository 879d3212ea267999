// Client of reward-model's worker (src/lib/latestWorker.ts): the newest fit only, on the main thread where no worker runs.
import { createLatestClient, type LatestClient } from '../../lib/latestWorker';
import { runRewardModel, type RmResult, type RmState } from './model';

export function createFitClient(options: { worker?: boolean } = {}): LatestClient<RmState, RmResult> {
  return createLatestClient((s: RmState) => runRewardModel(s), options.worker === false ? null
    : () => new Worker(new URL('./rewardModel.worker.ts', import.meta.url), { type: 'module', name: 'reward-model' }));
}
