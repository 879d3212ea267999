// RoPE on one query and one key of Llama 3's head dimension 128 (report §3.2 and Table 3: θ = 500,000): one pair
// rotated at positions m and n, the full-head score q_m·k_n, and the same score with both positions shifted.
// Pure: the rotation math is src/lib/llama/rope.ts (one definition each), the facts are src/data; this file adds the
// seeded vectors, the bounds, the shift comparison and the codes messages.ts words.
//
// Notation (the chapter's): pair i of a head vector is the 2-D vector (v₂ᵢ, v₂ᵢ₊₁) (Meta's interleaved layout);
// at position m it turns by m·θᵢ, θᵢ = b^(−2i/d), so ⟨R_m q, R_n k⟩ = Σᵢ |qᵢ||kᵢ| cos(φ(qᵢ) − φ(kᵢ) + (m − n)θᵢ)
// depends on m − n only. Its wavelength λᵢ = 2π/θᵢ is the number of positions one turn takes.
import { CONTEXT_LLAMA2, CONTEXT_LLAMA3, CONTEXT_LLAMA31 } from '../../data/models';
import { ROPE_HEAD_DIM, ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3 } from '../../data/rope';
import { type Intent, moveInList } from '../../lib/keys';
import {
  applyRope, dot, inverseFrequencies, relativeScore, ropeScore, rotate, turns, wavelength,
} from '../../lib/llama';
import { deriveSeed, gaussian, mulberry32 } from '../../lib/rng';
import { BINARY_SUFFIXES, DECIMAL_SUFFIXES, parseNumber, type NumberFailure } from '../../lib/text';

// ── Bounds and defaults (meta.ts builds the URL schema from these) ──────────────────────────────

/** Head dimension d of every Llama 3 model (Table 3: 4,096 / 32); the widget's vectors have this many numbers. */
export const HEAD_DIM = ROPE_HEAD_DIM;
/** Pairs per head, d/2 = 64. */
export const PAIRS = HEAD_DIM / 2;
/** Last position Llama 3.1 reads: its window is 131,072 positions, 0 … 131,071. */
export const MAX_POSITION = CONTEXT_LLAMA31 - 1;
/**
 * Bounds of a custom base. Below 2 every pair turns within about a dozen positions (at 2, even the slowest pair's
 * wavelength is 12.4), so no pair is slow; above 10⁹ the slowest pairs turn less than 10⁻⁴ of a turn in 131,071
 * positions. Within these bounds every number the widget prints is finite.
 */
export const BASE_LIMITS = { min: 2, max: 1e9 } as const;
export const MAX_SEED = 2 ** 31 - 1;

/**
 * What the bounds of a custom base mean, computed: the slowest pair's wavelength at the smallest base (positions),
 * and the turns the slowest pair makes in 0 … MAX_POSITION at the largest.
 */
export function baseEdges(): { slowestWavelengthAtMin: number; slowestTurnsAtMax: number } {
  const low = inverseFrequencies(BASE_LIMITS.min, HEAD_DIM);
  const high = inverseFrequencies(BASE_LIMITS.max, HEAD_DIM);
  return { slowestWavelengthAtMin: wavelength(low[PAIRS - 1]!), slowestTurnsAtMax: turns(high[PAIRS - 1]!, MAX_POSITION) };
}
/** The largest shift a URL may ask for; the model then keeps it within what keeps both positions in 0 … MAX_POSITION. */
export const MAX_SHIFT = MAX_POSITION;

/**
 * Defaults: the design notes' example ⟨R₁₀₀q, R₃₇k⟩ = ⟨R₅₁₀₀q, R₅₀₃₇k⟩ = ⟨R₆₃q, k⟩ (a query at 100 reading a key at
 * 37, both shifted by 5,000), on pair 16 (wavelength 167.08: it turns visibly between 37 and 100), Llama 3's base.
 */
export const DEFAULTS = { m: 100, n: 37, pair: 16, base: ROPE_THETA_LLAMA3, seed: 1, shift: 5_000 } as const;

/** The bases the widget names: Llama 2's 10,000 (its code's default) and Llama 3's 500,000 (§3.2). */
export const BASE_PRESETS = [
  { id: 'llama2', base: ROPE_THETA_LLAMA2, context: CONTEXT_LLAMA2 },
  { id: 'llama3', base: ROPE_THETA_LLAMA3, context: CONTEXT_LLAMA3 },
] as const;
export type BasePresetId = (typeof BASE_PRESETS)[number]['id'];
export type BaseChoice = BasePresetId | 'custom';
export const BASE_CHOICES: readonly BaseChoice[] = ['llama2', 'llama3', 'custom'];

