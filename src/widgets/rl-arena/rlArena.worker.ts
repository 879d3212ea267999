// Web Worker of rl-arena: trains every chosen method on the arena task (best-of-n first, exact), posting the result so
// far after each method, newest request only.
/// <reference lib="webworker" />
import { serveLatest } from '../../lib/latestWorker';
import { computeArena } from './compute';
import type { ArenaState } from './model';

serveLatest((s: ArenaState, emit) => computeArena(s, emit));
