// The quadratic bill of long context (report §3.4.2: "compute in self-attention layers grows quadratically in the
// sequence length"): FLOPs per token split into the weights' matrix products and attention over the context, where the
// two are equal, a naive score matrix against FlashAttention's row statistics, and the ~800B-token long-context stage
// at 131,072 against 8,192. Pure: shapes from src/data/models.ts, every FLOP count from src/lib/llama
// forwardFlopsPerToken (the one definition, with its document-mask and counting options), facts from src/data.
// Returns numbers and codes; messages.ts puts them into words.
import { TABLE_4, LONG_CONTEXT_TOKENS } from '../../data/longContext';
import { CONTEXT_LLAMA3, CONTEXT_LLAMA31, MODELS, type ModelId } from '../../data/models';
import {
  ATTENTION_COUNTINGS, LLAMA3_MODEL_IDS, forwardFlopsPerToken, headDim, type AttentionCounting, type ForwardFlops,
} from '../../lib/llama';
import {
  BINARY_SUFFIXES, readBoundedField, type FieldReading as TextFieldReading, type FieldRefusal as TextFieldRefusal,
} from '../../lib/text';

// ── Choices, limits, defaults (meta.ts builds the URL schema from these) ────────────────────────

/** The three Llama 3 sizes, smallest first (the kv-cache widget's ids). */
export const MODEL_CHOICES = LLAMA3_MODEL_IDS;
export type CostModel = (typeof MODEL_CHOICES)[number];
/** 'causal': exact work (Kaplan et al.); 'full': PaLM's MFU convention (src/lib/llama/flops.ts AttentionCounting). */
export const COUNTINGS = ATTENTION_COUNTINGS as readonly [AttentionCounting, ...AttentionCounting[]];

/** Inclusive bounds of every number a reader sets. docLen 0 means no document mask. */
export const LIMITS = {
  context: { min: 1_024, max: 1_048_576 },
  docLen: { min: 0, max: 1_048_576 },
  /** Achieved TFLOP/s per GPU: up to 10 PFLOP/s, beyond any GPU so far (an H100's dense bf16 peak is 989). */
  tflops: { min: 1, max: 10_000 },
} as const;
export type LimitKey = keyof typeof LIMITS;

/** Table 4's 131,072-token row: 380 TFLOPs/GPU, the throughput of the long-context stage ([P] Table 4). */
export const LONG_CONTEXT_ROW = TABLE_4.value.find((r) => r.seqLen === CONTEXT_LLAMA31)!;

export const DEFAULTS = {
  model: 'llama3-405b' as CostModel,
  context: CONTEXT_LLAMA31,
  docLen: 0,
  tflops: LONG_CONTEXT_ROW.tflopsPerGpu,
  count: 'causal' as AttentionCounting,
};

/** The chart's context axis, tokens: 1K … 1M (binary). */
export const CHART_CONTEXTS = [LIMITS.context.min, LIMITS.context.max] as const;
/** Training FLOPs per token = 3 × forward: the backward pass costs about twice the forward (Kaplan et al.). */
export const TRAINING_PER_FORWARD = 3n;
/** Bytes of one score in bf16 (the naive kernel's n × n matrix). */
export const SCORE_BYTES = 2n;
/**
 * Bytes FlashAttention keeps per query row and head for the backward pass: the softmax statistics m (row maximum)
 * and ℓ (row sum), Dao et al. 2022 §3.1 ("storing the output O and the softmax normalization statistics (m, ℓ)"),
 * counted as two fp32 values.
 */
export const FLASH_STAT_BYTES = 2n * 4n;
export const SECONDS_PER_DAY = 86_400;
/** The model whose long-context stage the report describes (six stages, ~800B tokens, §3.4.2; Table 4 is its). */
export const BILL_MODEL: ModelId = 'llama3-405b';

export interface CostState {
  model: CostModel;
  /** The chosen context T, tokens. */
  context: number;
  /** Tokens per packed document under a document mask; 0: no mask. */
  docLen: number;
  /** Achieved throughput per GPU, TFLOP/s. */
  tflops: number;
  count: AttentionCounting;
}

// ── Per-token FLOPs ─────────────────────────────────────────────────────────────────────────────

/** Training FLOPs per token, split: 3 × forwardFlopsPerToken's terms. */
export interface TokenFlops {
  weights: bigint;
  attention: bigint;
  total: bigint;
}

function training(f: ForwardFlops): TokenFlops {
  return { weights: TRAINING_PER_FORWARD * f.linear, attention: TRAINING_PER_FORWARD * f.attention, total: TRAINING_PER_FORWARD * f.total };
}

