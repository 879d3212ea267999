// FLOPs of a Llama-style decoder: forward pass per token (Kaplan et al. 2020, §2.1 and Table 1, as the architecture
// chapter derives it; or PaLM's MFU convention, Chowdhery et al. 2022, Appendix B) and training compute C ≈ 6·N·D (the
// estimate behind the report's 3.8 × 10²⁵ FLOPs, §1).
import { paramBreakdown, parameterCount } from './params';
import { headDim, type DecoderShape } from './shape';

/**
 * How attention over the context is counted:
 * - 'causal': the work a causal model does (Kaplan et al.): weights N_matmul, attention 2·L·T·d per forward token
 *   (each query sees T/2 keys on average).
 * - 'full': PaLM's model-FLOPs convention, 6N + 12·L·H·Q·T per training token = 3 × (2N + 4·L·H·Q·T) per forward
 *   token: N is the whole parameter count and the score matrix is counted in full, with no causal saving
 *   (torchtitan: "we follow the convention and do not account for sparsity in causal attention"; torchtitan also
 *   subtracts the embedding table from N, which the site does not: design §2.3's reference values use the whole N).
 */
export type AttentionCounting = 'causal' | 'full';
export const ATTENTION_COUNTINGS: readonly AttentionCounting[] = ['causal', 'full'];

/** What a forward-pass count includes besides the weights: every caller says it. */
export interface ForwardFlopsOptions {
  /**
   * Context T for the attention term 2·L·T·d, tokens: the mean cost of QKᵀ and A·V for a token of a causal sequence
   * of T tokens. null leaves attention over the context out (the weights alone, the same at any sequence length).
   */
  contextTokens: number | null;
  /**
   * Documents of this many tokens packed into the context behind a document mask (report §3.2): a token attends only
   * within its own document, so the attention term spans min(T, documentTokens) instead of T (Kaplan's mean-position
   * approximation, exact in the mean when T is a multiple of the document length). null or absent: no document mask.
   */
  documentTokens?: number | null | undefined;
  /** 'causal' (default, the site's exact-work count) or 'full' (PaLM's MFU convention): see AttentionCounting. */
  counting?: AttentionCounting | undefined;
}

export interface ForwardFlops {
  /**
   * N_matmul, the weights that take part in a matrix product per token: attention wq, wk, wv, wo and feed-forward
   * w1, w2, w3 of every layer (Kaplan's non-embedding N) plus the LM head V·d (their "de-embed" row), which is a
   * product even when tied to the embedding. Not the embedding lookup (a table read) or the RMSNorm gains
   * (elementwise).
   */
  matmulParams: bigint;
  /**
   * 2·N_matmul: one multiply and one add per such weight. Counting 'full' (PaLM): 2·N with N the whole parameter
   * count (a third of PaLM's 6N).
   */
  linear: bigint;
  /**
   * 2·L·T·d, or 0 when `contextTokens` is null. GQA leaves it unchanged: every query head still attends. With
   * `documentTokens`, T is min(T, documentTokens). Counting 'full': 4·L·H·Q·T (Q the head dimension; H·Q = d for every
   * Llama), a third of PaLM's 12·L·H·Q·T.
   */
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
 *
 * Options change only what is counted, never the formula's shape: `documentTokens` caps the span of attention (the
 * document mask), `counting: 'full'` is PaLM's convention, C_forward = 2·N + 4·L·H·Q·T, three times which is the
 * 6N + 12·L·H·Q·T per training token that MFU figures are usually computed with (405B at 131,072: 5.68 × 10¹²,
 * attention 57.1% of it; design §2.3). Training FLOPs per token are 3 × this in either counting (backward ≈ 2 × forward).
 */
export function forwardFlopsPerToken(shape: DecoderShape, options: ForwardFlopsOptions): ForwardFlops {
  const b = paramBreakdown(shape);
  const d = BigInt(shape.dim), L = BigInt(shape.layers), V = BigInt(shape.vocab);
  const matmulParams = b.attnQ + b.attnKV + b.attnO + b.ffn + V * d;
  const full = options.counting === 'full';
  const linear = 2n * (full ? parameterCount(shape) : matmulParams);
  const { contextTokens, documentTokens } = options;
  const span = contextTokens === null ? null
    : documentTokens === null || documentTokens === undefined ? contextTokens : Math.min(contextTokens, documentTokens);
  const attention = span === null ? 0n
    : full ? 4n * L * BigInt(shape.heads) * BigInt(headDim(shape)) * BigInt(span)
    : 2n * L * BigInt(span) * d;
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
