// Losses and their exact gradients for the toy: supervised fine-tuning (negative log-likelihood), a linear
// Bradley–Terry reward model with Llama 2's optional margin, and DPO with Llama 3's two changes (masked formatting
// tokens, an NLL term on the chosen response). Every gradient is checked against central finite differences in tests.
import { initPolicy, logProbTable, type PolicyKind } from './policy';
import { addSequenceGrad, countedSteps, sampleResponse, sequenceLogProb, type TokenMask } from './sequences';
import type { PreferencePair } from './data';
import { ALL_RESPONSES, CONTENT_TOKENS, PROMPTS } from './space';
import { mulberry32 } from '../rng';

/** log σ(x), stable for large |x|. */
export function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** Adam's state for one parameter vector. */
export interface AdamState {
  m: Float64Array;
  v: Float64Array;
  t: number;
}

export function adamState(size: number): AdamState {
  return { m: new Float64Array(size), v: new Float64Array(size), t: 0 };
}

/** One Adam step (Kingma & Ba; β₁ 0.9, β₂ 0.999, ε 10⁻⁸) that descends `grad`, in place. */
export function adamStep(theta: Float64Array, grad: Float64Array, s: AdamState, lr: number): void {
  s.t += 1;
  const b1 = 0.9, b2 = 0.999, c1 = 1 - b1 ** s.t, c2 = 1 - b2 ** s.t;
  for (let i = 0; i < theta.length; i++) {
    const g = grad[i]!;
    s.m[i] = b1 * s.m[i]! + (1 - b1) * g;
    s.v[i] = b2 * s.v[i]! + (1 - b2) * g * g;
    theta[i]! -= (lr * (s.m[i]! / c1)) / (Math.sqrt(s.v[i]! / c2) + 1e-8);
  }
}

/** Supervised fine-tuning loss: mean −log π(y | prompt) over the examples, and its gradient (written into grad). */
export function sftLoss(
  kind: PolicyKind, theta: Float64Array, examples: readonly { prompt: number; id: number }[], grad: Float64Array,
): number {
  grad.fill(0);
  const table = logProbTable(kind, theta);
  let loss = 0;
  const w = 1 / examples.length;
  for (const e of examples) {
    loss -= w * sequenceLogProb(table, e.prompt, e.id);
    addSequenceGrad(kind, theta, table, e.prompt, e.id, -w, grad);
  }
  return loss;
}

// ——— The reward model ———

/** Features a linear reward model can use. The first three are prompt-blind (the misspecified default). */
export type RmFeature = 'tokens' | 'length' | 'truncated' | 'goodBad' | 'lengthFrom3';
export const RM_FEATURES: readonly RmFeature[] = ['tokens', 'length', 'truncated', 'goodBad', 'lengthFrom3'];
/** How many weights each feature takes. */
const FEATURE_WIDTH: Record<RmFeature, number> = { tokens: CONTENT_TOKENS, length: 1, truncated: 1, goodBad: 2, lengthFrom3: 1 };

export function rmSize(features: readonly RmFeature[]): number {
  return features.reduce((s, f) => s + FEATURE_WIDTH[f], 0);
}

/**
 * The feature vector φ(prompt, response), in the order of `features`:
 * tokens = counts of A, B, C, D; length = content tokens; truncated = 1 if cut; goodBad = the prompt's good and bad
 * token counts divided by the length (what the gold reward uses); lengthFrom3 = |length − 3|.
 */
export function rmFeatures(features: readonly RmFeature[], prompt: number, id: number): Float64Array {
  const r = ALL_RESPONSES[id]!;
  const out = new Float64Array(rmSize(features));
  let at = 0;
  const n = r.content.length;
  for (const f of features) {
    if (f === 'tokens') for (const t of r.content) out[at + t]! += 1;
    else if (f === 'length') out[at] = n;
    else if (f === 'truncated') out[at] = r.terminated ? 0 : 1;
    else if (f === 'goodBad') {
      const good = prompt, bad = (prompt + 1) % CONTENT_TOKENS;
      for (const t of r.content) {
        if (t === good) out[at]! += 1 / n;
        if (t === bad) out[at + 1]! += 1 / n;
      }
    } else out[at] = Math.abs(n - 3);
    at += FEATURE_WIDTH[f];
  }
  return out;
}

/** r(prompt, response) = w·φ. */
export function rmScore(w: Float64Array, features: readonly RmFeature[], prompt: number, id: number): number {
  const phi = rmFeatures(features, prompt, id);
  let s = 0;
  for (let i = 0; i < phi.length; i++) s += w[i]! * phi[i]!;
  return s;
}

/** φ(chosen) − φ(rejected) for every pair, one row of rmSize(features) numbers per pair (computed once per data set). */
export function rmPairDiffs(features: readonly RmFeature[], pairs: readonly PreferencePair[]): Float64Array[] {
  return pairs.map((pair) => {
    const a = rmFeatures(features, pair.prompt, pair.chosen), b = rmFeatures(features, pair.prompt, pair.rejected);
    for (let j = 0; j < a.length; j++) a[j]! -= b[j]!;
    return a;
  });
}

