// Long-context and context-parallelism facts the long-context chapter shows, each with its source
// (shared/reference/llama3-facts.md §D, §G.5; llama3-facts-2.md §I.2, §I.4). Stage lengths of the six-stage
// extension are NOT here: the report does not give them (facts §D, §H), so no page may show them.
import type { Fact } from './facts';

export { LONG_CONTEXT_STAGES, LONG_CONTEXT_TOKENS } from './facts';

/** Share of synthetic long-context data mixed into SFT that "worked best": 0.1% ([P] §4.3.4). */
export const LONG_CONTEXT_SFT_SHARE: Fact = { value: 0.001, cite: 'Report §4.3.4' };
/** Length bins of that synthetic data, tokens: 16K, 32K, 64K, 128K ([P] §4.3.4). */
export const LONG_CONTEXT_SFT_BINS: Fact<readonly number[]> = { value: [16_384, 32_768, 65_536, 131_072], cite: 'Report §4.3.4' };
/** Annealing of the 405B: the final 40M tokens, learning rate linearly to 0, at 128K context ([P] §3.4.3). */
export const ANNEALING_TOKENS_405B: Fact = { value: 40e6, cite: 'Report §3.4.3' };

/** One row of Table 4, "Scaling configurations and MFU for each stage of Llama 3 405B pre-training" ([P] Table 4). */
export interface Table4Row {
  gpus: number;
  tp: number;
  cp: number;
  pp: number;
  dp: number;
  seqLen: number;
  /** "Batch size/DP": sequences per data-parallel group. */
  batchPerDp: number;
  /** "Tokens/Batch" as printed: "16M". */
  tokensPerBatch: number;
  /** "TFLOPs/GPU" as printed. */
  tflopsPerGpu: number;
  /** "BF16 MFU" as printed, a fraction. */
  mfu: number;
}

/**
 * Table 4 as printed. Row 3 does not add up: TP·CP·PP·DP = 8·16·16·4 = 8,192 GPUs, not 16,384, and
 * 16 × 4 × 131,072 = 8,388,608 tokens, not 16M; DP = 8 would make both right (facts §G.5, facts-2 §I.2, §P.3).
 */
export const TABLE_4: Fact<readonly Table4Row[]> = {
  value: [
    { gpus: 8_192, tp: 8, cp: 1, pp: 16, dp: 64, seqLen: 8_192, batchPerDp: 32, tokensPerBatch: 16 * 2 ** 20, tflopsPerGpu: 430, mfu: 0.43 },
    { gpus: 16_384, tp: 8, cp: 1, pp: 16, dp: 128, seqLen: 8_192, batchPerDp: 16, tokensPerBatch: 16 * 2 ** 20, tflopsPerGpu: 400, mfu: 0.41 },
    { gpus: 16_384, tp: 8, cp: 16, pp: 16, dp: 4, seqLen: 131_072, batchPerDp: 16, tokensPerBatch: 16 * 2 ** 20, tflopsPerGpu: 380, mfu: 0.38 },
  ],
  cite: 'Report Table 4',
};

/** Figure 5's example: 16 GPUs with |TP| = |CP| = |PP| = |DP| = 2 ([P] §3.3.2, Figure 5). */
export const FIGURE_5_GROUPS: Fact<{ tp: number; cp: number; pp: number; dp: number }> = {
  value: { tp: 2, cp: 2, pp: 2, dp: 2 },
  cite: 'Report §3.3.2, Figure 5',
};
