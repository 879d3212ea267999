// Client of failure-sim's worker (the pattern of src/tokenizers/client.ts, smaller): one request in flight, only the
// newest waiting; an answer to a request that a newer one replaced is dropped. Where Worker does not exist (the
// server, tests) or fails to start (a sandboxed iframe), the same batch runs on the main thread after a macrotask,
// newest request only.
import type { BatchRequest, BatchResponse } from './failureSim.worker';
import { runBatch, type Batch, type SimState } from './model';

export interface BatchClient {
  /** Asks for the batch of `state`; `onResult` gets it unless a newer request came first. */
  request(state: SimState, onResult: (batch: Batch) => void): void;
  readonly mode: () => 'worker' | 'main';
  dispose(): void;
}

export function createBatchClient(options: { worker?: boolean } = {}): BatchClient {
  let worker: Worker | null = null;
  let seq = 0;
  let busy = false;
  let waiting: BatchRequest | null = null;
  let inflight: BatchRequest | null = null;
  let deliver: ((batch: Batch) => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const onMessage = (e: MessageEvent<BatchResponse>) => {
    busy = false;
    inflight = null;
    if (e.data.seq === seq && deliver) deliver(e.data.batch);
    const next = waiting;
    waiting = null;
    if (next && next.seq === seq) post(next);
  };
  const onError = (e: Event) => {
    e.preventDefault();
    const next = waiting ?? inflight;
    worker?.terminate();
    worker = null;
    busy = false;
    // The newest request is answered on the main thread instead.
    if (next) runHere(next);
  };

  if (options.worker !== false && typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./failureSim.worker.ts', import.meta.url), { type: 'module', name: 'failure-sim' });
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
    } catch {
      worker = null;
    }
  }

  function post(r: BatchRequest) {
    if (!worker) { runHere(r); return; }
    if (busy) { waiting = r; return; }
    busy = true;
    inflight = r; // kept until answered, so a failing worker's request can run here
    waiting = null;
    worker.postMessage(r);
  }

  function runHere(r: BatchRequest) {
    waiting = null;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (disposed || r.seq !== seq) return;
      const batch = runBatch(r.state);
      if (r.seq === seq && deliver) deliver(batch);
    }, 0);
  }

  return {
    request(state, onResult) {
      if (disposed) return;
      seq++;
      deliver = onResult;
      post({ seq, state: { ...state } });
    },
    mode: () => (worker ? 'worker' : 'main'),
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      worker?.removeEventListener('message', onMessage);
      worker?.removeEventListener('error', onError);
      worker?.terminate();
      worker = null;
    },
  };
}
