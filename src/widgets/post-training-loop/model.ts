// The post-training loop on the toy language model (report §4.1, Figure 7; §4.1.6 "six rounds"), computed for real:
// round 0 is the toy's SFT reference (standing in for the pre-trained model); each round r = 1…R then
//   (1) collects preference pairs from the best model so far (by exact gold reward: the report's "best performing
//       models from the previous alignment rounds"), labelled by the hidden gold Bradley–Terry annotator, and keeps
//       the two strongest levels (LLAMA3_KEPT_LEVELS);
//   (2) fits the reward model (no margin, Llama 3) on ALL kept pairs so far;
//   (3) rejection-samples K = 16 answers per prompt from the latest chat model and keeps the RM's best → SFT data;
//   (4) fine-tunes the base (round-0) model on ALL rejection-sampled data so far (as the report fine-tunes the
//       pre-trained model);
//   (5) runs DPO from that SFT model (reference = the SFT model) on the LATEST round's pairs only, with Llama 3's
//       options (LLAMA3_DPO): the round's chat model.
// With averaging on, each of RM, SFT and DPO trains 3 variants (different data orders / resamples, same start) and
// averages their parameters (report §4.1.5); the first variant's numbers are kept for comparison.
// Pure: no React, DOM, words or unseeded randomness. The same state gives the same numbers in a test, a page and a worker.
import { LLAMA3_KEPT_LEVELS } from '../../data/postTraining';
import {
  LLAMA3_DPO, PROMPTS, RESPONSES, averageParams, exactStatsAll, fitReference, fitRewardModel, goldReward, keepLevels,
  logProbTable, preferencePairs, rejectionSample, responseLogProbs, rmAccuracy, rmScore, teacherTable, trainDpo, trainSft,
  type PreferencePair, type RmFeature,
} from '../../lib/toyLm';
import { mulberry32 } from '../../lib/rng';

// ——— The toy's fixed choices (all the toy's, none Llama 3's) ———

export const LIMITS = {
  rounds: { min: 1, max: 6 },
  round: { min: 0, max: 6 },
  seed: { min: 0, max: 999_999 },
} as const;
export const DEFAULTS = { rounds: 6, round: 6, seed: 1, averaging: false } as const;

export const POLICY = 'lowRank' as const;
/** The hidden gold reward: share of the prompt's good token, peaked at three tokens (src/lib/toyLm/data.ts). */
export const GOLD = 'length3' as const;
/** The reward model's features: all five (the prompt-blind three and the two the gold reward uses). */
export const RM_USED: readonly RmFeature[] = ['tokens', 'length', 'truncated', 'goodBad', 'lengthFrom3'];
/** Bradley–Terry sharpness of the toy annotator: P(a ≻ b) = σ(3·(r*(a) − r*(b))). */
export const ANNOTATOR_K = 3;
/** Comparisons collected per round (before the strength filter), and held-out ones for the RM's accuracy. */
export const PAIRS_PER_ROUND = 160;
export const HELD_OUT_PER_ROUND = 80;
/** Rejection sampling: K samples per prompt (within the report's 10–30), and prompts drawn per round per prompt id. */
export const RS_K = 16;
export const RS_DRAWS_PER_PROMPT = 24;
/** Training runs (toy scale; Adam). */
export const RM_FIT = { steps: 150, lr: 0.05, every: 150 } as const;
export const SFT_RUN = { steps: 120, batch: 32, lr: 0.03 } as const;
export const DPO_RUN = { steps: 100, batch: 32, lr: 0.02 } as const;
/** Variants per stage when averaging. */
export const VARIANTS = 3;
/** The reference policy's SFT on the teacher (the "pre-trained" stand-in), as in the shared toy. */
export const BASE_FIT = { steps: 300, batch: 32, lr: 0.05 } as const;

export interface LoopState {
  rounds: number;
  seed: number;
  averaging: boolean;
}

