// Model of lr-schedule: the 405B's pre-training schedule read at one point of the run. Pure: state → numbers and
// codes (the view words them). Every formula is src/lib/llama/schedule.ts's (cosineLr, batchPhaseAt, stepsForTokens,
// tokensForSteps, annealFactor); every fact is src/data's. What the report does not give (the 8B and 70B schedules,
// the six long-context stages' lengths, the IsoFLOP runs' lengths) is never computed here: it becomes a code the view
// says "not given" for.
import { ANNEALING_TOKENS_405B, BATCH_SCHEDULE_405B, ISOFLOP_SCHEDULE, LR_SCHEDULE_405B, PEAK_LR } from '../../data/pretraining';
import { LONG_CONTEXT_STAGES, LONG_CONTEXT_TOKENS, TOKENS_405B } from '../../data/facts';
import { annealFactor, batchPhaseAt, cosineLr, stepsForTokens, tokensForSteps } from '../../lib/llama';
import { DECIMAL_SUFFIXES, parseNumber, type NumberFailure } from '../../lib/text';

export const AXES = ['tokens', 'steps'] as const;
export type Axis = (typeof AXES)[number];
export const MODELS = ['llama3-405b', 'llama3-70b', 'llama3-8b'] as const;
export type ModelId = (typeof MODELS)[number];

const LR = LR_SCHEDULE_405B.value;
const PHASES = BATCH_SCHEDULE_405B.value;
const TOTAL_TOKENS = TOKENS_405B.value;
const ANNEAL_TOKENS = ANNEALING_TOKENS_405B.value;
const LONG_TOKENS = LONG_CONTEXT_TOKENS.value;
/** The 405B's peak learning rate, 8×10⁻⁵. */
export const LR_PEAK = LR.peak;
/** The schedule's numbers, for the words: peak, warm-up steps, final rate, cosine steps. */
export const SCHEDULE = LR;
export const BATCH_PHASES = PHASES;
export const RUN = { totalTokens: TOTAL_TOKENS, annealTokens: ANNEAL_TOKENS, longContextTokens: LONG_TOKENS, isoflop: ISOFLOP_SCHEDULE.value };
/** "128K" context of the anneal ([P] §3.4.3) and of the last long-context stage: 131,072 positions (facts §A.1). */
export const LONG_CONTEXT_END = 131_072;
/** The six long-context stages ([P] §3.4.2); their lengths are not given. */
export const STAGES = LONG_CONTEXT_STAGES.value;

/** Optimizer steps over the whole run from the batch schedule (M = 10⁶): 1,154,406.5 (facts §B.3: ≈ 1,154,406). */
export const TOTAL_STEPS = stepsForTokens(TOTAL_TOKENS, PHASES);
/** Where the final anneal starts: 40M tokens before the end. */
export const ANNEAL_START = TOTAL_TOKENS - ANNEAL_TOKENS;
/**
 * Where the long-context span is DRAWN: ~800B tokens ending where the anneal starts. The report says only that the
 * stages come late in pre-training and that the anneal runs at 128K context (facts §D); the exact position, and
 * whether those tokens are part of the 15.6T, are not stated. The view labels this as a drawing choice.
 */
export const LONG_CONTEXT_START = ANNEAL_START - LONG_TOKENS;
/** Tokens at the end of the linear warm-up (step 8,000): 63 steps of 4M, then 7,937 of 8M = 63,748,000,000. */
export const WARMUP_END_TOKENS = tokensForSteps(LR.warmupSteps, PHASES);
/** Tokens at the cosine's midpoint step, 8,000 + 1,192,000 / 2 = 604,000. */
export const COSINE_MID_STEP = LR.warmupSteps + (LR.cosineSteps - LR.warmupSteps) / 2;

/** Default `at`: the second doubling of the batch, 2.87T tokens. */
export const DEFAULT_AT = PHASES[2]!.fromTokens;
/** Largest `at` the URL accepts at all; past the run's end (on either axis) it is clamped with a message. */
export const MAX_AT = 1e15;

export const DEFAULTS = { at: DEFAULT_AT, axis: 'tokens' as Axis, model: 'llama3-405b' as ModelId };

