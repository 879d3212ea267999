// Causal scaled dot-product attention with multi-head, grouped-query and multi-query K/V sharing (report §3.2, Table 3:
// "GQA with 8 key-value heads"), and the mean-pooling conversion of a multi-head checkpoint to GQA (Ainslie et al. 2023, §2.1).
// Pure math on Float64Arrays: no React, no DOM. Shapes are written [rows, cols] and stored row-major.
import { deriveSeed, gaussian, mulberry32 } from '../../lib/rng';
import { softmaxInto } from '../../lib/softmax';

/** Per-head vectors: one Float64Array per head, each [seq, dim] row-major (token t, channel c at t·dim + c). */
export type Heads = Float64Array[];

/** A multi-head attention checkpoint for one sequence: queries, keys and values of every head. */
export interface Checkpoint {
  /** Query heads H. */
  heads: number;
  /** Tokens T. */
  seq: number;
  /** Channels per head d. */
  dim: number;
  /** [H] × [T, d]. */
  q: Heads;
  /** [H] × [T, d]: one key head per query head (multi-head attention). */
  k: Heads;
  /** [H] × [T, d]. */
  v: Heads;
}

/** What one query head computes. */
export interface HeadResult {
  /** Attention weights A = softmax(QKᵀ/√d + causal mask), [T, T] row-major: row i = query token i. */
  weights: Float64Array;
  /** Head output O = A·V, [T, d] row-major. */
  output: Float64Array;
}

/**
 * All divisors of n in increasing order (n ≥ 1). These are the valid key/value head counts for n query heads:
 * n = multi-head attention (MHA), 1 = multi-query attention (MQA), anything between = grouped-query attention (GQA).
 */
export function divisors(n: number): number[] {
  const out: number[] = [];
  for (let k = 1; k <= n; k++) if (n % k === 0) out.push(k);
  return out;
}

/** The divisor of `heads` closest to `wanted`; on a tie the smaller one (more sharing). */
export function nearestDivisor(heads: number, wanted: number): number {
  let best = 1;
  for (const k of divisors(heads)) {
    if (Math.abs(k - wanted) < Math.abs(best - wanted)) best = k;
  }
  return best;
}

/**
 * The K/V head that query head h reads: g = ⌊h / (H / KV)⌋, the index rule of Hugging Face's `repeat_kv`
 * (each K/V head repeated H/KV times, consecutively) and of Meta's reference code. Requires KV | H.
 */
export function groupOf(h: number, heads: number, kvHeads: number): number {
  return Math.floor(h / (heads / kvHeads));
}

/** The query heads that share K/V head g: [g·G, (g+1)·G) with group size G = H / KV. */
export function groupMembers(g: number, heads: number, kvHeads: number): number[] {
  const size = heads / kvHeads;
  return Array.from({ length: size }, (_, i) => g * size + i);
}

/**
 * A seeded stand-in for one sequence passing through a trained multi-head layer: H query, key and value heads,
 * T tokens, d channels, entries ~ N(0, 1).
 *
 * Real heads are not independent, and how alike the key (value) heads are decides how much mean-pooling loses.
 * `similarity` ρ ∈ [0, 1] models that: every key head is √ρ·B_K + √(1−ρ)·E_h, with B_K shared by all heads and E_h
 * the head's own part (values likewise), so any two key heads have correlation ρ. Queries are independent per head.
 *
 * Each tensor and head draws from its own stream (seed, tensor, head), token by token, so adding heads or tokens
 * extends the data without changing what was already there.
 */
export function makeCheckpoint(heads: number, seq: number, dim: number, seed: number, similarity: number): Checkpoint {
  const rho = Math.min(1, Math.max(0, Number.isFinite(similarity) ? similarity : 0));
  const shared = Math.sqrt(rho);
  const own = Math.sqrt(1 - rho);
  const draw = (...path: number[]) => {
    const z = gaussian(mulberry32(deriveSeed(seed, ...path)));
    const a = new Float64Array(seq * dim);
    for (let i = 0; i < a.length; i++) a[i] = z();
    return a;
  };
  const Q = 0, K = 1, V = 2, BASE = 1_000_000;
  const baseK = draw(K, BASE);
  const baseV = draw(V, BASE);
  const mix = (base: Float64Array, mine: Float64Array) => {
    for (let i = 0; i < mine.length; i++) mine[i] = shared * base[i]! + own * mine[i]!;
    return mine;
  };
  const q: Heads = [], k: Heads = [], v: Heads = [];
  for (let h = 0; h < heads; h++) {
    q.push(draw(Q, h));
    k.push(mix(baseK, draw(K, h)));
    v.push(mix(baseV, draw(V, h)));
  }
  return { heads, seq, dim, q, k, v };
}

/**
 * Mean-pools heads within each group: pooled[g] = (1/G) Σ_{h ∈ group g} x[h], G = H / KV. Input [H] × [T, d],
 * output [KV] × [T, d]. This is how Ainslie et al. build a GQA checkpoint from a multi-head one (before uptraining).
 * The sum starts from the group's first head, so with G = 1 every pooled head is an exact copy.
 */
export function meanPoolHeads(x: Heads, kvHeads: number): Heads {
  const size = x.length / kvHeads;
  const out: Heads = [];
  for (let g = 0; g < kvHeads; g++) {
    const acc = Float64Array.from(x[g * size]!);
    for (let m = 1; m < size; m++) {
      const src = x[g * size + m]!;
      for (let i = 0; i < acc.length; i++) acc[i]! += src[i]!;
    }
    if (size !== 1) for (let i = 0; i < acc.length; i++) acc[i]! /= size;
    out.push(acc);
  }
  return out;
}

