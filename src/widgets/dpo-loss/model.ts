// Model of dpo-loss (pure: no React, no DOM). Three parts:
// 1. The loss curve: −log σ(z) and the gradient weight σ(−z) against the log-ratio margin m = Δ_w − Δ_l (nats), with
//    z = β·m the implicit-reward margin (Rafailov et al. 2023, Eq. 7; TRL logs z as rewards/margins). At m = 0 the loss
//    is ln 2. The NLL term Llama 3 adds (coefficient 0.2, report §4.1.4) per token or summed: the report does not say
//    which (llama3-facts §E ❌), so both are shown.
// 2. A chat pair (pair.ts) in Llama 3's chat format, tokenized by the real tokenizer (in its worker): analysePair()
//    splits the ids into prompt / header / content / termination, and says which tokens are in the loss (mask), which
//    cancel between chosen and rejected (same token after the same context) and the sign of each one's push.
// 3. The bandit (src/lib/toyLm/bandit.ts, design §2.1.1 level 1): one prompt, six named responses, DPO steps on one
//    pair; a tabular policy never lowers π(chosen), a shared one (features φ ∈ R²) can (Razin et al. 2024).
import { banditDpo, banditLogits, logSigmoid, logSoftmax, sigmoid, type BanditKind } from '../../lib/toyLm';
import { LLAMA3_CHAT_TOKENS } from '../../tokenizers';
import { DPO_BETA, DPO_NLL_COEFFICIENT } from '../../data/postTraining';

// ── Limits and defaults (the URL schema's, meta.ts) ──

export const MASKS = ['on', 'off'] as const;
export type MaskMode = (typeof MASKS)[number];
export const POLICIES = ['shared', 'tabular'] as const satisfies readonly BanditKind[];

export const LIMITS = {
  beta: { min: 0.01, max: 1, step: 0.01 },
  margin: { min: -10, max: 10, step: 0.1 },
  nll: { min: 0, max: 1, step: 0.05 },
  /** Assumed NLL per chosen token (nats): no Llama 3 weights run here, so the reader sets it. */
  tokennll: { min: 0, max: 5, step: 0.05 },
  step: { min: 0, max: 30 },
} as const;

export const DEFAULTS = {
  beta: DPO_BETA.value,
  margin: 0,
  mask: 'on' as MaskMode,
  nll: DPO_NLL_COEFFICIENT.value,
  tokennll: 1,
  policy: 'shared' as BanditKind,
  step: 10,
};

export interface DpoLossState {
  beta: number;
  margin: number;
  mask: MaskMode;
  nll: number;
  tokennll: number;
  pair: string;
  policy: BanditKind;
  step: number;
}

// ── 1. The loss curve ──

/** The loss and its gradient weight at log-ratio margin m (nats) for β. */
export interface LossPoint {
  /** m = Δ_w − Δ_l, Δ = log π/π_ref summed over the response's tokens in the loss. */
  m: number;
  /** z = β·m, the implicit-reward margin. */
  z: number;
  /** −log σ(z). */
  loss: number;
  /** σ(−z): how hard the pair still pushes (the gradient is −β·σ(−z)·∇m). */
  weight: number;
}

export function lossAt(beta: number, m: number): LossPoint {
  const z = beta * m;
  return { m, z, loss: -logSigmoid(z), weight: sigmoid(-z) };
}

/** The curve over the margin slider's range, `n` + 1 points. */
export function lossCurve(beta: number, n = 200): LossPoint[] {
  const { min, max } = LIMITS.margin;
  return Array.from({ length: n + 1 }, (_, i) => lossAt(beta, min + ((max - min) * i) / n));
}

/** The NLL term at the marker: coefficient × NLL, per token (mean) or summed over the chosen response's n tokens. */
export interface NllShare {
  /** λ·ℓ̄ (per token) and λ·n·ℓ̄ (summed). */
  perToken: number;
  summed: number;
  /** Their shares of the total loss −log σ(z) + term. */
  perTokenShare: number;
  summedShare: number;
  /** Gradient weight on each chosen token's ∇log π from the NLL term: λ/n (per token) or λ (summed); from DPO: β·σ(−z). */
  gradPerToken: number;
  gradSummed: number;
  gradDpo: number;
}

