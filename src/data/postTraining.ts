// Facts of the report's §4.1–4.2 (post-training recipe and data) that the post-training chapter and its widgets show,
// each with its source (shared/reference/llama3-facts.md §E, llama3-facts-2.md §L). Derived values (share-weighted
// means, sums) are NOT stored here: src/chapters/postTraining.ts computes them and its test pins them.
import type { Fact } from './facts';

// ——— The recipe, [P] §4.1 ———

/** "we apply the above methods in six rounds" ([P] §4.1.6). */
export const ROUNDS: Fact = { value: 6, cite: 'Report §4.1.6' };
/** Rejection sampling: "we sample K (typically between 10 and 30) outputs from the latest chat model policy". */
export const REJECTION_SAMPLING_K: Fact<{ min: number; max: number }> = { value: { min: 10, max: 30 }, cite: 'Report §4.2.2' };
/** PagedAttention and a fixed maximum output length: "a throughput improvement of over 2× during rejection sampling". */
export const PAGED_ATTENTION_SPEEDUP: Fact = { value: 2, cite: 'Report §4.2.2' };
/** SFT of the largest models: "a learning rate of 10⁻⁵ over the course of 8.5K to 9K steps". */
export const SFT_LR: Fact = { value: 1e-5, cite: 'Report §4.1.3' };
export const SFT_STEPS: Fact<{ min: number; max: number }> = { value: { min: 8_500, max: 9_000 }, cite: 'Report §4.1.3' };
/** DPO: "a learning rate of 10⁻⁵ and set the β hyper-parameter to be 0.1". */
export const DPO_LR: Fact = { value: 1e-5, cite: 'Report §4.1.4' };
export const DPO_BETA: Fact = { value: 0.1, cite: 'Report §4.1.4' };
/** "an additional negative log-likelihood (NLL) loss term with a scaling coefficient of 0.2 on the chosen sequences"
 *  (whether it is length-normalised is not stated: facts §E, UNVERIFIED). */
export const DPO_NLL_COEFFICIENT: Fact = { value: 0.2, cite: 'Report §4.1.4' };

// ——— Preference data, [P] §4.2.1 ———

/** The four strength levels annotators choose from, strongest first ([P] §4.2.1; Llama 2 called the last
 *  "negligibly better / unsure"). */
export const STRENGTH_LEVELS = ['significantlyBetter', 'better', 'slightlyBetter', 'marginallyBetter'] as const;
export type StrengthLevel = (typeof STRENGTH_LEVELS)[number];
/** "we use samples that are labeled as the chosen response being significantly better or better … and discard
 *  samples with similar responses" — for both reward modelling and DPO. */
export const LLAMA3_KEPT_LEVELS: Fact<readonly StrengthLevel[]> = {
  value: ['significantlyBetter', 'better'],
  cite: 'Report §4.2.1',
};
/**
 * Llama 2's margin m(r) in the reward model's loss, by strength level (Llama 2 paper, Table 27: "Two variants of
 * preference rating based margin with different magnitude"; strongest first). Llama 3 removed the term
 * ([P] §4.1.2: "we remove the margin term in the loss, as we observe diminishing improvements after data scaling").
 */
export const LLAMA2_MARGINS: Fact<{ small: readonly number[]; large: readonly number[] }> = {
  value: { small: [1, 2 / 3, 1 / 3, 0], large: [3, 2, 1, 0] },
  cite: 'Touvron et al. 2023 (Llama 2), Table 27',
};

/** One dataset row of Table 6, "Statistics of human preference data". */
export interface Table6Row {
  id: 'generalEnglish' | 'coding' | 'multilingual' | 'reasoningTools';
  /** % of comparisons. */
  share: number;
  turns: number;
  tokensPerExample: number;
  promptTokens: number;
  responseTokens: number;
}
/** Table 6 as printed ([P] §4.2.1). "Tokens per example" is not prompt + response (facts-2 §L.1): never add them. */
export const TABLE_6: Fact<{ rows: readonly Table6Row[]; total: Omit<Table6Row, 'id'> }> = {
  value: {
    rows: [
      { id: 'generalEnglish', share: 81.99, turns: 4.1, tokensPerExample: 1_000.4, promptTokens: 36.4, responseTokens: 271.2 },
      { id: 'coding', share: 6.93, turns: 3.2, tokensPerExample: 1_621.0, promptTokens: 113.8, responseTokens: 462.9 },
      { id: 'multilingual', share: 5.19, turns: 1.8, tokensPerExample: 1_299.4, promptTokens: 77.1, responseTokens: 420.9 },
      { id: 'reasoningTools', share: 5.89, turns: 1.6, tokensPerExample: 707.7, promptTokens: 46.6, responseTokens: 129.9 },
    ],
    total: { share: 100, turns: 3.8, tokensPerExample: 1_041.6, promptTokens: 44.5, responseTokens: 284.0 },
  },
  cite: 'Report Table 6',
};
/** Llama 2's Table 6 "Meta (Safety & Helpfulness)" row, for the comparison the report draws. */
export const LLAMA2_META_PREFERENCE: Fact<{ comparisons: number; turns: number; tokensPerExample: number; promptTokens: number; responseTokens: number }> = {
  value: { comparisons: 1_418_091, turns: 3.9, tokensPerExample: 798.5, promptTokens: 31.4, responseTokens: 234.1 },
  cite: 'Touvron et al. 2023 (Llama 2), Table 6',
};

/** One dataset row of Table 7, "Statistics of SFT data". */
export interface Table7Row {
  id: 'generalEnglish' | 'code' | 'multilingual' | 'examLike' | 'reasoningTools' | 'longContext';
  /** % of examples. */
  share: number;
  turns: number;
  tokens: number;
  contextTokens: number;
  finalResponseTokens: number;
}
/** Table 7 as printed ([P] §4.2.2). Here context + final response = tokens in every row (within 0.2). */
export const TABLE_7: Fact<{ rows: readonly Table7Row[]; total: Omit<Table7Row, 'id'> }> = {
  value: {
    rows: [
      { id: 'generalEnglish', share: 52.66, turns: 6.3, tokens: 974.0, contextTokens: 656.7, finalResponseTokens: 317.1 },
      { id: 'code', share: 14.89, turns: 2.7, tokens: 753.3, contextTokens: 378.8, finalResponseTokens: 374.5 },
      { id: 'multilingual', share: 3.01, turns: 2.7, tokens: 520.5, contextTokens: 230.8, finalResponseTokens: 289.7 },
      { id: 'examLike', share: 8.14, turns: 2.3, tokens: 297.8, contextTokens: 124.4, finalResponseTokens: 173.4 },
      { id: 'reasoningTools', share: 21.19, turns: 3.1, tokens: 661.6, contextTokens: 359.8, finalResponseTokens: 301.9 },
      { id: 'longContext', share: 0.11, turns: 6.7, tokens: 38_135.6, contextTokens: 37_395.2, finalResponseTokens: 740.5 },
    ],
    total: { share: 100, turns: 4.7, tokens: 846.1, contextTokens: 535.7, finalResponseTokens: 310.4 },
  },
  cite: 'Report Table 7',
};
