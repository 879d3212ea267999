// The report's compute-optimal procedure (§3.2.1), re-enacted on Chinchilla's published loss surface (Hoffmann et al.
// 2022, eq. 10), since Llama 3's own IsoFLOP measurements are not published: for each of BUDGET_COUNT budgets from
// 6 × 10¹⁸ to 10²² FLOPs, SIZE_COUNT model sizes within 40M–16B, D = C/(6N), loss from the surface, a second-degree
// polynomial in log₁₀ N per budget, its minimum, and N*(C) = A·C^α (tokens) through the minima; then every law
// (that fit, the surface's exact optimum, the report's text and Figure 3 forms, the reader's own) read at `budget`.
// Also the flatness of each budget's minimum (loss penalty off the optimal size) and the Llama models placed by
// compute (6·N·D, exact parameter counts). Pure: formulas come from src/lib/llama, facts from src/data; the view
// words the codes (messages.ts).
import { TOKENS_405B, TOKENS_LLAMA2_PER_LLAMA2_PAPER, TOKENS_LLAMA2_PER_LLAMA3_REPORT, TOKENS_LLAMA3_ABOUT, COMPUTE_405B_FLOPS, type Fact } from '../../data/facts';
import { MODELS, type ModelId } from '../../data/models';
import {
  CHINCHILLA_SURFACE, ISOFLOP_RANGE, SCALING_LAW_FIGURE, SCALING_LAW_STATED, SCALING_LAW_TEXT,
} from '../../data/pretraining';
import {
  fitPowerLaw, isoFlopCurve, logSpaced, parameterCount, powerLaw, surfaceLoss, surfaceOptimum, tokensAt, trainingFlops,
  type IsoFlopCurve, type LossSurface, type PowerLaw,
} from '../../lib/llama';
import {
  readBoundedField, type FieldReading as TextFieldReading, type FieldRefusal as TextFieldRefusal,
} from '../../lib/text';

// ── Choices, limits, defaults (meta.ts builds the URL schema from these) ─────────────────────────

/**
 * Loss surfaces offered. Only Chinchilla's (Hoffmann et al. 2022, eq. 10): the replication by Besiroglu et al. 2024
 * was not added because its coefficients could not be checked against the paper here.
 */
export const SURFACES = ['chinchilla'] as const;
export type SurfaceId = (typeof SURFACES)[number];
export const SURFACE_FACTS: Readonly<Record<SurfaceId, Fact<LossSurface>>> = { chinchilla: CHINCHILLA_SURFACE };

/** Inclusive bounds of the fields (URL and typed). α and A must be positive; the budget spans 10¹⁸ … 10²⁷ FLOPs. */
export const LIMITS = {
  budget: { min: 1e18, max: 1e27 },
  alpha: { min: 0.01, max: 2 },
  A: { min: 1e-9, max: 1e9 },
} as const;
export type LimitKey = keyof typeof LIMITS;

export const DEFAULTS = {
  /** The 405B's pre-training compute (report §1), where the report extrapolates its law. */
  budget: COMPUTE_405B_FLOPS.value,
  /** The reader's own law starts at the report's text values (0.53, 0.29). */
  alpha: SCALING_LAW_TEXT.value.alpha,
  A: SCALING_LAW_TEXT.value.A,
  surface: 'chinchilla' as SurfaceId,
};

/** Budgets of the re-enactment: log-spaced over the report's 6 × 10¹⁸ … 10²² FLOPs. */
export const BUDGET_COUNT = 9;
/** Model sizes per budget. */
export const SIZE_COUNT = 9;
/**
 * Which sizes each budget trains ("a subset of model sizes at each compute budget", report §3.2.1; its subsets are
 * not given): those between 5 and 300 training tokens per parameter, kept within 40M–16B. The window does not use
 * the surface's optimum, so the re-enactment does not peek at the answer.
 */
export const TOKENS_PER_PARAM_WINDOW = { min: 5, max: 300 } as const;
/** Flatness: the loss penalty of a model this many times smaller or larger than the optimal size. */
export const PENALTY_FACTOR = 2;

