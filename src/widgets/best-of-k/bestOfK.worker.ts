// Web Worker of best-of-k: fits the reward model and computes best-of-K exactly for K = 1…64 (cached per scorer and
// seed), the shown prompt's distribution and the sampled selection rounds, off the main thread, newest request only.
/// <reference lib="webworker" />
import { serveLatest } from '../../lib/latestWorker';
import { computeBok, type BokState } from './model';

serveLatest((s: BokState) => computeBok(s));
