// Exact parameter count, weight memory and FLOPs of a Llama-style decoder: report Table 3 (shapes), §3.2 (architecture), §1 (6·N·D check).
// Pure: shapes come from src/data/models.ts or from the reader's input; counts, bytes and FLOPs are the exact
// bigints of src/lib/llama; ratios and approximate forms are derived from them only for display.
import { MODELS, MODEL_IDS, type ModelConfig, type TrainingTokens } from '../../data/models';
import { formatFor } from '../../lib/format';
import {
  DTYPE_IDS, DTYPES, forwardFlopsPerToken, headDim, paramBreakdown, trainingFlops, validateShape, weightBytes,
  type DecoderShape, type Dtype, type ForwardFlops,
} from '../../lib/llama';
import { checkNumber, DECIMAL_SUFFIXES, parseNumber } from '../../lib/text';
import type { AdjustedField } from '../../lib/urlState';
import { FIELD_NAMES, parseMessage, shapeIssueMessage } from './messages';

/** The sentences built here are English (screen-reader text and field messages). */
const fmt = formatFor('en');

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
 * the message to show (messages.ts).
 */
export function readField(field: InputField, raw: number | string): { ok: true; value: number } | { ok: false; message: string } {
  const limits = FIELD_LIMITS[field];
  const p = typeof raw === 'number'
    ? checkNumber(raw, limits)
    : parseNumber(raw, field === 'tokens' ? { ...limits, suffixes: DECIMAL_SUFFIXES, exponent: true } : limits);
  return p.ok ? p : { ok: false, message: parseMessage(field, p.failure, limits) };
}

// ── Validating a configuration ──────────────────────────────────────────────────────────────────

export type ShapeValidation =
  | { ok: true; shape: DecoderShape }
  | { ok: false; errors: Partial<Record<ShapeField, string>> };

/**
 * Reads a decoder shape field by field (readField), then checks the fields that read across each other with
 * src/lib/llama validateShape: heads must divide dim and the head dimension dim / heads must be even (RoPE rotates
 * coordinates in pairs); kvHeads must divide heads. Never throws; an invalid shape yields only messages, never numbers.
 */