export const BUDGETS: readonly number[] = logSpaced(ISOFLOP_RANGE.value.minFlops, ISOFLOP_RANGE.value.maxFlops, BUDGET_COUNT);

/** Budget slider positions: 1, 2, 5 per decade from 10¹⁸ to 10²⁷, with 6 × 10¹⁸, 10²² and 3.8 × 10²⁵ added. */
export const BUDGET_STEPS: readonly number[] = (() => {
  const set = new Set<number>([ISOFLOP_RANGE.value.minFlops, ISOFLOP_RANGE.value.maxFlops, COMPUTE_405B_FLOPS.value]);
  for (let e = 18; e <= 26; e++) for (const m of [1, 2, 5]) set.add(Number(`${m}e${e}`));
  set.add(LIMITS.budget.max);
  return [...set].sort((a, b) => a - b);
})();

/** Index of the step nearest to `value` on a log scale. */
export function nearestStep(steps: readonly number[], value: number): number {
  let best = 0, gap = Infinity;
  const lv = Math.log(Math.max(value, Number.MIN_VALUE));
  steps.forEach((s, i) => {
    const g = Math.abs(Math.log(s) - lv);
    if (g < gap) { best = i; gap = g; }
  });
  return best;
}

// ── The re-enactment ─────────────────────────────────────────────────────────────────────────────

/** The sizes one budget trains: SIZE_COUNT log-spaced between 300 and 5 tokens per parameter, within 40M–16B. */
export function sweepSizes(flops: number): number[] {
  const { minParams, maxParams } = ISOFLOP_RANGE.value;
  const lo = Math.max(minParams, Math.sqrt(flops / (6 * TOKENS_PER_PARAM_WINDOW.max)));
  const hi = Math.min(maxParams, Math.sqrt(flops / (6 * TOKENS_PER_PARAM_WINDOW.min)));
  return logSpaced(lo, hi, SIZE_COUNT);
}

/** Loss above the optimum of models PENALTY_FACTOR× smaller and larger than the surface's optimal size at `flops`. */
export interface Penalty { smaller: number; larger: number }

export function penaltyAt(flops: number, s: LossSurface, factor: number = PENALTY_FACTOR): Penalty {
  const o = surfaceOptimum(flops, s);
  const at = (n: number) => surfaceLoss(n, tokensAt(flops, n), s);
  const best = at(o.params);
  return { smaller: at(o.params / factor) - best, larger: at(o.params * factor) - best };
}

export interface BudgetCurve extends IsoFlopCurve {
  /** The surface's exact optimum at this budget, and its loss. */
  exact: { params: number; tokens: number; loss: number };
  /** Loss of the fitted parabola at its minimum. */
  fittedLoss: number | null;
  penalty: Penalty;
}

export interface Reenactment {
  surface: SurfaceId;
  curves: BudgetCurve[];
  /** N*(C) = A·C^α through the parabola minima (tokens); null if a fit failed. */
  law: PowerLaw | null;
  /** The exponent the surface implies for tokens, b = α/(α+β) (Hoffmann et al. eq. 4). */
  exactExponent: number;
}

export function reenact(surface: SurfaceId): Reenactment {
  const s = SURFACE_FACTS[surface].value;
  const curves = BUDGETS.map((flops): BudgetCurve => {
    const c = isoFlopCurve(flops, sweepSizes(flops), s);
    const o = surfaceOptimum(flops, s);
    const x = c.optimumParams === null ? null : Math.log10(c.optimumParams);
    const fittedLoss = c.fit && x !== null ? c.fit[0] + c.fit[1] * x + c.fit[2] * x * x : null;
    return { ...c, exact: { params: o.params, tokens: o.tokens, loss: surfaceLoss(o.params, o.tokens, s) }, fittedLoss, penalty: penaltyAt(flops, s) };
  });
  const ok = curves.every((c) => c.optimumTokens !== null);
  const law = ok ? fitPowerLaw(BUDGETS, curves.map((c) => c.optimumTokens!)) : null;
  return { surface, curves, law, exactExponent: surfaceOptimum(1, s).b };
}

