// Web Worker of reward-model: draws the seeded pairs and fits the Bradley–Terry reward model off the main thread,
// newest request only (src/lib/latestWorker.ts).
/// <reference lib="webworker" />
import { serveLatest } from '../../lib/latestWorker';
import { runRewardModel, type RmState } from './model';

serveLatest((s: RmState) => runRewardModel(s));
