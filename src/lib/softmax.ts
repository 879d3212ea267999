// Numerically stable softmax: softmax(x)_i = exp(x_i − max x) / Σ_j exp(x_j − max x).
// Entries equal to −Infinity (masked positions) come out as exact zeros.

/**
 * Softmax of `src[offset … offset+length)` written to `dst[offset … offset+length)` (the same positions), without
 * allocating. Subtracting the maximum first keeps exp() from overflowing. Masked entries (−Infinity) give exactly 0.
 * If every entry is −Infinity, or any entry is NaN or +Infinity, the slice becomes all zeros rather than NaN:
 * there is no distribution to report. `src` and `dst` may be the same array.
 */
export function softmaxInto(src: ArrayLike<number>, dst: Float64Array, offset = 0, length = src.length - offset): void {
  const end = offset + length;
  let max = -Infinity;
  for (let i = offset; i < end; i++) {
    const x = src[i]!;
    if (Number.isNaN(x) || x === Infinity) { dst.fill(0, offset, end); return; }
    if (x > max) max = x;
  }
  if (max === -Infinity) { dst.fill(0, offset, end); return; }
  let sum = 0;
  for (let i = offset; i < end; i++) {
    const x = src[i]!;
    const e = x === -Infinity ? 0 : Math.exp(x - max);
    dst[i] = e;
    sum += e;
  }
  for (let i = offset; i < end; i++) dst[i]! /= sum;
}

/** Softmax of a whole array (length ≥ 0) into a new Float64Array; same rules as `softmaxInto`. */
export function softmax(logits: ArrayLike<number>): Float64Array {
  const out = new Float64Array(logits.length);
  softmaxInto(logits, out);
  return out;
}