/** The computation's key: every input of LoopState (the shown `round` is not one). */
export function loopKey(s: LoopState): string {
  return `${s.rounds}|${s.seed}|${s.averaging ? 1 : 0}`;
}

/** What a round changed, as codes the view words. */
export type ChangeCode =
  | 'goldUp' | 'goldDown' | 'goldFlat'
  | 'longer' | 'shorter'
  | 'terminatesMore' | 'terminatesLess'
  | 'rmStale' // the previous round's RM orders this round's fresh pairs worse than the new RM
  | 'samplerOlder'; // the best model so far (the sampler of the next pairs) is not the latest one

/** Exact numbers of one model (averaged over the 4 prompts). */
export interface ModelNumbers {
  /** E[r*]: the hidden gold reward. */
  gold: number;
  /** KL(π ‖ π_base), nats. */
  kl: number;
  /** Mean content tokens. */
  meanLength: number;
  /** P(the answer ends with EOT within 6 tokens). */
  terminated: number;
}

export interface RoundResult {
  round: number;
  /** The round's chat model (round 0: the base model). */
  model: ModelNumbers;
  /** Gold reward of the round's SFT model, before DPO (null for round 0). */
  sftGold: number | null;
  /** E[RM score] under the chat model, with the round's RM (null for round 0). */
  proxy: number | null;
  /** The round's RM on this round's held-out kept pairs. */
  rmHeldOut: number | null;
  /** The previous round's RM on the same pairs (null in rounds 0 and 1). */
  rmPrevHeldOut: number | null;
  /** The round that produced this round's pairs (best gold so far), null for round 0. */
  sampler: number | null;
  /** Comparisons collected, kept by the strength filter, and kept pairs in the RM's data so far. */
  pairsCollected: number;
  pairsKept: number;
  pairsTotal: number;
  /** Rejection-sampled SFT examples this round, and in the SFT data so far. */
  rsExamples: number;
  rsTotal: number;
  /** Mean gold reward of this round's rejection-sampled examples. */
  rsGold: number | null;
  /** With averaging: the first variant's numbers at each stage (its chat model from the same averaged SFT start). */
  variant: { model: ModelNumbers; rmHeldOut: number; sftGold: number } | null;
  codes: ChangeCode[];
}

export interface LoopResult {
  /** Rounds computed so far, 0…; the final result holds rounds + 1 entries. */
  rounds: RoundResult[];
  /** Rounds asked for. */
  total: number;
}

// ——— Pieces ———

/** The gold reward of every (prompt, response), computed once: r*(p, id) at p·RESPONSES + id. */
let goldTable: Float64Array | null = null;
function goldAll(): Float64Array {
  goldTable ??= Float64Array.from({ length: PROMPTS * RESPONSES }, (_, i) => goldReward(GOLD, Math.floor(i / RESPONSES), i % RESPONSES));
  return goldTable;
}
function goldOf(p: number, id: number): number {
  return goldAll()[p * RESPONSES + id]!;
}

function numbers(table: Float64Array, base: Float64Array): ModelNumbers {
  const s = exactStatsAll(table, base, goldOf);
  return { gold: s.reward, kl: Math.max(0, s.kl), meanLength: s.meanLength, terminated: 1 - s.lengths[6]! };
}

/** Seeds of each stage and variant, distinct for every (seed, round, stage, variant). */
export function stageSeed(seed: number, round: number, stage: number, variant = 0): number {
  return (Math.imul(seed + 1, 0x9e3779b1) ^ Math.imul(round * 64 + stage * 8 + variant + 1, 0x85ebca6b)) >>> 0;
}

/** A seeded resample (with replacement) of the pairs: one "version of the data" for an RM variant. */
function resample<T>(data: readonly T[], seed: number): T[] {
  const u = mulberry32(seed);
  return data.map(() => data[Math.floor(u() * data.length)]!);
}

/** The RM's score of every (prompt, response), at p·RESPONSES + id (scored once per round, not per use). */
function scoreTable(w: Float64Array): Float64Array {
  return Float64Array.from({ length: PROMPTS * RESPONSES }, (_, i) => rmScore(w, RM_USED, Math.floor(i / RESPONSES), i % RESPONSES));
}

