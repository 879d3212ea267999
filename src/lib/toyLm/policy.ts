// The toy policy: next-token distributions p(token | prompt, previous token), in two parametrisations (design §2.1.1).
// - 'lowRank': a log-linear bigram model with shared parameters, h = E[context] + P[prompt] ∈ R^D (D = 6),
//   logit_v = h·U_v + b_v: 6·6 + 4·6 + 5·6 + 5 = 95 parameters. Changing one response's probability moves others
//   (the shared U, E, P): the mechanism behind DPO's likelihood displacement.
// - 'tabular': one free logit per (prompt, context, token): 4·6·5 = 120 parameters, nothing shared across contexts.
// Parameters are one flat Float64Array so optimisers, finite differences and workers treat both alike.
import { CONTEXTS, PROMPTS, VOCAB } from './space';
import { gaussian, mulberry32 } from '../rng';

export type PolicyKind = 'lowRank' | 'tabular';
export const POLICY_KINDS: readonly PolicyKind[] = ['lowRank', 'tabular'];
/** Width of the low-rank model's hidden vector. */
export const HIDDEN = 6;

// Offsets of the low-rank blocks in the flat array.
const E_AT = 0; // CONTEXTS × HIDDEN
const P_AT = E_AT + CONTEXTS * HIDDEN; // PROMPTS × HIDDEN
const U_AT = P_AT + PROMPTS * HIDDEN; // VOCAB × HIDDEN
const B_AT = U_AT + VOCAB * HIDDEN; // VOCAB

export function policySize(kind: PolicyKind): number {
  return kind === 'lowRank' ? B_AT + VOCAB : PROMPTS * CONTEXTS * VOCAB;
}

/** Seeded initial parameters: Gaussian with standard deviation `scale`. */
export function initPolicy(kind: PolicyKind, seed: number, scale = 0.3): Float64Array {
  const normal = gaussian(mulberry32(seed));
  return Float64Array.from({ length: policySize(kind) }, () => scale * normal());
}

/** Index of (prompt, context, token) in a log-probability table and in the tabular parameters. */
export function cell(prompt: number, context: number, token: number): number {
  return (prompt * CONTEXTS + context) * VOCAB + token;
}

/** Logits of the 5 next tokens for (prompt, context), written into `out`. */
export function logitsInto(kind: PolicyKind, theta: Float64Array, prompt: number, context: number, out: Float64Array): void {
  if (kind === 'tabular') {
    const at = cell(prompt, context, 0);
    for (let v = 0; v < VOCAB; v++) out[v] = theta[at + v]!;
    return;
  }
  for (let v = 0; v < VOCAB; v++) {
    let z = theta[B_AT + v]!;
    for (let j = 0; j < HIDDEN; j++) {
      z += (theta[E_AT + context * HIDDEN + j]! + theta[P_AT + prompt * HIDDEN + j]!) * theta[U_AT + v * HIDDEN + j]!;
    }
    out[v] = z;
  }
}

/**
 * Log-probabilities of every (prompt, context, token), a table of PROMPTS·CONTEXTS·VOCAB indexed by `cell`. Every
 * exact quantity of the toy is a sum over this table, since a token depends only on the prompt and the token before.
 */
export function logProbTable(kind: PolicyKind, theta: Float64Array): Float64Array {
  const table = new Float64Array(PROMPTS * CONTEXTS * VOCAB);
  const z = new Float64Array(VOCAB);
  for (let p = 0; p < PROMPTS; p++) {
    for (let c = 0; c < CONTEXTS; c++) {
      logitsInto(kind, theta, p, c, z);
      let max = -Infinity;
      for (let v = 0; v < VOCAB; v++) max = Math.max(max, z[v]!);
      let sum = 0;
      for (let v = 0; v < VOCAB; v++) sum += Math.exp(z[v]! - max);
      const lse = max + Math.log(sum);
      for (let v = 0; v < VOCAB; v++) table[cell(p, c, v)] = z[v]! - lse;
    }
  }
  return table;
}

/**
 * Back-propagates a gradient on the logits of (prompt, context) into the parameters: `grad` += ∂(Σ_v g_v·logit_v)/∂θ.
 * Low-rank: ∂/∂U_v = g_v·h, ∂/∂b_v = g_v, ∂/∂E[context] = ∂/∂P[prompt] = Σ_v g_v·U_v.
 */
export function addLogitGrad(
  kind: PolicyKind, theta: Float64Array, prompt: number, context: number, g: ArrayLike<number>, grad: Float64Array,
): void {
  if (kind === 'tabular') {
    const at = cell(prompt, context, 0);
    for (let v = 0; v < VOCAB; v++) grad[at + v]! += g[v]!;
    return;
  }
  for (let j = 0; j < HIDDEN; j++) {
    const h = theta[E_AT + context * HIDDEN + j]! + theta[P_AT + prompt * HIDDEN + j]!;
    let dh = 0;
    for (let v = 0; v < VOCAB; v++) {
      grad[U_AT + v * HIDDEN + j]! += g[v]! * h;
      dh += g[v]! * theta[U_AT + v * HIDDEN + j]!;
    }
    grad[E_AT + context * HIDDEN + j]! += dh;
    grad[P_AT + prompt * HIDDEN + j]! += dh;
  }
  for (let v = 0; v < VOCAB; v++) grad[B_AT + v]! += g[v]!;
}