/** Training FLOPs per token of `model` at `context`, with documents of `docLen` behind a mask (null: none). */
export function tokenFlops(model: ModelId, context: number, counting: AttentionCounting, docLen: number | null = null): TokenFlops {
  return training(forwardFlopsPerToken(MODELS[model], { contextTokens: context, documentTokens: docLen, counting }));
}

/**
 * Context at which attention FLOPs equal the weights' FLOPs, tokens (not rounded). The attention term is linear in
 * the context, so T* = weights ÷ (attention at T = 1): causal N_matmul/(L·d), full N/(2·L·H·Q).
 */
export function crossoverContext(model: ModelId, counting: AttentionCounting): number {
  const at1 = forwardFlopsPerToken(MODELS[model], { contextTokens: 1, counting });
  return Number(at1.linear) / Number(at1.attention);
}

// ── Memory of the score matrix ──────────────────────────────────────────────────────────────────

export interface ScoreMemory {
  /** Query heads H of the model. */
  heads: number;
  /** n² scores of one head in bf16: 2·n² bytes. */
  naiveHead: bigint;
  /** All H heads of one layer: 2·H·n² bytes. */
  naiveLayer: bigint;
  /** FlashAttention's statistics of one head: 8·n bytes (m and ℓ, fp32). */
  flashHead: bigint;
  /** All H heads of one layer: 8·H·n bytes. */
  flashLayer: bigint;
  /** naiveHead ÷ flashHead = n/4. */
  ratio: number;
}

export function scoreMemory(model: ModelId, n: number): ScoreMemory {
  const H = BigInt(MODELS[model].heads), N = BigInt(n);
  const naiveHead = SCORE_BYTES * N * N;
  const flashHead = FLASH_STAT_BYTES * N;
  return { heads: MODELS[model].heads, naiveHead, naiveLayer: H * naiveHead, flashHead, flashLayer: H * flashHead, ratio: Number(naiveHead) / Number(flashHead) };
}

// ── The bill of the long-context stage ──────────────────────────────────────────────────────────

export interface BillRow {
  /** Sequence length, tokens. */
  context: number;
  /** Document length under a mask, or null. */
  docLen: number | null;
  /** Training FLOPs per token. */
  perToken: bigint;
  /** perToken × tokens. */
  flops: bigint;
  /** flops ÷ (tflops·10¹² · 86,400 s). */
  gpuDays: number;
}

export interface Bill {
  model: ModelId;
  tokens: number;
  tflops: number;
  /** The same tokens at Llama 3's 8,192: the low end. */
  short: BillRow;
  /** All of them at 131,072: the high end. */
  long: BillRow;
  /** At 131,072 with documents of docLen behind a mask, when docLen is set and at most 131,072. */
  masked: BillRow | null;
  /** long − short. */
  extraFlops: bigint;
  extraGpuDays: number;
  /** long ÷ short. */
  ratio: number;
}

export function gpuDays(flops: bigint, tflops: number): number {
  return Number(flops) / (tflops * 1e12 * SECONDS_PER_DAY);
}

function billRow(context: number, docLen: number | null, counting: AttentionCounting, tokens: number, tflops: number): BillRow {
  const perToken = tokenFlops(BILL_MODEL, context, counting, docLen).total;
  const flops = perToken * BigInt(tokens);
  return { context, docLen, perToken, flops, gpuDays: gpuDays(flops, tflops) };
}

/**
 * The ~800B tokens of the 405B's long-context stage (§3.4.2) priced at both ends: every token at 8,192 and every token
 * at 131,072. The report gives the six stages' token total, not their lengths, so the real bill lies between.
 */
export function longContextBill(counting: AttentionCounting, tflops: number, docLen: number | null): Bill {
  const tokens = LONG_CONTEXT_TOKENS.value;
  const short = billRow(CONTEXT_LLAMA3, null, counting, tokens, tflops);
  const long = billRow(CONTEXT_LLAMA31, null, counting, tokens, tflops);
  const masked = docLen !== null && docLen <= CONTEXT_LLAMA31 ? billRow(CONTEXT_LLAMA31, docLen, counting, tokens, tflops) : null;
  return {
    model: BILL_MODEL, tokens, tflops, short, long, masked,
    extraFlops: long.flops - short.flops, extraGpuDays: long.gpuDays - short.gpuDays, ratio: Number(long.flops) / Number(short.flops),
  };
}

// ── The whole state ─────────────────────────────────────────────────────────────────────────────

