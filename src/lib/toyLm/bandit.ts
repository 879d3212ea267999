// Level 1 of the DPO toy (design §2.1.1): one prompt, K named responses, a softmax policy. Either every response has
// its own logit ('tabular': logits = θ), or responses share parameters through features ('shared': logits = Φ·w,
// one row φ(y) per response). For one DPO pair the gradient with respect to the logits is β·(1 − σ(z))·(e_w − e_l):
// the π terms cancel. So a tabular policy can never lower π(y_w) with that step, while a shared one can (Razin et
// al. 2024's likelihood displacement), because moving w moves every response with similar features.
import { logSigmoid, sigmoid } from './train';

export type BanditKind = 'tabular' | 'shared';

/** Logits of the K responses: θ itself (tabular), or Φ·w with Φ the K × F feature rows (shared). */
export function banditLogits(kind: BanditKind, theta: readonly number[], features: readonly (readonly number[])[]): number[] {
  if (kind === 'tabular') return [...theta];
  return features.map((phi) => phi.reduce((s, x, j) => s + x * theta[j]!, 0));
}

/** log-softmax of logits. */
export function logSoftmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const lse = max + Math.log(logits.reduce((s, z) => s + Math.exp(z - max), 0));
  return logits.map((z) => z - lse);
}

export interface BanditDpo {
  /** z = β·[(log π(y_w) − log π_ref(y_w)) − (log π(y_l) − log π_ref(y_l))]. */
  z: number;
  /** −log σ(z). */
  loss: number;
  /** The gradient weight σ(−z) = 1 − σ(z): how hard this pair still pushes. */
  weight: number;
  /** ∂loss/∂θ. */
  grad: number[];
}

/** DPO on one pair (chosen w, rejected l) for a bandit policy against fixed reference log-probabilities. */
export function banditDpo(
  kind: BanditKind, theta: readonly number[], features: readonly (readonly number[])[], refLogp: readonly number[],
  w: number, l: number, beta: number,
): BanditDpo {
  const lp = logSoftmax(banditLogits(kind, theta, features));
  const z = beta * ((lp[w]! - refLogp[w]!) - (lp[l]! - refLogp[l]!));
  const weight = sigmoid(-z);
  // ∂loss/∂logits = −β·σ(−z)·(e_w − e_l): the softmax terms of log π(y_w) and log π(y_l) cancel.
  const dLogits = lp.map((_, k) => (k === w ? -beta * weight : k === l ? beta * weight : 0));
  const grad = kind === 'tabular'
    ? dLogits
    : theta.map((_, j) => dLogits.reduce((s, g, k) => s + g * features[k]![j]!, 0));
  return { z, loss: -logSigmoid(z), weight, grad };
}
