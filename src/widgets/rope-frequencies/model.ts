// RoPE's frequency schedule and the context-extension rules applied to it: report §3.2 (θ = 500,000) and Table 3
// (head dimension 128); Llama 3.1's rule is in Meta's code only (src/data/rope.ts LLAMA31_ROPE_SCALING, facts §G.2–3).
// Pure: every formula is src/lib/llama/rope.ts's, every fact src/data's; this file chooses, counts and summarises,
// and returns numbers and codes (messages.ts words them). Reference values: facts §B.5–B.7, design §2.2 (V3, V5, V6).
//
// Pair i = 0 … d/2 − 1 turns by θᵢ = b^(−2i/d) radians per position; its wavelength λᵢ = 2π/θᵢ is the number of
// positions it needs for one turn. A scaling rule replaces θᵢ by θ′ᵢ; the ratio θ′ᵢ/θᵢ ≤ 1 says how much slower
// the pair turns. A port that loads weights trained with θ′ but computes θ is off by m·(θᵢ − θ′ᵢ) radians at
// position m (src/lib/llama phaseErrors).
import { CONTEXT_LLAMA2, CONTEXT_LLAMA3, CONTEXT_LLAMA31 } from '../../data/models';
import { LLAMA31_ROPE_SCALING, ROPE_HEAD_DIM, ROPE_THETA_LLAMA3, XIONG_EFFECTIVE_CONTEXT as XIONG_FACT, YARN_RAMP } from '../../data/rope';
import {
  countLongerThan, dynamicNtk, dynamicNtkBase, inverseFrequencies, llama31Frequency, ntkAware, ntkAwareBase,
  ntkByPartsCode, ntkByPartsPaper, phaseErrors, positionInterpolation, wavelengths, yarnAttentionScale,
  yarnCorrectionRange,
} from '../../lib/llama';
import { BINARY_SUFFIXES, DECIMAL_SUFFIXES, parseNumber, type NumberFailure } from '../../lib/text';

// ── Choices, limits and defaults (meta.ts builds the URL schema from these) ─────────────────────

/** none; position interpolation; NTK-aware; NTK-by-parts with YaRN's temperature; Llama 3.1's rule; HF's dynamic NTK. */
export const METHODS = ['none', 'pi', 'ntk', 'yarn', 'llama31', 'dynamic'] as const;
export type Method = (typeof METHODS)[number];

/** Head dimensions offered: 128 is every Llama 3 model's (Table 3); 64 and 256 for comparison. */
export const HEAD_DIMS = ['64', '128', '256'] as const;
export type HeadDimChoice = (typeof HEAD_DIMS)[number];

/**
 * Which NTK-by-parts ramp YaRN draws: the paper's (linear in r = L/λ, Eqs. 17–20), the code's (linear in the pair
 * index, HF `_compute_yarn_parameters` and jquesnelle/yarn), or both. The two disagree in the blend (design §0.4).
 */
export const RAMPS = ['both', 'paper', 'code'] as const;
export type RampChoice = (typeof RAMPS)[number];

/**
 * Inclusive bounds of every number a reader can set. Base above 1 (b = 1 would make every pair turn at 1 rad per
 * position); factor from 1 (1 = no scaling: the model says so); lengths up to 2²⁴ = 16,777,216 positions.
 */
export const LIMITS = {
  base: { min: 2, max: 1e9 },
  factor: { min: 1, max: 1_024 },
  low: { min: 0.01, max: 1_024 },
  high: { min: 0.01, max: 1_024 },
  original: { min: 1, max: 16_777_216 },
  seqLen: { min: 1, max: 16_777_216 },
  context: { min: 1, max: 16_777_216 },
  position: { min: 0, max: 16_777_216 },
} as const;
export type LimitKey = keyof typeof LIMITS;

/** The custom reference line starts at the report's own context for θ = 500,000 (§3.2, citing Xiong et al.). */
export const XIONG_EFFECTIVE_CONTEXT = XIONG_FACT.value;

/** The short-prompt position the forgotten-scaling panel quotes for comparison: a prompt of 100 tokens. */
export const SHORT_PROMPT_POSITION = 100;

const L31 = LLAMA31_ROPE_SCALING.value;

/**
 * Defaults: Llama 3.1 as shipped (θ = 500,000, d = 128, Meta's apply_scaling values); dynamic NTK at Llama 3.1's
 * 131,072 positions; the phase error at 131,071, the last position of that window, where a port that forgot the
 * scaling is furthest off (the error grows in proportion to position).
 */