/** Why a state cannot be computed (only a direct caller can pass these: the URL schema refuses them). */
export type CostIssue =
  | { code: 'outOfRange'; field: LimitKey; min: number; max: number }
  | { code: 'unknownChoice'; field: 'model' | 'count' };

/** A document length the widget does not use: longer than the sequence it would be packed into. */
export interface DocTooLong { docLen: number; context: number }

export interface ModelRow {
  model: CostModel;
  /** At the chosen context, no mask. */
  flops: TokenFlops;
  /** attention ÷ total. */
  share: number;
  /** With the document mask (when set and valid). */
  masked: TokenFlops | null;
  /** Where attention equals the weights, tokens. */
  crossover: number;
  /** With the mask the attention never reaches the weights when docLen < crossover. */
  maskedReaches: boolean | null;
}

export interface CostOk {
  ok: true;
  model: CostModel;
  context: number;
  /** The document length in use, or null (none, or longer than the context: see docTooLong). */
  docLen: number | null;
  docTooLong: DocTooLong | null;
  tflops: number;
  counting: AttentionCounting;
  /** The selected model's row. */
  row: ModelRow;
  /** The selected model at the chosen context under the other counting (the convention note compares them). */
  other: { counting: AttentionCounting; flops: TokenFlops; share: number };
  /** Every model's row, smallest first (the comparison table and the chart). */
  rows: ModelRow[];
  memory: ScoreMemory;
  bill: Bill;
}

export type CostResult = CostOk | { ok: false; errors: CostIssue[] };

function rangeIssue(field: LimitKey, v: number): CostIssue | null {
  const { min, max } = LIMITS[field];
  return Number.isInteger(v) && v >= min && v <= max ? null : { code: 'outOfRange', field, min, max };
}

/** Whether a typed or URL document length is used: 0 is none, one longer than the context is refused (a message). */
export function docLenInUse(docLen: number, context: number): number | null {
  return docLen > 0 && docLen <= context ? docLen : null;
}

function modelRow(model: CostModel, context: number, counting: AttentionCounting, docLen: number | null): ModelRow {
  const flops = tokenFlops(model, context, counting);
  const crossover = crossoverContext(model, counting);
  return {
    model, flops, share: Number(flops.attention) / Number(flops.total),
    masked: docLen === null ? null : tokenFlops(model, context, counting, docLen),
    crossover, maskedReaches: docLen === null ? null : docLen >= crossover,
  };
}

export function computeCost(state: CostState): CostResult {
  const errors: CostIssue[] = [];
  if (!(MODEL_CHOICES as readonly string[]).includes(state.model)) errors.push({ code: 'unknownChoice', field: 'model' });
  if (!(COUNTINGS as readonly string[]).includes(state.count)) errors.push({ code: 'unknownChoice', field: 'count' });
  for (const key of ['context', 'docLen', 'tflops'] as const) {
    const issue = rangeIssue(key, state[key]);
    if (issue) errors.push(issue);
  }
  if (errors.length) return { ok: false, errors };
  const { model, context, tflops, count: counting } = state;
  const docLen = docLenInUse(state.docLen, context);
  const rows = MODEL_CHOICES.map((m) => modelRow(m, context, counting, docLen));
  const otherCounting: AttentionCounting = counting === 'causal' ? 'full' : 'causal';
  const otherFlops = tokenFlops(model, context, otherCounting);
  return {
    ok: true, model, context, docLen,
    docTooLong: state.docLen > context ? { docLen: state.docLen, context } : null,
    tflops, counting,
    row: rows.find((r) => r.model === model)!,
    other: { counting: otherCounting, flops: otherFlops, share: Number(otherFlops.attention) / Number(otherFlops.total) },
    rows,
    memory: scoreMemory(model, context),
    bill: longContextBill(counting, tflops, docLen),
  };
}

/** Query heads × head dimension = d for every Llama: what makes the full-matrix term exactly twice the causal one. */
export function headWidth(model: ModelId): number {
  return MODELS[model].heads * headDim(MODELS[model]);
}

// ── Typed input ─────────────────────────────────────────────────────────────────────────────────

export type FieldRefusal = TextFieldRefusal<LimitKey>;

/** A typed count: digits with separators, K = 1,024 and M = 1,048,576 for token counts; whole, within LIMITS. */
export function readField(text: string, field: LimitKey): TextFieldReading<LimitKey> {
  return readBoundedField(text, field, LIMITS[field], { maxLength: 24, suffixes: field === 'tflops' ? undefined : BINARY_SUFFIXES });
}
