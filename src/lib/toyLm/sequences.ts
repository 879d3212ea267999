// Whole responses under the toy policy: log-probabilities (exact, from the log-probability table), their gradients
// (one step at a time, with formatting tokens optionally masked), sampling, and exact expectations over all 5,461
// responses of a prompt.
import { addLogitGrad, cell, type PolicyKind } from './policy';
import { ALL_RESPONSES, EOT, PROMPTS, RESPONSES, START, VOCAB, responseId, steps } from './space';
import type { Uniform } from '../rng';

/** Every response's steps, flattened once: contexts and tokens, with offsets per response id. */
const STEP_AT = new Int32Array(RESPONSES + 1);
const STEP_CONTEXT: number[] = [];
const STEP_TOKEN: number[] = [];
ALL_RESPONSES.forEach((r, id) => {
  STEP_AT[id] = STEP_CONTEXT.length;
  for (const s of steps(r)) {
    STEP_CONTEXT.push(s.context);
    STEP_TOKEN.push(s.token);
  }
});
STEP_AT[RESPONSES] = STEP_CONTEXT.length;

/** Which steps count: 'all', or 'content' (EOT masked out, as Llama 3 masks formatting tokens in DPO, §4.1.4). */
export type TokenMask = 'all' | 'content';

/** log π(response | prompt), summed over the counted steps. */
export function sequenceLogProb(table: Float64Array, prompt: number, id: number, mask: TokenMask = 'all'): number {
  let s = 0;
  for (let i = STEP_AT[id]!; i < STEP_AT[id + 1]!; i++) {
    if (mask === 'content' && STEP_TOKEN[i] === EOT) continue;
    s += table[cell(prompt, STEP_CONTEXT[i]!, STEP_TOKEN[i]!)]!;
  }
  return s;
}

/** Number of counted steps (the length a per-token normalisation divides by). */
export function countedSteps(id: number, mask: TokenMask = 'all'): number {
  let n = 0;
  for (let i = STEP_AT[id]!; i < STEP_AT[id + 1]!; i++) if (mask === 'all' || STEP_TOKEN[i] !== EOT) n++;
  return n;
}

/** The (context, token) steps of a response, as views into the flattened step arrays (the order of `steps`). */
export function responseSteps(id: number): { contexts: ArrayLike<number>; tokens: ArrayLike<number> } {
  const from = STEP_AT[id]!, to = STEP_AT[id + 1]!;
  return { contexts: STEP_CONTEXT.slice(from, to), tokens: STEP_TOKEN.slice(from, to) };
}

/**
 * `grad` += coef · ∇θ log p(token | prompt, context): ∂ log p(t)/∂logits = onehot(t) − p, back-propagated through the
 * policy (addLogitGrad). `g` is scratch space of VOCAB numbers.
 */
export function addStepGrad(
  kind: PolicyKind, theta: Float64Array, table: Float64Array, prompt: number, context: number, token: number,
  coef: number, grad: Float64Array, g: Float64Array = new Float64Array(VOCAB),
): void {
  for (let v = 0; v < VOCAB; v++) g[v] = -coef * Math.exp(table[cell(prompt, context, v)]!);
  g[token]! += coef;
  addLogitGrad(kind, theta, prompt, context, g, grad);
}

/** `grad` += coef · ∇θ log π(response | prompt) over the counted steps. */
export function addSequenceGrad(
  kind: PolicyKind, theta: Float64Array, table: Float64Array, prompt: number, id: number, coef: number,
  grad: Float64Array, mask: TokenMask = 'all',
): void {
  const g = new Float64Array(VOCAB);
  for (let i = STEP_AT[id]!; i < STEP_AT[id + 1]!; i++) {
    const token = STEP_TOKEN[i]!;
    if (mask === 'content' && token === EOT) continue;
    addStepGrad(kind, theta, table, prompt, STEP_CONTEXT[i]!, token, coef, grad, g);
  }
}

/** Draws one response id from the table for a prompt. */
export function sampleResponse(table: Float64Array, prompt: number, uniform: Uniform): number {
  const content: number[] = [];
  let context = START;
  while (content.length < 6) {
    let u = uniform(), token = VOCAB - 1;
    for (let v = 0; v < VOCAB; v++) {
      u -= Math.exp(table[cell(prompt, context, v)]!);
      if (u < 0) {
        token = v;
        break;
      }
    }
    if (token === EOT) return responseId({ content, terminated: true });
    content.push(token);
    context = token;
  }
  return responseId({ content, terminated: false });
}

/** log π(y | prompt) for every response y of a prompt, by id (they sum to 1 after exp: tested). */
export function responseLogProbs(table: Float64Array, prompt: number, mask: TokenMask = 'all'): Float64Array {
  const out = new Float64Array(RESPONSES);
  for (let id = 0; id < RESPONSES; id++) out[id] = sequenceLogProb(table, prompt, id, mask);
  return out;
}

/** Exact statistics of a policy against a reference for one prompt. */
export interface ExactStats {
  /** Σ_y π(y): 1 up to rounding (a check). */
  mass: number;
  /** E_π[r(y)] for the reward given. */
  reward: number;
  /** KL(π ‖ π_ref) = Σ_y π(y)·(log π(y) − log π_ref(y)), nats. */
  kl: number;
  /** Mean number of content tokens. */
  meanLength: number;
  /** P(k content tokens then EOT) for k = 0…5, then P(truncated) at index 6. */
  lengths: Float64Array;
  /** Mass on responses in `seen` (e.g. those in the preference data). */
  seenMass: number;
}

/** Exact expectations over the 5,461 responses of one prompt. `reward(id)` is any reward by response id. */
export function exactStats(
  table: Float64Array, refTable: Float64Array, prompt: number, reward: (id: number) => number, seen?: ReadonlySet<number>,
): ExactStats {
  const lengths = new Float64Array(7);
  let mass = 0, r = 0, kl = 0, meanLength = 0, seenMass = 0;
  for (let id = 0; id < RESPONSES; id++) {
    const lp = sequenceLogProb(table, prompt, id);
    const p = Math.exp(lp);
    if (p === 0) continue;
    const resp = ALL_RESPONSES[id]!;
    mass += p;
    r += p * reward(id);
    kl += p * (lp - sequenceLogProb(refTable, prompt, id));
    meanLength += p * resp.content.length;
    lengths[resp.terminated ? resp.content.length : 6]! += p;
    if (seen?.has(id)) seenMass += p;
  }
  return { mass, reward: r, kl, meanLength, lengths, seenMass };
}

/** Exact statistics averaged over the prompts (each prompt equally likely). */
export function exactStatsAll(
  table: Float64Array, refTable: Float64Array, reward: (prompt: number, id: number) => number,
  seen?: readonly ReadonlySet<number>[],
): ExactStats {
  const sum: ExactStats = { mass: 0, reward: 0, kl: 0, meanLength: 0, lengths: new Float64Array(7), seenMass: 0 };
  for (let p = 0; p < PROMPTS; p++) {
    const s = exactStats(table, refTable, p, (id) => reward(p, id), seen?.[p]);
    sum.mass += s.mass / PROMPTS;
    sum.reward += s.reward / PROMPTS;
    sum.kl += s.kl / PROMPTS;
    sum.meanLength += s.meanLength / PROMPTS;
    sum.seenMass += s.seenMass / PROMPTS;
    for (let k = 0; k < 7; k++) sum.lengths[k]! += s.lengths[k]! / PROMPTS;
  }
  return sum;
}