/** The run's length on an axis: 15.6T tokens, or the 1,154,406.5 steps the batch schedule gives for them. */
export function runEnd(axis: Axis): number {
  return axis === 'tokens' ? TOTAL_TOKENS : TOTAL_STEPS;
}

/** A position on one axis → tokens. */
export function toTokens(at: number, axis: Axis): number {
  return axis === 'tokens' ? at : tokensForSteps(at, PHASES);
}
/** Tokens → a position on one axis. */
export function fromTokens(tokens: number, axis: Axis): number {
  return axis === 'tokens' ? tokens : stepsForTokens(tokens, PHASES);
}

/** The same point of the run on the other axis (the view keeps the reader's point when the axis changes). */
export function convertAt(at: number, from: Axis, to: Axis): number {
  const clamped = Math.min(Math.max(at, 0), runEnd(from));
  return from === to ? clamped : fromTokens(toTokens(clamped, from), to);
}

// ── The schedule at a point ───────────────────────────────────────────────────────────────────────

/** Which part of the run a point is in (the long-context span is the drawn one; see LONG_CONTEXT_START). */
export type Stage = 'warmup' | 'cosine' | 'longContext' | 'anneal';

export interface Reading {
  tokens: number;
  /** Optimizer steps from the batch schedule (fractional inside a step). */
  steps: number;
  /** Learning rate: the warm-up/cosine, times the anneal's factor in the last 40M tokens. */
  lr: number;
  /** Index of the batch phase (0: 4M, 1: 8M, 2: 16M). */
  phase: number;
  batchTokens: number;
  /** Sequence length, or null inside the long-context span (six stages from 8K to 128K, lengths not given). */
  seqLen: number | null;
  stage: Stage;
}

/** Learning rate after `tokens` tokens: cosineLr at the step the batch schedule gives, and the anneal to 0. */
export function lrAtTokens(tokens: number): number {
  if (tokens <= ANNEAL_START) return cosineLr(stepsForTokens(tokens, PHASES), LR);
  return cosineLr(stepsForTokens(ANNEAL_START, PHASES), LR) * annealFactor(tokens, TOTAL_TOKENS, ANNEAL_TOKENS);
}

export function readingAt(tokens: number): Reading {
  const steps = stepsForTokens(tokens, PHASES);
  const p = batchPhaseAt(tokens, PHASES);
  const phase = PHASES.indexOf(p);
  const stage: Stage = tokens > ANNEAL_START ? 'anneal'
    : tokens > LONG_CONTEXT_START ? 'longContext'
      : steps < LR.warmupSteps ? 'warmup' : 'cosine';
  const seqLen = stage === 'anneal' ? LONG_CONTEXT_END : stage === 'longContext' ? null : p.seqLen;
  return { tokens, steps, lr: lrAtTokens(tokens), phase, batchTokens: p.batchTokens, seqLen, stage };
}

// ── Named points of the run ───────────────────────────────────────────────────────────────────────

export type MarkId = 'warmupEnd' | 'batch8M' | 'batch16M' | 'cosineMid' | 'longContext' | 'anneal' | 'end';

export interface Mark { id: MarkId; tokens: number }

/** The points the slider stops at exactly and the view labels, in run order. */
export const MARKS: readonly Mark[] = [
  { id: 'batch8M', tokens: PHASES[1]!.fromTokens },
  { id: 'warmupEnd', tokens: WARMUP_END_TOKENS },
  { id: 'batch16M', tokens: PHASES[2]!.fromTokens },
  { id: 'cosineMid', tokens: tokensForSteps(COSINE_MID_STEP, PHASES) },
  { id: 'longContext', tokens: LONG_CONTEXT_START },
  { id: 'anneal', tokens: ANNEAL_START },
  { id: 'end', tokens: TOTAL_TOKENS },
];

/** Slider positions on an axis: `n` even steps from 0 to the end, with every mark's exact position added. */
export function sliderStops(axis: Axis, n = 600): readonly number[] {
  const key = `${axis}:${n}`;
  const hit = STOPS.get(key);
  if (hit) return hit;
  const out = computeStops(axis, n);
  STOPS.set(key, out);
  return out;
}
const STOPS = new Map<string, readonly number[]>();

