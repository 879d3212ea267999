// Exact counts of the (query, key) pairs a causal mask and a causal + document mask allow, and the context-parallel
// split of a sequence into chunks (report §3.2 document mask, §3.3.2 context parallelism). Pure and exact: every
// count is an integer below 2⁵³ for sequences up to 2²⁶ tokens (n(n+1)/2 < 2⁵³ needs n < 1.3 × 10⁸).
//
// Positions are 0-based; query q may attend key k when k ≤ q (causal) and, with the document mask, when k and q lie
// in the same document. A packed sequence is a list of document lengths, in order, that sum to its length.

/** Pairs a causal mask allows in a sequence of n tokens: n(n+1)/2 (each token sees itself and every earlier one). */
export function causalPairs(n: number): number {
  return (n * (n + 1)) / 2;
}

/** Pairs a causal + document mask allows: Σ lᵢ(lᵢ+1)/2 over the documents. */
export function documentPairs(lengths: readonly number[]): number {
  let s = 0;
  for (const l of lengths) s += causalPairs(l);
  return s;
}

/** Start offsets of the documents, and the sequence length last: [0, l₀, l₀+l₁, …, Σl]. */
export function documentOffsets(lengths: readonly number[]): number[] {
  const out = [0];
  let end = 0;
  for (const l of lengths) out.push((end += l));
  return out;
}

/**
 * Σ over q in [q0, q1) of clamp(q − a + 1, 0, w): the keys in a window [a, a + w) that a query q sees when it sees
 * every key from a up to itself. Closed form, O(1).
 */
function clampedRamp(q0: number, q1: number, a: number, w: number): number {
  if (q1 <= q0 || w <= 0) return 0;
  // Rows q < a see nothing; rows a ≤ q < a + w see q − a + 1; rows q ≥ a + w − 1 see w.
  const rampLo = Math.max(q0, a), rampHi = Math.min(q1, a + w); // q in [rampLo, rampHi): q − a + 1 keys
  let s = 0;
  if (rampHi > rampLo) {
    const first = rampLo - a + 1, last = rampHi - 1 - a + 1;
    s += ((first + last) * (rampHi - rampLo)) / 2;
  }
  const flatLo = Math.max(q0, a + w);
  if (q1 > flatLo) s += (q1 - flatLo) * w;
  return s;
}

/**
 * Allowed pairs with queries in [r0, r1) and keys in [c0, c1): the exact count a cell of an aggregated mask shows.
 * `offsets` from documentOffsets, or null for the causal mask alone. O(number of documents the rows cross).
 */
export function allowedInBlock(offsets: readonly number[] | null, r0: number, r1: number, c0: number, c1: number): number {
  if (offsets === null) return clampedRamp(r0, r1, c0, c1 - c0);
  let s = 0;
  // Walk the documents that overlap the rows; inside document [ds, de) query q sees keys [max(c0, ds), min(c1, q + 1)).
  const at = (i: number) => offsets[i] ?? Number.POSITIVE_INFINITY;
  let lo = 0, hi = offsets.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (at(mid) <= r0) lo = mid; else hi = mid - 1; }
  for (let d = lo; d < offsets.length - 1 && at(d) < r1; d++) {
    const ds = at(d), de = at(d + 1);
    const q0 = Math.max(r0, ds), q1 = Math.min(r1, de);
    const a = Math.max(c0, ds), w = c1 - a;
    s += clampedRamp(q0, q1, a, w);
  }
  return s;
}

/** How a context-parallel group splits a sequence: the report's 2·CP chunks (zigzag) or CP contiguous pieces. */
export type CpSplit = 'zigzag' | 'naive';

/**
 * The chunks each rank holds, in 2·CP chunks of equal length. Zigzag, as the report does it: "the i-th CP rank
 * received both the i-th and the (2×CP−1−i)-th chunks" ([P] §3.3.2). Naive: rank i holds chunks 2i and 2i + 1,
 * one contiguous piece.
 */
export function cpChunks(cp: number, split: CpSplit): [number, number][] {
  return Array.from({ length: cp }, (_, i) => (split === 'zigzag' ? [i, 2 * cp - 1 - i] : [2 * i, 2 * i + 1]));
}

/** Causal pairs of the queries in chunk j (chunks of c tokens): every earlier chunk whole, then a triangle: j·c² + c(c+1)/2. */
export function chunkCausalPairs(j: number, c: number): number {
  return j * c * c + causalPairs(c);
}

/**
 * Causal attention pairs each CP rank computes for its local queries against the all-gathered keys, exact.
 * seqLen must be a multiple of 2·cp (the caller checks; see cpIssue).
 */
export function cpRankPairs(cp: number, seqLen: number, split: CpSplit): number[] {
  const c = seqLen / (2 * cp);
  return cpChunks(cp, split).map(([a, b]) => chunkCausalPairs(a, c) + chunkCausalPairs(b, c));
}

/**
 * Forward FLOPs of QKᵀ and A·V for `pairs` attended (query, key) pairs in one layer, all heads together: 2·d for the
 * score and 2·d for the weighted value, so 4·d per pair (d = heads × head dim). The same accounting as
 * forwardFlopsPerToken's 2·L·T·d, which is 4·d per pair over T/2 pairs per token (flops.ts).
 */
export function pairFlops(pairs: number, width: number): number {
  return 4 * width * pairs;
}