export const DEFAULTS = {
  base: ROPE_THETA_LLAMA3,
  headDim: String(ROPE_HEAD_DIM) as HeadDimChoice,
  method: 'llama31' as Method,
  factor: L31.factor,
  low: L31.low,
  high: L31.high,
  original: L31.original,
  seqLen: CONTEXT_LLAMA31,
  context: XIONG_EFFECTIVE_CONTEXT,
  position: CONTEXT_LLAMA31 - 1,
  ramp: 'both' as RampChoice,
};

/** Everything the widget's result depends on (the URL state minus the theme). */
export interface RopeState {
  /** RoPE base b (θ in Meta's code). */
  base: number;
  headDim: HeadDimChoice;
  method: Method;
  /** Scale factor s: the new context ÷ the original, for PI, NTK-aware, YaRN, Llama 3.1 and dynamic NTK. */
  factor: number;
  /** Llama 3.1 `low_freq_factor`: wavelengths above original / low are divided by the factor. */
  low: number;
  /** Llama 3.1 `high_freq_factor`: wavelengths below original / high are kept. */
  high: number;
  /** Original (pre-training) context L, tokens: YaRN, Llama 3.1, dynamic NTK's max_position_embeddings. */
  original: number;
  /** The sequence length dynamic NTK is evaluated at, tokens. */
  seqLen: number;
  /** The reader's own reference line, tokens. */
  context: number;
  /** Position m of the forgotten-scaling panel. */
  position: number;
  ramp: RampChoice;
}

// ── Which fields each method reads ──────────────────────────────────────────────────────────────

/** Fields that only some methods read (base, headDim, method and context are always used). */
export type MethodField = 'factor' | 'low' | 'high' | 'original' | 'seqLen' | 'ramp' | 'position';
const USES: Record<Method, readonly MethodField[]> = {
  none: [],
  pi: ['factor', 'position'],
  ntk: ['factor', 'position'],
  yarn: ['factor', 'original', 'ramp', 'position'],
  llama31: ['factor', 'low', 'high', 'original', 'position'],
  dynamic: ['factor', 'original', 'seqLen', 'position'],
};
export const usesField = (method: Method, field: MethodField): boolean => (USES[method] ?? []).includes(field);
/** The fields a method reads, in the order the widget shows them. */
export const fieldsOf = (method: Method): readonly MethodField[] => USES[method] ?? [];

/** The methods that read a field (for "used only with method=…"). */
export function methodsUsing(field: MethodField): Method[] {
  return METHODS.filter((m) => USES[m].includes(field));
}

// ── Results ─────────────────────────────────────────────────────────────────────────────────────

/** Every scaled curve the widget can draw: one per method, two for YaRN (its paper's ramp and its code's). */
export type CurveId = 'pi' | 'ntk' | 'yarnPaper' | 'yarnCode' | 'llama31' | 'dynamic';

/**
 * What a by-parts rule does to a pair: keeps its frequency (γ = 1), divides it by s (γ = 0), or blends the two.
 * Position interpolation divides every pair; NTK-aware and dynamic NTK change the base and have no bands.
 */
export type Band = 'keep' | 'blend' | 'divide';
export const BANDS: readonly Band[] = ['keep', 'blend', 'divide'];

/** The phase error of one scaled curve at the chosen position, and how it grows. */
export interface ErrorSummary {
  /** Position m. */
  position: number;
  /** Largest error over the pairs, radians, and the first pair with it. */
  max: number;
  maxPair: number;
  /** Pairs whose error exceeds π (half a turn). */
  overPi: number;
  /** Error of the last (slowest) pair, radians. */
  last: number;
  /** Pairs the rule leaves unchanged: their error is 0 at every position. */
  exact: number;
  /** Largest error at SHORT_PROMPT_POSITION, radians. */
  atShort: number;
  /** First position at which some pair's error exceeds π, or null if none ever does (no pair changed). */
  firstOverPi: number | null;
}