/** E_π[score] over the prompts (each equally likely), from π's exact response probabilities. */
function expectedScore(table: Float64Array, scores: Float64Array): number {
  let e = 0;
  for (let p = 0; p < PROMPTS; p++) {
    const lp = responseLogProbs(table, p);
    for (let id = 0; id < RESPONSES; id++) e += (Math.exp(lp[id]!) * scores[p * RESPONSES + id]!) / PROMPTS;
  }
  return e;
}

/** Fits the RM on `train`; with averaging, 3 variants on resampled data, weights averaged. */
function fitRm(train: readonly PreferencePair[], held: readonly PreferencePair[], seed: number, round: number, averaging: boolean) {
  const fit = (data: readonly PreferencePair[]) => fitRewardModel(RM_USED, data, held, null, RM_FIT).w;
  if (!averaging) return { w: fit(train), first: null };
  const ws = Array.from({ length: VARIANTS }, (_, v) => fit(v === 0 ? train : resample(train, stageSeed(seed, round, 1, v))));
  return { w: averageParams(ws), first: ws[0]! };
}

// ——— The loop ———

/** Runs the loop; `emit` gets the rounds so far after each round (partial results). */
export function runLoop(s: LoopState, emit?: (partial: LoopResult) => void): LoopResult {
  const total = Math.min(LIMITS.rounds.max, Math.max(LIMITS.rounds.min, Math.round(s.rounds)));
  const seed = s.seed >>> 0;
  const theta0 = fitReference(POLICY, seed, teacherTable(), BASE_FIT);
  const base = logProbTable(POLICY, theta0);
  const round0 = numbers(base, base);
  const out: RoundResult[] = [{
    round: 0, model: round0, sftGold: null, proxy: null, rmHeldOut: null, rmPrevHeldOut: null, sampler: null,
    pairsCollected: 0, pairsKept: 0, pairsTotal: 0, rsExamples: 0, rsTotal: 0, rsGold: null, variant: null, codes: [],
  }];
  emit?.({ rounds: out.slice(), total });

  const tables: Float64Array[] = [base];
  const allPairs: PreferencePair[] = [];
  const allRs: { prompt: number; id: number }[] = [];
  let prevW: Float64Array | null = null;
  for (let r = 1; r <= total; r++) {
    // (1) Pairs from the best model so far (by exact gold), labelled by the gold annotator; the two strongest levels kept.
    let best = 0;
    for (let i = 1; i < out.length; i++) if (out[i]!.model.gold > out[best]!.model.gold) best = i;
    const sampler = tables[best]!;
    const collected = preferencePairs(sampler, goldOf, PAIRS_PER_ROUND + HELD_OUT_PER_ROUND, ANNOTATOR_K, stageSeed(seed, r, 0));
    const fresh = keepLevels(collected.slice(0, PAIRS_PER_ROUND), LLAMA3_KEPT_LEVELS.value);
    const held = keepLevels(collected.slice(PAIRS_PER_ROUND), LLAMA3_KEPT_LEVELS.value);
    allPairs.push(...fresh);

    // (2) The RM on all pairs so far.
    const rm = fitRm(allPairs, held, seed, r, s.averaging);
    const scores = scoreTable(rm.w);
    const score = (p: number, id: number) => scores[p * RESPONSES + id]!;

    // (3) Rejection sampling from the latest chat model with the RM.
    const latest = tables[r - 1]!;
    const u = mulberry32(stageSeed(seed, r, 2));
    const rs: { prompt: number; id: number }[] = [];
    let rsGold = 0;
    for (let d = 0; d < RS_DRAWS_PER_PROMPT; d++) {
      for (let p = 0; p < PROMPTS; p++) {
        const { best: id } = rejectionSample(latest, p, RS_K, score, u);
        rs.push({ prompt: p, id });
        rsGold += goldOf(p, id);
      }
    }
    allRs.push(...rs);

    // (4) SFT from the base model on all rejection-sampled data so far.
    const sftOne = (v: number) => trainSft(POLICY, theta0, allRs, { ...SFT_RUN, seed: stageSeed(seed, r, 3, v) });
    const sftVariants = s.averaging ? Array.from({ length: VARIANTS }, (_, v) => sftOne(v)) : [sftOne(0)];
    const thetaSft = s.averaging ? averageParams(sftVariants) : sftVariants[0]!;
    const sftTable = logProbTable(POLICY, thetaSft);

    // (5) DPO from the SFT model, reference = the SFT model, on the latest round's pairs only (Llama 3's options).
    const dpoOne = (v: number) => trainDpo(POLICY, thetaSft, sftTable, fresh, LLAMA3_DPO, { ...DPO_RUN, seed: stageSeed(seed, r, 4, v) });
    const dpoVariants = s.averaging ? Array.from({ length: VARIANTS }, (_, v) => dpoOne(v)) : [dpoOne(0)];
    const thetaChat = s.averaging ? averageParams(dpoVariants) : dpoVariants[0]!;
    const chat = logProbTable(POLICY, thetaChat);
    tables.push(chat);

    const model = numbers(chat, base);
    const proxy = expectedScore(chat, scores);
    const rmHeldOut = rmAccuracy(rm.w, RM_USED, held);
    const rmPrevHeldOut = prevW ? rmAccuracy(prevW, RM_USED, held) : null;
    prevW = rm.w;
    const variant = s.averaging
      ? {
        model: numbers(logProbTable(POLICY, dpoVariants[0]!), base),
        rmHeldOut: rmAccuracy(rm.first!, RM_USED, held),
        sftGold: expectedScore(logProbTable(POLICY, sftVariants[0]!), goldAll()),
      }
      : null;
    const prev = out[r - 1]!;
    const result: RoundResult = {
      round: r, model, sftGold: expectedScore(sftTable, goldAll()), proxy, rmHeldOut, rmPrevHeldOut, sampler: best,
      pairsCollected: PAIRS_PER_ROUND, pairsKept: fresh.length, pairsTotal: allPairs.length,
      rsExamples: rs.length, rsTotal: allRs.length, rsGold: rsGold / rs.length, variant, codes: [],
    };
    result.codes = changeCodes(prev, result);
    out.push(result);
    if (r < total) emit?.({ rounds: out.slice(), total });
  }
  return { rounds: out, total };
}

