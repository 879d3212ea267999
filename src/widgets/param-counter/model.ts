// Exact parameter count, weight memory and FLOPs of a Llama-style decoder: report Table 3 (shapes), §3.2 (architecture), §1 (6·N·D check).
// Pure: shapes come from src/data/models.ts or from the reader's input; counts, bytes and FLOPs are the exact
// bigints of src/lib/llama; ratios and approximate forms are derived from them only for display.
// Numbers, ids and codes only: messages.ts words them (field problems, notes, the screen-reader description).
import { COMPUTE_405B_FLOPS, type Fact } from '../../data/facts';
import { MODELS, MODEL_IDS, type ModelConfig, type TrainingTokens } from '../../data/models';
import {
  DTYPE_IDS, DTYPES, forwardFlopsPerToken, headDim, paramBreakdown, trainingFlops, validateShape, weightBytes,
  type DecoderShape, type Dtype, type ForwardFlops, type ShapeIssue,
} from '../../lib/llama';
import { checkNumber, DECIMAL_SUFFIXES, parseNumber, type NumberFailure, type ParsedNumber } from '../../lib/text';

/** Configurations a reader can pick; `custom` uses the typed fields. */
export const PRESET_IDS = MODEL_IDS;
export type PresetId = (typeof PRESET_IDS)[number];
export const MODEL_CHOICES = [...PRESET_IDS, 'custom'] as const;
export type ModelChoice = (typeof MODEL_CHOICES)[number];

/** The six integer shape fields, in the order the widget shows them. */
export const SHAPE_FIELDS = ['dim', 'layers', 'heads', 'kvHeads', 'ffnDim', 'vocab'] as const;
export type ShapeField = (typeof SHAPE_FIELDS)[number];
/** Every field the reader types. */
export type InputField = ShapeField | 'ctx' | 'tokens';

/** A value each field might take, quoted in its messages (both languages): Llama 3 8B's shapes (Report Table 3) and
 *  its pre-training context. */
export const FIELD_EXAMPLE: Record<Exclude<InputField, 'tokens'>, number> = {
  dim: MODELS['llama3-8b'].dim, layers: MODELS['llama3-8b'].layers, heads: MODELS['llama3-8b'].heads,
  kvHeads: MODELS['llama3-8b'].kvHeads, ffnDim: MODELS['llama3-8b'].ffnDim, vocab: MODELS['llama3-8b'].vocab,
  ctx: MODELS['llama3-8b'].pretrainContextTokens,
};

/**
 * What this calculator accepts, inclusive. Beyond these the input is refused as absurd (the
 * largest published dense models are far inside them); the URL schema's caps are wider so that
 * these messages, not a silent fallback, explain an out-of-range value.
 */
export const FIELD_LIMITS: Record<InputField, { min: number; max: number }> = {
  dim: { min: 1, max: 1_048_576 },
  layers: { min: 1, max: 1_000_000 },
  heads: { min: 1, max: 1_048_576 },
  kvHeads: { min: 1, max: 1_048_576 },
  ffnDim: { min: 1, max: 16_777_216 },
  vocab: { min: 1, max: 16_777_216 },
  ctx: { min: 1, max: 16_777_216 },
  tokens: { min: 1, max: 1e16 },
};

/** The state the widget works from (the URL schema in meta.ts produces exactly this). */
export interface CounterState {
  model: ModelChoice;
  dim: number;
  layers: number;
  heads: number;
  kvHeads: number;
  ffnDim: number;
  vocab: number;
  /** LM head shares the embedding matrix. */
  tied: boolean;
  /** Training tokens D; undefined: the model's documented count (runDefaults). */
  tokens?: number | undefined;
  /** Context T for the attention FLOPs term, tokens; undefined: the model's pre-training context (runDefaults). */
  ctx?: number | undefined;
}

/** Shape fields as the reader typed them (text) or as the state holds them (numbers). */
export type ShapeInput = Record<ShapeField, number | string> & { tied: boolean };

// ── Reading a typed number ─────────────────────────────────────────────────────────────────────

/**
 * Reads one field from text (what the reader typed) or a number (the state), exactly: whole numbers within
 * FIELD_LIMITS, and for tokens a decimal with K/M/B/T (powers of 1,000): "15.6T", "1.56e13". Returns the value or
 * the parser's failure code (src/lib/text.ts).
 */
