// The pieces of Llama 3's post-training round on the toy (report §4.1–4.2): preference strength levels and Llama 2's
// margins, fitting the Bradley–Terry reward model, rejection sampling with it, and the SFT and DPO runs that
// follow, plus model averaging. Pure and seeded: the same inputs give the same numbers in a test, a page and a worker.
import { LLAMA2_MARGINS, STRENGTH_LEVELS, type StrengthLevel } from '../../data/postTraining';
import type { PreferencePair } from './data';
import type { PolicyKind } from './policy';
import { sampleResponse } from './sequences';
import {
  adamState, adamStep, dpoLoss, rmLossFromDiffs, rmPairDiffs, rmSize, sftLoss, type DpoOptions, type RmFeature,
} from './train';
import { mulberry32, type Uniform } from '../rng';

// ——— Preference strength ———

/**
 * The toy annotator's strength level for a pair, from the size of the gold-reward gap it saw: ≥ 1 significantly
 * better, ≥ 0.5 better, ≥ 0.2 slightly better, else marginally better. These thresholds are the toy's (the report
 * gives neither thresholds nor the share of each level: facts-2 §L.1).
 */
export const STRENGTH_THRESHOLDS = [1, 0.5, 0.2] as const;

export function strengthOf(pair: Pick<PreferencePair, 'goldGap'>): StrengthLevel {
  const gap = Math.abs(pair.goldGap);
  for (let i = 0; i < STRENGTH_THRESHOLDS.length; i++) if (gap >= STRENGTH_THRESHOLDS[i]!) return STRENGTH_LEVELS[i]!;
  return STRENGTH_LEVELS[3];
}

/** Which margin the reward model's loss subtracts: none (Llama 3), or Llama 2's small or large variant. */
export type MarginVariant = 'none' | 'small' | 'large';
export const MARGIN_VARIANTS: readonly MarginVariant[] = ['none', 'small', 'large'];

/** Per-pair margins m(r) for a variant, or null for none. */
export function marginsFor(pairs: readonly PreferencePair[], variant: MarginVariant): number[] | null {
  if (variant === 'none') return null;
  const table = LLAMA2_MARGINS.value[variant];
  return pairs.map((p) => table[STRENGTH_LEVELS.indexOf(strengthOf(p))]!);
}

/** The pairs whose level is in `levels` (Llama 3 keeps "significantly better" and "better" only). */
export function keepLevels(pairs: readonly PreferencePair[], levels: readonly StrengthLevel[]): PreferencePair[] {
  return pairs.filter((p) => levels.includes(strengthOf(p)));
}

// ——— The reward model ———

/** Share of pairs the reward model orders as labelled (ties count half). NaN-free: 0 pairs give 0. */
export function rmAccuracy(w: Float64Array, features: readonly RmFeature[], pairs: readonly PreferencePair[]): number {
  return accuracyOfDiffs(w, rmPairDiffs(features, pairs));
}

function accuracyOfDiffs(w: Float64Array, diffs: readonly Float64Array[]): number {
  if (diffs.length === 0) return 0;
  let right = 0;
  for (const d of diffs) {
    let z = 0;
    for (let j = 0; j < d.length; j++) z += w[j]! * d[j]!;
    right += z > 0 ? 1 : z === 0 ? 0.5 : 0;
  }
  return right / diffs.length;
}

export interface RmTracePoint {
  step: number;
  loss: number;
  trainAccuracy: number;
  heldOutAccuracy: number;
}

export interface RmFitOptions {
  steps: number;
  lr: number;
  /** Record the trace every this many steps (and at the last step). */
  every: number;
}
export const RM_FIT_DEFAULTS: RmFitOptions = { steps: 200, lr: 0.05, every: 10 };

/**
 * Fits the linear Bradley–Terry reward model from zero weights by full-batch Adam on `train` (loss with the given
 * margins, none = Llama 3), recording loss and accuracy on `train` and `heldOut`. Deterministic.
 */