/** Thresholds below which a change is "flat" (the toy's, for wording only). */
export const FLAT = { gold: 0.02, length: 0.05, terminated: 0.005 } as const;

/** What changed from the previous round to this one. */
export function changeCodes(prev: RoundResult, cur: RoundResult): ChangeCode[] {
  const codes: ChangeCode[] = [];
  const dg = cur.model.gold - prev.model.gold;
  codes.push(dg > FLAT.gold ? 'goldUp' : dg < -FLAT.gold ? 'goldDown' : 'goldFlat');
  const dl = cur.model.meanLength - prev.model.meanLength;
  if (dl > FLAT.length) codes.push('longer');
  else if (dl < -FLAT.length) codes.push('shorter');
  const dt = cur.model.terminated - prev.model.terminated;
  if (dt > FLAT.terminated) codes.push('terminatesMore');
  else if (dt < -FLAT.terminated) codes.push('terminatesLess');
  if (cur.rmPrevHeldOut !== null && cur.rmHeldOut !== null && cur.rmPrevHeldOut < cur.rmHeldOut) codes.push('rmStale');
  if (cur.sampler !== null && cur.sampler < cur.round - 1) codes.push('samplerOlder');
  return codes;
}

/** The responses per prompt the exact numbers sum over (for the notes). */
export const RESPONSES_PER_PROMPT = RESPONSES;

/** The round to show: clamped to 0…rounds. */
export function shownRound(round: number, rounds: number): number {
  return Math.min(Math.max(0, Math.round(round)), rounds);
}
