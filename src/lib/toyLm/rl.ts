// Online RL on the toy (design §2.1.2), for the DPO-vs-PPO chapter: PPO as "The N implementation details of RLHF with
// PPO" runs it on language models (token-level KL-penalised reward, a value head, GAE, whitened advantages, the clipped
// ratio), and GRPO (DeepSeekMath Eq. 3: group-normalised outcome advantages, no value head, the k3 KL estimator in the
// loss) with the Dr. GRPO and DAPO normalisations. Llama 3 used neither (report §4.1.4): they are here to compare.
// Every gradient is hand-written and checked against central finite differences in rl.test.ts.
import { cell, logProbTable, type PolicyKind } from './policy';
import { addStepGrad, responseSteps } from './sequences';
import { CONTEXTS, MAX_TOKENS, PROMPTS, VOCAB } from './space';

/**
 * The k3 estimator of KL(π ‖ π_ref) from one token (Schulman 2020; DeepSeekMath Eq. 4): ρ − log ρ − 1 with
 * ρ = π_ref/π. Never negative, 0 when π = π_ref, and its expectation under π is the exact KL.
 */
export function k3(logp: number, logpRef: number): number {
  const d = logpRef - logp;
  return Math.expm1(d) - d;
}

/** −min(ρ·A, clip(ρ, 1 − ε, 1 + ε)·A) and its derivative with respect to log π (ρ = π/π_old). */
export function clippedSurrogate(logp: number, oldLogp: number, advantage: number, clip: number): { loss: number; dLogp: number } {
  const ratio = Math.exp(logp - oldLogp);
  const clipped = Math.min(Math.max(ratio, 1 - clip), 1 + clip);
  const plain = ratio * advantage, held = clipped * advantage;
  // The clipped branch is the smaller one (and has no gradient) exactly when the ratio left the band in A's direction.
  return plain <= held ? { loss: -plain, dLogp: -plain } : { loss: -held, dLogp: 0 };
}

// ——— GRPO ———

/** How a group's token losses are averaged: DeepSeekMath's 1/|o_i| per response, Dr. GRPO's constant 1/T_max, or
 *  DAPO's token mean over the whole group. */
export type GrpoNorm = 'sequence' | 'constant' | 'token';
export const GRPO_NORMS: readonly GrpoNorm[] = ['sequence', 'constant', 'token'];

export interface GrpoOptions {
  /** ε of the clipped ratio (0.2). */
  clip: number;
  /** β of the KL term in the loss (DeepSeekMath 0.04; TRL's default is 0). */
  beta: number;
  /** Divide advantages by the group's standard deviation (DeepSeekMath) or not (Dr. GRPO). */
  scaleStd: boolean;
  norm: GrpoNorm;
}
export const GRPO_DEEPSEEKMATH: GrpoOptions = { clip: 0.2, beta: 0.04, scaleStd: true, norm: 'sequence' };
export const GRPO_DR: GrpoOptions = { clip: 0.2, beta: 0.04, scaleStd: false, norm: 'constant' };

/**
 * Outcome advantages of one group: r_i − mean, divided by (std + 10⁻⁴) when scaleStd (the sample standard deviation,
 * as TRL computes it). A group whose rewards are all equal gets all-zero advantages: it carries no signal.
 */
export function groupAdvantages(rewards: readonly number[], scaleStd: boolean): number[] {
  const n = rewards.length;
  if (rewards.every((r) => r === rewards[0])) return rewards.map(() => 0); // exactly, not mean-rounding noise / 10⁻⁴
  const mean = rewards.reduce((s, r) => s + r, 0) / n;
  const centred = rewards.map((r) => r - mean);
  if (!scaleStd) return centred;
  const std = n > 1 ? Math.sqrt(centred.reduce((s, c) => s + c * c, 0) / (n - 1)) : 0;
  return centred.map((c) => c / (std + 1e-4));
}

export interface GrpoGroup {
  prompt: number;
  /** The G sampled responses. */
  ids: readonly number[];
  /** Their advantages (groupAdvantages of their rewards). */
  advantages: readonly number[];
}

/**
 * GRPO's loss (the negative of DeepSeekMath's objective, Eq. 3), averaged over groups, and its gradient (into grad):
 * per token −min(ρ·Â, clip(ρ)·Â) + β·k3, weighted by the normalisation. `oldTable` is the policy that sampled the
 * groups; `refTable` the reference.
 */
