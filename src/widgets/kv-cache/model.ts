// KV-cache size and the memory-bound decode limit: report §3.2 (GQA with 8 key/value heads) and Table 3 shapes.
// Pure: model shapes come from src/data/models.ts, GPU figures from src/data/gpus.ts, everything else from the inputs.
//
// During decoding every layer keeps the keys and values of every past token so they are not recomputed; the cache
// bytes (2 · layers · kvHeads · headDim · bytesPerElement · context · batch), weight bytes and parameter counts are
// the exact bigints of src/lib/llama. This file adds the choice of attention, the GPU and the decode bound.
import { GPUS, type Gpu, type GpuId } from '../../data/gpus';
import { MODELS, MODEL_IDS, type ModelConfig, type ModelId } from '../../data/models';
import { formatBytes, formatBytesDecimal, formatInt } from '../../lib/format';
import {
  DTYPE_IDS, headDim, kvBytesPerToken, parameterCount, validateShape, weightBytes, type DtypeId, type ShapeIssue,
} from '../../lib/llama';
import { shapeIssueMessage } from './messages';

// ── Choices and limits (meta.ts builds the URL schema from these) ───────────────────────────────

export const MODEL_CHOICES = [...MODEL_IDS, 'custom'] as const;
export type ModelChoice = (typeof MODEL_CHOICES)[number];

