// Web Worker of post-training-loop: runs the seeded loop off the main thread, posting each round as it is done
// (src/lib/latestWorker.ts), newest request only.
/// <reference lib="webworker" />
import { serveLatest } from '../../lib/latestWorker';
import { runLoop, type LoopResult, type LoopState } from './model';

serveLatest((s: LoopState, emit?: (p: LoopResult) => void) => runLoop(s, emit));