export function readShape(input: ShapeInput): ShapeValidation {
  const errors: Partial<Record<ShapeField, string>> = {};
  const v: Partial<Record<ShapeField, number>> = {};
  for (const f of SHAPE_FIELDS) {
    const r = readField(f, input[f]);
    if (r.ok) v[f] = r.value;
    else errors[f] = r.message;
  }
  for (const issue of validateShape(v, { limits: FIELD_LIMITS, evenHeadDim: true })) {
    const f = issue.field;
    if (f !== 'headDim') errors[f] = shapeIssueMessage(issue); // never: no head dimension is given here
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

/** Display name of a choice. */
export function modelName(choice: ModelChoice): string {
  return choice === 'custom' ? 'Custom configuration' : MODELS[choice].name;
}

/**
 * The fields a state does not use: with a preset, the shape fields and `tied` (shapeOf reads them only for
 * model=custom). An embed page names those its URL set (WidgetShell's URL notice).
 */
export function unusedFields(state: CounterState): AdjustedField[] {
  if (state.model === 'custom') return [];
  return [...SHAPE_FIELDS, 'tied' as const].map((key) => ({
    key, value: String(state[key]), to: null, reason: `used only with model=custom; ${modelName(state.model)} has its own shape`,
  }));
}

/** The preset a custom configuration starts from (the URL's default shape fields). */
const CUSTOM_BASE: ModelConfig = MODELS['llama3-8b'];

export interface RunDefaults {
  /** Documented pre-training tokens of the preset (a custom shape takes Llama 3's "about 15T"). */
  tokens: TrainingTokens;
  /** Context used when the reader gives none, tokens. */
  ctx: number;
  /** Which release that context belongs to, in words, with its source. */
  ctxText: string;
  ctxCite: string;
}

/**
 * What `tokens` and `ctx` mean when the state leaves them out: the preset's own documented token count
 * (src/data/models.ts) and its standard pre-training context — 8,192 for Llama 3.1 (the April 2024 Llama 3
 * window) and 4,096 for Llama 2.
 */
export function runDefaults(choice: ModelChoice): RunDefaults {
  const m = choice === 'custom' ? CUSTOM_BASE : MODELS[choice];
  const ctx = m.pretrainContextTokens;
  if (m.family === 'llama2') {
    return { tokens: m.trainingTokens, ctx, ctxText: `${m.name}’s whole window`, ctxCite: m.contextCite };
  }
  return {
    tokens: m.trainingTokens,
    ctx,
    ctxText: `the context of Llama 3.1’s standard pre-training, before long-context training (and the whole window of the April 2024 Llama 3${m.earlier ? ` ${m.size}` : ''})`,
    ctxCite: 'Report §3.4; Meta Llama 3 model card',
  };
}

/** The state with `tokens` and `ctx` filled in from runDefaults where it leaves them out. */
export function resolvedRun(state: Pick<CounterState, 'model' | 'tokens' | 'ctx'>): { tokens: number; ctx: number } {
  const d = runDefaults(state.model);
  return { tokens: state.tokens ?? d.tokens.value, ctx: state.ctx ?? d.ctx };
}

// ── Where the parameters are ────────────────────────────────────────────────────────────────────

export type ComponentId = 'embedding' | 'attnQ' | 'attnK' | 'attnV' | 'attnO' | 'ffn' | 'norms' | 'lmHead';
export type ComponentGroup = 'vocab' | 'attention' | 'ffn' | 'norms';

export interface Component {
  id: ComponentId;
  /** Short label for the chart. */
  label: string;
  group: ComponentGroup;
  /** Shape formula in the site's notation: L, d, H, H_kv, d_h, d_ff, n_vocab. */
  formula: string;
  /** Parameters, exact. */
  params: bigint;
  /** Fraction of the total, 0…1 (display only). */
  share: number;
}

const COMPONENT_META: { id: ComponentId; label: string; group: ComponentGroup; formula: string }[] = [
  { id: 'embedding', label: 'Embedding', group: 'vocab', formula: 'n_vocab·d' },
  { id: 'attnQ', label: 'Attention Q', group: 'attention', formula: 'L·d·(H·d_h)' },
  { id: 'attnK', label: 'Attention K', group: 'attention', formula: 'L·d·(H_kv·d_h)' },
  { id: 'attnV', label: 'Attention V', group: 'attention', formula: 'L·d·(H_kv·d_h)' },
  { id: 'attnO', label: 'Attention O', group: 'attention', formula: 'L·(H·d_h)·d' },
  { id: 'ffn', label: 'Feed-forward', group: 'ffn', formula: 'L·3·d·d_ff' },
  { id: 'norms', label: 'RMSNorm', group: 'norms', formula: '(2L+1)·d' },
  { id: 'lmHead', label: 'LM head', group: 'vocab', formula: 'n_vocab·d' },
];

/** The eight components of a valid shape, in model order, with exact counts and shares. */
export function components(shape: DecoderShape): { items: Component[]; total: bigint } {
  const b = paramBreakdown(shape);
  const total = b.total;
  const items = COMPONENT_META.map((c) => ({
    ...c,
    formula: c.id === 'lmHead' && shape.tiedEmbeddings ? 'shared with the embedding' : c.formula,
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
  name: string;
  total: bigint;
  components: Component[];
  /** Head dimension d_h = d / H. */
  headDim: number;
  /** Query heads per KV head, H / KV. */
  groupSize: number;
  /** Weight bytes in each format of src/lib/llama/dtypes.ts. */
  memory: { dtype: Dtype; bytes: bigint }[];
  /** Forward FLOPs per token with the attention term at context `ctx` (src/lib/llama/flops.ts). */
  forward: { ok: true; ctx: number; flops: ForwardFlops } | { ok: false; message: string };
  training: { ok: true; tokens: number; flops: bigint } | { ok: false; message: string };
}

export type Evaluation = { ok: true; report: Report } | { ok: false; errors: Partial<Record<ShapeField, string>> };

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
  return {
    ok: true,
    report: {
      shape: s,
      name: modelName(model),
      total,
      components: items,
      headDim: headDim(s),
      groupSize: s.heads / s.kvHeads,
      memory: DTYPE_IDS.map((id) => ({ dtype: DTYPES[id], bytes: weightBytes(total, id) })),
      forward: c.ok ? { ok: true, ctx: c.value, flops: forwardFlopsPerToken(s, { contextTokens: c.value }) } : c,
      training: t.ok ? { ok: true, tokens: t.value, flops: trainingFlops(total, t.value) } : t,
    },
  };
}

/** Evaluates a state as the URL gives it (absent tokens and context: the model's own, see runDefaults). */
export function evaluateState(state: CounterState): Evaluation {
  const run = resolvedRun(state);
  return evaluate(state.model, shapeOf(state), run.ctx, run.tokens);
}

/** The sentence a screen reader hears for a state. */
export function describe(state: CounterState): string {
  return describeEvaluation(evaluateState(state));
}

/** The sentence a screen reader hears for an evaluation (the view passes the reader's drafts). */
export function describeEvaluation(e: Evaluation): string {
  if (!e.ok) {
    const msgs = SHAPE_FIELDS.flatMap((f) => (e.errors[f] ? [`${FIELD_NAMES[f]}: ${e.errors[f]}`] : []));
    return `This configuration is not valid, so no totals are shown. ${msgs.join(' ')}`;
  }
  const r = e.report;
  const g = groupShares(r.shape);
  const bf16 = r.memory.find((m) => m.dtype.id === 'bf16')!;
  const parts = [
    `${r.name}: ${fmt.int(r.total)} parameters (${fmt.params(r.total)}).`,
    `Feed-forward ${fmt.percent(g.ffn.share)}, attention ${fmt.percent(g.attention.share)}, embedding and LM head ${fmt.percent(g.vocab.share)}${r.shape.tiedEmbeddings ? ' (shared)' : ''}, norms ${fmt.percent(g.norms.share)}.`,
    `Weights in bf16: ${fmt.bytes(bf16.bytes, { units: 'decimal', digits: 4 })} (${fmt.bytes(bf16.bytes, { digits: 4 })}).`,
  ];
  if (r.forward.ok) parts.push(`Forward pass: about ${fmt.sci(Number(r.forward.flops.total), { digits: 3 })} FLOPs per token at a context of ${fmt.int(r.forward.ctx)} tokens.`);
  if (r.training.ok) parts.push(`Training on ${fmt.short(r.training.tokens, { trim: true })} tokens: 6·N·D ≈ ${fmt.sci(Number(r.training.flops), { digits: 3 })} FLOPs.`);
  return parts.join(' ');
}
