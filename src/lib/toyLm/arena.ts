// One task, every method (design §2.1.2; issue #17's rl-arena and the DPO chapter's quoted numbers): the SFT reference,
// seeded preference pairs labelled by Bradley–Terry on the hidden gold reward, the reward model fitted on those pairs
// (prompt-blind and misspecified, or with all five features), then DPO (plain or with Llama 3's changes), PPO and GRPO
// trained from the reference, and best-of-n as exact points. Pure and seeded: the widget's worker, the chapter and
// the tests call the same functions with the same set-up and get the same numbers.
import { bestOfKStats, prepareBestOfK } from './bestOfK';
import { NOISE_K, goldReward, preferencePairs, teacherTable, type GoldPreset, type Noise, type PreferencePair } from './data';
import { logProbTable, type PolicyKind } from './policy';
import { fitRewardModel } from './postTraining';
import { GRPO_DEEPSEEKMATH, type GrpoNorm, type GrpoOptions } from './rl';
import { PPO_TOY, runDpo, runGrpo, runPpo, type DpoPoint, type Reward, type RunPoint } from './runs';
import { responseLogProbs } from './sequences';
import { PROMPTS } from './space';
import { fitReference, rmScore, type DpoOptions, type RmFeature } from './train';

/** The reward model PPO, GRPO and best-of-n optimise: prompt-blind (misspecified, as in best-of-k) or all features. */
export const ARENA_RMS = ['blind', 'full'] as const;
export type ArenaRm = (typeof ARENA_RMS)[number];
export const ARENA_RM_FEATURES: Record<ArenaRm, readonly RmFeature[]> = {
  blind: ['tokens', 'length', 'truncated'],
  full: ['tokens', 'length', 'truncated', 'goodBad', 'lengthFrom3'],
};

/** The fixed parts of the toy task (the tested ones). */
export const ARENA_TOY = {
  kind: 'lowRank' as PolicyKind,
  /** π_ref = fitReference('lowRank', 1, teacher): the SFT model every method starts from. */
  referenceSeed: 1,
  /** Preference pairs drawn from π_ref (DPO trains on them; the RM is fitted on them). */
  pairs: 400,
  /** Adam learning rate of every method's policy (toy scale; Llama 3's DPO used 10⁻⁵ on real models). */
  lr: 0.05,
  /** DPO minibatch (pairs per step). */
  dpoBatch: 32,
  /** Best-of-n points drawn (n = 1 … 64). */
  bonN: [1, 2, 4, 8, 16, 32, 64] as const,
} as const;

/** What the arena's set-up depends on: the gold preset, annotator noise and the pairs' seed, and the RM kind. */
export interface ArenaTask {
  gold: GoldPreset;
  noise: Noise;
  rm: ArenaRm;
  seed: number;
}

export interface ArenaSetup {
  theta0: Float64Array;
  refTable: Float64Array;
  pairs: PreferencePair[];
  /** The fitted reward model's weights (features ARENA_RM_FEATURES[rm]). */
  rmWeights: Float64Array;
  reward: Reward;
  gold: Reward;
}

let referenceCache: { theta0: Float64Array; refTable: Float64Array } | null = null;

/** The SFT reference (computed once per thread: about 40 ms). */
export function arenaReference(): { theta0: Float64Array; refTable: Float64Array } {
  if (!referenceCache) {
    const theta0 = fitReference(ARENA_TOY.kind, ARENA_TOY.referenceSeed, teacherTable());
    referenceCache = { theta0, refTable: logProbTable(ARENA_TOY.kind, theta0) };
  }
  return referenceCache;
}

export function arenaSetup(task: ArenaTask): ArenaSetup {
  const { theta0, refTable } = arenaReference();
  const gold: Reward = (p, id) => goldReward(task.gold, p, id);
  const pairs = preferencePairs(refTable, gold, ARENA_TOY.pairs, NOISE_K[task.noise], task.seed);
  const features = ARENA_RM_FEATURES[task.rm];
  const { w } = fitRewardModel(features, pairs, [], null);
  return { theta0, refTable, pairs, rmWeights: w, reward: (p, id) => rmScore(w, features, p, id), gold };
}

/** Training options shared by the runs. */
export interface ArenaRunOptions {
  /** Updates: DPO steps, or PPO / GRPO iterations (one batch of fresh samples each). */
  steps: number;
  /** Record a point every this many updates (and at 0 and the end). */
  every: number;
  /** Seed of the minibatches and samples (the task's seed by default). */
  seed: number;
}