export function readField(field: InputField, raw: number | string): ParsedNumber {
  const limits = FIELD_LIMITS[field];
  return typeof raw === 'number'
    ? checkNumber(raw, limits)
    : parseNumber(raw, field === 'tokens' ? { ...limits, suffixes: DECIMAL_SUFFIXES, exponent: true } : limits);
}

// ── Validating a configuration ──────────────────────────────────────────────────────────────────

/** Why a field cannot be used: its text is not a number it accepts, or a rule across fields (src/lib/llama). */
export type FieldProblem = { kind: 'parse'; failure: NumberFailure } | { kind: 'shape'; issue: ShapeIssue };
export type FieldProblems = Partial<Record<ShapeField, FieldProblem>>;

export type ShapeValidation =
  | { ok: true; shape: DecoderShape }
  | { ok: false; errors: FieldProblems };

/**
 * Reads a decoder shape field by field (readField), then checks the fields that read across each other with
 * src/lib/llama validateShape: heads must divide dim and the head dimension dim / heads must be even (RoPE rotates
 * coordinates in pairs); kvHeads must divide heads. Never throws; an invalid shape yields only problems, never numbers.
 */
export function readShape(input: ShapeInput): ShapeValidation {
  const errors: FieldProblems = {};
  const v: Partial<Record<ShapeField, number>> = {};
  for (const f of SHAPE_FIELDS) {
    const r = readField(f, input[f]);
    if (r.ok) v[f] = r.value;
    else errors[f] = { kind: 'parse', failure: r.failure };
  }
  for (const issue of validateShape(v, { limits: FIELD_LIMITS, evenHeadDim: true })) {
    const f = issue.field;
    if (f !== 'headDim') errors[f] = { kind: 'shape', issue }; // never: no head dimension is given here
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    shape: {
      dim: v.dim!, layers: v.layers!, heads: v.heads!, kvHeads: v.kvHeads!, ffnDim: v.ffnDim!, vocab: v.vocab!,
      tiedEmbeddings: input.tied,
    },
  };
}

/** The shape fields a state stands for: a preset's Table 3 / Llama 2 shapes, or the state's own. */
export function shapeOf(state: CounterState): ShapeInput {
  if (state.model !== 'custom') return presetFields(state.model);
  return { dim: state.dim, layers: state.layers, heads: state.heads, kvHeads: state.kvHeads, ffnDim: state.ffnDim, vocab: state.vocab, tied: state.tied };
}

/** A preset's fields as state values (what "custom" starts from when the reader edits a preset). */
export function presetFields(id: PresetId): Record<ShapeField, number> & { tied: boolean } {
  const m = MODELS[id];
  return { dim: m.dim, layers: m.layers, heads: m.heads, kvHeads: m.kvHeads, ffnDim: m.ffnDim, vocab: m.vocab, tied: m.tiedEmbeddings };
}

/**
 * The URL fields a state does not use: with a preset, the shape fields and `tied` (shapeOf reads them only for
 * model=custom). An embed page names those its URL set (WidgetShell's URL notice; the view words the reason).
 */
export function unusedFields(state: CounterState): (ShapeField | 'tied')[] {
  return state.model === 'custom' ? [] : [...SHAPE_FIELDS, 'tied'];
}

/** The preset a custom configuration starts from (the URL's default shape fields). */
const CUSTOM_BASE: ModelConfig = MODELS['llama3-8b'];

export interface RunDefaults {
  /** Documented pre-training tokens of the preset (a custom shape takes Llama 3's "about 15T"). */
  tokens: TrainingTokens;
  /** Context used when the reader gives none, tokens: the standard pre-training context of `from`. */
  ctx: number;
  /** The model these defaults come from (the preset, or Llama 3 8B for a custom shape). */
  from: ModelConfig;
}

/**
 * What `tokens` and `ctx` mean when the state leaves them out: the preset's own documented token count
 * (src/data/models.ts) and its standard pre-training context — 8,192 for Llama 3.1 (the April 2024 Llama 3
 * window) and 4,096 for Llama 2 (its whole window).
 */
export function runDefaults(choice: ModelChoice): RunDefaults {
  const m = choice === 'custom' ? CUSTOM_BASE : MODELS[choice];
  return { tokens: m.trainingTokens, ctx: m.pretrainContextTokens, from: m };
}

/** The state with `tokens` and `ctx` filled in from runDefaults where it leaves them out. */
export function resolvedRun(state: Pick<CounterState, 'model' | 'tokens' | 'ctx'>): { tokens: number; ctx: number } {
  const d = runDefaults(state.model);
  return { tokens: state.tokens ?? d.tokens.value, ctx: state.ctx ?? d.ctx };
}