export function nllShare(p: LossPoint, beta: number, lambda: number, tokenNll: number, n: number): NllShare {
  const perToken = lambda * tokenNll;
  const summed = lambda * tokenNll * n;
  const share = (x: number) => (x + p.loss > 0 ? x / (x + p.loss) : 0);
  return {
    perToken, summed, perTokenShare: share(perToken), summedShare: share(summed),
    gradPerToken: n > 0 ? lambda / n : 0, gradSummed: lambda, gradDpo: beta * p.weight,
  };
}

// ── 2. The chat pair, token by token ──

export type TokenRole = 'prompt' | 'header' | 'content' | 'eot';
/** What a token does in the loss: context only (prompt), masked, cancelled by its twin, or pushed up (+) / down (−). */
export type TokenPush = 'prompt' | 'masked' | 'cancels' | 'up' | 'down';

export interface PairToken {
  id: number;
  role: TokenRole;
  push: TokenPush;
}

export interface SideCounts {
  /** Every token of the formatted sequence. */
  total: number;
  prompt: number;
  /** The assistant turn: header + content + termination. */
  response: number;
  content: number;
  masked: number;
  /** In the DPO sum (not masked). */
  inLoss: number;
  /** In the loss but identical to the other side's token after an identical context: cancels exactly. */
  cancels: number;
  /** In the loss and not cancelled: the ones that move the margin. */
  effective: number;
  /** Tokens the NLL term counts (content + termination: what the model generates after the header). */
  nllTokens: number;
}

export interface PairSide {
  tokens: PairToken[];
  counts: SideCounts;
}

export interface PairAnalysis {
  chosen: PairSide;
  rejected: PairSide;
  /** The assistant header is identical in both: in the loss (mask off) it cancels; masked it is out either way. */
  headerTokens: number;
}

const { beginOfText: BOT, startHeader: SH, endHeader: EH, endOfTurn: EOT } = LLAMA3_CHAT_TOKENS;

/** Splits one formatted sequence (BOT, user turn, assistant header, content, EOT) into its parts, or null. */
export function splitSequence(ids: readonly number[]): { prompt: number[]; header: number[]; content: number[]; eot: number } | null {
  if (ids[0] !== BOT || ids[ids.length - 1] !== EOT) return null;
  const starts = ids.flatMap((id, i) => (id === SH ? [i] : []));
  if (starts.length !== 2) return null;
  const a = starts[1]!;
  const eh = ids.indexOf(EH, a);
  if (eh < 0 || eh + 1 >= ids.length - 1) return null;
  // Meta's _encode_header: <|start_header_id|>, the role, <|end_header_id|>, then "\n\n" (one token).
  const headerEnd = eh + 2;
  return { prompt: ids.slice(0, a), header: ids.slice(a, headerEnd), content: ids.slice(headerEnd, -1), eot: EOT };
}

/** Splits the two sequences of one tokenization of chosen + rejected (each begins with <|begin_of_text|>). */
export function splitJoint(ids: readonly number[]): [number[], number[]] | null {
  const second = ids.indexOf(BOT, 1);
  if (ids[0] !== BOT || second < 0) return null;
  return [ids.slice(0, second), ids.slice(second)];
}

/**
 * Token roles, the mask and cancellation for a chosen and a rejected sequence of the same prompt. The i-th token of the
 * assistant turn cancels when both turns agree on every token up to and including it (the same token after the same
 * context: its ∇log π is the same in both sums, pushed + in one and − in the other).
 */
export function analysePair(chosenIds: readonly number[], rejectedIds: readonly number[], mask: MaskMode): PairAnalysis | null {
  const c = splitSequence(chosenIds);
  const r = splitSequence(rejectedIds);
  if (!c || !r) return null;
  const turn = (s: NonNullable<typeof c>) => [
    ...s.header.map((id) => ({ id, role: 'header' as TokenRole })),
    ...s.content.map((id) => ({ id, role: 'content' as TokenRole })),
    { id: s.eot, role: 'eot' as TokenRole },
  ];
  const ct = turn(c);
  const rt = turn(r);
  let common = 0;
  while (common < ct.length && common < rt.length && ct[common]!.id === rt[common]!.id) common++;
  const side = (s: NonNullable<typeof c>, t: typeof ct, sign: 'up' | 'down'): PairSide => {
    const tokens: PairToken[] = [
      ...s.prompt.map((id) => ({ id, role: 'prompt' as TokenRole, push: 'prompt' as TokenPush })),
      ...t.map((x, i) => {
        const masked = mask === 'on' && (x.role === 'header' || x.role === 'eot');
        return { ...x, push: (masked ? 'masked' : i < common ? 'cancels' : sign) as TokenPush };
      }),
    ];
    const n = (p: TokenPush) => tokens.filter((x) => x.push === p).length;
    const inLoss = t.length - n('masked');
    return {
      tokens,
      counts: {
        total: tokens.length, prompt: s.prompt.length, response: t.length, content: s.content.length, masked: n('masked'),
        inLoss, cancels: n('cancels'), effective: inLoss - n('cancels'), nllTokens: s.content.length + 1,
      },
    };
  };
  return { chosen: side(c, ct, 'up'), rejected: side(r, rt, 'down'), headerTokens: c.header.length };
}

