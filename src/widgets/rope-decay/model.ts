// RoPE's long-term decay against relative distance (RoFormer, Su et al. 2021, §3.4.3) for base 10,000 (Llama 2's)
// against a second base (default 500,000, Llama 3's: report §3.2), with or without Llama 3.1's frequency scaling
// (Meta's code only). Pure: the two sums are src/lib/llama/rope.ts `decayBound` and `onesScore`, the frequencies and
// Llama 3.1's rule come from there too, the facts from src/data. State → numbers and codes; messages.ts words them.
//
// At a distance r = n − m (tokens) with d/2 pairs turning at θᵢ = base^(−2i/d) radians per token:
// - RoFormer's relative upper bound (1/(d/2))·Σ_{j=1}^{d/2} |S_j|, S_j = Σ_{k<j} e^{i·r·θ_k}. |q_m·k_n| is at most
//   this times (d/2)·maxᵢ|h_{i+1} − h_i|, a factor that depends on q and k, not on r. At r = 0 it is (d/2 + 1)/2.
// - the score of all-ones q and k, (1/(d/2))·Σᵢ cos(r·θᵢ): one particular pair of vectors, 1 at r = 0.
// Neither is what a trained model's q·k does: for q and k with independent zero-mean entries the expected score is 0
// at every distance (E[q·R k] = Σ E[q_a]·E[k_b]·R_ab = 0), so there is nothing to decay on average.
//
// Wrap-around, as this widget marks it: the longest wavelength λ_max = 2π/θ_{d/2−1} of a base is the distance at
// which its slowest pair completes one turn. Beyond it every pair has turned at least once, so each pair on its own
// only takes angles it already took at shorter distances: no single pair tells such a distance from a shorter one.
// The d/2 angles together still differ from distance to distance, so positions are not literally confused.
import { CONTEXT_LLAMA3, CONTEXT_LLAMA31 } from '../../data/models';
import { LLAMA31_ROPE_SCALING, ROPE_HEAD_DIM, ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3 } from '../../data/rope';
import { countLongerThan, decayBound, inverseFrequencies, llama31Scaling, onesScore, wavelength } from '../../lib/llama';
import {
  BINARY_SUFFIXES, readBoundedField, type FieldReading as TextFieldReading, type FieldRefusal as TextFieldRefusal,
} from '../../lib/text';

// ── Choices, limits, defaults (meta.ts builds the URL schema from these) ─────────────────────────

/** The first curve's base, always drawn: Llama 2's (its code's `precompute_freqs_cis(..., theta=10000.0)`). */
export const REFERENCE_BASE = ROPE_THETA_LLAMA2;

/** Head dimensions offered, as URL values; Llama 3 uses 128 (Table 3: dim ÷ heads). */
export const HEAD_DIMS = ['64', '128', '256'] as const;
export type HeadDimChoice = (typeof HEAD_DIMS)[number];

/** none: the second base's own frequencies; llama31: Llama 3.1's rule applied to them (factor 8, low 1, high 4, 8,192). */
export const SCALINGS = ['none', 'llama31'] as const;
export type Scaling = (typeof SCALINGS)[number];

/** Inclusive bounds. Distances span the axis, 1 to Llama 3.1's 131,072 positions; a base must exceed 1 to turn. */
export const LIMITS = {
  base: { min: 2, max: 1_000_000_000 },
  distance: { min: 1, max: CONTEXT_LLAMA31 },
} as const;
export type LimitKey = keyof typeof LIMITS;

export const DEFAULTS = {
  /** Llama 3's base (report §3.2). */
  base: ROPE_THETA_LLAMA3,
  scaling: 'none' as Scaling,
  /** Llama 3's training context (8,192): where §B.5's counts 14 and 29 are read. */
  distance: CONTEXT_LLAMA3,
  headDim: String(ROPE_HEAD_DIM) as HeadDimChoice,
};

/** The distances of design §2.2 V4's reference table (0 is the same position: in the table, not on the log axis). */
export const TABLE_DISTANCES = [0, 10, 100, 1_000, CONTEXT_LLAMA3, CONTEXT_LLAMA31] as const;

/**
 * Log-spaced samples of the axis before rounding to whole tokens: 1,500 round to 1,010 distinct distances; with the
 * powers of two and V4's distances added, 1,020 are plotted.
 */
export const PLOT_SAMPLES = 1_500;