export function grpoLoss(
  kind: PolicyKind, theta: Float64Array, oldTable: Float64Array, refTable: Float64Array, groups: readonly GrpoGroup[],
  o: GrpoOptions, grad: Float64Array,
): number {
  grad.fill(0);
  const table = logProbTable(kind, theta);
  const scratch = new Float64Array(VOCAB);
  let loss = 0;
  for (const group of groups) {
    const lengths = group.ids.map((id) => responseSteps(id).tokens.length);
    const totalTokens = lengths.reduce((s, n) => s + n, 0);
    group.ids.forEach((id, i) => {
      const w = (o.norm === 'sequence' ? 1 / (group.ids.length * lengths[i]!)
        : o.norm === 'constant' ? 1 / (group.ids.length * MAX_TOKENS)
        : 1 / totalTokens) / groups.length;
      const { contexts, tokens } = responseSteps(id);
      for (let t = 0; t < tokens.length; t++) {
        const c = cell(group.prompt, contexts[t]!, tokens[t]!);
        const logp = table[c]!, logpRef = refTable[c]!;
        const s = clippedSurrogate(logp, oldTable[c]!, group.advantages[i]!, o.clip);
        loss += w * (s.loss + o.beta * k3(logp, logpRef));
        // d k3 / d log π = 1 − π_ref/π.
        const coef = w * (s.dLogp + o.beta * -Math.expm1(logpRef - logp));
        addStepGrad(kind, theta, table, group.prompt, contexts[t]!, tokens[t]!, coef, grad, scratch);
      }
    });
  }
  return loss;
}

// ——— PPO ———

/** The value head: one number per (prompt, context, position), the toy's tabular critic. */
export const VALUE_SIZE = PROMPTS * CONTEXTS * MAX_TOKENS;
export function valueIndex(prompt: number, context: number, position: number): number {
  return (prompt * CONTEXTS + context) * MAX_TOKENS + position;
}

/** One token of a PPO batch, with what the rollout fixed: the old log-probability, advantage and return. */
export interface PpoToken {
  prompt: number;
  context: number;
  token: number;
  position: number;
  oldLogp: number;
  advantage: number;
  ret: number;
}

/**
 * Per-token rewards of one response (DeepSeekMath Eq. 2 / N-details): −β_KL·(log π_old − log π_ref) at every token,
 * plus the reward model's score on the last token.
 */
export function ppoRewards(
  oldTable: Float64Array, refTable: Float64Array, prompt: number, id: number, score: number, klCoef: number,
): number[] {
  const { contexts, tokens } = responseSteps(id);
  const out: number[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const c = cell(prompt, contexts[t]!, tokens[t]!);
    out.push(-klCoef * (oldTable[c]! - refTable[c]!) + (t === tokens.length - 1 ? score : 0));
  }
  return out;
}

/**
 * Generalised advantage estimation (Schulman et al. 2016) over one response: δ_t = r_t + γ·V_{t+1} − V_t (V after the
 * last token is 0), A_t = Σ_k (γλ)^k δ_{t+k}; returns R_t = A_t + V_t.
 */
export function gae(rewards: readonly number[], values: readonly number[], gamma: number, lambda: number): { advantages: number[]; returns: number[] } {
  const n = rewards.length;
  const advantages = new Array<number>(n);
  let next = 0;
  for (let t = n - 1; t >= 0; t--) {
    const delta = rewards[t]! + gamma * (t + 1 < n ? values[t + 1]! : 0) - values[t]!;
    next = delta + gamma * lambda * next;
    advantages[t] = next;
  }
  return { advantages, returns: advantages.map((a, t) => a + values[t]!) };
}

/** Advantages whitened over a batch: (a − mean)/std (population std; 10⁻⁸ guards a constant batch). */
export function whiten(xs: readonly number[]): number[] {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const std = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
  return xs.map((x) => (x - mean) / (std + 1e-8));
}

/** PPO's clipped policy loss, the mean over tokens, and its gradient (into grad). */
export function ppoPolicyLoss(
  kind: PolicyKind, theta: Float64Array, batch: readonly PpoToken[], clip: number, grad: Float64Array,
): number {
  grad.fill(0);
  const table = logProbTable(kind, theta);
  const scratch = new Float64Array(VOCAB);
  const w = 1 / batch.length;
  let loss = 0;
  for (const k of batch) {
    const s = clippedSurrogate(table[cell(k.prompt, k.context, k.token)]!, k.oldLogp, k.advantage, clip);
    loss += w * s.loss;
    if (s.dLogp !== 0) addStepGrad(kind, theta, table, k.prompt, k.context, k.token, w * s.dLogp, grad, scratch);
  }
  return loss;
}

/** The value head's loss ½·mean (V − R)², and its gradient (into grad). */
export function valueLoss(values: Float64Array, batch: readonly PpoToken[], grad: Float64Array): number {
  grad.fill(0);
  const w = 1 / batch.length;
  let loss = 0;
  for (const k of batch) {
    const i = valueIndex(k.prompt, k.context, k.position);
    const err = values[i]! - k.ret;
    loss += 0.5 * w * err * err;
    grad[i]! += w * err;
  }
  return loss;
}

/** The value head's estimates along a response: V(prompt, context_t, t). */
export function valuesAlong(values: Float64Array, prompt: number, id: number): number[] {
  const { contexts } = responseSteps(id);
  return Array.from(contexts, (c, t) => values[valueIndex(prompt, c, t)]!);
}
