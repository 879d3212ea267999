// rlhf-memory: the models PPO, GRPO and DPO keep resident while they train, and their bytes (issue #17, report §4.1.4
// "DPO required less compute for large-scale models"). Pure: shapes from src/data/models.ts or a custom shape (read
// and checked by param-counter's readShape, bounded by MAX_CUSTOM_PARAMS so every byte stays exact), the counting from
// src/lib/llama/rlhfMemory.ts (roles, trained or frozen, passes, generation), the GPU from src/data/gpus.ts (the
// report's H100, "80GB HBM3", §3.3.1). This file adds the widget's choices (precision, optimizer, the two toggles),
// the GPUs the states alone need, and the words a screen reader hears come from messages (describe below).
//
// What is counted, and what is not (rlhfMemory.ts's stated assumptions): weights of every resident model; gradients
// and optimizer state of the trained ones; the reward and value models are the policy with a scalar head (d weights)
// in place of the vocabulary head. Not counted: activations, the KV cache and buffers of generation, the rollout
// samples, framework overhead. The GPUs are ⌈bytes / 80·10⁹⌉ of nominal memory: a lower bound, not a plan.
import { GPUS } from '../../data/gpus';
import { MODELS, MODEL_IDS, type ModelId } from '../../data/models';
import { DTYPES, parameterCount, rlhfMemory, scalarHeadParams, type DecoderShape, type RlhfMemory, type RlhfMethod, type RlhfPrecision, type RlhfRole } from '../../lib/llama';
import { FIELD_LIMITS, presetFields, readShape, SHAPE_FIELDS, type FieldProblems, type ShapeField, type ShapeInput } from '../param-counter/model';

export { MODEL_IDS };
/** The released shapes, then `custom`: the shape fields (param-counter's, with its limits and rules). */
export const MODEL_CHOICES = [...MODEL_IDS, 'custom'] as const;
export type ModelChoice = (typeof MODEL_CHOICES)[number];
export { FIELD_LIMITS, presetFields, SHAPE_FIELDS };
export type { FieldProblems, ShapeField, ShapeInput };
/** The three methods in the order they are shown (= src/lib/llama's RLHF_METHODS, as a tuple for the URL schema). */
export const METHODS = ['ppo', 'grpo', 'dpo'] as const satisfies readonly RlhfMethod[];
export type { ModelId, RlhfMethod, RlhfRole };

/** Weights held in bf16 (2 bytes, the report's training format, Table 4 "BF16 MFU") or fp32 (4 bytes). */
export const WEIGHT_DTYPES = ['bf16', 'fp32'] as const;
export type WeightDtype = (typeof WEIGHT_DTYPES)[number];

/**
 * Optimizer state per trained parameter, a small honest set:
 * - `adamw-master`: AdamW's m and v in fp32 (8 B) plus an fp32 master copy of the weights (4 B) = 12 B, the usual
 *   mixed-precision recipe (ZeRO paper's K = 12); with fp32 weights the master copy is the weights, so 8 B.
 * - `adamw`: m and v in fp32, no master copy = 8 B.
 * - `sgd-momentum`: one fp32 momentum buffer = 4 B.
 */
export const OPTIMIZERS = ['adamw-master', 'adamw', 'sgd-momentum'] as const;
export type Optimizer = (typeof OPTIMIZERS)[number];
/** Bytes per trained parameter of each optimizer's state, with bf16 weights. */
export const OPTIMIZER_BYTES: Record<Optimizer, number> = { 'adamw-master': 12, adamw: 8, 'sgd-momentum': 4 };
/** The fp32 master copy's share of `adamw-master` (dropped when the weights are fp32 already). */
export const MASTER_BYTES = 4;
/** Gradients are kept in fp32 (the report accumulates gradients in FP32, §3.3.2; rlhfMemory's default). */
export const GRAD_BYTES = 4;

/** The report's reason for DPO and DeepSeekMath's GRPO KL coefficient (src/data/dpo.ts), for the notes. */
export { GRPO_DSM_BETA, LLAMA3_PPO_REASON } from '../../data/dpo';

/** The GPU the counts are compared with: the report's H100 with 80 GB HBM3 (§3.3.1), nominal capacity. */
export const GPU = GPUS.h100;

export const DEFAULTS = {
  model: 'llama3-405b' as ModelId,
  method: 'dpo' as RlhfMethod,
  dtype: 'bf16' as WeightDtype,
  optimizer: 'adamw-master' as Optimizer,
  cached: false,
  grpokl: true,
};

/** Everything the result depends on (the URL state minus the theme). */
export interface MemState {
  model: ModelChoice;
  /** The method highlighted (all three are always computed). */
  method: RlhfMethod;
  dtype: WeightDtype;
  optimizer: Optimizer;
  /** DPO: reference log-probabilities computed once and cached, so no reference model is resident. */
  cached: boolean;
  /** GRPO: a KL term against the reference (false = β 0, TRL's default, no reference model). */
  grpokl: boolean;
  /** model=custom: the shape fields as the state holds them or as the reader typed them (read by param-counter's readShape). */
  custom?: ShapeInput;
}

/** Notes the view prints when they apply. */
export type MemNote = 'masterIsWeights';

export interface MethodResult {
  method: RlhfMethod;
  memory: RlhfMemory;
  /** Bytes of all resident models (= memory.total). */
  total: number;
  /** ⌈total / 80 GB⌉: GPUs of the report's H100 the states alone fill. */
  gpus: number;
  /** Bytes by kind, over all models. */
  weights: number;
  gradients: number;
  optimizer: number;
}

