// Pre-training facts of the 405B's schedule and of the report's scaling-law study, each with its source
// (shared/reference/llama3-facts.md §A.1, §B.3–B.4, §D, §G.1; llama3-facts-2.md §K; next-chapters-design.md §0.1).
// The 8B and 70B schedules are NOT here: the report gives only their peak learning rates (Table 3) and says it
// used "similar recipes" (facts §A.1, §H).
import type { Fact } from './facts';

/** The 405B's learning-rate schedule ([P] §3.4.1): AdamW, linear warm-up, cosine decay. */
export const LR_SCHEDULE_405B: Fact<{ peak: number; warmupSteps: number; final: number; cosineSteps: number }> = {
  value: { peak: 8e-5, warmupSteps: 8_000, final: 8e-7, cosineSteps: 1_200_000 },
  cite: 'Report §3.4.1',
};

/** Table 3's peak learning rates ([P] Table 3). */
export const PEAK_LR: Fact<Readonly<Record<'llama3-8b' | 'llama3-70b' | 'llama3-405b', number>>> = {
  value: { 'llama3-8b': 3e-4, 'llama3-70b': 1.5e-4, 'llama3-405b': 8e-5 },
  cite: 'Report Table 3',
};

/** One phase of the 405B's batch schedule: from `fromTokens` on, batches of `batchTokens` in sequences of `seqLen`. */
export interface BatchPhase { fromTokens: number; batchTokens: number; seqLen: number }

/**
 * "4M tokens and sequences of 4,096 tokens … doubled to 8M [tokens] of 8,192 tokens after pre-training 252M tokens …
 * doubled to 16M after pre-training on 2.87T tokens" ([P] §3.4.1; the text's "8M sequences" means tokens, facts
 * §A.1). M is taken as 10⁶ here, as facts §B.3's step check does; Table 4's 16M is 16,777,216 = 32 × 64 × 8,192.
 */
export const BATCH_SCHEDULE_405B: Fact<readonly BatchPhase[]> = {
  value: [
    { fromTokens: 0, batchTokens: 4e6, seqLen: 4_096 },
    { fromTokens: 252e6, batchTokens: 8e6, seqLen: 8_192 },
    { fromTokens: 2.87e12, batchTokens: 16e6, seqLen: 8_192 },
  ],
  cite: 'Report §3.4.1',
};

/** The scaling-law runs' schedule ([P] §3.2.1): 2,000 warm-up steps, cosine to 0.1 of a peak of 2–4 × 10⁻⁴. */
export const ISOFLOP_SCHEDULE: Fact<{ warmupSteps: number; peakMin: number; peakMax: number; floorFraction: number }> = {
  value: { warmupSteps: 2_000, peakMin: 2e-4, peakMax: 4e-4, floorFraction: 0.1 },
  cite: 'Report §3.2.1',
};

/** Compute budgets and model sizes of the scaling-law runs ([P] §3.2.1). */
export const ISOFLOP_RANGE: Fact<{ minFlops: number; maxFlops: number; minParams: number; maxParams: number }> = {
  value: { minFlops: 6e18, maxFlops: 1e22, minParams: 40e6, maxParams: 16e9 },
  cite: 'Report §3.2.1',
};

/** The report's power law N*(C) = A·C^α, where N* counts TRAINING TOKENS (facts §B.4), in its two printed forms. */
export const SCALING_LAW_TEXT: Fact<{ alpha: number; A: number }> = { value: { alpha: 0.53, A: 0.29 }, cite: 'Report §3.2.1 (text)' };
export const SCALING_LAW_FIGURE: Fact<{ alpha: number; A: number }> = {
  value: { alpha: 0.537, A: 0.299 },
  cite: 'Report Figure 3 (legend)',
};
/** The report's stated extrapolation at 3.8 × 10²⁵ FLOPs: "a 402B parameter model on 16.55T tokens" ([P] §3.2.1). */
export const SCALING_LAW_STATED: Fact<{ flops: number; params: number; tokens: number }> = {
  value: { flops: 3.8e25, params: 402e9, tokens: 16.55e12 },
  cite: 'Report §3.2.1',
};

/**
 * Chinchilla's fitted loss surface L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, approach 3, eq. 10):
 * E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28. Not Llama 3's measurements, which are unpublished.
 */
export const CHINCHILLA_SURFACE: Fact<{ E: number; A: number; B: number; alpha: number; beta: number }> = {
  value: { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 },
  cite: 'Hoffmann et al. 2022, eq. (10)',
};

/** The 405B's annealing: the final 40M tokens, learning rate linearly to 0, then Polyak averaging ([P] §3.4.3). */
export { ANNEALING_TOKENS_405B } from './longContext';
