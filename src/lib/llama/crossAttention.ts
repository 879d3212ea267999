// A small, real gated cross-attention block, computed exactly as Meta's released Llama 3.2 Vision code computes one
// (llama-models models/llama3/multimodal/model.py @ a9c89c4, CrossAttentionTransformerBlock.forward):
//   h   = x + tanh(gate_attn) · CrossAttention(attention_norm(x), image tokens)
//   out = h + tanh(gate_ffwd) · FeedForward(ffn_norm(h))
// with RMSNorm on each query and key head (q_norm, k_norm), grouped-query attention (KV heads repeated), no biases,
// and a SwiGLU feed-forward w2(silu(w1·x) ⊙ w3·x). Both gates are initialised to zero in the code, and tanh(0) = 0,
// so a freshly inserted block returns its input unchanged: the language model starts as the text-only model
// (report §7: "the language model is not retrained"). The shapes here are tiny and the weights seeded (they are not
// Llama's); the arithmetic is the block's. Pure: no DOM, no Math.random.
import { gaussian, mulberry32 } from '../rng';
import { softmaxInto } from '../softmax';

export interface CrossBlockShape {
  dim: number;
  heads: number;
  kvHeads: number;
  /** FFN hidden width. */
  hidden: number;
}

/** The demo's shape: two query heads sharing one KV head (GQA), as the real blocks share theirs. */
export const DEMO_CROSS_BLOCK: CrossBlockShape = { dim: 8, heads: 2, kvHeads: 1, hidden: 16 };

export interface CrossBlockWeights {
  shape: CrossBlockShape;
  /** Row-major [out][in] matrices. */
  wq: Float64Array;
  wk: Float64Array;
  wv: Float64Array;
  wo: Float64Array;
  w1: Float64Array;
  w2: Float64Array;
  w3: Float64Array;
  /** RMSNorm weights (ones at initialisation, as nn.Parameter(torch.ones(dim))). */
  attentionNorm: Float64Array;
  ffnNorm: Float64Array;
  qNorm: Float64Array;
  kNorm: Float64Array;
}

const EPS = 1e-5;

/** Seeded weights with entries N(0, 1/in). */
export function crossBlockWeights(shape: CrossBlockShape, seed: number): CrossBlockWeights {
  const normal = gaussian(mulberry32(seed));
  const hd = shape.dim / shape.heads;
  const matrix = (out: number, inp: number) => Float64Array.from({ length: out * inp }, () => normal() / Math.sqrt(inp));
  return {
    shape,
    wq: matrix(shape.heads * hd, shape.dim),
    wk: matrix(shape.kvHeads * hd, shape.dim),
    wv: matrix(shape.kvHeads * hd, shape.dim),
    wo: matrix(shape.dim, shape.heads * hd),
    w1: matrix(shape.hidden, shape.dim),
    w3: matrix(shape.hidden, shape.dim),
    w2: matrix(shape.dim, shape.hidden),
    attentionNorm: new Float64Array(shape.dim).fill(1),
    ffnNorm: new Float64Array(shape.dim).fill(1),
    qNorm: new Float64Array(hd).fill(1),
    kNorm: new Float64Array(hd).fill(1),
  };
}

/** Seeded rows of a given width (text hidden states or image tokens), entries N(0, 1). */
export function seededRows(rows: number, width: number, seed: number): Float64Array[] {
  const normal = gaussian(mulberry32(seed));
  return Array.from({ length: rows }, () => Float64Array.from({ length: width }, () => normal()));
}

function rmsNorm(x: ArrayLike<number>, weight: ArrayLike<number>, from = 0, length = weight.length): Float64Array {
  let ms = 0;
  for (let i = 0; i < length; i++) ms += x[from + i]! ** 2;
  const r = 1 / Math.sqrt(ms / length + EPS);
  return Float64Array.from({ length }, (_, i) => x[from + i]! * r * weight[i]!);
}

function matVec(m: Float64Array, x: ArrayLike<number>, out: number): Float64Array {
  const inp = x.length, y = new Float64Array(out);
  for (let o = 0; o < out; o++) {
    let s = 0;
    for (let i = 0; i < inp; i++) s += m[o * inp + i]! * x[i]!;
    y[o] = s;
  }
  return y;
}

const silu = (z: number) => z / (1 + Math.exp(-z));

export interface CrossBlockOutput {
  /** The block's output rows. */
  out: Float64Array[];
  /** The attention output before its gate, and the FFN output before its gate (what tanh(gate) scales). */
  attention: Float64Array[];
  ffn: Float64Array[];
  /** Attention weights, [text row][head][image token]. */
  weights: Float64Array[][];
}

/** The block on text rows x attending to image tokens, with both gates at the given values (tanh applied here). */
export function crossBlock(
  w: CrossBlockWeights, x: readonly Float64Array[], image: readonly Float64Array[], gateAttn: number, gateFfwd: number,
): CrossBlockOutput {
  const { dim, heads, kvHeads, hidden } = w.shape;
  const hd = dim / heads, rep = heads / kvHeads;
  // Keys (k_norm per head) and values of the image tokens: the code caches them once per image.
  const keys = image.map((v) => matVec(w.wk, v, kvHeads * hd));
  const normedKeys = keys.map((k) => Array.from({ length: kvHeads }, (_, g) => rmsNorm(k, w.kNorm, g * hd, hd)));
  const values = image.map((v) => matVec(w.wv, v, kvHeads * hd));
  const ta = Math.tanh(gateAttn), tf = Math.tanh(gateFfwd);
  const out: Float64Array[] = [], attention: Float64Array[] = [], ffn: Float64Array[] = [], weights: Float64Array[][] = [];
  for (const row of x) {
    const q = matVec(w.wq, rmsNorm(row, w.attentionNorm), heads * hd);
    const concat = new Float64Array(heads * hd);
    const rowWeights: Float64Array[] = [];
    for (let h = 0; h < heads; h++) {
      const qh = rmsNorm(q, w.qNorm, h * hd, hd), g = Math.floor(h / rep);
      const scores = Float64Array.from(normedKeys, (k) => {
        let s = 0;
        for (let i = 0; i < hd; i++) s += qh[i]! * k[g]![i]!;
        return s / Math.sqrt(hd);
      });
      softmaxInto(scores, scores);
      rowWeights.push(scores);
      for (let j = 0; j < image.length; j++) for (let i = 0; i < hd; i++) concat[h * hd + i]! += scores[j]! * values[j]![g * hd + i]!;
    }
    const attn = matVec(w.wo, concat, dim);
    const h = Float64Array.from(row, (v, i) => v + ta * attn[i]!);
    const n = rmsNorm(h, w.ffnNorm);
    const a = matVec(w.w1, n, hidden), b = matVec(w.w3, n, hidden);
    const f = matVec(w.w2, Float64Array.from(a, (z, i) => silu(z) * b[i]!), dim);
    out.push(Float64Array.from(h, (v, i) => v + tf * f[i]!));
    attention.push(attn);
    ffn.push(f);
    weights.push(rowWeights);
  }
  return { out, attention, ffn, weights };
}

/** Largest absolute difference between two row sets of one shape. */
export function maxAbsDiff(a: readonly Float64Array[], b: readonly Float64Array[]): number {
  let m = 0;
  a.forEach((row, r) => row.forEach((v, i) => { m = Math.max(m, Math.abs(v - b[r]![i]!)); }));
  return m;
}