export interface Curve {
  id: CurveId;
  /** θ′ᵢ, radians per position. */
  inv: Float64Array;
  /** λ′ᵢ = 2π/θ′ᵢ, positions. */
  wavelengths: Float64Array;
  /** θ′ᵢ / θᵢ. */
  ratio: Float64Array;
  /** Band of each pair, or null (NTK-aware and dynamic NTK change every pair by its own factor). */
  bands: Band[] | null;
  /** γᵢ, the share of the original frequency kept (1 keep, 0 ÷ s), or null where there are no bands. */
  gamma: Float64Array | null;
  bandCounts: Record<Band, number> | null;
  /** Longest scaled wavelength, positions. */
  longest: number;
  /** m·(θᵢ − θ′ᵢ) at the chosen position, radians. */
  errors: Float64Array;
  error: ErrorSummary;
}

/** A horizontal reference line of the spectrum chart: a context length, or a boundary of Llama 3.1's bands. */
export type LineId = 'llama2' | 'llama3' | 'llama31' | 'custom' | 'highBoundary' | 'lowBoundary';
export interface RefLine {
  /** What the line stands for (one value can be two things: 8,192 is Llama 3's context and Llama 3.1's low boundary). */
  ids: LineId[];
  /** Positions (not always whole: original / high may be a fraction). */
  tokens: number;
  /** Pairs whose original wavelength exceeds the line. */
  longer: number;
  /** The same count for each scaled curve, in the order of `curves`. */
  longerScaled: number[];
}

/** The method's own constants and derived values, shown beside the chart. */
export type MethodDetail =
  | { method: 'none' }
  | { method: 'pi'; factor: number }
  | { method: 'ntk'; factor: number; newBase: number; exponent: number }
  | {
    method: 'yarn'; factor: number; original: number; alpha: number; beta: number;
    /** √(1/t) = 0.1·ln s + 1 (YaRN Eq. 22): q and k are each multiplied by it. */
    scale: number;
    /** 1/t: what the logits are multiplied by. */
    logitScale: number;
    /** The paper's ramp in wavelength: kept below L/β, divided above L/α. */
    keepBelow: number; divideAbove: number;
    /** The code's ramp in pair index: from `low` (floored) to `high` (ceiled), clamped. */
    range: { low: number; high: number; lowExact: number; highExact: number };
  }
  | {
    method: 'llama31'; factor: number; low: number; high: number; original: number;
    /** original / high: shorter wavelengths are kept. */
    keepBelow: number;
    /** original / low: longer wavelengths are divided by the factor. */
    divideAbove: number;
    /** The values Meta's code hard-codes (factor 8, low 1, high 4, original 8,192). */
    shipped: boolean;
  }
  | { method: 'dynamic'; factor: number; original: number; seqLen: number; newBase: number; exponent: number; active: boolean };

/** Why the scaling cannot be computed (the original schedule still is). */
export type RopeIssue =
  /** A method that scales needs a factor above 1 (1 changes nothing; below 1 would speed pairs up). */
  | { code: 'factorNotAboveOne'; factor: number }
  /** Llama 3.1's rule needs low < high (the blend divides by high − low; its bands would be empty or reversed). */
  | { code: 'lowNotBelowHigh'; low: number; high: number }
  /** A number outside LIMITS (only from a state not built by the URL schema or the fields). */
  | { code: 'outOfRange'; field: LimitKey; min: number; max: number }
  /** A choice that is none of the listed ones. */
  | { code: 'unknownChoice'; field: 'method' | 'headDim' | 'ramp' };

/** A caveat about a valid state (messages.ts words it). */
export type RopeNote =
  /** Dynamic NTK scales only when the sequence is longer than the original context: here it changes nothing. */
  | { code: 'dynamicInactive'; seqLen: number; original: number }
  /** The rule leaves every pair as it is for this schedule (e.g. every wavelength is below Llama 3.1's keep bound). */
  | { code: 'noEffect' }
  /** Llama 3.1's rule with values other than Meta's: it is no longer the shipped configuration. */
  | { code: 'notShipped' }
  /** Llama 3.1's rule on a schedule other than Llama 3's (θ = 500,000, d = 128). */
  | { code: 'otherSchedule'; base: number; headDim: number }
  /** The forgotten-scaling panel at position 0: every error is 0. */
  | { code: 'positionZero' };

export interface Scaled {
  ok: true;
  method: Exclude<Method, 'none'>;
  detail: MethodDetail;
  curves: Curve[];
  /** The chosen curve is Llama 3.1's rule as shipped on Llama 3's schedule: the forgotten-rope_scaling bug proper. */
  llama31AsShipped: boolean;
}

