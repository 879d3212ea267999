// rlhf-memory: the models PPO, GRPO and DPO keep resident while they train, and their bytes (issue #17, report §4.1.4
// "DPO required less compute for large-scale models"). Pure: shapes from src/data/models.ts, the counting from
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
import { DTYPES, parameterCount, rlhfMemory, scalarHeadParams, type RlhfMemory, type RlhfMethod, type RlhfPrecision, type RlhfRole } from '../../lib/llama';

export { MODEL_IDS };
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
  model: ModelId;
  /** The method highlighted (all three are always computed). */
  method: RlhfMethod;
  dtype: WeightDtype;
  optimizer: Optimizer;
  /** DPO: reference log-probabilities computed once and cached, so no reference model is resident. */
  cached: boolean;
  /** GRPO: a KL term against the reference (false = β 0, TRL's default, no reference model). */
  grpokl: boolean;
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
  /** The model's display name (src/data/models.ts). */
  modelName: string;
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

export function computeMemory(s: MemState): MemResult {
  const shape = MODELS[s.model];
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
    state: s, modelName: shape.name, params: Number(parameterCount(shape)), scalarParams: scalarHeadParams(shape),
    dim: shape.dim, vocab: shape.vocab, precision, methods,
    maxTotal: Math.max(...METHODS.map((m) => methods[m].total)), notes,
  };
}