function computeStops(axis: Axis, n: number): number[] {
  const end = runEnd(axis);
  const stops = new Set<number>();
  for (let i = 0; i <= n; i++) stops.add((end * i) / n);
  for (const m of MARKS) stops.add(fromTokens(m.tokens, axis));
  return [...stops].sort((a, b) => a - b);
}

/** Index of the stop nearest `value` (binary search: the stops are sorted). */
export function nearestStop(stops: readonly number[], value: number): number {
  let lo = 0, hi = stops.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (stops[mid]! <= value) lo = mid; else hi = mid;
  }
  return Math.abs(stops[hi]! - value) < Math.abs(value - stops[lo]!) ? hi : lo;
}

// ── The step-count check (facts §B.3) ─────────────────────────────────────────────────────────────

export interface StepCheck {
  /** Steps the batch schedule gives for 15.6T tokens with M = 10⁶: 1,154,406.5. */
  decimal: number;
  /** The same per batch phase: 63, 358,718.5 and 795,625 (derived; the report gives none). */
  perPhase: number[];
  /** The same with power-of-two batches (4M = 2²², 8M = 2²³, 16M = 2²⁴ = Table 4's 16,777,216), boundaries as printed. */
  binary: number;
  /** The report's "over 1,200,000 steps". */
  stated: number;
  /** Learning rate where the run ends by the batch count (the cosine has not reached its floor there). */
  lrAtRunEnd: number;
}

export const POW2_PHASES = PHASES.map((p) => ({ ...p, batchTokens: 2 ** Math.round(Math.log2(p.batchTokens / 1e6) + 20) }));

export function stepCheck(): StepCheck {
  return {
    decimal: TOTAL_STEPS,
    perPhase: PHASES.map((p, i) => stepsForTokens(PHASES[i + 1]?.fromTokens ?? TOTAL_TOKENS, PHASES) - stepsForTokens(p.fromTokens, PHASES)),
    binary: stepsForTokens(TOTAL_TOKENS, POW2_PHASES),
    stated: LR.cosineSteps,
    lrAtRunEnd: cosineLr(TOTAL_STEPS, LR),
  };
}

// ── Curves for the charts ─────────────────────────────────────────────────────────────────────────

export interface CurvePoint { x: number; lr: number }

/**
 * The 405B's learning rate along an axis: `n` even samples plus every mark, the step-8,000 peak and the points just
 * before each change of slope, so the warm-up's corner and the anneal's drop are drawn where they are.
 */
export function lrCurve(axis: Axis, n = 400): readonly CurvePoint[] {
  const key = `${axis}:${n}`;
  const hit = CURVES.get(key);
  if (hit) return hit;
  const out = computeCurve(axis, n);
  CURVES.set(key, out);
  return out;
}
const CURVES = new Map<string, readonly CurvePoint[]>();

/** Empties the caches of lrCurve and sliderStops (tests measure the cold case). */
export function clearCaches(): void { CURVES.clear(); STOPS.clear(); }

function computeCurve(axis: Axis, n: number): CurvePoint[] {
  const end = TOTAL_TOKENS;
  const tokens = new Set<number>();
  for (let i = 0; i <= n; i++) tokens.add((end * i) / n);
  for (const m of MARKS) tokens.add(m.tokens);
  tokens.add(WARMUP_END_TOKENS);
  return [...tokens].sort((a, b) => a - b).map((t) => ({ x: fromTokens(t, axis), lr: lrAtTokens(t) }));
}

/** The batch schedule along an axis as steps of a staircase: [x from, x to, batch tokens] per phase. */
export function batchSpans(axis: Axis): { from: number; to: number; batchTokens: number; seqLen: number }[] {
  return PHASES.map((p, i) => ({
    from: fromTokens(p.fromTokens, axis),
    to: fromTokens(PHASES[i + 1]?.fromTokens ?? TOTAL_TOKENS, axis),
    batchTokens: p.batchTokens,
    seqLen: p.seqLen,
  }));
}