export interface RopeResult {
  base: number;
  headDim: number;
  pairs: number;
  method: Method;
  /** θᵢ. */
  inv: Float64Array;
  /** λᵢ. */
  wavelengths: Float64Array;
  /** Reference lines, increasing. */
  lines: RefLine[];
  /** null for method none; the issues when the scaling cannot be computed. */
  scaling: Scaled | { ok: false; issues: RopeIssue[] } | null;
  notes: RopeNote[];
  /** Fields of the state the method does not read. */
  unused: MethodField[];
}

// ── The computation ─────────────────────────────────────────────────────────────────────────────

const inRange = (v: number, key: LimitKey) => Number.isFinite(v) && v >= LIMITS[key].min && v <= LIMITS[key].max;
const INTEGER_FIELDS: readonly LimitKey[] = ['original', 'seqLen', 'context', 'position'];

/** Bands of a by-parts rule, read from its values: exactly θ (γ = 1), exactly θ/s (γ = 0), or a blend in between. */
function bandsOf(original: Float64Array, scaled: Float64Array, factor: number): { bands: Band[]; gamma: Float64Array } {
  const bands: Band[] = [];
  const gamma = new Float64Array(original.length);
  for (let i = 0; i < original.length; i++) {
    const f = original[i]!, v = scaled[i]!;
    // blend(f, s, γ) = (1 − γ)·f/s + γ·f is f exactly at γ = 1 and f/s exactly at γ = 0 (src/lib/llama/rope.ts).
    if (v === f) { bands.push('keep'); gamma[i] = 1; } else if (v === f / factor) { bands.push('divide'); gamma[i] = 0; } else {
      bands.push('blend');
      gamma[i] = (v / f - 1 / factor) / (1 - 1 / factor);
    }
  }
  return { bands, gamma };
}

function countBands(bands: readonly Band[]): Record<Band, number> {
  const c: Record<Band, number> = { keep: 0, blend: 0, divide: 0 };
  for (const b of bands) c[b]++;
  return c;
}

/** The phase errors of a port that computes `original` where the weights expect `scaled`, at `position`. */
export function errorSummary(original: Float64Array, scaled: Float64Array, position: number): { errors: Float64Array; error: ErrorSummary } {
  const errors = phaseErrors(original, scaled, position);
  let max = 0, maxPair = 0, overPi = 0, exact = 0, maxStep = 0;
  for (let i = 0; i < errors.length; i++) {
    const e = Math.abs(errors[i]!);
    if (e > max) { max = e; maxPair = i; }
    if (e > Math.PI) overPi++;
    const step = Math.abs(original[i]! - scaled[i]!);
    if (step === 0) exact++;
    if (step > maxStep) maxStep = step;
  }
  return {
    errors,
    error: {
      position, max, maxPair, overPi, last: Math.abs(errors[errors.length - 1] ?? 0), exact,
      atShort: SHORT_PROMPT_POSITION * maxStep,
      // The smallest whole m with m·maxStep > π.
      firstOverPi: maxStep > 0 ? Math.floor(Math.PI / maxStep) + 1 : null,
    },
  };
}

function curve(id: CurveId, original: Float64Array, scaled: Float64Array, factor: number, position: number, banded: boolean): Curve {
  const lambdas = wavelengths(scaled);
  const b = banded ? bandsOf(original, scaled, factor) : null;
  return {
    id, inv: scaled, wavelengths: lambdas,
    ratio: Float64Array.from(scaled, (v, i) => v / original[i]!),
    bands: b?.bands ?? null, gamma: b?.gamma ?? null, bandCounts: b ? countBands(b.bands) : null,
    longest: Math.max(...lambdas),
    ...errorSummary(original, scaled, position),
  };
}

/** The state's issues: out-of-range numbers and unknown choices first, then the method's own rules. */
export function issuesOf(state: RopeState): RopeIssue[] {
  const issues: RopeIssue[] = [];
  if (!METHODS.includes(state.method)) issues.push({ code: 'unknownChoice', field: 'method' });
  if (!HEAD_DIMS.includes(state.headDim)) issues.push({ code: 'unknownChoice', field: 'headDim' });
  if (!RAMPS.includes(state.ramp)) issues.push({ code: 'unknownChoice', field: 'ramp' });
  for (const key of Object.keys(LIMITS) as LimitKey[]) {
    const v = state[key];
    if (!inRange(v, key) || (INTEGER_FIELDS.includes(key) && !Number.isInteger(v))) {
      issues.push({ code: 'outOfRange', field: key, ...LIMITS[key] });
    }
  }
  if (issues.length) return issues;
  if (state.method !== 'none' && state.factor <= 1) issues.push({ code: 'factorNotAboveOne', factor: state.factor });
  if (state.method === 'llama31' && state.low >= state.high) issues.push({ code: 'lowNotBelowHigh', low: state.low, high: state.high });
  return issues;
}

