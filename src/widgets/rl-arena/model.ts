// Model of rl-arena (design §2.1.4; issue #17): every method trained on the one arena task of src/lib/toyLm/arena.ts
// (the SFT reference, 400 seeded preference pairs, the reward model fitted on them, prompt-blind or full), with the
// widget's settings. Best-of-n is exact (n = 1 … 64); DPO (plain), Llama 3's DPO, PPO and GRPO are real runs with
// hand-written gradients. Pure and seeded. This file holds the settings, the result's shape and what the view reads
// from it; the runs themselves are in compute.ts (`computeArena`), which the worker loads, and the main thread only
// when no worker runs: a page does not download them twice.
import {
  GOLD_PRESETS, GRPO_VARIANTS, NOISES, PPO_TOY, PROMPTS, ARENA_RMS, type ArenaRm, type BonPoint, type DpoOptions, type DpoPoint,
  type GoldPreset, type GrpoVariant, type Noise, type RunPoint,
} from '../../lib/toyLm';
import { rlhfMemory, type RlhfMethod } from '../../lib/llama/rlhfMemory';
import { MODELS } from '../../data/models';
import { GRPO_DSM_BETA, LLAMA2_PPO_CLIP, LLAMA2_PPO_KL } from '../../data/dpo';

/** The methods, in the order they run (best-of-n first: it is exact and fast) and are drawn. */
export const METHODS = ['bon', 'dpo', 'llama3', 'ppo', 'grpo'] as const;
export type Method = (typeof METHODS)[number];
export const TRAINED = ['dpo', 'llama3', 'ppo', 'grpo'] as const;
export type TrainedMethod = (typeof TRAINED)[number];

export const NLL_NORMS = ['token', 'sequence'] as const;
export type NllNorm = (typeof NLL_NORMS)[number];

export { GRPO_VARIANTS, NOISES, ARENA_RMS, PPO_TOY };
/** The gold presets as a tuple (for the URL enum). */
export const GOLDS = GOLD_PRESETS as readonly GoldPreset[] as readonly ['lengthNeutral', 'length3'];
export type { ArenaRm, GoldPreset, GrpoVariant, Noise };

/** The KL coefficients and clip of Llama 2's PPO, for the widget's note (src/data/dpo.ts: Llama 2 §3.2.3). */
export const LLAMA2_PPO = { klSmall: LLAMA2_PPO_KL.value.small, klLarge: LLAMA2_PPO_KL.value.large, clip: LLAMA2_PPO_CLIP.value } as const;
/** DeepSeekMath's GRPO KL coefficient (src/data/dpo.ts: Shao et al. 2024 §4.2, β = 0.04), the default of `kl`. */
export const DEEPSEEKMATH_BETA = GRPO_DSM_BETA.value;

export const LIMITS = {
  beta: { min: 0.01, max: 1 },
  kl: { min: 0, max: 0.5 },
  clip: { min: 0.05, max: 0.5 },
  group: { min: 2, max: 64 },
  nll: { min: 0, max: 1 },
  /** Online iterations of PPO and GRPO; DPO takes DPO_STEPS_PER_ITERATION× as many steps. */
  steps: { min: 10, max: 150 },
  seed: { min: 0, max: 999_999 },
} as const;
/** DPO steps per online iteration: one shared `steps` count, DPO's 3× (a DPO step is far cheaper than an iteration). */
export const DPO_STEPS_PER_ITERATION = 3;

export interface ArenaState {
  /** Comma-separated methods in METHODS order ("" = none). */
  methods: string;
  beta: number;
  kl: number;
  clip: number;
  group: number;
  mask: boolean;
  nll: number;
  nllnorm: NllNorm;
  noise: Noise;
  gold: GoldPreset;
  steps: number;
  seed: number;
  rm: ArenaRm;
  variant: GrpoVariant;
}

export const DEFAULTS: ArenaState = {
  methods: METHODS.join(','),
  beta: 0.1,
  kl: DEEPSEEKMATH_BETA,
  clip: 0.2,
  group: 16,
  mask: true,
  nll: 0.2,
  nllnorm: 'token',
  noise: 'medium',
  gold: 'length3',
  steps: 100,
  seed: 7,
  rm: 'blind',
  variant: 'grpo',
};

// ── The methods set ─────────────────────────────────────────────────────────────────────────────

export const METHODS_PATTERN = new RegExp(`^(|(${METHODS.join('|')})(,(${METHODS.join('|')})){0,${METHODS.length - 1}})$`);

/** The methods of a `methods` value, in METHODS order, each once. */
export function parseMethods(text: string): Method[] {
  const ids = new Set(text.split(','));
  return METHODS.filter((m) => ids.has(m));
}
export function methodsText(ms: readonly Method[]): string {
  return METHODS.filter((m) => ms.includes(m)).join(',');
}
export function toggleMethod(text: string, m: Method, on: boolean): string {
  const set = parseMethods(text).filter((x) => x !== m);
  return methodsText(on ? [...set, m] : set);
}

// ── Options of each method, from the state ──────────────────────────────────────────────────────