/** The preset a base is, or 'custom'. */
export function baseChoiceOf(base: number): BaseChoice {
  return BASE_PRESETS.find((p) => p.base === base)?.id ?? 'custom';
}

/** Everything the result depends on (the URL state minus the theme). */
export interface RotationState {
  /** Position of the query, 0 … MAX_POSITION. */
  m: number;
  /** Position of the key, 0 … MAX_POSITION. */
  n: number;
  /** Pair index i, 0 … PAIRS − 1: dimensions 2i and 2i + 1 of the head. */
  pair: number;
  /** RoPE base b (θ in Meta's code), BASE_LIMITS. */
  base: number;
  /** Seed of the random q and k, 0 … MAX_SEED. */
  seed: number;
  /** Δ: both positions shifted by this many positions for the comparison (may be negative). */
  shift: number;
}

// ── The seeded query and key ────────────────────────────────────────────────────────────────────

/**
 * A query and a key of HEAD_DIM numbers each, drawn from N(0, 1) by gaussian(mulberry32(seed)): the first HEAD_DIM
 * draws are q, the next HEAD_DIM are k. Random vectors, not a trained model's: the identity holds for any q and k.
 */
export function seededHead(seed: number): { q: Float64Array; k: Float64Array } {
  const g = gaussian(mulberry32(seed));
  const q = Float64Array.from({ length: HEAD_DIM }, () => g());
  const k = Float64Array.from({ length: HEAD_DIM }, () => g());
  return { q, k };
}

/** Another seed for "new random vectors" (deterministic: the same seed always gives the same next one). */
export function nextSeed(seed: number): number {
  return deriveSeed(seed, 0x0e0e) & MAX_SEED;
}

// ── Angles ──────────────────────────────────────────────────────────────────────────────────────

const TAU = 2 * Math.PI;

/** An angle in [0, 2π): where a hand that has turned `a` radians points. */
export function turnAngle(a: number): number {
  const r = a % TAU;
  return r < 0 ? r + TAU : r;
}

/** An angle in (−π, π]. */
export function signedAngle(a: number): number {
  const r = turnAngle(a);
  return r > Math.PI ? r - TAU : r;
}

/** Radians to degrees. */
export const toDegrees = (radians: number): number => (radians * 180) / Math.PI;

/** Direction of a 2-D vector, radians counter-clockwise from the x axis (0 for the zero vector). */
export const direction = ([x, y]: readonly [number, number]): number => Math.atan2(y, x);

// ── The computation ─────────────────────────────────────────────────────────────────────────────

/** A field of a state out of its bounds (only code calls can do this: the URL schema keeps its values in bounds). */
export interface RotationIssue {
  field: keyof RotationState;
  code: 'outOfRange';
  min: number;
  max: number;
  /** Whole numbers only. */
  integer: boolean;
}

/** A caveat that applies to a state (messages.ts words it). */
export type RotationNote =
  /** The shift asked for would move a position outside 0 … MAX_POSITION; `used` (within [min, max]) is shown. */
  | { code: 'shiftLimited'; asked: number; used: number; min: number; max: number }
  /**
   * A position past the context the model with this base was trained or released with (`context`): Llama 2 4,096,
   * Llama 3 (April 2024) 8,192. Llama 3.1 reads 131,072 positions, but with its lower frequencies rescaled (its
   * code's rule); the widget turns every pair by the unscaled θᵢ. The identity holds for any frequencies.
   */
  | { code: 'beyondContext'; model: BasePresetId; context: number; position: number };

/** One pair of the query and the key as it stands at positions m (query) and n (key). */
export interface PairView {
  m: number;
  n: number;
  /** The rotations m·θᵢ and n·θᵢ, radians (all of them: turns are not removed). */
  qTurned: number;
  kTurned: number;
  /** The rotated pairs R_{mθ}qᵢ and R_{nθ}kᵢ. */
  q: [number, number];
  k: [number, number];
  /** Angle from kᵢ to qᵢ, counter-clockwise, in (−π, π]. */
  signed: number;
  /** The angle between them, [0, π]. */
  between: number;
  /** This pair's term of the score: the dot product of the rotated pairs. */
  contribution: number;
}

export interface DialReading {
  /** Where the pair's hand points at position m: m·θᵢ mod 2π, in [0, 2π). */
  angle: number;
  /** Turns completed from position 0 to m: m·θᵢ / 2π. */
  turns: number;
  /** λᵢ, positions. */
  wavelength: number;
}

