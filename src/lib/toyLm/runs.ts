// Training runs of the online methods on the toy, recorded with exact metrics (design §2.1.2): GRPO and PPO against a
// reward (the proxy reward model, or the gold reward itself), from a starting policy and a fixed reference. Seeded and
// deterministic; meant for a Web Worker (each run well under a second here: rl.test.ts measures it).
import { cell, logProbTable, type PolicyKind } from './policy';
import { exactStatsAll, responseSteps, sampleResponse, sequenceLogProb, type ExactStats } from './sequences';
import type { PreferencePair } from './data';
import { trainDpo } from './postTraining';
import { PROMPTS } from './space';
import { adamState, adamStep, type DpoOptions } from './train';
import {
  VALUE_SIZE, gae, groupAdvantages, grpoLoss, ppoPolicyLoss, ppoRewards, valueLoss, valuesAlong, whiten,
  type GrpoGroup, type GrpoOptions, type PpoToken,
} from './rl';
import { mulberry32 } from '../rng';

/** A reward by (prompt, response id). */
export type Reward = (prompt: number, id: number) => number;

/** One recorded point of a run: exact statistics of the policy against the reference under the gold reward, and
 *  the expected proxy reward (the reward the method optimises). */
export interface RunPoint {
  step: number;
  gold: number;
  proxy: number;
  kl: number;
  meanLength: number;
  /** P(no EOT within the limit). */
  truncated: number;
}

export interface RunCommon {
  kind: PolicyKind;
  theta0: Float64Array;
  refTable: Float64Array;
  /** What the method optimises. */
  reward: Reward;
  /** The hidden gold reward the points report. */
  gold: Reward;
  iterations: number;
  lr: number;
  seed: number;
  /** Record a point every this many iterations (and at 0 and the end). */
  every: number;
}

export function runPoint(step: number, table: Float64Array, refTable: Float64Array, gold: Reward, proxy: Reward): RunPoint {
  const g: ExactStats = exactStatsAll(table, refTable, gold);
  const p = exactStatsAll(table, refTable, proxy);
  return { step, gold: g.reward, proxy: p.reward, kl: g.kl, meanLength: g.meanLength, truncated: g.lengths[6]! };
}

/** GRPO with μ = 1 (one update per batch, as DeepSeekMath): each iteration samples G responses per prompt. */
export function runGrpo(c: RunCommon & { group: number; options: GrpoOptions }): { theta: Float64Array; points: RunPoint[] } {
  const theta = Float64Array.from(c.theta0);
  const grad = new Float64Array(theta.length), adam = adamState(theta.length), uniform = mulberry32(c.seed);
  const points = [runPoint(0, logProbTable(c.kind, theta), c.refTable, c.gold, c.reward)];
  for (let it = 1; it <= c.iterations; it++) {
    const table = logProbTable(c.kind, theta);
    const groups: GrpoGroup[] = [];
    for (let prompt = 0; prompt < PROMPTS; prompt++) {
      const ids = Array.from({ length: c.group }, () => sampleResponse(table, prompt, uniform));
      groups.push({ prompt, ids, advantages: groupAdvantages(ids.map((id) => c.reward(prompt, id)), c.options.scaleStd) });
    }
    grpoLoss(c.kind, theta, table, c.refTable, groups, c.options, grad);
    adamStep(theta, grad, adam, c.lr);
    if (it % c.every === 0 || it === c.iterations) points.push(runPoint(it, logProbTable(c.kind, theta), c.refTable, c.gold, c.reward));
  }
  return { theta, points };
}

export interface PpoOptions {
  /** Responses sampled per iteration (prompts in turn). */
  batch: number;
  /** Passes over each batch. */
  epochs: number;
  /** β_KL of the per-token penalty. */
  klCoef: number;
  clip: number;
  gamma: number;
  lambda: number;
  /** Adam learning rate of the value head. */
  valueLr: number;
}
export const PPO_TOY: PpoOptions = { batch: 64, epochs: 4, klCoef: 0.05, clip: 0.2, gamma: 1, lambda: 0.95, valueLr: 0.1 };

/** PPO (token level): rollouts from the current policy, per-token KL-penalised rewards, GAE on the value head,
 *  whitened advantages, then `epochs` full-batch steps of the clipped loss and of the value loss. */
