// KV-cache size and the memory-bound decode limit: report §3.2 (GQA with 8 key/value heads) and Table 3 shapes.
// Pure: model shapes come from src/data/models.ts, GPU figures from src/data/gpus.ts, everything else from the inputs.
// Returns numbers, ids and codes; messages.ts puts them into words.
//
// During decoding every layer keeps the keys and values of every past token so they are not recomputed; the cache
// bytes (2 · layers · kvHeads · headDim · bytesPerElement · context · batch), weight bytes and parameter counts are
// the exact bigints of src/lib/llama. This file adds the choice of attention, the GPU and the decode bound.
import { GPUS, type Gpu, type GpuId } from '../../data/gpus';
import { MODELS, MODEL_IDS, type ModelConfig, type ModelId } from '../../data/models';
import type { ByteUnits } from '../../lib/format';
import {
  DTYPES, DTYPE_IDS, headDim, kvBytesPerToken, parameterCount, validateShape, weightBytes, type DtypeId, type ShapeIssue,
} from '../../lib/llama';
import { BINARY_SUFFIXES, parseNumber, type NumberFailure } from '../../lib/text';

// ── Choices and limits (meta.ts builds the URL schema from these) ───────────────────────────────

export const MODEL_CHOICES = [...MODEL_IDS, 'custom'] as const;
export type ModelChoice = (typeof MODEL_CHOICES)[number];

