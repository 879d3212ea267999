// FLOPs of a Llama-style decoder: forward pass per token (Kaplan et al. 2020, §2.1 and Table 1, as the architecture
// chapter derives it) and training compute C ≈ 6·N·D (the estimate behind the report's 3.8 × 10²⁵ FLOPs, §1).
import { paramBreakdown } from './params';
import type { DecoderShape } from './shape';

/** What a forward-pass count includes besides the weights: every caller says it. */
export interface ForwardFlopsOptions {
  /**
   * Context T for the attention term 2·L·T·d, tokens: the mean cost of QKᵀ and A·V for a token of a causal sequence
   * of T tokens. null leaves attention over the context out (the weights alone, the same at any sequence length).
   */
  contextTokens: number | null;
}

export interface ForwardFlops {
  /**
   * N_matmul, the weights that take part in a matrix product per token: attention wq, wk, wv, wo and feed-forward
   * w1, w2, w3 of every layer (Kaplan's non-embedding N) plus the LM head V·d (their "de-embed" row), which is a
   * product even when tied to the embedding. Not the embedding lookup (a table read) or the RMSNorm gains
   * (elementwise).
   */
  matmulParams: bigint;
  /** 2·N_matmul: one multiply and one add per such weight. */
  linear: bigint;
  /** 2·L·T·d, or 0 when `contextTokens` is null. GQA leaves it unchanged: every query head still attends. */
  attention: bigint;
  /** linear + attention, FLOPs per token. */
  total: bigint;
}

/**
 * Forward-pass FLOPs per token, exact:
 *   C_forward = 2·N_matmul + 2·L·T·d
 * For one query at position t, QKᵀ and A·V cost 2·t·d FLOPs each per layer (all heads together); averaged over a
 * causal sequence of T tokens, t is T/2, which gives 2·L·T·d. Softmax, norms, RoPE and residual adds are left out,
 * as in Kaplan et al. Llama 3 8B: 1.50 × 10¹⁰ without the attention term, 1.72 × 10¹⁰ at T = 8,192 (flops.test.ts).
 */
export function forwardFlopsPerToken(shape: DecoderShape, options: ForwardFlopsOptions): ForwardFlops {
  const b = paramBreakdown(shape);
  const d = BigInt(shape.dim), L = BigInt(shape.layers), V = BigInt(shape.vocab);
  const matmulParams = b.attnQ + b.attnKV + b.attnO + b.ffn + V * d;
  const linear = 2n * matmulParams;
  const attention = options.contextTokens === null ? 0n : 2n * L * BigInt(options.contextTokens) * d;
  return { matmulParams, linear, attention, total: linear + attention };
}

/**
 * Training compute C ≈ 6·N·D FLOPs (forward 2·N·D + backward 4·N·D, Kaplan et al. 2020), exact for a whole
 * token count D; N is the whole parameter count. The report's 3.8 × 10²⁵ for the 405B (§1) is this estimate with
 * D = 15.6T. Like 2·N it leaves out the attention term (forwardFlopsPerToken has it); `tokens` must be whole.
 */
export function trainingFlops(params: bigint, tokens: number): bigint {
  return 6n * params * BigInt(tokens);
}
