// Web Worker of failure-sim: runs the seeded batch (the shown run, 100 runs at the chosen τ, the sweep) off the main
// thread. One request at a time; the client drops answers to requests that a newer one replaced (client.ts).
/// <reference lib="webworker" />
import { runBatch, type Batch, type SimState } from './model';

export interface BatchRequest { seq: number; state: SimState }
export interface BatchResponse { seq: number; batch: Batch }

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<BatchRequest>) => {
  const { seq, state } = event.data;
  scope.postMessage({ seq, batch: runBatch(state) } satisfies BatchResponse);
};
