// Rotary position embedding (RoPE, Su et al. 2021) as Llama runs it, and the context-extension rules the RoPE chapter
// compares. Pure float64 math, one definition each; facts (bases, Llama 3.1's scaling, YaRN's ramp) are in
// src/data/rope.ts. Reference values: shared/reference/llama3-facts.md §B.5–B.7 and next-chapters-design.md §2.2.
//
// Indices: pair i = 0 … d/2 − 1 rotates by m·θᵢ at position m, θᵢ = base^(−2i/d). Meta's code rotates interleaved
// pairs (2i, 2i+1) as complex numbers; Hugging Face's rotate_half pairs (i, i + d/2). The two are one model once the
// rows of W_q and W_k are permuted (HF's converter does this); `toHalfLayout` is that permutation on one head vector.

/** Inverse frequencies θᵢ = 1 / base^(2i/d), i = 0 … d/2 − 1, as Meta's `precompute_freqs_cis` computes them. */
export function inverseFrequencies(base: number, headDim: number): Float64Array {
  const pairs = headDim / 2;
  const out = new Float64Array(pairs);
  for (let i = 0; i < pairs; i++) out[i] = 1 / base ** ((2 * i) / headDim);
  return out;
}

/** Wavelength λ = 2π/θ: the number of positions one pair needs to turn once. */
export const wavelength = (invFreq: number): number => (2 * Math.PI) / invFreq;

/** Wavelengths of every pair. */
export function wavelengths(invFreqs: ArrayLike<number>): Float64Array {
  return Float64Array.from(invFreqs, wavelength);
}

/** How many pairs have a wavelength longer than `context` (they never complete a turn inside it). */
export function countLongerThan(invFreqs: ArrayLike<number>, context: number): number {
  let n = 0;
  for (let i = 0; i < invFreqs.length; i++) if (wavelength(invFreqs[i]!) > context) n++;
  return n;
}

/** Turns pair i makes between position 0 and position m: m·θᵢ / 2π. */
export const turns = (invFreq: number, position: number): number => (position * invFreq) / (2 * Math.PI);

/**
 * Critical dimension of Liu et al. 2023 ("Scaling laws of RoPE-based extrapolation"): the dimensions whose pairs
 * complete a turn within the training length, d_extra = 2⌈(d/2)·log_base(T_train / 2π)⌉.
 */
export function criticalDimension(base: number, headDim: number, trainLength: number): number {
  return 2 * Math.ceil((headDim / 2) * (Math.log(trainLength / (2 * Math.PI)) / Math.log(base)));
}

// ---------------------------------------------------------------------------------------------------------------
// Context-extension rules: each returns the new inverse frequencies for the same pairs.

/** Position interpolation (Chen et al. 2023): every frequency ÷ s, i.e. position m read as m/s. */
export function positionInterpolation(invFreqs: ArrayLike<number>, factor: number): Float64Array {
  return Float64Array.from(invFreqs, (f) => f / factor);
}

/** NTK-aware base ([YaRN] Eq. 16; bloc97): b′ = b·s^(d/(d−2)). */
export const ntkAwareBase = (base: number, headDim: number, factor: number): number =>
  base * factor ** (headDim / (headDim - 2));

/** NTK-aware scaling: the schedule with the base b′. */
export function ntkAware(base: number, headDim: number, factor: number): Float64Array {
  return inverseFrequencies(ntkAwareBase(base, headDim, factor), headDim);
}

/**
 * Base of Hugging Face's dynamic NTK at the current sequence length ([HF-rope] `_compute_dynamic_ntk_parameters`):
 * b′ = b·((s·len/L) − (s − 1))^(d/(d−2)) when len > L, else b.
 */
export function dynamicNtkBase(base: number, headDim: number, factor: number, maxPositions: number, seqLen: number): number {
  if (seqLen <= maxPositions) return base;
  return base * ((factor * seqLen) / maxPositions - (factor - 1)) ** (headDim / (headDim - 2));
}

export function dynamicNtk(base: number, headDim: number, factor: number, maxPositions: number, seqLen: number): Float64Array {
  return inverseFrequencies(dynamicNtkBase(base, headDim, factor, maxPositions, seqLen), headDim);
}