/**
 * One attention head with a causal mask. q, k, v are [T, d]. Logits s_ij = q_i·k_j / √d for j ≤ i and −∞ for j > i
 * (a token never sees later tokens), A_i = softmax(s_i), O_i = Σ_j A_ij v_j.
 */
export function attentionHead(q: Float64Array, k: Float64Array, v: Float64Array, seq: number, dim: number): HeadResult {
  const weights = new Float64Array(seq * seq);
  const output = new Float64Array(seq * dim);
  const scale = 1 / Math.sqrt(dim);
  for (let i = 0; i < seq; i++) {
    const row = i * seq, qi = i * dim, oi = i * dim;
    // Logits go straight into row i of the weights, then softmax turns them into weights in place.
    for (let j = 0; j <= i; j++) {
      const kj = j * dim;
      let s = 0;
      for (let c = 0; c < dim; c++) s += q[qi + c]! * k[kj + c]!;
      weights[row + j] = s * scale;
    }
    weights.fill(-Infinity, row + i + 1, row + seq);
    softmaxInto(weights, weights, row, seq);
    for (let j = 0; j <= i; j++) {
      const w = weights[row + j]!, vj = j * dim;
      for (let c = 0; c < dim; c++) output[oi + c]! += w * v[vj + c]!;
    }
  }
  return { weights, output };
}

/**
 * Every query head h attends with K/V head g = groupOf(h): q is [H] × [T, d], k and v are [KV] × [T, d].
 * KV = H is multi-head attention, KV = 1 multi-query attention.
 */
export function attendAll(q: Heads, k: Heads, v: Heads, seq: number, dim: number): HeadResult[] {
  const heads = q.length, kvHeads = k.length;
  return q.map((qh, h) => {
    const g = groupOf(h, heads, kvHeads);
    return attentionHead(qh, k[g]!, v[g]!, seq, dim);
  });
}

/** Frobenius norm √(Σ x²) of a flat array. */
export function frobenius(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]! * x[i]!;
  return Math.sqrt(s);
}

/** ‖a − b‖_F / ‖b‖_F, and 0 when both are zero (no change). Same-length inputs. */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let num = 0, den = 0;
  for (let i = 0; i < b.length; i++) {
    const d = a[i]! - b[i]!;
    num += d * d;
    den += b[i]! * b[i]!;
  }
  if (den === 0) return num === 0 ? 0 : 1;
  return Math.sqrt(num / den);
}

/** The multi-head layer, the same layer converted to GQA by mean-pooling, and how far apart their outputs are. */
export interface GqaComparison {
  checkpoint: Checkpoint;
  kvHeads: number;
  /** Pooled keys and values, [KV] × [T, d]. */
  pooledK: Heads;
  pooledV: Heads;
  /** Per query head, with its own K/V head. */
  mha: HeadResult[];
  /** Per query head, with the mean-pooled K/V head of its group. */
  gqa: HeadResult[];
  /** Per query head: ‖O_gqa,h − O_mha,h‖_F / ‖O_mha,h‖_F (dimensionless, 0 = unchanged). */
  headError: number[];
  /** Over all heads together: ‖O_gqa − O_mha‖_F / ‖O_mha‖_F. */
  totalError: number;
  /** Per query head: largest |A_gqa − A_mha| over all (query, key) cells, in attention-weight units. */
  maxWeightChange: number[];
}

/** The multi-head layer run once; every K/V head count compares against it (the view recomputes only the GQA side). */
export interface MhaRun {
  checkpoint: Checkpoint;
  /** Per query head, with its own K/V head. */
  mha: HeadResult[];
}

/** Builds the seeded checkpoint and runs it as multi-head attention. */
export function runMha(heads: number, seq: number, dim: number, seed: number, similarity: number): MhaRun {
  const checkpoint = makeCheckpoint(heads, seq, dim, seed, similarity);
  const { q, k, v } = checkpoint;
  return { checkpoint, mha: attendAll(q, k, v, seq, dim) };
}

/** Converts the checkpoint to GQA with `kvHeads` K/V heads by mean-pooling (KV must divide H) and compares outputs. */
export function compareWithPooled(run: MhaRun, kvHeads: number): GqaComparison {
  const { checkpoint, mha } = run;
  const { q, k, v, seq, dim } = checkpoint;
  const pooledK = meanPoolHeads(k, kvHeads);
  const pooledV = meanPoolHeads(v, kvHeads);
  const gqa = attendAll(q, pooledK, pooledV, seq, dim);
  let num = 0, den = 0;
  const headError = mha.map((m, h) => {
    const a = gqa[h]!.output, b = m.output;
    for (let i = 0; i < b.length; i++) {
      const d = a[i]! - b[i]!;
      num += d * d;
      den += b[i]! * b[i]!;
    }
    return relativeError(a, b);
  });
  const totalError = den === 0 ? (num === 0 ? 0 : 1) : Math.sqrt(num / den);
  const maxWeightChange = mha.map((m, h) => {
    let max = 0;
    const a = gqa[h]!.weights;
    for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - m.weights[i]!));
    return max;
  });
  return { checkpoint, kvHeads, pooledK, pooledV, mha, gqa, headError, totalError, maxWeightChange };
}

/** Builds the seeded checkpoint, runs it as MHA and as mean-pooled GQA with `kvHeads` K/V heads (KV must divide H). */
export function compareGqa(heads: number, kvHeads: number, seq: number, dim: number, seed: number, similarity: number): GqaComparison {
  return compareWithPooled(runMha(heads, seq, dim, seed, similarity), kvHeads);
}
