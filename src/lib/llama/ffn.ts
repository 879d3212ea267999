// SwiGLU hidden width d_ff from the model width: the rule of Meta's FeedForward (llama-models model.py; Llama 2's
// llama/model.py), which reproduces every FFN width of report Table 3 with the rules in src/data/models.ts.
import type { FfnRule } from '../../data/models';

/**
 * ⌊2·4d/3⌋: two thirds of the classic 4d, the width that keeps a three-matrix SwiGLU at the parameter count of a
 * two-matrix 4d feed-forward (d = 4,096 → 10,922).
 */
export function ffnBaseWidth(dim: number): number {
  return Math.trunc((2 * (4 * dim)) / 3);
}

/**
 * d_ff = multipleOf · ⌈⌊multiplier · ⌊2·4d/3⌋⌋ / multipleOf⌉ (no multiplier step when it is null).
 * Llama 3 8B (1.3, 1,024): d = 4,096 → 14,336; Llama 2 7B (none, 256): 4,096 → 11,008.
 */
export function ffnHiddenDim(dim: number, rule: FfnRule): number {
  let h = ffnBaseWidth(dim);
  if (rule.multiplier !== null) h = Math.trunc(rule.multiplier * h);
  return rule.multipleOf * Math.ceil(h / rule.multipleOf);
}