/**
 * The plotted distances: whole tokens, log-spaced from 1 to the axis end (the samples rounded and deduplicated, so
 * every distance from 1 to about 130 is there), with every power of two and the V4 table's distances added.
 * Strictly increasing.
 */
export function plotDistances(samples: number = PLOT_SAMPLES, max: number = LIMITS.distance.max): number[] {
  const set = new Set<number>();
  const lnMax = Math.log(max);
  for (let k = 0; k < samples; k++) set.add(Math.min(max, Math.max(1, Math.round(Math.exp((lnMax * k) / (samples - 1))))));
  for (let p = 1; p <= max; p *= 2) set.add(p);
  for (const r of TABLE_DISTANCES) if (r >= 1 && r <= max) set.add(r);
  return [...set].sort((a, b) => a - b);
}

/** The distances every curve is computed at. */
export const PLOT_DISTANCES: readonly number[] = plotDistances();

// ── Slider steps (positions of the two sliders; the fields take any value in LIMITS) ─────────────

/** Bases on the slider: 2, 5, then 1-2-5 in every decade up to 10⁹ (10,000 and 500,000 are among them). */
export const BASE_STEPS: readonly number[] = (() => {
  const out = [2, 5];
  for (let e = 1; e <= 8; e++) for (const m of [1, 2, 5]) out.push(m * 10 ** e);
  out.push(10 ** 9);
  return out;
})();

/** Distances on the slider: 2^(k/4) rounded, k = 0 … 68 (quarter octaves from 1 to 131,072), deduplicated. */
export const DISTANCE_STEPS: readonly number[] = (() => {
  const set = new Set<number>();
  for (let k = 0; k <= 68; k++) set.add(Math.round(2 ** (k / 4)));
  return [...set].sort((a, b) => a - b);
})();

/** Index of the step nearest to `value` on a log scale (the slider position that shows it). */
export function nearestStep(steps: readonly number[], value: number): number {
  let best = 0;
  let bestGap = Infinity;
  const lv = Math.log(Math.max(value, Number.MIN_VALUE));
  steps.forEach((s, i) => {
    const gap = Math.abs(Math.log(s) - lv);
    if (gap < bestGap) { best = i; bestGap = gap; }
  });
  return best;
}

// ── Frequencies and curves ───────────────────────────────────────────────────────────────────────

/** The inverse frequencies one curve uses: θᵢ = base^(−2i/d), then Llama 3.1's rule when `scaled`. */
export function seriesFrequencies(base: number, headDim: number, scaled: boolean): Float64Array {
  const inv = inverseFrequencies(base, headDim);
  return scaled ? llama31Scaling(inv, LLAMA31_ROPE_SCALING.value) : inv;
}

/** Both measures at every plotted distance, exactly (src/lib/llama decayBound and onesScore at each one). */
export interface DecayCurve {
  distances: readonly number[];
  /** RoFormer's relative bound at each distance. */
  bound: Float64Array;
  /** The all-ones score at each distance. */
  ones: Float64Array;
}

export function decayCurve(invFreqs: ArrayLike<number>, distances: readonly number[] = PLOT_DISTANCES): DecayCurve {
  const bound = new Float64Array(distances.length);
  const ones = new Float64Array(distances.length);
  for (let j = 0; j < distances.length; j++) {
    bound[j] = decayBound(distances[j]!, invFreqs);
    ones[j] = onesScore(distances[j]!, invFreqs);
  }
  return { distances, bound, ones };
}

/** Where a view gets the curve of (base, headDim, scaled): computed fresh by default; a view passes a cache. */
export type CurveSource = (base: number, headDim: number, scaled: boolean) => DecayCurve;

export const freshCurve: CurveSource = (base, headDim, scaled) => decayCurve(seriesFrequencies(base, headDim, scaled));

/**
 * A CurveSource that keeps the last `size` curves, so moving the distance recomputes no curve and changing one base
 * recomputes one. Deterministic: a cached curve is the curve freshCurve would give.
 */
export function curveCache(size = 8): CurveSource {
  const kept = new Map<string, DecayCurve>();
  return (base, headDim, scaled) => {
    const key = `${base}|${headDim}|${scaled}`;
    let c = kept.get(key);
    if (c) {
      kept.delete(key); // most recently used goes last
    } else {
      c = freshCurve(base, headDim, scaled);
      if (kept.size >= size) kept.delete(kept.keys().next().value!);
    }
    kept.set(key, c);
    return c;
  };
}