export function fitRewardModel(
  features: readonly RmFeature[], train: readonly PreferencePair[], heldOut: readonly PreferencePair[],
  margins: readonly number[] | null, o: RmFitOptions = RM_FIT_DEFAULTS,
): { w: Float64Array; trace: RmTracePoint[] } {
  const w = new Float64Array(rmSize(features));
  const grad = new Float64Array(w.length);
  const adam = adamState(w.length);
  const trace: RmTracePoint[] = [];
  if (train.length === 0) return { w, trace };
  const trainDiffs = rmPairDiffs(features, train), heldOutDiffs = rmPairDiffs(features, heldOut);
  for (let step = 0; step <= o.steps; step++) {
    const loss = rmLossFromDiffs(w, trainDiffs, margins, grad);
    if (step % o.every === 0 || step === o.steps) {
      trace.push({ step, loss, trainAccuracy: accuracyOfDiffs(w, trainDiffs), heldOutAccuracy: accuracyOfDiffs(w, heldOutDiffs) });
    }
    if (step < o.steps) adamStep(w, grad, adam, o.lr);
  }
  return { w, trace };
}

// ——— Rejection sampling ———

/** Draws K responses from the policy for a prompt and keeps the one the scorer likes best (first drawn on a tie). */
export function rejectionSample(
  table: Float64Array, prompt: number, k: number, score: (prompt: number, id: number) => number, uniform: Uniform,
): { best: number; samples: number[] } {
  const samples = Array.from({ length: k }, () => sampleResponse(table, prompt, uniform));
  let best = samples[0]!, top = score(prompt, best);
  for (const id of samples) {
    const s = score(prompt, id);
    if (s > top) {
      best = id;
      top = s;
    }
  }
  return { best, samples };
}

// ——— Training runs ———

export interface RunOptions {
  steps: number;
  batch: number;
  lr: number;
  seed: number;
}

/** Minibatches drawn with replacement, seeded. */
function batchOf<T>(data: readonly T[], size: number, uniform: Uniform): T[] {
  return Array.from({ length: size }, () => data[Math.floor(uniform() * data.length)]!);
}

/** SFT from theta0 on (prompt, response) examples: Adam on minibatches. Returns new parameters. */
export function trainSft(
  kind: PolicyKind, theta0: Float64Array, examples: readonly { prompt: number; id: number }[], o: RunOptions,
): Float64Array {
  const theta = Float64Array.from(theta0);
  if (examples.length === 0) return theta;
  const grad = new Float64Array(theta.length), adam = adamState(theta.length), uniform = mulberry32(o.seed);
  for (let s = 0; s < o.steps; s++) {
    sftLoss(kind, theta, batchOf(examples, o.batch, uniform), grad);
    adamStep(theta, grad, adam, o.lr);
  }
  return theta;
}

/**
 * DPO from theta0 against a fixed reference table on preference pairs. `onStep(step, theta)` is called after every
 * step (for traces). Returns new parameters.
 */
export function trainDpo(
  kind: PolicyKind, theta0: Float64Array, refTable: Float64Array, pairs: readonly PreferencePair[], dpo: DpoOptions,
  o: RunOptions, onStep?: (step: number, theta: Float64Array) => void,
): Float64Array {
  const theta = Float64Array.from(theta0);
  if (pairs.length === 0) return theta;
  const grad = new Float64Array(theta.length), adam = adamState(theta.length), uniform = mulberry32(o.seed);
  for (let s = 0; s < o.steps; s++) {
    dpoLoss(kind, theta, refTable, batchOf(pairs, o.batch, uniform), dpo, grad);
    adamStep(theta, grad, adam, o.lr);
    onStep?.(s + 1, theta);
  }
  return theta;
}

/** Model averaging (report §4.1.5): the element-wise mean of parameter vectors of one shape. */
export function averageParams(models: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(models[0]?.length ?? 0);
  for (const m of models) for (let i = 0; i < out.length; i++) out[i]! += m[i]! / models.length;
  return out;
}

