// RoPE facts: the bases, Llama 3.1's frequency scaling and the constants of the context-extension methods the RoPE
// chapter compares, each with its source (shared/reference/llama3-facts.md §A.1, §B.5–B.7, §G.2–3). The math that
// uses them is in src/lib/llama/rope.ts.
import type { Fact } from './facts';
import { CONTEXT_LLAMA3, ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3 } from './models';

export { ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3 };

/** Head dimension of every Llama 3 model: dim ÷ heads = 128 ([P] Table 3; [LM] head_dim). */
export const ROPE_HEAD_DIM = 128;

/**
 * Llama 3.1's RoPE frequency scaling, as Meta's code hard-codes it ([LM] models/llama3/model.py `apply_scaling`:
 * "Values obtained from grid search"; identical to HF `_compute_llama3_parameters`, rope_type "llama3"). The report
 * does not describe it (facts §G.2), and it is not YaRN: no attention temperature (§G.3).
 */
export interface Llama31Scaling {
  /** `scale_factor`: the divisor of the low frequencies. */
  factor: number;
  /** `low_freq_factor`: wavelengths above original / low are divided by `factor`. */
  low: number;
  /** `high_freq_factor`: wavelengths below original / high are kept. */
  high: number;
  /** `old_context_len` (HF `original_max_position_embeddings`), tokens. */
  original: number;
}

export const LLAMA31_ROPE_SCALING: Fact<Llama31Scaling> = {
  value: { factor: 8, low: 1, high: 4, original: CONTEXT_LLAMA3 },
  cite: 'Meta llama-models, models/llama3/model.py (apply_scaling)',
};

/**
 * NTK-by-parts / YaRN ramp bounds the YaRN paper gives for Llama models: α = 1, β = 32 ([YaRN] Eqs. 17–20, facts
 * §B.7; the same as HF's and jquesnelle/yarn's defaults `beta_slow = 1`, `beta_fast = 32`).
 */
export const YARN_RAMP: Fact<{ alpha: number; beta: number }> = {
  value: { alpha: 1, beta: 32 },
  cite: 'Peng et al. 2023 (YaRN), §3.2',
};

/** The context the report says Θ = 500,000 was shown effective for ([P] §3.2: "Xiong et al. (2023) showed this value
 * to be effective for context lengths up to 32,768"). */
export const XIONG_EFFECTIVE_CONTEXT: Fact = { value: 32_768, cite: 'Report §3.2 (citing Xiong et al. 2023)' };