/** mha: one KV head per query head; gqa: the model's own KV heads; mqa: a single KV head. */
export const ATTENTION_KINDS = ['mha', 'gqa', 'mqa'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** gib: binary units (1 GiB = 2³⁰ bytes); gb: decimal units (1 GB = 10⁹ bytes). */
export const UNIT_SYSTEMS = ['gib', 'gb'] as const;
export type UnitSystem = (typeof UNIT_SYSTEMS)[number];

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

/**
 * What makes a shape impossible (src/lib/llama validateShape with LIMITS): the fields out of bounds if there are
 * any, else whether KV heads exceed or fail to divide the query heads. Empty when the shape is valid.
 */
export function shapeIssues(shape: AttentionShape): ShapeIssue[] {
  const issues = validateShape(shape, { limits: LIMITS });
  const outOfRange = issues.filter((i) => i.code === 'outOfRange');
  return outOfRange.length ? outOfRange : issues;
}

function checkCount(key: 'context' | 'batch', v: number, label: string): string | null {
  const { min, max } = LIMITS[key];
  return Number.isInteger(v) && v >= min && v <= max ? null : `${label} must be a whole number from ${formatInt(min)} to ${formatInt(max)}.`;
}

// ── Reading numbers the reader types ────────────────────────────────────────────────────────────

export type ParsedCount = { ok: true; value: number } | { ok: false; error: string };

/** Longest text a count field reads, in code points. */
export const MAX_COUNT_TEXT = 24;

/**
 * A whole number typed by a reader: digits with optional separators (, _ space), and with `suffixes` a K (×1,024)
 * or M (×1,048,576) suffix, as context windows are usually written ("128K" = 131,072). Never throws; the error
 * message never repeats the typed text.
 */
export function parseCount(text: string, label: string, min: number, max: number, suffixes = false): ParsedCount {
  const range = `from ${formatInt(min)} to ${formatInt(max)}`;
  if ([...text].length > MAX_COUNT_TEXT) return { ok: false, error: `${label}: that is too long. Type a whole number ${range}.` };
  const cleaned = text.trim().replace(/[,_\s\u00a0\u202f']/g, '');
  const m = /^(\d{1,9})([kKmM]?)$/.exec(cleaned);
  if (!m || (!suffixes && m[2])) {
    const hint = suffixes ? ' (digits, or with K = 1,024 and M = 1,048,576, e.g. 128K)' : ' (digits only)';
    return { ok: false, error: `${label}: type a whole number ${range}${hint}.` };
  }
  const base = Number(m[1]);
  const mult = m[2] === '' ? 1 : /k/i.test(m[2]!) ? 1_024 : 1_048_576;
  const value = base * mult;
  if (value < min || value > max) return { ok: false, error: `${label} must be ${range}; that is ${formatInt(value)}.` };
  return { ok: true, value };
}

// ── Human-readable bytes ────────────────────────────────────────────────────────────────────────

export interface ByteText {
  /** e.g. "3.9375 GiB" or "≈4.23 GB". */
  text: string;
  /** True when `text` is the exact value (no rounding). */
  exact: boolean;
}

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;
const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'] as const;

/**
 * Bytes in the largest unit that keeps the value ≥ 1 (binary or decimal). Exact when the quotient has at most four
 * decimals (every power-of-two cache in GiB does: 4,227,858,432 B = 3.9375 GiB), otherwise rounded to three
 * significant digits (whole numbers from 100 up) and marked "≈".
 */
export function humanBytes(bytes: bigint, system: UnitSystem): ByteText {
  if (bytes < 0n) return { text: '—', exact: false };
  const base = system === 'gib' ? 1024n : 1000n;
  const units = system === 'gib' ? BINARY_UNITS : DECIMAL_UNITS;
  let k = 0;
  let scale = 1n;
  while (k < units.length - 1 && bytes >= scale * base) { scale *= base; k++; }
  const unit = units[k]!;
  for (let f = 0; f <= 4; f++) {
    const pow = 10n ** BigInt(f);
    if ((bytes * pow) % scale === 0n) {
      const scaled = (bytes * pow) / scale;
      const int = scaled / pow;
      const frac = f === 0 ? '' : `.${(scaled % pow).toString().padStart(f, '0')}`;
      return { text: `${formatInt(int)}${frac} ${unit}`, exact: true };
    }
  }
  const v = Number(bytes) / Number(scale);
  const shown = v >= 100 ? formatInt(Math.round(v)) : v.toPrecision(3); // keep trailing zeros: "≈15.0" has 3 digits
  return { text: `≈${shown} ${unit}`, exact: false };
}

/** A tick-style label for a power of the unit base (chart axes): 2³⁰ → "1 GiB", 10¹⁰ → "10 GB". */
export function axisBytesLabel(bytes: number, system: UnitSystem): string {
  return system === 'gib' ? formatBytes(bytes) : formatBytesDecimal(bytes);
}

/** Seconds as a short duration: 0.00992 → "9.92 ms". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  const steps: [number, string][] = [[86_400, 'days'], [3_600, 'h'], [60, 'min'], [1, 's'], [1e-3, 'ms'], [1e-6, 'µs']];
  for (const [size, unit] of steps) {
    if (seconds >= size) return `${sig3(seconds / size)} ${unit}`;
  }
  return `${sig3(seconds / 1e-9)} ns`;
}

/** A rate such as tokens per second: three significant digits, whole numbers above 100, "under 0.01" below. */
export function formatRate(x: number): string {
  if (!Number.isFinite(x) || x < 0) return '—';
  if (x < 0.01) return 'under 0.01';
  return sig3(x);
}

function sig3(v: number): string {
  if (v >= 100) return formatInt(Math.round(v));
  return v.toPrecision(3).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
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

export interface KvOk {
  ok: true;
  /** "Llama 3 8B" or "Custom model". */
  name: string;
  preset: ModelConfig | null;
  shape: AttentionShape;
  attention: AttentionKind;
  /** KV heads the chosen attention stores. */
  kvHeads: number;
  /** Query heads that share one KV head (H / kvHeads). */
  groupSize: number;
  dtype: DtypeId;
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
  /** Caveats that apply to this state, in words. */
  notes: string[];
}

export interface KvInvalid {
  ok: false;
  name: string;
  errors: string[];
}

export type KvResult = KvOk | KvInvalid;

const ATTENTION_NAME: Record<AttentionKind, string> = {
  mha: 'multi-head attention',
  gqa: 'grouped-query attention',
  mqa: 'multi-query attention',
};

/** The shape a state describes: the preset's, or the custom fields. */
export function resolveShape(state: Pick<KvState, 'model' | 'layers' | 'heads' | 'kvHeads' | 'headDim'>): { name: string; preset: ModelConfig | null; shape: AttentionShape } {
  if (state.model === 'custom') {
    return { name: 'Custom model', preset: null, shape: { layers: state.layers, heads: state.heads, kvHeads: state.kvHeads, headDim: state.headDim } };
  }
  const preset = MODELS[state.model as ModelId];
  return { name: preset.name, preset, shape: shapeOf(preset) };
}

/** Everything the widget shows, or the reasons the state is impossible. Never throws. */
export function computeKv(state: KvState): KvResult {
  const resolved = MODEL_CHOICES.includes(state.model) ? resolveShape(state) : null;
  if (!resolved) return { ok: false, name: 'Unknown model', errors: ['Choose one of the listed models or a custom shape.'] };
  const { name, preset, shape } = resolved;
  const errors = shapeIssues(shape).map(shapeIssueMessage);
  for (const e of [checkCount('context', state.context, 'Context'), checkCount('batch', state.batch, 'Batch size')]) if (e) errors.push(e);
  if (!ATTENTION_KINDS.includes(state.attention)) errors.push('Attention must be MHA, GQA or MQA.');
  if (!DTYPE_IDS.includes(state.dtype)) errors.push('Precision must be fp32, bf16, fp8 or int4.');
  const gpu = GPUS[state.gpu];
  if (!gpu || !Object.hasOwn(GPUS, state.gpu)) errors.push('GPU must be H100 or H200.');
  if (errors.length || !gpu) return { ok: false, name, errors };

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

  const notes: string[] = [];
  if (preset && context > preset.contextTokens) {
    notes.push(`${preset.name} was released with a ${formatInt(preset.contextTokens)}-token window; longer contexts here are arithmetic only.`);
  }
  if (preset && attention !== 'gqa' && kvHeads !== preset.kvHeads) {
    notes.push(`${preset.name} as released stores ${formatInt(preset.kvHeads)} KV heads; this ${attention.toUpperCase()} variant with ${formatInt(kvHeads)} is hypothetical (same shapes otherwise).`);
  }
  if (preset && preset.kvHeads === preset.heads) {
    notes.push(`${preset.name} uses multi-head attention: its own KV heads equal its ${formatInt(preset.heads)} query heads, so GQA and MHA coincide.`);
  }
  if (dtype === 'int4') notes.push('int4 counts half a byte per number and ignores the scale factors real 4-bit formats also store.');

  return {
    ok: true, name, preset, shape, attention, kvHeads, groupSize: shape.heads / kvHeads, dtype, context, batch,
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

/**
 * KV cache ÷ weights as shown: "1.07×" (two decimals from 0.01 to 10, three significant digits above, "under
 * 0.01×" below). 8B at 131,072 tokens in bf16, batch 1: 1.07×; 70B 0.30×; 405B 0.08× (issue 9, item 9).
 */
export function formatCacheRatio(r: number): string {
  if (!Number.isFinite(r) || r < 0) return '—';
  if (r < 0.01) return 'under 0.01×';
  return `${r >= 10 ? formatRate(r) : r.toFixed(2)}×`;
}

/** Contexts listed in the data table: 4K, 8K, 32K, 128K, 1M and the state's own. */
export function tableContexts(context: number): number[] {
  const list = [4_096, 8_192, 32_768, 131_072, 1_048_576];
  if (!list.includes(context)) list.push(context);
  return list.sort((a, b) => a - b);
}

/** The sentence a screen reader hears for the current state. */
export function describe(state: KvState): string {
  const r = computeKv(state);
  if (!r.ok) return `${r.name}: the configuration is impossible. ${r.errors.join(' ')}`;
  const unit = state.unit;
  const head = `${r.name} with ${ATTENTION_NAME[r.attention]} (${formatInt(r.kvHeads)} KV ${r.kvHeads === 1 ? 'head' : 'heads'} for ${formatInt(r.shape.heads)} query heads), ${r.dtype}, ${formatInt(r.context)} tokens, batch ${formatInt(r.batch)}`;
  const cache = `KV cache ${formatInt(r.totalBytes)} bytes (${humanBytes(r.totalBytes, unit).text}), ${formatInt(r.bytesPerToken)} bytes per token`;
  const others = (['mha', 'gqa', 'mqa'] as const)
    .filter((k) => k !== r.attention && r.variants[k].kvHeads !== r.kvHeads)
    .map((k) => `${ATTENTION_NAME[k]} would need ${humanBytes(r.variants[k].totalBytes, unit).text}`);
  const compared = others.join('; ');
  const weights = r.weightBytes !== null && r.cacheToWeights !== null
    ? `Weights ${humanBytes(r.weightBytes, unit).text}; the cache is ${formatCacheRatio(r.cacheToWeights)} the weights.`
    : 'Weights unknown for a custom shape.';
  const speed = `Idealised upper bound on decoding with one ${r.gpu.name}: ${formatRate(r.decode.tokensPerSecondPerSequence)} tokens per second per sequence.`;
  return `${head}: ${cache}.${compared ? ` ${compared.charAt(0).toUpperCase()}${compared.slice(1)}.` : ''} ${weights} ${speed}`.replace(/\s+/g, ' ');
}
