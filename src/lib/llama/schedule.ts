// The 405B's pre-training schedule as the report gives it (§3.4.1, §3.4.3): learning rate against steps, batch size
// and sequence length against tokens, and the conversions between tokens and steps. Pure; facts in
// src/data/pretraining.ts.
import type { BatchPhase } from '../../data/pretraining';

export interface CosineSchedule { peak: number; warmupSteps: number; final: number; cosineSteps: number }

/**
 * Learning rate at a step: linear warm-up from 0 to `peak` over `warmupSteps`, then a cosine from `peak` down to
 * `final`, reached at step `cosineSteps` and held after. The report says "a linear warm up of 8,000 steps, and a
 * cosine learning rate schedule decaying to 8 × 10⁻⁷ over 1,200,000 steps" without saying whether the 1.2M count
 * includes the warm-up; here it does (the cosine runs from step 8,000 to 1,200,000) — an assumption the page states.
 */
export function cosineLr(step: number, s: CosineSchedule): number {
  if (step <= 0) return 0;
  if (step < s.warmupSteps) return (s.peak * step) / s.warmupSteps;
  const p = Math.min(1, (step - s.warmupSteps) / (s.cosineSteps - s.warmupSteps));
  return s.final + ((s.peak - s.final) * (1 + Math.cos(Math.PI * p))) / 2;
}

/** The phase of a batch schedule in force after `tokens` tokens. */
export function batchPhaseAt(tokens: number, phases: readonly BatchPhase[]): BatchPhase {
  let at = phases[0]!;
  for (const p of phases) if (tokens >= p.fromTokens) at = p;
  return at;
}

/** Optimizer steps taken to consume `tokens` tokens under a batch schedule (fractional inside a step). */
export function stepsForTokens(tokens: number, phases: readonly BatchPhase[]): number {
  let steps = 0;
  phases.forEach((p, i) => {
    const end = Math.min(tokens, phases[i + 1]?.fromTokens ?? Number.POSITIVE_INFINITY);
    if (end > p.fromTokens) steps += (end - p.fromTokens) / p.batchTokens;
  });
  return steps;
}

/** Tokens consumed after `steps` optimizer steps: the inverse of stepsForTokens. */
export function tokensForSteps(steps: number, phases: readonly BatchPhase[]): number {
  let left = steps;
  for (let i = 0; i < phases.length; i++) {
    const p = phases[i]!, next = phases[i + 1];
    const span = next ? (next.fromTokens - p.fromTokens) / p.batchTokens : Number.POSITIVE_INFINITY;
    if (left <= span) return p.fromTokens + left * p.batchTokens;
    left -= span;
  }
  return Number.NaN; // unreachable: the last phase is unbounded
}

/**
 * The final anneal ([P] §3.4.3): over the last `annealTokens` of `totalTokens`, the rate falls linearly from what
 * the schedule gives at the anneal's start to 0. Returns the factor to multiply that starting rate by (1 before the
 * anneal, 0 at the end).
 */
export function annealFactor(tokens: number, totalTokens: number, annealTokens: number): number {
  const start = totalTokens - annealTokens;
  if (tokens <= start) return 1;
  return Math.max(0, (totalTokens - tokens) / annealTokens);
}