/**
 * Whether the context and the token count on screen are the model's defaults (runDefaults) or the reader's own, which
 * decides the note under each field. A custom shape's token count is the reader's own as soon as the state holds one
 * (a custom shape has no documented count to match).
 */
export function runSources(state: Pick<CounterState, 'model' | 'tokens' | 'ctx'>): { ctx: 'default' | 'own'; tokens: 'default' | 'own' } {
  const d = runDefaults(state.model);
  const ctx = state.ctx === undefined || state.ctx === d.ctx ? 'default' : 'own';
  const tokens = state.tokens === undefined || (state.model !== 'custom' && state.tokens === d.tokens.value) ? 'default' : 'own';
  return { ctx, tokens };
}

// ── Where the parameters are ────────────────────────────────────────────────────────────────────

export type ComponentId = 'embedding' | 'attnQ' | 'attnK' | 'attnV' | 'attnO' | 'ffn' | 'norms' | 'lmHead';
export type ComponentGroup = 'vocab' | 'attention' | 'ffn' | 'norms';

export interface Component {
  id: ComponentId;
  group: ComponentGroup;
  /** Shape formula in the site's notation: L, d, H, H_kv, d_h, d_ff, n_vocab. */
  formula: string;
  /** The LM head of a tied model: no matrix of its own (it is the embedding's); `params` is 0. */
  shared: boolean;
  /** Parameters, exact. */
  params: bigint;
  /** Fraction of the total, 0…1 (display only). */
  share: number;
}

const COMPONENT_META: { id: ComponentId; group: ComponentGroup; formula: string }[] = [
  { id: 'embedding', group: 'vocab', formula: 'n_vocab·d' },
  { id: 'attnQ', group: 'attention', formula: 'L·d·(H·d_h)' },
  { id: 'attnK', group: 'attention', formula: 'L·d·(H_kv·d_h)' },
  { id: 'attnV', group: 'attention', formula: 'L·d·(H_kv·d_h)' },
  { id: 'attnO', group: 'attention', formula: 'L·(H·d_h)·d' },
  { id: 'ffn', group: 'ffn', formula: 'L·3·d·d_ff' },
  { id: 'norms', group: 'norms', formula: '(2L+1)·d' },
  { id: 'lmHead', group: 'vocab', formula: 'n_vocab·d' },
];

/** The eight components of a valid shape, in model order, with exact counts and shares. */
export function components(shape: DecoderShape): { items: Component[]; total: bigint } {
  const b = paramBreakdown(shape);
  const total = b.total;
  const items = COMPONENT_META.map((c) => ({
    ...c,
    shared: c.id === 'lmHead' && shape.tiedEmbeddings,
    params: b[c.id],
    share: ratio(b[c.id], total),
  }));
  return { items, total };
}

/** Parameters per group (embedding + LM head, attention, feed-forward, norms), exact and as shares. */
export function groupShares(shape: DecoderShape): Record<ComponentGroup, { params: bigint; share: number }> {
  const { items, total } = components(shape);
  const out = { vocab: { params: 0n, share: 0 }, attention: { params: 0n, share: 0 }, ffn: { params: 0n, share: 0 }, norms: { params: 0n, share: 0 } };
  for (const c of items) out[c.group].params += c.params;
  for (const g of Object.values(out)) g.share = ratio(g.params, total);
  return out;
}

/** a / b as a float, exact enough for display even beyond 2^53 (both are scaled down together). */
export function ratio(a: bigint, b: bigint): number {
  if (b === 0n) return 0;
  // Keep 15 significant digits of the quotient: (a·10^15 / b) / 10^15.
  return Number((a * 10n ** 15n) / b) / 1e15;
}

// ── Everything the view shows ───────────────────────────────────────────────────────────────────

export interface Report {
  shape: DecoderShape;
  total: bigint;
  components: Component[];
  /** Head dimension d_h = d / H. */
  headDim: number;
  /** Query heads per KV head, H / KV. */
  groupSize: number;
  /** Weight bytes in each format of src/lib/llama/dtypes.ts. */
  memory: { dtype: Dtype; bytes: bigint }[];
  /** Forward FLOPs per token with the attention term at context `ctx` (src/lib/llama/flops.ts). */
  forward: { ok: true; ctx: number; flops: ForwardFlops } | { ok: false; failure: NumberFailure };
  /** Training compute C = 6·N·D, and how it compares with the report's own figure for that run, if it states one. */
  training: { ok: true; tokens: number; flops: bigint; check: ReportCheck | null } | { ok: false; failure: NumberFailure };
}

