// Client of speech-adapter's worker (src/lib/latestWorker.ts): the newest request only, on the main thread where no worker runs.
import { createLatestClient, type LatestClient } from '../../lib/latestWorker';
import { computeSpectrogram, type SpecRequest, type SpecResult } from './model';

export function createSpecClient(options: { worker?: boolean } = {}): LatestClient<SpecRequest, SpecResult> {
  return createLatestClient((r: SpecRequest) => computeSpectrogram(r), options.worker === false ? null
    : () => new Worker(new URL('./speechAdapter.worker.ts', import.meta.url), { type: 'module', name: 'speech-adapter' }));
}