// One re-enactment per surface: it depends on nothing else, so a control change recomputes none.
const cache = new Map<SurfaceId, Reenactment>();
export function reenactment(surface: SurfaceId): Reenactment {
  let r = cache.get(surface);
  if (!r) { r = reenact(surface); cache.set(surface, r); }
  return r;
}
/** For the timing test: forget the cached re-enactments. */
export function clearCache(): void { cache.clear(); }

// ── Laws read at a budget ────────────────────────────────────────────────────────────────────────

export const LAW_IDS = ['reenacted', 'surface', 'text', 'figure', 'custom'] as const;
export type LawId = (typeof LAW_IDS)[number];

/** Why a law gives no usable split at the budget. */
export type LawIssue = 'noFit' | 'tooManyTokens' | 'tooFewTokens';

export type LawReading =
  | { id: LawId; ok: true; tokens: number; params: number; law: PowerLaw | null }
  | { id: LawId; ok: false; issue: LawIssue; law: PowerLaw | null };

/** Tokens from a law at `flops`, and the parameters 6·N·D = C leaves: C/(6·D*). Refuses a model under 1 parameter or 1 token. */
export function readLaw(id: LawId, flops: number, law: PowerLaw | null): LawReading {
  if (!law) return { id, ok: false, issue: 'noFit', law };
  const tokens = powerLaw(flops, law);
  if (!Number.isFinite(tokens) || tokens > flops / 6) return { id, ok: false, issue: 'tooManyTokens', law };
  if (!(tokens >= 1)) return { id, ok: false, issue: 'tooFewTokens', law };
  return { id, ok: true, tokens, params: tokensAt(flops, tokens), law };
}

// ── Llama models by compute ──────────────────────────────────────────────────────────────────────

export interface Placement {
  /** Model id, and which token figure when a model has two (Llama 2 70B). */
  key: string;
  model: ModelId;
  params: number;
  tokens: number;
  /** Where the token figure is documented, and whether it is an "about" figure. */
  tokensFact: Fact;
  about: boolean;
  /** Significant digits of the figure as documented: 15T and 2.0T have 2, 15.6T has 3. */
  digits: number;
  flops: number;
  tokensPerParam: number;
  /** Tokens Figure 3's law gives at this compute, and how many times more this model saw. */
  lawTokens: number;
  overTrained: number;
}

function place(key: string, model: ModelId, tokensFact: Fact, about: boolean, digits = 2): Placement {
  const n = parameterCount(MODELS[model]);
  const flops = Number(trainingFlops(n, tokensFact.value));
  const params = Number(n);
  const lawTokens = powerLaw(flops, SCALING_LAW_FIGURE.value);
  return {
    key, model, params, tokens: tokensFact.value, tokensFact, about, digits, flops,
    tokensPerParam: tokensFact.value / params, lawTokens, overTrained: tokensFact.value / lawTokens,
  };
}

/** Llama 3 8B and 70B ("about 15T", §1), 405B (15.6T, §1), Llama 2 70B with both published token figures. */
export const PLACEMENTS: readonly Placement[] = [
  place('llama3-8b', 'llama3-8b', TOKENS_LLAMA3_ABOUT, true),
  place('llama3-70b', 'llama3-70b', TOKENS_LLAMA3_ABOUT, true),
  place('llama3-405b', 'llama3-405b', TOKENS_405B, false, 3),
  place('llama2-70b-l2', 'llama2-70b', TOKENS_LLAMA2_PER_LLAMA2_PAPER, false),
  place('llama2-70b-l3', 'llama2-70b', TOKENS_LLAMA2_PER_LLAMA3_REPORT, false),
];

/** The report's stated extrapolation (402B on 16.55T at 3.8 × 10²⁵) and the compute 6·N·D those two need. */
export const STATED = {
  ...SCALING_LAW_STATED.value,
  sixND: 6 * SCALING_LAW_STATED.value.params * SCALING_LAW_STATED.value.tokens,
};