/** 6·N·D against a compute figure the report states for the same run. */
export interface ReportCheck {
  /** The report's figure, FLOPs, and where it says so. */
  stated: Fact;
  /** (6·N·D − stated) / stated: negative when the estimate is below the report's figure. */
  relative: number;
}

/**
 * The report states one training compute: 3.8 × 10²⁵ FLOPs for Llama 3.1 405B on its 15.6T tokens (§1). For that run
 * (the preset with its documented token count), how far 6·N·D with the exact count is from it; else null.
 */
export function reportCheck(model: ModelChoice, tokens: number, flops: bigint): ReportCheck | null {
  if (model !== 'llama3-405b' || tokens !== MODELS[model].trainingTokens.value) return null;
  return { stated: COMPUTE_405B_FLOPS, relative: (Number(flops) - COMPUTE_405B_FLOPS.value) / COMPUTE_405B_FLOPS.value };
}

export type Evaluation = { ok: true; report: Report } | { ok: false; errors: FieldProblems };

/**
 * Evaluates a configuration. `shape` may hold typed text (the view's drafts) or numbers (the
 * state); `ctx` and `tokens` likewise. A bad context or token count blanks only its own line.
 */
export function evaluate(model: ModelChoice, shape: ShapeInput, ctx: number | string, tokens: number | string): Evaluation {
  const v = readShape(shape);
  if (!v.ok) return v;
  const s = v.shape;
  const { items, total } = components(s);
  const c = readField('ctx', ctx);
  const t = readField('tokens', tokens);
  const run = (D: number) => {
    const flops = trainingFlops(total, D);
    return { ok: true as const, tokens: D, flops, check: reportCheck(model, D, flops) };
  };
  return {
    ok: true,
    report: {
      shape: s,
      total,
      components: items,
      headDim: headDim(s),
      groupSize: s.heads / s.kvHeads,
      memory: DTYPE_IDS.map((id) => ({ dtype: DTYPES[id], bytes: weightBytes(total, id) })),
      forward: c.ok ? { ok: true, ctx: c.value, flops: forwardFlopsPerToken(s, { contextTokens: c.value }) } : { ok: false, failure: c.failure },
      training: t.ok ? run(t.value) : { ok: false, failure: t.failure },
    },
  };
}

/** Evaluates a state as the URL gives it (absent tokens and context: the model's own, see runDefaults). */
export function evaluateState(state: CounterState): Evaluation {
  const run = resolvedRun(state);
  return evaluate(state.model, shapeOf(state), run.ctx, run.tokens);
}

// ── What the screen reader hears ────────────────────────────────────────────────────────────────

/**
 * The numbers behind the screen-reader description (messages.ts describe): for a valid shape, the total, the share
 * of each group, the bf16 weight bytes and the two FLOPs figures (null where their own field is invalid); for an
 * invalid one, each field's problem in field order.
 */
export type ParamCounterSummary =
  | { ok: false; model: ModelChoice; problems: { field: ShapeField; problem: FieldProblem }[] }
  | {
    ok: true;
    model: ModelChoice;
    total: bigint;
    shares: Record<ComponentGroup, number>;
    tied: boolean;
    bf16Bytes: bigint;
    forward: { ctx: number; flops: bigint } | null;
    training: { tokens: number; flops: bigint } | null;
  };

/** The summary of an evaluation (the view passes the one of the reader's drafts). */
export function summarize(model: ModelChoice, e: Evaluation): ParamCounterSummary {
  if (!e.ok) {
    return { ok: false, model, problems: SHAPE_FIELDS.flatMap((field) => (e.errors[field] ? [{ field, problem: e.errors[field] }] : [])) };
  }
  const r = e.report;
  const g = groupShares(r.shape);
  return {
    ok: true,
    model,
    total: r.total,
    shares: { ffn: g.ffn.share, attention: g.attention.share, vocab: g.vocab.share, norms: g.norms.share },
    tied: r.shape.tiedEmbeddings,
    bf16Bytes: r.memory.find((m) => m.dtype.id === 'bf16')!.bytes,
    forward: r.forward.ok ? { ctx: r.forward.ctx, flops: r.forward.flops.total } : null,
    training: r.training.ok ? { tokens: r.training.tokens, flops: r.training.flops } : null,
  };
}