/** The fields the state sets that its method does not read. */
export function unusedFields(state: RopeState): MethodField[] {
  return (['factor', 'low', 'high', 'original', 'seqLen', 'ramp', 'position'] as const).filter((k) => !usesField(state.method, k));
}

/** Issues that concern only the schedule itself (base, head dimension, the custom line): nothing can be drawn. */
const SCHEDULE_FIELDS = new Set<string>(['base', 'headDim', 'context']);
const isScheduleIssue = (i: RopeIssue) => (i.code === 'outOfRange' || i.code === 'unknownChoice') && SCHEDULE_FIELDS.has(i.field);

/** Everything the widget shows. Never throws; a state the schedule cannot be drawn for gives `null` (see `issuesOf`). */
export function computeRope(state: RopeState): RopeResult | null {
  const issues = issuesOf(state);
  if (issues.some(isScheduleIssue)) return null;
  const headDim = Number(state.headDim);
  const pairs = headDim / 2;
  const { base, method } = state;
  const inv = inverseFrequencies(base, headDim);
  const lambdas = wavelengths(inv);
  const notes: RopeNote[] = [];

  let scaling: RopeResult['scaling'] = null;
  if (method !== 'none' && METHODS.includes(method)) {
    if (issues.length) scaling = { ok: false, issues };
    else scaling = scale({ ...state, method }, headDim, inv, notes);
  }

  const curves = scaling?.ok ? scaling.curves : [];
  const lineValues = new Map<number, LineId[]>();
  const addLine = (tokens: number, id: LineId) => lineValues.set(tokens, [...(lineValues.get(tokens) ?? []), id]);
  addLine(CONTEXT_LLAMA2, 'llama2');
  addLine(CONTEXT_LLAMA3, 'llama3');
  addLine(CONTEXT_LLAMA31, 'llama31');
  if (scaling?.ok && scaling.detail.method === 'llama31') {
    addLine(scaling.detail.keepBelow, 'highBoundary');
    addLine(scaling.detail.divideAbove, 'lowBoundary');
  }
  addLine(state.context, 'custom');
  const lines: RefLine[] = [...lineValues.entries()].sort((a, b) => a[0] - b[0]).map(([tokens, ids]) => ({
    ids, tokens, longer: countLongerThan(inv, tokens), longerScaled: curves.map((c) => countLongerThan(c.inv, tokens)),
  }));

  return { base, headDim, pairs, method, inv, wavelengths: lambdas, lines, scaling, notes, unused: unusedFields(state) };
}