/** mha: one KV head per query head; gqa: the model's own KV heads; mqa: a single KV head. */
export const ATTENTION_KINDS = ['mha', 'gqa', 'mqa'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** gib: binary units (1 GiB = 2³⁰ bytes); gb: decimal units (1 GB = 10⁹ bytes). */
export const UNIT_SYSTEMS = ['gib', 'gb'] as const;
export type UnitSystem = (typeof UNIT_SYSTEMS)[number];
/** The byte units of each system, as src/lib/format names them. */
export const BYTE_UNITS: Record<UnitSystem, ByteUnits> = { gib: 'binary', gb: 'decimal' };

/** Inclusive bounds of every integer input. Context and batch span 2⁰…2²⁰ and 2⁰…2¹⁰. */
export const LIMITS = {
  layers: { min: 1, max: 1_024 },
  heads: { min: 1, max: 1_024 },
  kvHeads: { min: 1, max: 1_024 },
  headDim: { min: 1, max: 1_024 },
  context: { min: 1, max: 1_048_576 },
  batch: { min: 1, max: 1_024 },
} as const;
export type LimitKey = keyof typeof LIMITS;
/** The two counts of a cache: tokens per sequence and sequences. */
export type CountKey = 'context' | 'batch';
/** The fields of a custom shape, in the order the widget lists them. */
export const CUSTOM_FIELDS = ['layers', 'heads', 'kvHeads', 'headDim'] as const;
export type CustomField = (typeof CUSTOM_FIELDS)[number];

/** Largest context the chart draws, tokens (= LIMITS.context.max = 2²⁰). */
export const CHART_MAX_CONTEXT = LIMITS.context.max;

/** Everything the widget's result depends on (the URL state minus the theme). */
export interface KvState {
  model: ModelChoice;
  attention: AttentionKind;
  dtype: DtypeId;
  /** Tokens held in the cache per sequence. */
  context: number;
  /** Sequences decoded together. */
  batch: number;
  gpu: GpuId;
  unit: UnitSystem;
  /** Custom shape only: transformer blocks. */
  layers: number;
  /** Custom shape only: query heads H. */
  heads: number;
  /** Custom shape only: key/value heads used by GQA. */
  kvHeads: number;
  /** Custom shape only: dimension of one head, h. */
  headDim: number;
}

/** The part of a model's shape that the cache depends on. */
export interface AttentionShape {
  layers: number;
  /** Query heads H. */
  heads: number;
  /** Key/value heads of the model as built (GQA groups). */
  kvHeads: number;
  /** Dimension of one head h (= d / H for the Llama models). */
  headDim: number;
}

// ── Core arithmetic ─────────────────────────────────────────────────────────────────────────────

export function shapeOf(m: Pick<ModelConfig, 'layers' | 'heads' | 'kvHeads' | 'dim'>): AttentionShape {
  return { layers: m.layers, heads: m.heads, kvHeads: m.kvHeads, headDim: headDim(m) };
}

/** KV heads stored by each kind of attention: H for MHA, the model's KV heads for GQA, 1 for MQA. */
export function kvHeadsFor(shape: Pick<AttentionShape, 'heads' | 'kvHeads'>, attention: AttentionKind): number {
  return attention === 'mha' ? shape.heads : attention === 'mqa' ? 1 : shape.kvHeads;
}

/** KV heads each kind of attention stores for a shape still being typed: null where that is not a count (≥ 1). */
export function storedKvHeads(shape: Pick<AttentionShape, 'heads' | 'kvHeads'>, attention: AttentionKind): number | null {
  const n = kvHeadsFor(shape, attention);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * What makes a shape impossible (src/lib/llama validateShape with LIMITS): the fields out of bounds if there are
 * any, else whether KV heads exceed or fail to divide the query heads. Empty when the shape is valid.
 */
export function shapeIssues(shape: AttentionShape): ShapeIssue[] {
  const issues = validateShape(shape, { limits: LIMITS });
  const outOfRange = issues.filter((i) => i.code === 'outOfRange');
  return outOfRange.length ? outOfRange : issues;
}

/** Why a state cannot be computed: a shape issue, a count out of bounds, or a choice that is not on the list. */
export type KvIssue =
  | ShapeIssue
  /** Context or batch is not a whole number from `min` to `max`. */
  | { field: CountKey; code: 'countOutOfRange'; min: number; max: number }
  /** Model, attention, precision or GPU is none of the listed ids. */
  | { field: 'model' | 'attention' | 'dtype' | 'gpu'; code: 'unknownChoice' };

function countIssue(field: CountKey, v: number): KvIssue | null {
  const { min, max } = LIMITS[field];
  return Number.isInteger(v) && v >= min && v <= max ? null : { field, code: 'countOutOfRange', min, max };
}

// ── The widget's whole computation ──────────────────────────────────────────────────────────────

export interface VariantCache {
  /** KV heads stored. */
  kvHeads: number;
  bytesPerToken: bigint;
  /** At the state's context and batch. */
  totalBytes: bigint;
}

export interface DecodeBound {
  /** Bytes read from memory per decode step: all weights once, plus every sequence's cache. */
  bytesPerStep: bigint;
  /** Shortest possible step, seconds: bytesPerStep / peak bandwidth. */
  secondsPerStep: number;
  /** Most tokens per second one sequence can get (one token per step). */
  tokensPerSecondPerSequence: number;
  /** Most tokens per second over the whole batch (batch tokens per step). */
  tokensPerSecond: number;
  /** False for custom shapes: their weights are unknown, so only the cache is counted. */
  includesWeights: boolean;
}

/** A caveat that applies to a state (messages.ts words it). */
export type KvNote =
  /** The context is longer than the preset's released window, `window` tokens. */
  | { code: 'beyondWindow'; window: number }
  /** MHA or MQA on a preset that was released with `releasedKvHeads` KV heads: a variant that does not exist. */
  | { code: 'hypotheticalAttention'; attention: AttentionKind; releasedKvHeads: number; kvHeads: number }
  /** The preset has as many KV heads as query heads (`heads`): it is multi-head attention, GQA = MHA. */
  | { code: 'multiHeadModel'; heads: number }
  /** int4 counts half a byte per number and no scale factors. */
  | { code: 'int4Scales' };

export interface KvOk {
  ok: true;
  model: ModelChoice;
  /** The released model, or null for a custom shape. */
  preset: ModelConfig | null;
  shape: AttentionShape;
  attention: AttentionKind;
  /** KV heads the chosen attention stores. */
  kvHeads: number;
  /** Query heads that share one KV head (H / kvHeads). */
  groupSize: number;
  dtype: DtypeId;
  /** Bytes of one stored number: 4, 2, 1 or ½. */
  bytesPerElement: number;
  context: number;
  batch: number;
  bytesPerToken: bigint;
  totalBytes: bigint;
  variants: Record<AttentionKind, VariantCache>;
  /** Weights of the preset with the chosen attention, same dtype; null for custom shapes (no width, FFN or vocabulary). */
  weightBytes: bigint | null;
  /** Parameters of the preset with the chosen attention; null for custom shapes. */
  parameters: bigint | null;
  /** Released context window of the preset, tokens; null for custom shapes. */
  maxContext: number | null;
  gpu: Gpu;
  /** KV cache ÷ weights, both in the chosen precision; null for custom shapes (weights unknown). */
  cacheToWeights: number | null;
  /** Weights + cache, bytes (cache only for custom shapes). */
  residentBytes: bigint;
  /** GPUs of the chosen kind needed just to hold residentBytes (capacity only, nothing else counted). */
  gpusToHold: number;
  decode: DecodeBound;
  /** Caveats that apply to this state, in the order they are listed. */
  notes: KvNote[];
}

export interface KvInvalid {
  ok: false;
  /** The state's model, or null when it is none of MODEL_CHOICES. */
  model: ModelChoice | null;
  preset: ModelConfig | null;
  /** At least one. */
  errors: KvIssue[];
}

export type KvResult = KvOk | KvInvalid;

/** The shape a state describes: the preset's, or the custom fields. */
export function resolveShape(state: Pick<KvState, 'model' | 'layers' | 'heads' | 'kvHeads' | 'headDim'>): { preset: ModelConfig | null; shape: AttentionShape } {
  if (state.model === 'custom') {
    return { preset: null, shape: { layers: state.layers, heads: state.heads, kvHeads: state.kvHeads, headDim: state.headDim } };
  }
  const preset = MODELS[state.model as ModelId];
  return { preset, shape: shapeOf(preset) };
}

/** Everything the widget shows, or the reasons the state is impossible. Never throws. */
export function computeKv(state: KvState): KvResult {
  if (!MODEL_CHOICES.includes(state.model)) return { ok: false, model: null, preset: null, errors: [{ field: 'model', code: 'unknownChoice' }] };
  const { preset, shape } = resolveShape(state);
  const errors: KvIssue[] = shapeIssues(shape);
  for (const e of [countIssue('context', state.context), countIssue('batch', state.batch)]) if (e) errors.push(e);
  if (!ATTENTION_KINDS.includes(state.attention)) errors.push({ field: 'attention', code: 'unknownChoice' });
  if (!DTYPE_IDS.includes(state.dtype)) errors.push({ field: 'dtype', code: 'unknownChoice' });
  const gpu = GPUS[state.gpu];
  if (!gpu || !Object.hasOwn(GPUS, state.gpu)) errors.push({ field: 'gpu', code: 'unknownChoice' });
  if (errors.length || !gpu) return { ok: false, model: state.model, preset, errors };

  const { context, batch, dtype, attention } = state;
  const variants = {} as Record<AttentionKind, VariantCache>;
  for (const kind of ATTENTION_KINDS) {
    const kv = kvHeadsFor(shape, kind);
    const perToken = kvBytesPerToken({ ...shape, kvHeads: kv }, dtype);
    variants[kind] = { kvHeads: kv, bytesPerToken: perToken, totalBytes: perToken * BigInt(context) * BigInt(batch) };
  }
  const chosen = variants[attention];
  const kvHeads = chosen.kvHeads;
  // The preset with the chosen attention: MHA and MQA variants of the same shapes have other wk and wv.
  const parameters = preset ? parameterCount({ ...preset, kvHeads }) : null;
  const weights = parameters === null ? null : weightBytes(parameters, dtype);
  const residentBytes = chosen.totalBytes + (weights ?? 0n);
  const capacity = BigInt(gpu.memoryBytes);
  const gpusToHold = Number((residentBytes + capacity - 1n) / capacity);
  const bytesPerStep = residentBytes;
  const secondsPerStep = Number(bytesPerStep) / gpu.bandwidthBytesPerSecond;
  const perSequence = 1 / secondsPerStep;

  const notes: KvNote[] = [];
  if (preset && context > preset.contextTokens) notes.push({ code: 'beyondWindow', window: preset.contextTokens });
  if (preset && attention !== 'gqa' && kvHeads !== preset.kvHeads) {
    notes.push({ code: 'hypotheticalAttention', attention, releasedKvHeads: preset.kvHeads, kvHeads });
  }
  if (preset && preset.kvHeads === preset.heads) notes.push({ code: 'multiHeadModel', heads: preset.heads });
  if (dtype === 'int4') notes.push({ code: 'int4Scales' });

  return {
    ok: true, model: state.model, preset, shape, attention, kvHeads, groupSize: shape.heads / kvHeads,
    dtype, bytesPerElement: DTYPES[dtype].bits / 8, context, batch,
    bytesPerToken: chosen.bytesPerToken, totalBytes: chosen.totalBytes, variants,
    weightBytes: weights, parameters, maxContext: preset?.contextTokens ?? null, gpu,
    cacheToWeights: weights === null ? null : ratioOf(chosen.totalBytes, weights), residentBytes, gpusToHold,
    decode: {
      bytesPerStep, secondsPerStep, tokensPerSecondPerSequence: perSequence, tokensPerSecond: perSequence * batch,
      includesWeights: weights !== null,
    },
    notes,
  };
}

/** a / b for bytes that may exceed 2⁵³ (both scaled down together, 15 significant digits kept). */
function ratioOf(a: bigint, b: bigint): number {
  return b === 0n ? 0 : Number((a * 10n ** 15n) / b) / 1e15;
}

/** One row of the data table: the cache of every kind of attention at one context, at the state's batch. */
export interface TableRow {
  context: number;
  /** The state's own context. */
  chosen: boolean;
  bytes: Record<AttentionKind, bigint>;
}

/** The data table: contexts 4K, 8K, 32K, 128K, 1M and the state's own, in increasing order. */
export function cacheTable(r: KvOk): TableRow[] {
  const contexts = [4_096, 8_192, 32_768, 131_072, 1_048_576];
  if (!contexts.includes(r.context)) contexts.push(r.context);
  return contexts.sort((a, b) => a - b).map((context) => ({
    context,
    chosen: context === r.context,
    bytes: Object.fromEntries(ATTENTION_KINDS.map((k) => [k, r.variants[k].bytesPerToken * BigInt(context) * BigInt(r.batch)])) as Record<AttentionKind, bigint>,
  }));
}

// ── What a screen reader hears, as numbers ──────────────────────────────────────────────────────

/** The numbers of the screen-reader description (messages.ts describe). */
export type KvSummary =
  | { ok: false; model: ModelChoice | null; preset: ModelConfig | null; errors: KvIssue[] }
  | {
    ok: true;
    model: ModelChoice;
    preset: ModelConfig | null;
    attention: AttentionKind;
    kvHeads: number;
    heads: number;
    dtype: DtypeId;
    context: number;
    batch: number;
    units: ByteUnits;
    totalBytes: bigint;
    bytesPerToken: bigint;
    /** The other kinds of attention that store a different number of KV heads, with their cache. */
    alternatives: { attention: AttentionKind; totalBytes: bigint }[];
    weightBytes: bigint | null;
    cacheToWeights: number | null;
    gpu: Gpu;
    tokensPerSecondPerSequence: number;
  };

export function summarize(state: KvState, r: KvResult = computeKv(state)): KvSummary {
  if (!r.ok) return r;
  return {
    ok: true, model: r.model, preset: r.preset, attention: r.attention, kvHeads: r.kvHeads, heads: r.shape.heads,
    dtype: r.dtype, context: r.context, batch: r.batch, units: BYTE_UNITS[state.unit],
    totalBytes: r.totalBytes, bytesPerToken: r.bytesPerToken,
    alternatives: ATTENTION_KINDS.filter((k) => k !== r.attention && r.variants[k].kvHeads !== r.kvHeads)
      .map((k) => ({ attention: k, totalBytes: r.variants[k].totalBytes })),
    weightBytes: r.weightBytes, cacheToWeights: r.cacheToWeights, gpu: r.gpu,
    tokensPerSecondPerSequence: r.decode.tokensPerSecondPerSequence,
  };
}

// ── Reading numbers the reader types ────────────────────────────────────────────────────────────

/** Longest text a count field reads, in code points. */
export const MAX_COUNT_TEXT = 24;

/** Why a typed count was refused, with what messages.ts needs to say so (never the typed text itself). */
export interface CountRefusal {
  failure: NumberFailure;
  /** The number read, when it was one but out of range. */
  value?: number;
  min: number;
  max: number;
  /** K and M were accepted (the context). */
  suffixes: boolean;
}

export type CountReading = { ok: true; value: number } | { ok: false; error: CountRefusal };

/**
 * A whole number typed into the field of `key` (src/lib/text parseNumber): digits with optional separators (, _ space),
 * and for the context a K (×1,024) or M (×1,048,576) suffix, as context windows are usually written ("128K" = 131,072).
 */
export function readCount(text: string, key: LimitKey): CountReading {
  const { min, max } = LIMITS[key];
  const suffixes = key === 'context';
  const p = parseNumber(text, { min, max, maxLength: MAX_COUNT_TEXT, ...(suffixes ? { suffixes: BINARY_SUFFIXES } : {}) });
  if (p.ok) return p;
  return { ok: false, error: { failure: p.failure, ...(p.value === undefined ? {} : { value: p.value }), min, max, suffixes } };
}