/** A run's recorded points and its final parameters. */
export interface ArenaRun<P extends RunPoint = RunPoint> {
  theta: Float64Array;
  points: P[];
}

export function arenaDpoRun(s: ArenaSetup, dpo: DpoOptions, o: ArenaRunOptions): ArenaRun<DpoPoint> {
  return runDpo({
    kind: ARENA_TOY.kind, theta0: s.theta0, refTable: s.refTable, reward: s.reward, gold: s.gold, iterations: o.steps,
    lr: ARENA_TOY.lr, seed: o.seed, every: o.every, pairs: s.pairs, batch: ARENA_TOY.dpoBatch, options: dpo,
  });
}
export const arenaDpo = (s: ArenaSetup, dpo: DpoOptions, o: ArenaRunOptions): DpoPoint[] => arenaDpoRun(s, dpo, o).points;

export function arenaPpoRun(s: ArenaSetup, ppo: { klCoef: number; clip: number }, o: ArenaRunOptions): ArenaRun {
  return runPpo({
    kind: ARENA_TOY.kind, theta0: s.theta0, refTable: s.refTable, reward: s.reward, gold: s.gold, iterations: o.steps,
    lr: ARENA_TOY.lr, seed: o.seed, every: o.every, options: { ...PPO_TOY, klCoef: ppo.klCoef, clip: ppo.clip },
  });
}
export const arenaPpo = (s: ArenaSetup, ppo: { klCoef: number; clip: number }, o: ArenaRunOptions): RunPoint[] => arenaPpoRun(s, ppo, o).points;

/** GRPO variants: DeepSeekMath's (std scaling, 1/|o|), Dr. GRPO (no std, constant 1/T_max), DAPO-style token mean. */
export const GRPO_VARIANTS = ['grpo', 'dr-grpo', 'dapo'] as const;
export type GrpoVariant = (typeof GRPO_VARIANTS)[number];
export const GRPO_VARIANT_OPTIONS: Record<GrpoVariant, Pick<GrpoOptions, 'scaleStd' | 'norm'>> = {
  grpo: { scaleStd: GRPO_DEEPSEEKMATH.scaleStd, norm: GRPO_DEEPSEEKMATH.norm },
  'dr-grpo': { scaleStd: false, norm: 'constant' satisfies GrpoNorm },
  dapo: { scaleStd: true, norm: 'token' satisfies GrpoNorm },
};

export interface ArenaGrpoOptions {
  beta: number;
  clip: number;
  group: number;
  variant: GrpoVariant;
}

export function arenaGrpoRun(s: ArenaSetup, grpo: ArenaGrpoOptions, o: ArenaRunOptions): ArenaRun {
  return runGrpo({
    kind: ARENA_TOY.kind, theta0: s.theta0, refTable: s.refTable, reward: s.reward, gold: s.gold, iterations: o.steps,
    lr: ARENA_TOY.lr, seed: o.seed, every: o.every, group: grpo.group,
    options: { ...GRPO_VARIANT_OPTIONS[grpo.variant], clip: grpo.clip, beta: grpo.beta },
  });
}
export const arenaGrpo = (s: ArenaSetup, grpo: ArenaGrpoOptions, o: ArenaRunOptions): RunPoint[] => arenaGrpoRun(s, grpo, o).points;

/** Best-of-n against the reward model, exact for every prompt (averaged over prompts): one point per n. */
export interface BonPoint {
  n: number;
  gold: number;
  proxy: number;
  kl: number;
  /** Beirami et al.'s log n − (n − 1)/n, the popular formula (an upper bound). */
  klBound: number;
}

export function arenaBestOfN(s: ArenaSetup, ns: readonly number[] = ARENA_TOY.bonN): BonPoint[] {
  const perPrompt = Array.from({ length: PROMPTS }, (_, p) => {
    const probs = responseLogProbs(s.refTable, p).map(Math.exp);
    const scores = probs.map((_, id) => s.reward(p, id));
    const golds = probs.map((_, id) => s.gold(p, id));
    return { probs, scores, golds, prep: prepareBestOfK(probs, scores) };
  });
  return ns.map((n) => {
    let gold = 0, proxy = 0, kl = 0;
    for (const { probs, scores, golds, prep } of perPrompt) {
      const st = bestOfKStats(probs, prep, n, [scores, golds]);
      proxy += st.expected[0]! / PROMPTS;
      gold += st.expected[1]! / PROMPTS;
      kl += st.kl / PROMPTS;
    }
    return { n, gold, proxy, kl, klBound: Math.log(n) - (n - 1) / n };
  });
}
