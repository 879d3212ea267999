// The shapes of a Llama-style decoder and the rules a custom shape must follow: report §3.2 and Table 3 (d, L, H,
// H_kv, d_ff, V), Meta llama-models model.py (head dim d/H, repeat_kv for GQA, RoPE on pairs).
// Validation returns codes and numbers, never sentences: each widget words them in its own messages.ts.

/** The shapes a parameter count needs (the fields of Meta's ModelArgs that set a tensor's size). */
export interface DecoderShape {
  /** Model width d. */
  dim: number;
  /** Transformer blocks L. */
  layers: number;
  /** Query heads H. */
  heads: number;
  /** Key/value heads H_kv (GQA groups; H for multi-head attention, 1 for multi-query). */
  kvHeads: number;
  /** SwiGLU hidden width d_ff. */
  ffnDim: number;
  /** Embedding rows n_vocab. */
  vocab: number;
  /** LM head shares the embedding matrix. */
  tiedEmbeddings: boolean;
}

/** Head dimension d_h = d / H (128 for every Llama 3 and Llama 2 model). */
export function headDim(shape: Pick<DecoderShape, 'dim' | 'heads'>): number {
  return shape.dim / shape.heads;
}

/** Every whole-number field a shape check knows, in the order issues are listed. */
export const SHAPE_FIELDS = ['dim', 'layers', 'heads', 'kvHeads', 'headDim', 'ffnDim', 'vocab'] as const;
export type ShapeField = (typeof SHAPE_FIELDS)[number];

/** Inclusive bounds of a field. */
export interface Bounds {
  min: number;
  max: number;
}

/** The numbers to check: any subset of the fields (a widget passes the ones the reader sets). */
export type ShapeValues = Partial<Record<ShapeField, number>>;

/** What is wrong with one field, as a code and the numbers a message needs. */
export type ShapeIssue =
  /** Not a whole number from `min` to `max` (NaN and fractions included). */
  | { field: ShapeField; code: 'outOfRange'; value: number; min: number; max: number }
  /** More heads than dimensions: a head needs at least one. */
  | { field: 'heads'; code: 'exceedsDim'; heads: number; dim: number }
  /** H does not divide d, so d_h = d / H is not whole. */
  | { field: 'heads'; code: 'notDivisorOfDim'; heads: number; dim: number }
  /** d_h is odd: RoPE rotates coordinates in pairs. `field` is `heads` when d_h = d / H, `headDim` when given. */
  | { field: 'heads' | 'headDim'; code: 'oddHeadDim'; headDim: number }
  /** A width with a fixed head dimension (no `heads` given) that is not a multiple of it. */
  | { field: 'dim'; code: 'notMultipleOfHeadDim'; dim: number; headDim: number }
  /** More key/value heads than query heads. */
  | { field: 'kvHeads'; code: 'exceedsHeads'; kvHeads: number; heads: number }
  /** H_kv does not divide H: the groups of query heads sharing a key/value head would differ in size. */
  | { field: 'kvHeads'; code: 'notDivisor'; kvHeads: number; heads: number };

export type ShapeIssueCode = ShapeIssue['code'];

export interface ShapeRules {
  /** Bounds per field; a field given without bounds must be a whole number ≥ 1. */
  limits?: Partial<Record<ShapeField, Bounds>>;
  /** Require an even head dimension (RoPE pairs), whether derived as d / H or given. */
  evenHeadDim?: boolean;
}

const NO_LIMIT: Bounds = { min: 1, max: Number.MAX_SAFE_INTEGER };

/**
 * Checks the fields given, never throws. First each field against its bounds; then, among the fields in bounds,
 * the rules that tie them together:
 *   d and H:            H ≤ d, H divides d (d_h = d / H is whole), d_h even if `evenHeadDim`;
 *   d and d_h (no H):   d is a multiple of d_h (a width whose heads keep a fixed size);
 *   d_h given:          even if `evenHeadDim`;
 *   H and H_kv:         H_kv ≤ H and H_kv divides H (every key/value head serves H / H_kv query heads),
 *                       checked only when H itself has no issue.
 * Returns at most one issue per field, in SHAPE_FIELDS order; empty when the shape is valid.
 */
export function validateShape(values: ShapeValues, rules: ShapeRules = {}): ShapeIssue[] {
  const byField = new Map<ShapeField, ShapeIssue>();
  const ok: ShapeValues = {};
  for (const field of SHAPE_FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    const { min, max } = rules.limits?.[field] ?? NO_LIMIT;
    if (!Number.isInteger(value) || value < min || value > max) byField.set(field, { field, code: 'outOfRange', value, min, max });
    else ok[field] = value;
  }
  const { dim, heads, kvHeads, headDim: given } = ok;
  if (dim !== undefined && heads !== undefined) {
    if (heads > dim) byField.set('heads', { field: 'heads', code: 'exceedsDim', heads, dim });
    else if (dim % heads !== 0) byField.set('heads', { field: 'heads', code: 'notDivisorOfDim', heads, dim });
    else if (rules.evenHeadDim && (dim / heads) % 2 !== 0) byField.set('heads', { field: 'heads', code: 'oddHeadDim', headDim: dim / heads });
  } else if (dim !== undefined && given !== undefined && dim % given !== 0) {
    byField.set('dim', { field: 'dim', code: 'notMultipleOfHeadDim', dim, headDim: given });
  }
  if (given !== undefined && rules.evenHeadDim && given % 2 !== 0) {
    byField.set('headDim', { field: 'headDim', code: 'oddHeadDim', headDim: given });
  }
  if (heads !== undefined && kvHeads !== undefined && !byField.has('heads')) {
    if (kvHeads > heads) byField.set('kvHeads', { field: 'kvHeads', code: 'exceedsHeads', kvHeads, heads });
    else if (heads % kvHeads !== 0) byField.set('kvHeads', { field: 'kvHeads', code: 'notDivisor', kvHeads, heads });
  }
  return SHAPE_FIELDS.flatMap((f) => (byField.has(f) ? [byField.get(f)!] : []));
}