export interface MemResult {
  state: MemState;
  /** The model's display name (src/data/models.ts); null for a custom shape (the catalogue names it). */
  modelName: string | null;
  /** Parameters of the policy (the language model). */
  params: number;
  /** Parameters of the reward and value models: the policy with a scalar head (d weights) for the vocabulary head. */
  scalarParams: number;
  /** Width d and vocabulary rows of the shape (the heads the reward model swaps). */
  dim: number;
  vocab: number;
  precision: RlhfPrecision;
  methods: Record<RlhfMethod, MethodResult>;
  /** The method with the largest total, for the shared bar scale. */
  maxTotal: number;
  notes: MemNote[];
}

/** Bytes per weight, gradient and optimizer state for the chosen dtype and optimizer. */
export function precisionOf(dtype: WeightDtype, optimizer: Optimizer): RlhfPrecision {
  const weightBytes = DTYPES[dtype].bits / 8;
  const master = optimizer === 'adamw-master' && dtype === 'fp32';
  return { weightBytes, gradBytes: GRAD_BYTES, optimizerBytes: OPTIMIZER_BYTES[optimizer] - (master ? MASTER_BYTES : 0) };
}

/** GPUs of `capacity` bytes that `bytes` fill (whole GPUs, at least one). */
export function gpusFor(bytes: number, capacity: number = GPU.memoryBytes): number {
  return Math.max(1, Math.ceil(bytes / capacity));
}

/**
 * The most parameters a custom shape may have here. rlhfMemory counts in JS numbers, exact below 2^53 bytes; the
 * largest total is PPO's, under (N + d) · MAX_BYTES_PER_PARAM bytes (two trained models and two frozen ones, the
 * value and reward models at most N + d parameters each), and with N ≤ 10^14 that stays below 2^53
 * (model.test.ts computes it). Far beyond any released dense model (Llama 3 405B: 4.06·10^11).
 */
export const MAX_CUSTOM_PARAMS = 100_000_000_000_000;
/** Bytes per parameter of PPO's four models at the widest precision choice (fp32 weights; bf16 + master is 18 per trained model). */
export const MAX_BYTES_PER_PARAM = 2 * Math.max(...WEIGHT_DTYPES.flatMap((d) => OPTIMIZERS.map((o) => {
  const p = precisionOf(d, o);
  return p.weightBytes + p.gradBytes + p.optimizerBytes;
}))) + 2 * 4;

export type MemCheck =
  | { ok: true; result: MemResult }
  /** A field cannot be read or the fields do not fit together (param-counter's readShape), or too many parameters. */
  | { ok: false; errors: FieldProblems; tooLarge: null }
  | { ok: false; errors: FieldProblems; tooLarge: { params: bigint; max: number } };

/**
 * The state's shape: a released one, or the custom fields read and checked by param-counter's readShape (heads
 * must divide dim with an even head dimension, kvHeads must divide heads, each field within FIELD_LIMITS), then
 * refused above MAX_CUSTOM_PARAMS. Never throws; an invalid shape yields only problems, never numbers.
 */
export function checkMemory(s: MemState): MemCheck {
  if (s.model !== 'custom') return { ok: true, result: computeMemory(s, MODELS[s.model]) };
  const read = readShape(s.custom ?? { ...presetFields('llama3-8b') });
  if (!read.ok) return { ok: false, errors: read.errors, tooLarge: null };
  const params = parameterCount(read.shape);
  if (params > BigInt(MAX_CUSTOM_PARAMS)) return { ok: false, errors: {}, tooLarge: { params, max: MAX_CUSTOM_PARAMS } };
  return { ok: true, result: computeMemory(s, read.shape) };
}

/** The bytes of every method for a valid shape (a released model's by default; checkMemory checks a custom one). */
export function computeMemory(s: MemState, shape: DecoderShape = MODELS[s.model as ModelId]): MemResult {
  const precision = precisionOf(s.dtype, s.optimizer);
  const choices = { cachedReference: s.cached, grpoKl: s.grpokl };
  const methods = {} as Record<RlhfMethod, MethodResult>;
  for (const m of METHODS) {
    const memory = rlhfMemory(m, shape, precision, choices);
    const sum = (k: 'weights' | 'gradients' | 'optimizer') => memory.models.reduce((a, x) => a + x[k], 0);
    methods[m] = { method: m, memory, total: memory.total, gpus: gpusFor(memory.total), weights: sum('weights'), gradients: sum('gradients'), optimizer: sum('optimizer') };
  }
  const notes: MemNote[] = s.optimizer === 'adamw-master' && s.dtype === 'fp32' ? ['masterIsWeights'] : [];
  return {
    state: s, modelName: s.model === 'custom' ? null : MODELS[s.model].name, params: Number(parameterCount(shape)), scalarParams: scalarHeadParams(shape),
    dim: shape.dim, vocab: shape.vocab, precision, methods,
    maxTotal: Math.max(...METHODS.map((m) => methods[m].total)), notes,
  };
}

/** The URL fields a state does not use: with a released model, the shape fields and `tied` (as param-counter). */
export function unusedFields(s: Pick<MemState, 'model'>): (ShapeField | 'tied')[] {
  return s.model === 'custom' ? [] : [...SHAPE_FIELDS, 'tied'];
}