export function dpoOptions(s: ArenaState, which: 'dpo' | 'llama3'): DpoOptions {
  if (which === 'dpo') return { beta: s.beta, mask: 'all', nll: 0, nllPerToken: false };
  return { beta: s.beta, mask: s.mask ? 'content' : 'all', nll: s.nll, nllPerToken: s.nllnorm === 'token' };
}

/** Record about this many points per run (plus step 0). */
const POINTS = 20;
export function runShape(s: ArenaState): { dpoSteps: number; dpoEvery: number; rlSteps: number; rlEvery: number } {
  const rlEvery = Math.max(1, Math.round(s.steps / POINTS));
  return { dpoSteps: s.steps * DPO_STEPS_PER_ITERATION, dpoEvery: rlEvery * DPO_STEPS_PER_ITERATION, rlSteps: s.steps, rlEvery };
}

// ── Results ─────────────────────────────────────────────────────────────────────────────────────

/** P(k content tokens then EOT) for k = 0 … 5, then P(no EOT within 6 tokens): exactStatsAll(...).lengths. */
export type LengthHistogram = number[];

export interface TrainedRun<P extends RunPoint = RunPoint> {
  points: P[];
  /** The length histogram of the final policy. */
  lengths: LengthHistogram;
}

/** GRPO's first group (iteration 1, prompt 0, the run's seed): what its advantages and token weights are. */
export interface GroupInspect {
  prompt: number;
  rows: { label: string; reward: number; advantage: number; tokens: number; weight: number }[];
  mean: number;
  /** Sample standard deviation (n − 1), as groupAdvantages uses it. */
  std: number;
  scaleStd: boolean;
  norm: 'sequence' | 'constant' | 'token';
}

export interface ArenaResult {
  bon: BonPoint[] | null;
  dpo: TrainedRun<DpoPoint> | null;
  llama3: TrainedRun<DpoPoint> | null;
  ppo: TrainedRun | null;
  grpo: TrainedRun | null;
  group: GroupInspect | null;
  /** The reference policy's length histogram. */
  reference: LengthHistogram;
  /** The methods still to come (empty in the final result). */
  pending: Method[];
}

export function resultKey(s: ArenaState): string {
  return JSON.stringify([s.methods, s.beta, s.kl, s.clip, s.group, s.mask, s.nll, s.nllnorm, s.noise, s.gold, s.steps, s.seed, s.rm, s.variant]);
}

// ── Summaries the view and the screen reader use ────────────────────────────────────────────────

export interface FinalRow {
  method: Method;
  gold: number;
  /** The RM's score (null for DPO and Llama 3's DPO: they never read it). */
  proxy: number | null;
  kl: number;
  truncated: number;
  meanLength: number;
  /** Best-of-n: at n = 64; runs: at the last step. */
  at: number;
}

/** One row per finished method: the end of each run (best-of-n at its largest n). */
export function finalRows(r: ArenaResult): FinalRow[] {
  const rows: FinalRow[] = [];
  for (const m of METHODS) {
    if (m === 'bon') {
      const b = r.bon?.[r.bon.length - 1];
      if (b) rows.push({ method: m, gold: b.gold, proxy: b.proxy, kl: b.kl, truncated: NaN, meanLength: NaN, at: b.n });
      continue;
    }
    const run = r[m];
    const p = run?.points[run.points.length - 1];
    if (p) rows.push({ method: m, gold: p.gold, proxy: m === 'dpo' || m === 'llama3' ? null : p.proxy, kl: p.kl, truncated: p.truncated, meanLength: p.meanLength, at: p.step });
  }
  return rows;
}

/** Best-of-n's best gold and where (the over-optimisation peak, or n = 64 when gold keeps rising). */
export function bonPeak(bon: readonly BonPoint[]): { n: number; gold: number; falls: boolean } {
  const peak = bon.reduce((m, p) => (p.gold > m.gold ? p : m));
  return { n: peak.n, gold: peak.gold, falls: peak.n !== bon[bon.length - 1]!.n };
}

/** Does an online run's gold end below its best (by more than 0.05)? The toy's PPO with the blind RM does not. */
export function goldDrop(points: readonly RunPoint[]): { best: number; end: number; falls: boolean } {
  const best = Math.max(...points.map((p) => p.gold));
  const end = points[points.length - 1]!.gold;
  return { best, end, falls: end < best - 0.05 };
}

/**
 * The reward-hacking reading under the two KL panels, one per method that reads the RM (best-of-n, PPO, GRPO): the RM
 * score at the start and the end, and gold at the start, at its best (and where) and at the end. `falls`: gold ends more
 * than 0.05 below its best (goldDrop's threshold; best-of-n's peak before its largest n).
 */
export interface Hacking {
  method: 'bon' | 'ppo' | 'grpo';
  proxyStart: number;
  proxyEnd: number;
  goldStart: number;
  goldBest: number;
  /** n for best-of-n, the iteration for PPO and GRPO. */
  bestAt: number;
  goldEnd: number;
  falls: boolean;
}

