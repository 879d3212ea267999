// Exact parameter count of a Llama-style decoder: report Table 3 shapes, Meta llama-models model.py.
// N = V·d (embedding) + L·[d·H·h + 2·d·KV·h + H·h·d + 3·d·F + 2·d] + d (final norm) + V·d (LM head, unless tied)
// with h = d/H. No biases anywhere (bias=False on every linear). Exact in bigint: 405B-class totals
// are below 2^53, but custom configs need not be.
import type { DecoderShape } from './shape';

/** Parameters by component, exact. */
export interface ParamBreakdown {
  embedding: bigint;
  /** Query projection wq: d × H·h, all layers. */
  attnQ: bigint;
  /** Key and value projections wk, wv: d × KV·h each, all layers (= attnK + attnV). */
  attnKV: bigint;
  /** Key projection wk alone: d × KV·h, all layers. */
  attnK: bigint;
  /** Value projection wv alone: d × KV·h, all layers (same shape as wk). */
  attnV: bigint;
  /** Output projection wo: H·h × d, all layers. */
  attnO: bigint;
  /** SwiGLU w1, w2, w3: 3·d·F, all layers. */
  ffn: bigint;
  /** RMSNorm gains: 2·d per layer + d final. */
  norms: bigint;
  /** Output projection to the vocabulary (0 when tied). */
  lmHead: bigint;
  total: bigint;
}

export function paramBreakdown(s: DecoderShape): ParamBreakdown {
  const d = BigInt(s.dim), L = BigInt(s.layers), H = BigInt(s.heads), KV = BigInt(s.kvHeads);
  const F = BigInt(s.ffnDim), V = BigInt(s.vocab);
  const h = d / H; // head dim; callers validate that H divides d (validateShape)
  const embedding = V * d;
  const attnQ = L * d * H * h;
  const attnK = L * d * KV * h;
  const attnV = L * d * KV * h;
  const attnKV = attnK + attnV;
  const attnO = L * H * h * d;
  const ffn = L * 3n * d * F;
  const norms = L * 2n * d + d;
  const lmHead = s.tiedEmbeddings ? 0n : V * d;
  return { embedding, attnQ, attnKV, attnK, attnV, attnO, ffn, norms, lmHead, total: embedding + attnQ + attnKV + attnO + ffn + norms + lmHead };
}

/** Total parameters N, exact. */
export function parameterCount(s: DecoderShape): bigint {
  return paramBreakdown(s).total;
}