/** Blend of a kept frequency and an interpolated one: (1 − γ)·θ/s + γ·θ. γ = 1 keeps, γ = 0 divides by s. */
const blend = (f: number, factor: number, gamma: number): number => (1 - gamma) * (f / factor) + gamma * f;

/** The ramp of NTK-by-parts: γ(r) = 0 below α, 1 above β, linear in between. */
export function ramp(r: number, alpha: number, beta: number): number {
  if (r < alpha) return 0;
  if (r > beta) return 1;
  return (r - alpha) / (beta - alpha);
}

/**
 * NTK-by-parts as the YaRN paper writes it ([YaRN] Eqs. 17–20): r = L/λ, γ(r) ramps linearly in r between α and β.
 * YaRN adds the attention temperature `yarnAttentionScale`; the frequencies are these.
 */
export function ntkByPartsPaper(
  invFreqs: ArrayLike<number>, factor: number, original: number, alpha: number, beta: number,
): Float64Array {
  return Float64Array.from(invFreqs, (f) => blend(f, factor, ramp(original / wavelength(f), alpha, beta)));
}

/**
 * The pair indices where YaRN's code starts and ends its ramp ([HF-rope] `_compute_yarn_parameters`,
 * jquesnelle/yarn `find_correction_range`): the dimension at which a pair turns `rotations` times in L positions,
 * d·ln(L / (rotations·2π)) / (2·ln b), floored for β (fast) and ceiled for α (slow), clamped to [0, d − 1].
 */
export function yarnCorrectionRange(
  base: number, headDim: number, original: number, alpha: number, beta: number,
): { low: number; high: number; lowExact: number; highExact: number } {
  const dimFor = (rotations: number) =>
    (headDim * Math.log(original / (rotations * 2 * Math.PI))) / (2 * Math.log(base));
  const lowExact = dimFor(beta);
  const highExact = dimFor(alpha);
  return {
    low: Math.max(Math.floor(lowExact), 0),
    high: Math.min(Math.ceil(highExact), headDim - 1),
    lowExact,
    highExact,
  };
}

/** NTK-by-parts as YaRN's code runs it: the ramp is linear in the pair index i between the correction dims. */
export function ntkByPartsCode(
  base: number, headDim: number, factor: number, original: number, alpha: number, beta: number,
): Float64Array {
  const inv = inverseFrequencies(base, headDim);
  const { low, high } = yarnCorrectionRange(base, headDim, original, alpha, beta);
  const span = low === high ? 0.001 : high - low; // HF: "Prevent singularity"
  return Float64Array.from(inv, (f, i) => {
    const linear = Math.min(Math.max((i - low) / span, 0), 1);
    return blend(f, factor, 1 - linear);
  });
}

/** YaRN's attention scale √(1/t) = 0.1·ln s + 1 ([YaRN] Eq. 22); logits are multiplied by its square. */
export const yarnAttentionScale = (factor: number): number => (factor <= 1 ? 1 : 0.1 * Math.log(factor) + 1);

/** Which rule Llama 3.1's scaling applies to a pair. */
export type Llama31Band = 'keep' | 'blend' | 'divide';

/** Llama 3.1's rule for one frequency ([LM] `apply_scaling`): its band, smooth factor and new value. */
export function llama31Frequency(
  f: number, s: { factor: number; low: number; high: number; original: number },
): { band: Llama31Band; smooth: number | null; value: number } {
  const lambda = wavelength(f);
  const highFreqWavelen = s.original / s.high;
  const lowFreqWavelen = s.original / s.low;
  if (lambda < highFreqWavelen) return { band: 'keep', smooth: null, value: f };
  if (lambda > lowFreqWavelen) return { band: 'divide', smooth: null, value: f / s.factor };
  const smooth = (s.original / lambda - s.low) / (s.high - s.low);
  return { band: 'blend', smooth, value: blend(f, s.factor, smooth) };
}

/** Llama 3.1's scaled inverse frequencies. */
export function llama31Scaling(
  invFreqs: ArrayLike<number>, s: { factor: number; low: number; high: number; original: number },
): Float64Array {
  return Float64Array.from(invFreqs, (f) => llama31Frequency(f, s).value);
}