export interface RotationOk {
  ok: true;
  m: number;
  n: number;
  pair: number;
  base: number;
  seed: number;
  /** The shift used (the state's, kept within `shiftRange`). */
  shift: number;
  /** The shifts that keep m + Δ and n + Δ within 0 … MAX_POSITION. */
  shiftRange: { min: number; max: number };
  /** θᵢ of every pair, radians per position. */
  invFreqs: Float64Array;
  /** θ of the shown pair, radians per position. */
  theta: number;
  /** λ of the shown pair, positions. */
  wavelength: number;
  /** Turns the shown pair has made at positions m and n. */
  turnsAtM: number;
  turnsAtN: number;
  /** Turns it makes over Llama 3's 8,192 and Llama 3.1's 131,072 positions (unscaled θ). */
  turnsIn: { context: number; turns: number }[];
  /** The shown pair before any rotation (position 0) and the norms, which no rotation changes. */
  q0: [number, number];
  k0: [number, number];
  qNorm: number;
  kNorm: number;
  /** The pair at (m, n) and at (m + Δ, n + Δ). */
  at: PairView;
  shifted: PairView;
  scores: {
    /** q_m·k_n = ⟨R_m q, R_n k⟩ over all 128 dimensions (before the 1/√d of attention). */
    at: number;
    /** q_{m+Δ}·k_{n+Δ}. */
    shifted: number;
    /** shifted − at: float64 rounding only. */
    difference: number;
    /** ⟨R_{m−n} q, k⟩: the same score from the offset alone (the PI paper's expansion, src/lib/llama relativeScore). */
    offsetOnly: number;
    /** Only the key moves: q_m·k_{n+Δ} (the offset changes by Δ), and its change from `at`. */
    keyOnly: { n: number; score: number; change: number };
    /** |q|·|k|, the largest |score| any offset can give (Cauchy–Schwarz): the scale to judge a difference against. */
    scale: number;
  };
  /** Every pair at position m, for the dials. */
  dials: DialReading[];
  /** Each pair's term of qₘ·kₙ (their sum is `scores.at`), for the data table. */
  terms: Float64Array;
  notes: RotationNote[];
}

export interface RotationInvalid {
  ok: false;
  errors: RotationIssue[];
}

export type RotationResult = RotationOk | RotationInvalid;

const BOUNDS: Record<keyof RotationState, { min: number; max: number; integer: boolean }> = {
  m: { min: 0, max: MAX_POSITION, integer: true },
  n: { min: 0, max: MAX_POSITION, integer: true },
  pair: { min: 0, max: PAIRS - 1, integer: true },
  base: { min: BASE_LIMITS.min, max: BASE_LIMITS.max, integer: false },
  seed: { min: 0, max: MAX_SEED, integer: true },
  shift: { min: -MAX_SHIFT, max: MAX_SHIFT, integer: true },
};
const FIELDS = Object.keys(BOUNDS) as (keyof RotationState)[];

/** The shifts Δ that keep both m + Δ and n + Δ within 0 … MAX_POSITION. */
export function shiftRange(m: number, n: number): { min: number; max: number } {
  return { min: -Math.min(m, n), max: MAX_POSITION - Math.max(m, n) };
}

/** A view of the shown pair at positions a (query) and b (key). */
function pairView(q0: [number, number], k0: [number, number], theta: number, a: number, b: number): PairView {
  const qTurned = a * theta;
  const kTurned = b * theta;
  const q = rotate(q0[0], q0[1], qTurned);
  const k = rotate(k0[0], k0[1], kTurned);
  const signed = signedAngle(direction(q) - direction(k));
  return { m: a, n: b, qTurned, kTurned, q, k, signed, between: Math.abs(signed), contribution: q[0] * k[0] + q[1] * k[1] };
}