function scale(state: RopeState & { method: Exclude<Method, 'none'> }, headDim: number, inv: Float64Array, notes: RopeNote[]): Scaled {
  const { base, factor, original, position, method } = state;
  const exponent = headDim / (headDim - 2);
  let detail: MethodDetail;
  let curves: Curve[];
  switch (method) {
    case 'pi':
      detail = { method, factor };
      curves = [curve('pi', inv, positionInterpolation(inv, factor), factor, position, true)];
      break;
    case 'ntk':
      detail = { method, factor, newBase: ntkAwareBase(base, headDim, factor), exponent };
      curves = [curve('ntk', inv, ntkAware(base, headDim, factor), factor, position, false)];
      break;
    case 'yarn': {
      const { alpha, beta } = YARN_RAMP.value;
      const s = yarnAttentionScale(factor);
      detail = {
        method, factor, original, alpha, beta, scale: s, logitScale: s * s,
        keepBelow: original / beta, divideAbove: original / alpha,
        range: yarnCorrectionRange(base, headDim, original, alpha, beta),
      };
      curves = [];
      if (state.ramp !== 'code') curves.push(curve('yarnPaper', inv, ntkByPartsPaper(inv, factor, original, alpha, beta), factor, position, true));
      if (state.ramp !== 'paper') curves.push(curve('yarnCode', inv, ntkByPartsCode(base, headDim, factor, original, alpha, beta), factor, position, true));
      break;
    }
    case 'llama31': {
      const s = { factor, low: state.low, high: state.high, original };
      const rule = Array.from(inv, (f) => llama31Frequency(f, s));
      const scaled = Float64Array.from(rule, (r) => r.value);
      const c = curve('llama31', inv, scaled, factor, position, false);
      // The bands as Meta's code decides them (by wavelength), with the smooth factor as γ.
      c.bands = rule.map((r) => r.band);
      c.gamma = Float64Array.from(rule, (r) => (r.band === 'keep' ? 1 : r.band === 'divide' ? 0 : r.smooth!));
      c.bandCounts = countBands(c.bands);
      curves = [c];
      const shipped = factor === L31.factor && state.low === L31.low && state.high === L31.high && original === L31.original;
      detail = { method, factor, low: state.low, high: state.high, original, keepBelow: original / state.high, divideAbove: original / state.low, shipped };
      if (!shipped) notes.push({ code: 'notShipped' });
      if (base !== ROPE_THETA_LLAMA3 || headDim !== ROPE_HEAD_DIM) notes.push({ code: 'otherSchedule', base, headDim });
      break;
    }
    case 'dynamic': {
      const active = state.seqLen > original;
      detail = { method, factor, original, seqLen: state.seqLen, newBase: dynamicNtkBase(base, headDim, factor, original, state.seqLen), exponent, active };
      curves = [curve('dynamic', inv, dynamicNtk(base, headDim, factor, original, state.seqLen), factor, position, false)];
      if (!active) notes.push({ code: 'dynamicInactive', seqLen: state.seqLen, original });
      break;
    }
  }
  if (curves.every((c) => c.ratio.every((r) => r === 1)) && !notes.some((n) => n.code === 'dynamicInactive')) notes.push({ code: 'noEffect' });
  if (position === 0) notes.push({ code: 'positionZero' });
  const llama31AsShipped = detail.method === 'llama31' && detail.shipped && base === ROPE_THETA_LLAMA3 && headDim === ROPE_HEAD_DIM;
  return { ok: true, method, detail, curves, llama31AsShipped };
}

// ── The announcement and the description, as numbers ────────────────────────────────────────────

/** One line of the summary: the chosen curve (the paper's, for YaRN with both ramps) and its counts. */
export interface RopeSummary {
  base: number;
  headDim: number;
  pairs: number;
  method: Method;
  /** Longest original wavelength. */
  longest: number;
  lines: RefLine[];
  /** null: method none, or the scaling has issues (listed). */
  curves: Curve[];
  detail: MethodDetail | null;
  issues: RopeIssue[];
  llama31AsShipped: boolean;
}

export function summarize(r: RopeResult): RopeSummary {
  const ok = r.scaling?.ok ? r.scaling : null;
  return {
    base: r.base, headDim: r.headDim, pairs: r.pairs, method: r.method, longest: Math.max(...r.wavelengths), lines: r.lines,
    curves: ok?.curves ?? [], detail: ok?.detail ?? null, issues: r.scaling && !r.scaling.ok ? r.scaling.issues : [],
    llama31AsShipped: ok?.llama31AsShipped ?? false,
  };
}

// ── Reading numbers the reader types ────────────────────────────────────────────────────────────

/** Longest text a number field reads, in code points. */
export const MAX_NUMBER_TEXT = 24;

/** Why a typed number was refused (never the typed text itself). */
export interface NumberRefusal {
  field: LimitKey;
  failure: NumberFailure;
  value?: number;
  min: number;
  max: number;
}
export type NumberReading = { ok: true; value: number } | { ok: false; error: NumberRefusal };

/**
 * A number typed into the field of `key` (src/lib/text parseNumber). Base: a decimal with an exponent or a decimal
 * unit letter ("500,000", "5e5", "500K"); factor, low and high: decimals ("2.5"); lengths and the position: whole
 * numbers with binary K and M as contexts are written ("8K" = 8,192, "128K" = 131,072).
 */
export function readNumber(text: string, key: LimitKey): NumberReading {
  const { min, max } = LIMITS[key];
  const whole = INTEGER_FIELDS.includes(key);
  const p = parseNumber(text, {
    min, max, maxLength: MAX_NUMBER_TEXT, integer: whole,
    exponent: key === 'base',
    ...(key === 'base' ? { suffixes: DECIMAL_SUFFIXES } : whole ? { suffixes: BINARY_SUFFIXES } : {}),
  });
  if (p.ok) return p;
  return { ok: false, error: { field: key, failure: p.failure, ...(p.value === undefined ? {} : { value: p.value }), min, max } };
}
