// What each preference-tuning method keeps in memory (design §2.1.4 cost panel; issue #17's rlhf-memory): the models
// it holds, which of them train (weights + gradients + optimizer state) and which are frozen (weights only), and the
// model passes per training example. PPO: policy + value (trained) + reference + reward (frozen); GRPO: policy
// (trained) + reference (frozen, dropped when its KL coefficient is 0) + reward (frozen); DPO: policy (trained) +
// reference (frozen, or nothing when its log-probabilities are computed once and cached). Llama 3 used DPO
// (report §4.1.4: "DPO required less compute for large-scale models"); PPO is how Llama 2 was tuned.
// Assumptions, all inputs: the reward and value models have the policy's shape with a scalar head of d weights in
// place of the vocabulary head (the report says the RM is trained "on top of the pre-trained checkpoint" and gives no
// head size); bytes per weight, gradient and optimizer state as chosen; no activations, KV cache or generation buffers.
import { paramBreakdown } from './params';
import type { DecoderShape } from './shape';

export type RlhfMethod = 'ppo' | 'grpo' | 'dpo';
export const RLHF_METHODS: readonly RlhfMethod[] = ['ppo', 'grpo', 'dpo'];
export type RlhfRole = 'policy' | 'value' | 'reference' | 'reward';

export interface RlhfPrecision {
  /** Bytes per weight held (bf16: 2). */
  weightBytes: number;
  /** Bytes per gradient of a trained model (bf16 2, fp32 4). */
  gradBytes: number;
  /** Optimizer bytes per trained parameter: AdamW m + v in fp32 plus an fp32 master copy = 12; without the master 8. */
  optimizerBytes: number;
}
export const RLHF_DEFAULT_PRECISION: RlhfPrecision = { weightBytes: 2, gradBytes: 4, optimizerBytes: 12 };

export interface RlhfChoices {
  /** DPO: reference log-probabilities computed once before training, so no reference model is resident. */
  cachedReference: boolean;
  /** GRPO: a KL coefficient of 0 (TRL's default) needs no reference model. */
  grpoKl: boolean;
}
export const RLHF_DEFAULT_CHOICES: RlhfChoices = { cachedReference: false, grpoKl: true };

export interface RlhfModel {
  role: RlhfRole;
  trained: boolean;
  params: number;
  weights: number;
  gradients: number;
  optimizer: number;
  total: number;
}

export interface RlhfMemory {
  models: RlhfModel[];
  /** Bytes of all models held. */
  total: number;
  /** Does the method generate text from the policy during training (online)? */
  generates: boolean;
  /** Forward passes per training example (a DPO example is a pair: two sequences per model). */
  forwardPasses: number;
  /** Backward passes per training example. */
  backwardPasses: number;
}

/** Parameters of a policy-shaped model with a scalar head (d weights, no bias) instead of the vocabulary head. */
export function scalarHeadParams(shape: DecoderShape): number {
  const b = paramBreakdown(shape);
  // A tied model keeps its embedding and drops nothing: its vocabulary head is the embedding.
  return Number(b.total - b.lmHead) + shape.dim;
}

function model(role: RlhfRole, trained: boolean, params: number, p: RlhfPrecision): RlhfModel {
  const weights = params * p.weightBytes;
  const gradients = trained ? params * p.gradBytes : 0;
  const optimizer = trained ? params * p.optimizerBytes : 0;
  return { role, trained, params, weights, gradients, optimizer, total: weights + gradients + optimizer };
}

export function rlhfMemory(
  method: RlhfMethod, shape: DecoderShape, p: RlhfPrecision = RLHF_DEFAULT_PRECISION, c: RlhfChoices = RLHF_DEFAULT_CHOICES,
): RlhfMemory {
  const lm = Number(paramBreakdown(shape).total), scalar = scalarHeadParams(shape);
  const models: RlhfModel[] = [model('policy', true, lm, p)];
  let forwardPasses: number, backwardPasses: number;
  if (method === 'ppo') {
    models.push(model('value', true, scalar, p), model('reference', false, lm, p), model('reward', false, scalar, p));
    forwardPasses = 4; // policy (old log-probs), reference, reward, value — after generating
    backwardPasses = 2; // policy and value, per epoch
  } else if (method === 'grpo') {
    if (c.grpoKl) models.push(model('reference', false, lm, p));
    models.push(model('reward', false, scalar, p));
    forwardPasses = c.grpoKl ? 3 : 2;
    backwardPasses = 1;
  } else {
    if (!c.cachedReference) models.push(model('reference', false, lm, p));
    forwardPasses = c.cachedReference ? 2 : 4; // chosen and rejected, through the policy (and the reference)
    backwardPasses = 2;
  }
  return { models, total: models.reduce((s, m) => s + m.total, 0), generates: method !== 'dpo', forwardPasses, backwardPasses };
}