/** The measures at one distance, and how many pairs have not yet completed a turn there. */
export interface Reading {
  distance: number;
  bound: number;
  ones: number;
  /** Pairs whose wavelength exceeds the distance (still on their first turn): §B.5's counts at 8,192 and 2,048. */
  unturned: number;
}

export function readingAt(invFreqs: ArrayLike<number>, distance: number): Reading {
  return {
    distance,
    bound: decayBound(distance, invFreqs),
    ones: onesScore(distance, invFreqs),
    unturned: countLongerThan(invFreqs, distance),
  };
}

/**
 * The last distance up to which RoFormer's bound falls at every step: bound(r + 1) > bound(r) first at this r (whole
 * tokens from 1). null when it falls all the way to `max`. Found by walking from 1; for any base from 2 to 10⁹ and
 * the offered head dimensions it is under 260 (model.test.ts), so the walk is short.
 */
export function steadyFallUntil(invFreqs: ArrayLike<number>, max: number = LIMITS.distance.max): number | null {
  let prev = decayBound(1, invFreqs);
  for (let r = 1; r < max; r++) {
    const next = decayBound(r + 1, invFreqs);
    if (next > prev) return r;
    prev = next;
  }
  return null;
}

/** How often the bound goes up from one plotted distance to the next: not a smooth decay. */
export function risesBetweenPlotted(curve: DecayCurve): { rises: number; steps: number } {
  let rises = 0;
  for (let j = 1; j < curve.bound.length; j++) if (curve.bound[j]! > curve.bound[j - 1]!) rises++;
  return { rises, steps: curve.bound.length - 1 };
}

// ── The widget's whole computation ───────────────────────────────────────────────────────────────

export interface DecayState {
  /** The second curve's base. */
  base: number;
  scaling: Scaling;
  /** Tokens between query and key, n − m. */
  distance: number;
  headDim: HeadDimChoice;
}

/** Which curve: the fixed 10,000 one, or the second base's. */
export type SeriesId = 'reference' | 'compared';

export interface SeriesResult {
  id: SeriesId;
  base: number;
  /** Llama 3.1's scaling applied (the compared curve only). */
  scaled: boolean;
  invFreqs: Float64Array;
  curve: DecayCurve;
  /** At the state's distance. */
  reading: Reading;
  /** Wavelength of the slowest pair, tokens: every pair has turned at least once beyond it. */
  longestWavelength: number;
  /** λ_max lies on the axis (≤ 131,072): its line is drawn. */
  wrapsOnAxis: boolean;
  /** Pairs still on their first turn at the end of the axis, 131,072 (0 when wrapsOnAxis). */
  unturnedAtEnd: number;
  /** steadyFallUntil: the distance after which the bound first rises, and the bound there. */
  steadyFall: { distance: number; bound: number } | null;
  /** Rises of the bound between neighbouring plotted distances. */
  rises: { rises: number; steps: number };
}

/** A caveat that applies to a state (messages.ts words it). */
export type DecayNote =
  /** Head dimension other than Llama 3's 128. */
  | { code: 'otherHeadDim'; headDim: number }
  /** Llama 3.1's scaling on a base it is not used with (it ships with 500,000 only). */
  | { code: 'scalingOtherBase'; base: number }
  /** The second curve is the first one (base 10,000, no scaling). */
  | { code: 'sameCurve' };

/** Why a state cannot be computed (only reachable by calling the model directly: the URL schema and the fields check). */
export type DecayIssue =
  | { field: LimitKey; code: 'outOfRange'; min: number; max: number }
  | { field: 'headDim' | 'scaling'; code: 'unknownChoice' };

export interface DecayOk {
  ok: true;
  headDim: number;
  /** d/2. */
  pairs: number;
  distance: number;
  scaling: Scaling;
  reference: SeriesResult;
  compared: SeriesResult;
  notes: DecayNote[];
}

export interface DecayInvalid {
  ok: false;
  errors: DecayIssue[];
}

export type DecayResult = DecayOk | DecayInvalid;

function inRange(key: LimitKey, v: number): boolean {
  return Number.isInteger(v) && v >= LIMITS[key].min && v <= LIMITS[key].max;
}