export function hackingOf(r: ArenaResult): Hacking[] {
  const out: Hacking[] = [];
  if (r.bon && r.bon.length) {
    const b = r.bon, p = bonPeak(b);
    out.push({ method: 'bon', proxyStart: b[0]!.proxy, proxyEnd: b[b.length - 1]!.proxy, goldStart: b[0]!.gold, goldBest: p.gold, bestAt: p.n,
      goldEnd: b[b.length - 1]!.gold, falls: p.falls });
  }
  for (const m of ['ppo', 'grpo'] as const) {
    const pts = r[m]?.points;
    if (!pts || pts.length === 0) continue;
    const best = pts.reduce((a, x) => (x.gold > a.gold ? x : a));
    const d = goldDrop(pts);
    out.push({ method: m, proxyStart: pts[0]!.proxy, proxyEnd: pts[pts.length - 1]!.proxy, goldStart: pts[0]!.gold, goldBest: best.gold,
      bestAt: best.step, goldEnd: d.end, falls: d.falls });
  }
  return out;
}

/** The widest hacking lines the methods can give (the invisible sizer: nothing moves when the results arrive). */
export function sizerHacking(methods: readonly Method[]): Hacking[] {
  // Gold lies in [−2, 0] and the RM scores of the toy's RMs in (−10, 10): one digit before the point, a sign.
  const w = -8.88;
  return (['bon', 'ppo', 'grpo'] as const).filter((m) => methods.includes(m)).map((method) => ({
    method, proxyStart: w, proxyEnd: w, goldStart: w, goldBest: w, bestAt: method === 'bon' ? 64 : LIMITS.steps.max, goldEnd: w, falls: true,
  }));
}

// ── Cost per update ─────────────────────────────────────────────────────────────────────────────

export interface CostRow {
  method: Method;
  /** Models resident (rlhfMemory's models; best-of-n: policy + reward model). */
  models: number;
  /** Of which trained. */
  trained: number;
  /** Forward passes per training example (rlhfMemory), best-of-n: n generations + n scores. */
  forward: number;
  backward: number;
  /** Responses generated per update in the toy (PPO batch; GRPO G × prompts; DPO none; best-of-n n per prompt). */
  samples: number;
  /** Bytes of the models' states at Llama 3 405B (rlhfMemory's defaults: bf16 weights, fp32 grads, 12 B AdamW). */
  bytes405: number;
}

const RLHF_OF: Record<TrainedMethod, RlhfMethod> = { dpo: 'dpo', llama3: 'dpo', ppo: 'ppo', grpo: 'grpo' };

export function costRows(s: ArenaState, cachedReference = false): CostRow[] {
  const shape = MODELS['llama3-405b'];
  return METHODS.map((method) => {
    if (method === 'bon') {
      // Best-of-n trains nothing: the policy generates n answers and the reward model scores them (n = 16 shown).
      const n = 16;
      const mem = rlhfMemory('ppo', shape);
      const policy = mem.models.find((m) => m.role === 'policy')!.weights, reward = mem.models.find((m) => m.role === 'reward')!.weights;
      return { method, models: 2, trained: 0, forward: 2 * n, backward: 0, samples: n * PROMPTS, bytes405: policy + reward };
    }
    const mem = rlhfMemory(RLHF_OF[method], shape, undefined, { cachedReference, grpoKl: s.kl > 0 });
    const samples = method === 'ppo' ? PPO_TOY.batch : method === 'grpo' ? s.group * PROMPTS : 0;
    return {
      method, models: mem.models.length, trained: mem.models.filter((m) => m.trained).length,
      forward: mem.forwardPasses, backward: mem.backwardPasses, samples, bytes405: mem.total,
    };
  });
}
export const BON_COST_N = 16;

// ── Notes ───────────────────────────────────────────────────────────────────────────────────────

export type ArenaNote = 'noMethods' | 'klOff' | 'llama2Kl' | 'maskAlone';

export function notesFor(s: ArenaState): ArenaNote[] {
  const ms = parseMethods(s.methods);
  const out: ArenaNote[] = [];
  if (ms.length === 0) return ['noMethods'];
  if ((ms.includes('ppo') || ms.includes('grpo')) && s.kl === 0) out.push('klOff');
  if ((ms.includes('ppo') || ms.includes('grpo')) && (s.kl === LLAMA2_PPO.klSmall || s.kl === LLAMA2_PPO.klLarge)) out.push('llama2Kl');
  if (ms.includes('llama3') && s.mask && s.nll === 0) out.push('maskAlone');
  return out;
}

/** The screen-reader description of a state and its result (null while computing). */
export function describe(s: ArenaState, r: ArenaResult | null): string {
  const ms = parseMethods(s.methods);
  if (ms.length === 0) return 'No method chosen.';
  const head = `Arena: ${ms.join(', ')}; ${s.steps} iterations (DPO ${s.steps * DPO_STEPS_PER_ITERATION} steps), seed ${s.seed}, ${s.rm} reward model.`;
  if (!r) return `${head} Training…`;
  const rows = finalRows(r).map((x) => `${x.method}: gold ${x.gold.toFixed(2)} at KL ${x.kl.toFixed(2)}`);
  return `${head} ${rows.join('; ')}.`;
}