// ── The whole state ──────────────────────────────────────────────────────────────────────────────

export interface ScalingState { budget: number; alpha: number; A: number; surface: SurfaceId }

export type StateIssue = { field: LimitKey; value: number; min: number; max: number };

export interface ScalingOk {
  ok: true;
  budget: number;
  surface: SurfaceId;
  reenactment: Reenactment;
  /** Every law at the budget, in LAW_IDS order. */
  laws: Record<LawId, LawReading>;
  /** The report's two printed laws at its own 3.8 × 10²⁵, whatever the budget. */
  statedLaws: { text: LawReading; figure: LawReading };
  /** The reader's law equals the text's (then it is not drawn twice). */
  customIsText: boolean;
  /** The surface's flatness at the budget. */
  penalty: Penalty;
  exactLoss: number;
  /** The budget lies beyond the largest run (10²²): how many times. */
  beyondRuns: number | null;
  /** Below the smallest run (6 × 10¹⁸). */
  belowRuns: boolean;
}

export type ScalingResult = ScalingOk | { ok: false; errors: StateIssue[] };

const inRange = (v: number, k: LimitKey) => Number.isFinite(v) && v >= LIMITS[k].min && v <= LIMITS[k].max;

/** State → every number the view shows, or the fields that make it impossible (a state no URL gives: the schema refuses). */
export function computeScaling(state: ScalingState): ScalingResult {
  const errors: StateIssue[] = [];
  for (const k of ['budget'] as const) if (!inRange(state[k], k)) errors.push({ field: k, value: state[k], ...LIMITS[k] });
  if (errors.length) return { ok: false, errors };
  const surface: SurfaceId = SURFACES.includes(state.surface) ? state.surface : DEFAULTS.surface;
  const s = SURFACE_FACTS[surface].value;
  const r = reenactment(surface);
  const C = state.budget;
  const o = surfaceOptimum(C, s);
  const customValid = inRange(state.alpha, 'alpha') && inRange(state.A, 'A');
  const custom: PowerLaw | null = customValid ? { alpha: state.alpha, A: state.A } : null;
  const laws: Record<LawId, LawReading> = {
    reenacted: readLaw('reenacted', C, r.law),
    surface: { id: 'surface', ok: true, tokens: o.tokens, params: o.params, law: { alpha: o.b, A: o.tokens / C ** o.b } },
    text: readLaw('text', C, SCALING_LAW_TEXT.value),
    figure: readLaw('figure', C, SCALING_LAW_FIGURE.value),
    custom: readLaw('custom', C, custom),
  };
  const { maxFlops, minFlops } = ISOFLOP_RANGE.value;
  return {
    ok: true, budget: C, surface, reenactment: r, laws,
    statedLaws: { text: readLaw('text', STATED.flops, SCALING_LAW_TEXT.value), figure: readLaw('figure', STATED.flops, SCALING_LAW_FIGURE.value) },
    customIsText: custom !== null && custom.alpha === SCALING_LAW_TEXT.value.alpha && custom.A === SCALING_LAW_TEXT.value.A,
    penalty: penaltyAt(C, s), exactLoss: surfaceLoss(o.params, o.tokens, s),
    beyondRuns: C > maxFlops ? C / maxFlops : null, belowRuns: C < minFlops,
  };
}

// ── Fields typed by the reader ───────────────────────────────────────────────────────────────────

/** Longest text a field reads. */
export const MAX_FIELD_TEXT = 40;

export type FieldRefusal = TextFieldRefusal<LimitKey>;
export type FieldReading = TextFieldReading<LimitKey>;

/** A number typed into the budget, α or A field: decimals with an optional exponent ("3.8e25", "0.53", "2.9e-1"). */
export function readField(text: string, field: LimitKey): FieldReading {
  return readBoundedField(text, field, LIMITS[field], { integer: false, exponent: true, maxLength: MAX_FIELD_TEXT });
}
