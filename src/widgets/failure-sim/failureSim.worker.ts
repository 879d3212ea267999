// Web Worker of failure-sim: runs the seeded batch (the shown run, 100 runs at the chosen τ, the sweep) off the main
// thread, newest request only (src/lib/latestWorker.ts).
/// <reference lib="webworker" />
import { serveLatest } from '../../lib/latestWorker';
import { runBatch, type SimState } from './model';

serveLatest((s: SimState) => runBatch(s));