// ── 3. The bandit ──

/** The six responses (names in messages.*.ts) and their features φ(y) ∈ R² (a toy embedding, ours): the second
 *  coordinate is "how negative" the answer is, so "No" and "Never" sit close and "Yes"/"Sure" far on the other side. */
export const BANDIT_RESPONSES = ['yes', 'no', 'never', 'sure', 'maybe', 'nope'] as const;
export type BanditResponse = (typeof BANDIT_RESPONSES)[number];
export const BANDIT_FEATURES: readonly (readonly [number, number])[] = [
  [0.2, -2], [0.1, 0.9], [0.1, 1.1], [0.3, -1.5], [0.5, 0], [0, 1],
];
/** The one pair: chosen "No", rejected "Never". */
export const BANDIT_CHOSEN = 1;
export const BANDIT_REJECTED = 2;
/** SGD step size of the toy (the toy's, not Llama 3's 10⁻⁵). */
export const BANDIT_LR = 10;

export interface BanditStep {
  step: number;
  /** π over the six responses. */
  pi: number[];
  /** The pair's z, loss and gradient weight at this step (before its update). */
  z: number;
  loss: number;
  weight: number;
  /** First-order change of log π(chosen) along the next step's direction (per unit of lr·β·σ(−z)):
   *  tabular 1 − π_w + π_l (> 0 always); shared (φ_w − E_π[φ])·(φ_w − φ_l) (may be < 0). */
  slope: number;
}

/** Parameters at the start: zeros (both policies start uniform, and the reference is that start). */
function startTheta(kind: BanditKind): number[] {
  return kind === 'tabular' ? BANDIT_FEATURES.map(() => 0) : [0, 0];
}

/** `steps` SGD steps of DPO on the one pair from the uniform start; the states at step 0 … steps. */
export function banditRun(kind: BanditKind, beta: number, steps: number): BanditStep[] {
  const features = BANDIT_FEATURES as unknown as number[][];
  let theta = startTheta(kind);
  const ref = logSoftmax(banditLogits(kind, theta, features));
  const w = BANDIT_CHOSEN, l = BANDIT_REJECTED;
  const out: BanditStep[] = [];
  for (let s = 0; s <= steps; s++) {
    const lp = logSoftmax(banditLogits(kind, theta, features));
    const pi = lp.map(Math.exp);
    const d = banditDpo(kind, theta, features, ref, w, l, beta);
    let slope: number;
    if (kind === 'tabular') slope = 1 - pi[w]! + pi[l]!;
    else {
      const u = features[w]!.map((x, j) => x - features[l]![j]!);
      const mean = [0, 1].map((j) => pi.reduce((acc, p, k) => acc + p * features[k]![j]!, 0));
      slope = features[w]!.reduce((acc, x, j) => acc + (x - mean[j]!) * u[j]!, 0);
    }
    out.push({ step: s, pi, z: d.z, loss: d.loss, weight: d.weight, slope });
    if (s < steps) theta = theta.map((x, k) => x - BANDIT_LR * d.grad[k]!);
  }
  return out;
}

export interface BanditSummary {
  /** The shown policy's run and, for comparison, the other's final π. */
  run: BanditStep[];
  other: BanditStep;
  /** π(chosen) went down from the start (the likelihood displacement). */
  chosenFell: boolean;
  /** The response whose probability rose most. */
  biggestGain: number;
}

export function banditSummary(kind: BanditKind, beta: number, steps: number): BanditSummary {
  const run = banditRun(kind, beta, steps);
  const other = banditRun(kind === 'tabular' ? 'shared' : 'tabular', beta, steps).at(-1)!;
  const first = run[0]!, last = run.at(-1)!;
  const gains = last.pi.map((p, k) => p - first.pi[k]!);
  return { run, other, chosenFell: last.pi[BANDIT_CHOSEN]! < first.pi[BANDIT_CHOSEN]! - 1e-12, biggestGain: gains.indexOf(Math.max(...gains)) };
}