export function runPpo(c: RunCommon & { options: PpoOptions }): { theta: Float64Array; points: RunPoint[] } {
  const o = c.options;
  const theta = Float64Array.from(c.theta0), values = new Float64Array(VALUE_SIZE);
  const grad = new Float64Array(theta.length), vgrad = new Float64Array(VALUE_SIZE);
  const adam = adamState(theta.length), vadam = adamState(VALUE_SIZE), uniform = mulberry32(c.seed);
  const points = [runPoint(0, logProbTable(c.kind, theta), c.refTable, c.gold, c.reward)];
  for (let it = 1; it <= c.iterations; it++) {
    const old = logProbTable(c.kind, theta);
    const batch: PpoToken[] = [];
    for (let n = 0; n < o.batch; n++) {
      const prompt = n % PROMPTS, id = sampleResponse(old, prompt, uniform);
      const { contexts, tokens } = responseSteps(id);
      const { advantages, returns } = gae(
        ppoRewards(old, c.refTable, prompt, id, c.reward(prompt, id), o.klCoef), valuesAlong(values, prompt, id), o.gamma, o.lambda);
      for (let t = 0; t < tokens.length; t++) {
        batch.push({
          prompt, context: contexts[t]!, token: tokens[t]!, position: t,
          oldLogp: old[cell(prompt, contexts[t]!, tokens[t]!)]!, advantage: advantages[t]!, ret: returns[t]!,
        });
      }
    }
    const white = whiten(batch.map((k) => k.advantage));
    batch.forEach((k, i) => { k.advantage = white[i]!; });
    for (let e = 0; e < o.epochs; e++) {
      ppoPolicyLoss(c.kind, theta, batch, o.clip, grad);
      adamStep(theta, grad, adam, c.lr);
      valueLoss(values, batch, vgrad);
      adamStep(values, vgrad, vadam, o.valueLr);
    }
    if (it % c.every === 0 || it === c.iterations) points.push(runPoint(it, logProbTable(c.kind, theta), c.refTable, c.gold, c.reward));
  }
  return { theta, points };
}

/** A DPO point: the RunPoint metrics plus what DPO does to its own data. */
export interface DpoPoint extends RunPoint {
  /** Mean over pairs of log π(y_w) − log π_ref(y_w) and of the same for y_l (nats; all tokens counted). */
  chosenShift: number;
  rejectedShift: number;
  /** Mean implicit-reward margin β·[(Δ_w) − (Δ_l)] over pairs, with the run's mask. */
  margin: number;
  /** Probability mass on responses that are chosen somewhere in the data, rejected (and never chosen), and neither. */
  chosenMass: number;
  rejectedMass: number;
  unseenMass: number;
}

/** DPO (plain or with Llama 3's changes) from theta0 against the reference on fixed pairs, with exact points. */
export function runDpo(
  c: RunCommon & { pairs: readonly PreferencePair[]; batch: number; options: DpoOptions },
): { theta: Float64Array; points: DpoPoint[] } {
  const chosen = Array.from({ length: PROMPTS }, () => new Set<number>());
  const rejected = Array.from({ length: PROMPTS }, () => new Set<number>());
  for (const p of c.pairs) chosen[p.prompt]!.add(p.chosen);
  for (const p of c.pairs) if (!chosen[p.prompt]!.has(p.rejected)) rejected[p.prompt]!.add(p.rejected);
  const point = (step: number, theta: Float64Array): DpoPoint => {
    const table = logProbTable(c.kind, theta);
    const base = runPoint(step, table, c.refTable, c.gold, c.reward);
    let cw = 0, cl = 0, margin = 0;
    for (const p of c.pairs) {
      const dw = sequenceLogProb(table, p.prompt, p.chosen) - sequenceLogProb(c.refTable, p.prompt, p.chosen);
      const dl = sequenceLogProb(table, p.prompt, p.rejected) - sequenceLogProb(c.refTable, p.prompt, p.rejected);
      cw += dw / c.pairs.length;
      cl += dl / c.pairs.length;
      const mw = sequenceLogProb(table, p.prompt, p.chosen, c.options.mask) - sequenceLogProb(c.refTable, p.prompt, p.chosen, c.options.mask);
      const ml = sequenceLogProb(table, p.prompt, p.rejected, c.options.mask) - sequenceLogProb(c.refTable, p.prompt, p.rejected, c.options.mask);
      margin += (c.options.beta * (mw - ml)) / c.pairs.length;
    }
    const chosenMass = exactStatsAll(table, c.refTable, () => 0, chosen).seenMass;
    const rejectedMass = exactStatsAll(table, c.refTable, () => 0, rejected).seenMass;
    return { ...base, chosenShift: cw, rejectedShift: cl, margin, chosenMass, rejectedMass, unseenMass: Math.max(0, 1 - chosenMass - rejectedMass) };
  };
  const points: DpoPoint[] = [point(0, c.theta0)];
  const theta = trainDpo(c.kind, c.theta0, c.refTable, c.pairs, c.options, { steps: c.iterations, batch: c.batch, lr: c.lr, seed: c.seed },
    (step, t) => { if (step % c.every === 0 || step === c.iterations) points.push(point(step, t)); });
  return { theta, points };
}