/**
 * The shapes compared, normalised: learning rate ÷ peak against the fraction u of the cosine (0 = the end of the
 * warm-up, 1 = the cosine's last step). The 405B falls to 8×10⁻⁷ / 8×10⁻⁵ = 1%; the IsoFLOP runs to 0.1 (10%).
 * Warm-ups are not drawn: the IsoFLOP runs' 2,000 steps are an unknown fraction of runs whose lengths are not given.
 */
export function normalisedCurves(n = 120): { u: number; llama: number; isoflop: number }[] {
  const iso = ISOFLOP_SCHEDULE.value;
  const isoSched = { peak: 1, warmupSteps: 0, final: iso.floorFraction, cosineSteps: 1 };
  const span = LR.cosineSteps - LR.warmupSteps;
  const out: { u: number; llama: number; isoflop: number }[] = [];
  for (let i = 0; i <= n; i++) {
    const u = i / n;
    out.push({
      u,
      llama: cosineLr(LR.warmupSteps + u * span, LR) / LR.peak,
      // cosineLr is 0 at step 0 (the warm-up's start); with no warm-up the cosine starts at its peak.
      isoflop: cosineLr(Math.max(u, Number.MIN_VALUE), isoSched),
    });
  }
  return out;
}

/** Where the 405B's run ends on the normalised axis (by the batch count): (1,154,406.5 − 8,000) / 1,192,000. */
export const RUN_END_U = (TOTAL_STEPS - LR.warmupSteps) / (LR.cosineSteps - LR.warmupSteps);

// ── The whole state ───────────────────────────────────────────────────────────────────────────────

export interface Clamp {
  /** past: beyond the run's end; before: below 0; invalid: not a number (only a direct caller can pass one). */
  kind: 'past' | 'before' | 'invalid';
  /** The `at` asked for. */
  requested: number;
  /** The value used: the run's end on that axis. */
  to: number;
  axis: Axis;
}

export interface ScheduleResult {
  axis: Axis;
  model: ModelId;
  /** The position used, on `axis`. */
  at: number;
  clamp: Clamp | null;
  reading: Reading;
  /** Table 3's peak for the chosen model; for 8B and 70B only that: their schedules are not given. */
  peak: number;
  check: StepCheck;
  stages: number;
}

export function computeSchedule(state: { at: number; axis: Axis; model: ModelId }): ScheduleResult {
  const axis: Axis = (AXES as readonly string[]).includes(state.axis) ? state.axis : DEFAULTS.axis;
  const model: ModelId = (MODELS as readonly string[]).includes(state.model) ? state.model : DEFAULTS.model;
  const end = runEnd(axis);
  const raw = state.at;
  const at = Number.isNaN(raw) ? Math.min(DEFAULT_AT, end) : Math.min(Math.max(raw, 0), end);
  const kind: Clamp['kind'] | null = Number.isNaN(raw) ? 'invalid' : raw > end ? 'past' : raw < 0 ? 'before' : null;
  const clamp = kind ? { kind, requested: raw, to: at, axis } : null;
  return {
    axis, model, at, clamp,
    reading: readingAt(toTokens(at, axis)),
    peak: PEAK_LR.value[model],
    check: stepCheck(),
    stages: STAGES,
  };
}

// ── The exact field ───────────────────────────────────────────────────────────────────────────────

export interface FieldRefusal { failure: NumberFailure; value?: number; max: number; axis: Axis }
export type FieldReading = { ok: true; value: number } | { ok: false; error: FieldRefusal };

/** A position typed into the exact field: digits, an exponent ("2.87e12") or a unit ("2.87T", "252M"), 0 … end. */
export function readField(text: string, axis: Axis): FieldReading {
  const max = runEnd(axis);
  const p = parseNumber(text, { min: 0, max, integer: false, exponent: true, suffixes: DECIMAL_SUFFIXES, maxLength: 32 });
  if (p.ok) return p;
  return { ok: false, error: { failure: p.failure, ...(p.value === undefined ? {} : { value: p.value }), max, axis } };
}