/** Everything the widget shows, or why the state cannot be computed. Never throws. */
export function computeRotation(state: RotationState): RotationResult {
  const errors: RotationIssue[] = [];
  for (const field of FIELDS) {
    const v = state[field];
    const b = BOUNDS[field];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < b.min || v > b.max || (b.integer && !Number.isInteger(v))) {
      errors.push({ field, code: 'outOfRange', ...b });
    }
  }
  if (errors.length) return { ok: false, errors };

  const { m, n, pair, base, seed } = state;
  const range = shiftRange(m, n);
  const shift = Math.min(range.max, Math.max(range.min, state.shift));
  const notes: RotationNote[] = [];
  if (shift !== state.shift) notes.push({ code: 'shiftLimited', asked: state.shift, used: shift, ...range });

  const invFreqs = inverseFrequencies(base, HEAD_DIM);
  const theta = invFreqs[pair]!;
  const { q, k } = seededHead(seed);
  const q0: [number, number] = [q[2 * pair]!, q[2 * pair + 1]!];
  const k0: [number, number] = [k[2 * pair]!, k[2 * pair + 1]!];

  const at = ropeScore(q, k, m, n, invFreqs);
  const qm = applyRope(q, m, invFreqs);
  const kn = applyRope(k, n, invFreqs);
  const terms = Float64Array.from(invFreqs, (_, i) => qm[2 * i]! * kn[2 * i]! + qm[2 * i + 1]! * kn[2 * i + 1]!);
  const shifted = ropeScore(q, k, m + shift, n + shift, invFreqs);
  const keyOnlyN = n + shift;
  const keyOnly = ropeScore(q, k, m, keyOnlyN, invFreqs);

  const preset = BASE_PRESETS.find((p) => p.base === base);
  const farthest = Math.max(m, n, m + shift, n + shift);
  if (preset && farthest >= preset.context) {
    notes.push({ code: 'beyondContext', model: preset.id, context: preset.context, position: farthest });
  }

  return {
    ok: true, m, n, pair, base, seed, shift, shiftRange: range, invFreqs, theta,
    wavelength: wavelength(theta),
    turnsAtM: turns(theta, m),
    turnsAtN: turns(theta, n),
    turnsIn: [CONTEXT_LLAMA3, CONTEXT_LLAMA31].map((context) => ({ context, turns: turns(theta, context) })),
    q0, k0, qNorm: Math.hypot(...q0), kNorm: Math.hypot(...k0),
    at: pairView(q0, k0, theta, m, n),
    shifted: pairView(q0, k0, theta, m + shift, n + shift),
    scores: {
      at, shifted, difference: shifted - at,
      offsetOnly: relativeScore(q, k, m - n, invFreqs),
      keyOnly: { n: keyOnlyN, score: keyOnly, change: keyOnly - at },
      scale: Math.sqrt(dot(q, q) * dot(k, k)),
    },
    dials: Array.from(invFreqs, (f) => ({ angle: turnAngle(m * f), turns: turns(f, m), wavelength: wavelength(f) })),
    terms,
    notes,
  };
}

// ── Keyboard of the dials ───────────────────────────────────────────────────────────────────────

/** Dials per row on a narrow screen: the 64 pairs are drawn 8 × 8, in order (16 × 4 where there is room). */
export const DIALS_PER_ROW = 8;

/**
 * The pair a key moves the dial selection to (src/lib/keys intents), with `perRow` dials a row (8 or 16): ←/→ one
 * pair, ↑/↓ and Page Up/Down one row, Home/End and Ctrl+Home/End the first and last pair.
 */
export function movePair(pair: number, intent: Intent, perRow: number = DIALS_PER_ROW): number | null {
  switch (intent) {
    case 'up': case 'pagePrev': return moveInList(pair, PAIRS, 'pagePrev', perRow);
    case 'down': case 'pageNext': return moveInList(pair, PAIRS, 'pageNext', perRow);
    case 'rowStart': return moveInList(pair, PAIRS, 'first');
    case 'rowEnd': return moveInList(pair, PAIRS, 'last');
    default: return moveInList(pair, PAIRS, intent);
  }
}

// ── Numbers the reader types ────────────────────────────────────────────────────────────────────

/** Longest text a field reads, in code points. */
export const MAX_FIELD_TEXT = 24;

/** Why a typed number was refused (messages.ts words it; never the typed text itself). */
export interface Refusal {
  failure: NumberFailure;
  /** The number read, when it was one but out of range. */
  value?: number;
  min: number;
  max: number;
}

export type Reading = { ok: true; value: number } | { ok: false; error: Refusal };

function read(text: string, rules: Parameters<typeof parseNumber>[1] & { min: number; max: number }): Reading {
  const p = parseNumber(text, { maxLength: MAX_FIELD_TEXT, ...rules });
  if (p.ok) return p;
  return { ok: false, error: { failure: p.failure, ...(p.value === undefined ? {} : { value: p.value }), min: rules.min, max: rules.max } };
}

/** A position: a whole number 0 … 131,071, digits with separators or a K suffix ("8K" = 8,192). */
export const readPosition = (text: string): Reading => read(text, { min: 0, max: MAX_POSITION, suffixes: BINARY_SUFFIXES });

/** A shift Δ: a whole number, negative allowed, within ±131,071 (the model then keeps both positions in range). */
export const readShift = (text: string): Reading => read(text, { min: -MAX_SHIFT, max: MAX_SHIFT, suffixes: BINARY_SUFFIXES });

/** A custom base: any number in BASE_LIMITS, with decimals, an exponent ("1e6") or k/M/B ("500k"). */
export const readBase = (text: string): Reading =>
  read(text, { min: BASE_LIMITS.min, max: BASE_LIMITS.max, integer: false, exponent: true, suffixes: DECIMAL_SUFFIXES });

/** A seed: a whole number 0 … MAX_SEED. */
export const readSeed = (text: string): Reading => read(text, { min: 0, max: MAX_SEED });