/**
 * Bradley–Terry loss, mean over pairs of −log σ(r(chosen) − r(rejected) − m), with m the pair's margin (Llama 2's
 * term, from its preference strength; 0 without it, as in Llama 3, §4.1.2), and its gradient (written into grad).
 * `diffs` are the pairs' feature differences (rmPairDiffs): r(chosen) − r(rejected) = w·(φ_c − φ_r).
 */
export function rmLossFromDiffs(
  w: Float64Array, diffs: readonly Float64Array[], margins: readonly number[] | null, grad: Float64Array,
): number {
  grad.fill(0);
  let loss = 0;
  const scale = 1 / diffs.length;
  diffs.forEach((d, i) => {
    let z = -(margins ? margins[i]! : 0);
    for (let j = 0; j < d.length; j++) z += w[j]! * d[j]!;
    loss -= scale * logSigmoid(z);
    const c = -scale * (1 - sigmoid(z)); // ∂(−log σ(z))/∂z
    for (let j = 0; j < d.length; j++) grad[j]! += c * d[j]!;
  });
  return loss;
}

/** The same loss computed from the pairs themselves. */
export function rmLoss(
  w: Float64Array, features: readonly RmFeature[], pairs: readonly PreferencePair[], margins: readonly number[] | null,
  grad: Float64Array,
): number {
  return rmLossFromDiffs(w, rmPairDiffs(features, pairs), margins, grad);
}

// ——— DPO ———

export interface DpoOptions {
  /** β of Rafailov et al.; Llama 3 uses 0.1 (§4.1.4). */
  beta: number;
  /** 'content' masks EOT out of both log-probability sums (Llama 3's formatting-token masking). */
  mask: TokenMask;
  /** Weight of the NLL term on the chosen response (Llama 3: 0.2); 0 turns it off. */
  nll: number;
  /** Normalise that NLL by the chosen response's counted tokens (Pang et al.); the report does not say. */
  nllPerToken: boolean;
}

export const LLAMA3_DPO: DpoOptions = { beta: 0.1, mask: 'content', nll: 0.2, nllPerToken: true };
export const PLAIN_DPO: DpoOptions = { beta: 0.1, mask: 'all', nll: 0, nllPerToken: false };

/**
 * DPO loss, mean over pairs of −log σ(β·[(log π(y_w) − log π_ref(y_w)) − (log π(y_l) − log π_ref(y_l))]) plus
 * nll·(−log π(y_w)) over all of y_w's tokens (per token if asked), and its gradient with respect to the policy (written into grad).
 * `refTable` is the reference policy's log-probability table (fixed).
 */
export function dpoLoss(
  kind: PolicyKind, theta: Float64Array, refTable: Float64Array, pairs: readonly PreferencePair[], o: DpoOptions,
  grad: Float64Array,
): number {
  grad.fill(0);
  const table = logProbTable(kind, theta);
  const scale = 1 / pairs.length;
  let loss = 0;
  for (const p of pairs) {
    const dw = sequenceLogProb(table, p.prompt, p.chosen, o.mask) - sequenceLogProb(refTable, p.prompt, p.chosen, o.mask);
    const dl = sequenceLogProb(table, p.prompt, p.rejected, o.mask) - sequenceLogProb(refTable, p.prompt, p.rejected, o.mask);
    const z = o.beta * (dw - dl);
    loss -= scale * logSigmoid(z);
    const c = scale * o.beta * (1 - sigmoid(z)); // −∂loss/∂(dw) = +∂loss/∂(dl)
    addSequenceGrad(kind, theta, table, p.prompt, p.chosen, -c, grad, o.mask);
    addSequenceGrad(kind, theta, table, p.prompt, p.rejected, c, grad, o.mask);
    if (o.nll > 0) {
      // The NLL term counts every token of the chosen response, EOT included: it is ordinary likelihood training.
      const n = o.nllPerToken ? countedSteps(p.chosen) : 1;
      loss -= scale * (o.nll / n) * sequenceLogProb(table, p.prompt, p.chosen);
      addSequenceGrad(kind, theta, table, p.prompt, p.chosen, -scale * o.nll / n, grad);
    }
  }
  return loss;
}

/**
 * The reference policy π_ref: seeded random parameters, then `steps` Adam steps of SFT on batches sampled from the
 * teacher (an honest "SFT model", the starting point of DPO). Deterministic for a seed.
 */
export function fitReference(
  kind: PolicyKind, seed: number, teacher: Float64Array, o: { steps: number; batch: number; lr: number } = { steps: 300, batch: 32, lr: 0.05 },
): Float64Array {
  const theta = initPolicy(kind, seed);
  const grad = new Float64Array(theta.length);
  const adam = adamState(theta.length);
  const uniform = mulberry32(seed ^ 0x5f7);
  for (let s = 0; s < o.steps; s++) {
    const batch = Array.from({ length: o.batch }, (_, i) => {
      const prompt = (s * o.batch + i) % PROMPTS;
      return { prompt, id: sampleResponse(teacher, prompt, uniform) };
    });
    sftLoss(kind, theta, batch, grad);
    adamStep(theta, grad, adam, o.lr);
  }
  return theta;
}