/** What is wrong with a state; empty when it can be computed. */
export function stateIssues(state: DecayState): DecayIssue[] {
  const errors: DecayIssue[] = [];
  for (const key of ['base', 'distance'] as const) {
    if (!inRange(key, state[key])) errors.push({ field: key, code: 'outOfRange', min: LIMITS[key].min, max: LIMITS[key].max });
  }
  if (!HEAD_DIMS.includes(state.headDim)) errors.push({ field: 'headDim', code: 'unknownChoice' });
  if (!SCALINGS.includes(state.scaling)) errors.push({ field: 'scaling', code: 'unknownChoice' });
  return errors;
}

function series(id: SeriesId, base: number, headDim: number, scaled: boolean, distance: number, curves: CurveSource): SeriesResult {
  const invFreqs = seriesFrequencies(base, headDim, scaled);
  const curve = curves(base, headDim, scaled);
  const longestWavelength = wavelength(invFreqs[invFreqs.length - 1]!);
  const fall = steadyFallUntil(invFreqs);
  return {
    id, base, scaled, invFreqs, curve,
    reading: readingAt(invFreqs, distance),
    longestWavelength,
    wrapsOnAxis: longestWavelength <= LIMITS.distance.max,
    unturnedAtEnd: countLongerThan(invFreqs, LIMITS.distance.max),
    steadyFall: fall === null ? null : { distance: fall, bound: decayBound(fall, invFreqs) },
    rises: risesBetweenPlotted(curve),
  };
}

/** Everything the widget shows, or why the state is impossible. Never throws. */
export function computeDecay(state: DecayState, curves: CurveSource = freshCurve): DecayResult {
  const errors = stateIssues(state);
  if (errors.length) return { ok: false, errors };
  const headDim = Number(state.headDim);
  const scaled = state.scaling === 'llama31';
  const reference = series('reference', REFERENCE_BASE, headDim, false, state.distance, curves);
  const compared = series('compared', state.base, headDim, scaled, state.distance, curves);
  const notes: DecayNote[] = [];
  if (headDim !== ROPE_HEAD_DIM) notes.push({ code: 'otherHeadDim', headDim });
  if (scaled && state.base !== ROPE_THETA_LLAMA3) notes.push({ code: 'scalingOtherBase', base: state.base });
  if (!scaled && state.base === REFERENCE_BASE) notes.push({ code: 'sameCurve' });
  return { ok: true, headDim, pairs: headDim / 2, distance: state.distance, scaling: state.scaling, reference, compared, notes };
}

// ── The data table (the charts' text alternative) ────────────────────────────────────────────────

export interface TableRow {
  distance: number;
  /** The state's distance. */
  chosen: boolean;
  /** One of design §2.2 V4's distances. */
  reference: boolean;
  bound: Record<SeriesId, number>;
  ones: Record<SeriesId, number>;
}

/** Both measures at 0, every power of two, V4's distances and the state's distance, in increasing order. */
export function tableRows(r: DecayOk): TableRow[] {
  const set = new Set<number>([0, ...TABLE_DISTANCES, r.distance]);
  for (let p = 1; p <= LIMITS.distance.max; p *= 2) set.add(p);
  return [...set].sort((a, b) => a - b).map((distance) => ({
    distance,
    chosen: distance === r.distance,
    reference: (TABLE_DISTANCES as readonly number[]).includes(distance),
    bound: { reference: decayBound(distance, r.reference.invFreqs), compared: decayBound(distance, r.compared.invFreqs) },
    ones: { reference: onesScore(distance, r.reference.invFreqs), compared: onesScore(distance, r.compared.invFreqs) },
  }));
}

// ── Reading numbers the reader types ─────────────────────────────────────────────────────────────

/** Longest text a field reads, in code points. */
export const MAX_FIELD_TEXT = 24;

export type FieldRefusal = TextFieldRefusal<LimitKey>;
export type FieldReading = TextFieldReading<LimitKey>;

/**
 * A whole number typed into the base field (digits with separators, or an exponent: "5e5") or the distance field
 * (digits, or K = 1,024: "8K" = 8,192, "128K" = 131,072, as context lengths are written).
 */
export function readField(text: string, field: LimitKey): FieldReading {
  return readBoundedField(text, field, LIMITS[field], {
    maxLength: MAX_FIELD_TEXT, ...(field === 'base' ? { exponent: true } : { suffixes: BINARY_SUFFIXES }),
  });
}