// ---------------------------------------------------------------------------------------------------------------
// Rotations and scores.

/** Rotate the 2-D vector (x, y) by `angle` radians. */
export function rotate(x: number, y: number, angle: number): [number, number] {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [x * c - y * s, x * s + y * c];
}

/**
 * RoPE on one head vector at position m, Meta's layout: pairs (2i, 2i+1) rotated by m·θᵢ, the real form of
 * `apply_rotary_emb`'s complex product.
 */
export function applyRope(v: ArrayLike<number>, position: number, invFreqs: ArrayLike<number>): Float64Array {
  const out = new Float64Array(v.length);
  for (let i = 0; i < invFreqs.length; i++) {
    const [x, y] = rotate(v[2 * i]!, v[2 * i + 1]!, position * invFreqs[i]!);
    out[2 * i] = x;
    out[2 * i + 1] = y;
  }
  return out;
}

/** Meta's interleaved head vector in Hugging Face's layout: element 2i → i, 2i+1 → i + d/2 (HF's converter permute). */
export function toHalfLayout(v: ArrayLike<number>): Float64Array {
  const half = v.length / 2;
  const out = new Float64Array(v.length);
  for (let i = 0; i < half; i++) {
    out[i] = v[2 * i]!;
    out[i + half] = v[2 * i + 1]!;
  }
  return out;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** The attention logit before scaling, q_m·k_n = ⟨R_m q, R_n k⟩, over the full head. */
export function ropeScore(
  q: ArrayLike<number>, k: ArrayLike<number>, m: number, n: number, invFreqs: ArrayLike<number>,
): number {
  return dot(applyRope(q, m, invFreqs), applyRope(k, n, invFreqs));
}

/**
 * The same score written as a function of the offset alone (the PI paper's expansion):
 * Σᵢ (q₂ᵢk₂ᵢ + q₂ᵢ₊₁k₂ᵢ₊₁)·cos((m−n)θᵢ) + (q₂ᵢk₂ᵢ₊₁ − q₂ᵢ₊₁k₂ᵢ)·sin((m−n)θᵢ).
 */
export function relativeScore(
  q: ArrayLike<number>, k: ArrayLike<number>, offset: number, invFreqs: ArrayLike<number>,
): number {
  let s = 0;
  for (let i = 0; i < invFreqs.length; i++) {
    const a = offset * invFreqs[i]!;
    const q0 = q[2 * i]!, q1 = q[2 * i + 1]!, k0 = k[2 * i]!, k1 = k[2 * i + 1]!;
    s += (q0 * k0 + q1 * k1) * Math.cos(a) + (q0 * k1 - q1 * k0) * Math.sin(a);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Long-term decay (RoFormer §3.4.3).

/**
 * RoFormer's upper bound on |q_m·k_n| at distance r, per unit of max |h|: (1/(d/2))·Σ_{j=1}^{d/2} |S_j| with
 * S_j = Σ_{k<j} e^{i·r·θ_k}.
 */
export function decayBound(distance: number, invFreqs: ArrayLike<number>): number {
  let re = 0;
  let im = 0;
  let sum = 0;
  for (let k = 0; k < invFreqs.length; k++) {
    const a = distance * invFreqs[k]!;
    re += Math.cos(a);
    im += Math.sin(a);
    sum += Math.sqrt(re * re + im * im); // not Math.hypot: 3× slower, and no overflow is possible here
  }
  return sum / invFreqs.length;
}

/** The score of all-ones q and k at distance r, per pair: (1/(d/2))·Σᵢ cos(r·θᵢ) (1 at r = 0). */
export function onesScore(distance: number, invFreqs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < invFreqs.length; i++) s += Math.cos(distance * invFreqs[i]!);
  return s / invFreqs.length;
}

/** Phase error of each pair at position m when the scaled frequencies are replaced by the unscaled: m·(θᵢ − θ′ᵢ). */
export function phaseErrors(original: ArrayLike<number>, scaled: ArrayLike<number>, position: number): Float64Array {
  return Float64Array.from(original, (f, i) => position * (f - scaled[i]!));
}
