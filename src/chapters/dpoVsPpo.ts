// The numbers of the DPO chapter (content/chapters/<lang>/10-dpo-vs-ppo.mdx), shared by every language: each chapter
// imports them with its own formatting (formatFor('en'), formatFor('zh')) and words them itself.
// Pure: facts from src/data/postTraining.ts (Llama 3's DPO, report §4.1.4) and src/data/dpo.ts (Llama 2's PPO,
// DeepSeekMath's GRPO, dates); memory from src/lib/llama/rlhfMemory.ts on the shapes of src/data/models.ts; every toy
// number from src/lib/toyLm/arena.ts (the rl-arena widget's task, its default seed 7), computed once and cached: the
// toy's numbers, never Llama 3's. Reference values: shared/reference/llama3-facts.md §E, next-chapters-design.md §2.1
// and src/lib/toyLm/arena.test.ts; pinned in dpoVsPpo.test.ts.
//
// Key names are stable: the Chinese chapter uses the same keys.
import { ARXIV_IDS, GRPO_DSM_BETA, GRPO_DSM_GROUP, GRPO_DSM_LR, LLAMA2_PPO_CLIP, LLAMA2_PPO_KL, LLAMA2_PPO_LR, RLHF_GPU, arxivMonth } from '../data/dpo';
import { MODELS } from '../data/models';
import { DPO_BETA, DPO_LR, DPO_NLL_COEFFICIENT, REJECTION_SAMPLING_K } from '../data/postTraining';
import type { Format } from '../lib/format';
import { RLHF_DEFAULT_CHOICES, RLHF_DEFAULT_PRECISION, rlhfMemory, type RlhfMethod } from '../lib/llama/rlhfMemory';
import {
  ARENA_TOY, LLAMA3_DPO, PLAIN_DPO, RESPONSES, arenaBestOfN, arenaDpo, arenaGrpo, arenaPpo, arenaSetup, sigmoid,
  type ArenaRm, type DpoOptions, type DpoPoint, type RunPoint,
} from '../lib/toyLm';

// ——— The toy set-up the chapter quotes: the rl-arena widget's defaults ———

export const ARENA_DEFAULTS = {
  gold: 'length3',
  noise: 'medium',
  seed: 7,
  /** DPO steps (minibatches of ARENA_TOY.dpoBatch pairs) and PPO / GRPO iterations. */
  dpoSteps: 300,
  rlSteps: 100,
  /** Points recorded every this many updates. */
  dpoEvery: 60,
  rlEvery: 10,
  /** PPO's and GRPO's KL coefficient (DeepSeekMath's 0.04) and clip (Llama 2's 0.2); GRPO's group. */
  kl: 0.04,
  clip: 0.2,
  group: 16,
} as const;

/** The margin z at which the chapter reads off the loss and its gradient weight (and its negative). */
export const Z_EXAMPLE = 2;

/** The four DPO variants the chapter compares: plain, mask only, NLL only, both (Llama 3's). */
export const DPO_VARIANTS: Record<'plain' | 'mask' | 'nll' | 'llama3', DpoOptions> = {
  plain: PLAIN_DPO,
  mask: { ...PLAIN_DPO, mask: 'content' },
  nll: { ...PLAIN_DPO, nll: LLAMA3_DPO.nll, nllPerToken: LLAMA3_DPO.nllPerToken },
  llama3: LLAMA3_DPO,
};

/** The Llama 3 sizes whose memory the chapter counts. */
export const MEMORY_MODELS = ['llama3-8b', 'llama3-70b', 'llama3-405b'] as const;

const last = <T>(xs: readonly T[]) => xs[xs.length - 1]!;

/** The toy experiments, computed once (a few seconds) and shared by every language's call. */
function runToy() {
  const d = ARENA_DEFAULTS;
  const task = (rm: ArenaRm) => arenaSetup({ gold: d.gold, noise: d.noise, rm, seed: d.seed });
  const blind = task('blind'), full = task('full');
  const dpoRun = { steps: d.dpoSteps, every: d.dpoEvery, seed: d.seed };
  const rlRun = { steps: d.rlSteps, every: d.rlEvery, seed: d.seed };

  const dpo = Object.fromEntries(
    Object.entries(DPO_VARIANTS).map(([k, o]) => [k, arenaDpo(blind, o, dpoRun)]),
  ) as Record<keyof typeof DPO_VARIANTS, DpoPoint[]>;

  const ppoOpts = { klCoef: d.kl, clip: d.clip };
  const grpoOpts = { beta: d.kl, clip: d.clip, group: d.group, variant: 'grpo' as const };
  const rl = {
    ppoBlind: arenaPpo(blind, ppoOpts, rlRun),
    ppoFull: arenaPpo(full, ppoOpts, rlRun),
    grpoBlind: arenaGrpo(blind, grpoOpts, rlRun),
    grpoFull: arenaGrpo(full, grpoOpts, rlRun),
  } satisfies Record<string, RunPoint[]>;

  const bon = { blind: arenaBestOfN(blind), full: arenaBestOfN(full) };
  return { dpo, rl, bon };
}

let toyCache: ReturnType<typeof runToy> | undefined;
export function dpoVsPpoToy() {
  toyCache ??= runToy();
  return toyCache;
}

/** GPUs of `gpuBytes` needed to hold `bytes` (states only): ⌈bytes / gpuBytes⌉. */
export function gpusFor(bytes: number, gpuBytes: number = RLHF_GPU.memoryBytes): number {
  return Math.ceil(bytes / gpuBytes);
}

/** Memory of each method for one model, with the default precision (bf16 weights, fp32 gradients, 12-byte AdamW). */
function memoryFor(id: (typeof MEMORY_MODELS)[number]) {
  const shape = MODELS[id];
  const of = (m: RlhfMethod, cachedReference = false) =>
    rlhfMemory(m, shape, RLHF_DEFAULT_PRECISION, { ...RLHF_DEFAULT_CHOICES, cachedReference });
  return { ppo: of('ppo'), grpo: of('grpo'), dpo: of('dpo'), dpoCached: of('dpo', true) };
}

/** A month of a year in both languages' words, from Intl (month names are words, not numbers to format). */
function monthYear(d: { year: number; month: number }): { en: string; zh: string } {
  const date = new Date(Date.UTC(d.year, d.month - 1, 15));
  const opts = { year: 'numeric', month: 'long', timeZone: 'UTC' } as const;
  return { en: new Intl.DateTimeFormat('en-GB', opts).format(date), zh: new Intl.DateTimeFormat('zh-CN', opts).format(date) };
}

/** Everything the chapter prints, formatted with `f`, and the raw values behind it (`raw`, for tests and wording). */
export function dpoVsPpoNumbers(f: Format) {
  const d1 = (x: number) => f.decimal(x, { digits: 1 });
  const d2 = (x: number) => f.decimal(x, { digits: 2 });
  const pct = (x: number) => f.percent(x, { digits: 0 });
  const t = dpoVsPpoToy();

  // ——— The DPO loss at a few margins (z = β·(Δ_w − Δ_l)) ———
  const lossAt = (z: number) => -Math.log(sigmoid(z));
  const weightAt = (z: number) => sigmoid(-z);

  // ——— Memory ———
  const mem = Object.fromEntries(MEMORY_MODELS.map((id) => [id, memoryFor(id)])) as Record<(typeof MEMORY_MODELS)[number], ReturnType<typeof memoryFor>>;
  const memText = (id: (typeof MEMORY_MODELS)[number]) => {
    const m = mem[id];
    const row = (r: (typeof m)['ppo']) => ({
      models: f.int(r.models.length),
      trained: f.int(r.models.filter((x) => x.trained).length),
      bytes: f.bytes(r.total, { units: 'decimal' }),
      gpus: f.int(gpusFor(r.total)),
      forward: f.int(r.forwardPasses),
      backward: f.int(r.backwardPasses),
    });
    return {
      ppo: row(m.ppo), grpo: row(m.grpo), dpo: row(m.dpo), dpoCached: row(m.dpoCached),
      /** PPO's states over DPO's (with its reference model resident). */
      ppoOverDpo: f.ratio(m.ppo.total / m.dpo.total),
      ppoOverDpoCached: f.ratio(m.ppo.total / m.dpoCached.total),
    };
  };

  // ——— Dates ———
  const dsm = arxivMonth(ARXIV_IDS.value.deepseekMath), l3 = arxivMonth(ARXIV_IDS.value.llama3), dpoDate = arxivMonth(ARXIV_IDS.value.dpo);
  const monthsDsmToLlama3 = (l3.year - dsm.year) * 12 + (l3.month - dsm.month);

  // ——— The toy ———
  const dpoSummary = (pts: DpoPoint[]) => {
    const a = pts[0]!, z = last(pts);
    return {
      chosenShift: d1(z.chosenShift), rejectedShift: d1(z.rejectedShift), margin: d2(z.margin),
      kl: d2(z.kl), gold: d2(z.gold), goldStart: d2(a.gold),
      truncatedStart: pct(a.truncated), truncated: pct(z.truncated),
      chosenMassStart: pct(a.chosenMass), chosenMass: pct(z.chosenMass), rejectedMass: pct(z.rejectedMass), unseenMass: pct(z.unseenMass),
      unseenMassStart: pct(a.unseenMass),
      meanLengthStart: d1(a.meanLength), meanLength: d1(z.meanLength),
    };
  };
  const rlSummary = (pts: RunPoint[]) => {
    const z = last(pts), peak = pts.reduce((m, p) => (p.gold > m.gold ? p : m));
    return {
      gold: d2(z.gold), goldStart: d2(pts[0]!.gold), proxy: d2(z.proxy), proxyStart: d2(pts[0]!.proxy), kl: d2(z.kl),
      peakGold: d2(peak.gold), peakStep: f.int(peak.step), meanLength: d1(z.meanLength), truncated: pct(z.truncated),
    };
  };
  const bonSummary = (pts: typeof t.bon.blind) => {
    const peak = pts.reduce((m, p) => (p.gold > m.gold ? p : m)), z = last(pts);
    return {
      peakN: f.int(peak.n), peakGold: d2(peak.gold), peakKl: f.decimal(peak.kl, { digits: 3 }), peakKlBound: f.decimal(peak.klBound, { digits: 3 }),
      n: f.int(z.n), gold: d2(z.gold), proxy: d2(z.proxy), kl: f.decimal(z.kl, { digits: 3 }), klBound: f.decimal(z.klBound, { digits: 3 }),
      goldStart: d2(pts[0]!.gold),
    };
  };

  const raw = { toy: t, mem, monthsDsmToLlama3 };

  return {
    raw,

    // ——— Llama 3's DPO (§4.1.4) and the other recipes ———
    dpoBeta: f.decimal(DPO_BETA.value, { digits: 1 }),
    dpoLr: f.sci(DPO_LR.value, { bareOne: true }),
    dpoNll: f.decimal(DPO_NLL_COEFFICIENT.value, { digits: 1 }),
    kMin: f.int(REJECTION_SAMPLING_K.value.min),
    kMax: f.int(REJECTION_SAMPLING_K.value.max),
    llama2: {
      clip: f.decimal(LLAMA2_PPO_CLIP.value, { digits: 1 }),
      klSmall: f.decimal(LLAMA2_PPO_KL.value.small, { digits: 2 }),
      klLarge: f.decimal(LLAMA2_PPO_KL.value.large, { digits: 3 }),
      lr: f.sci(LLAMA2_PPO_LR.value, { bareOne: true }),
    },
    grpo: {
      beta: f.decimal(GRPO_DSM_BETA.value, { digits: 2 }),
      group: f.int(GRPO_DSM_GROUP.value),
      lr: f.sci(GRPO_DSM_LR.value, { bareOne: true }),
    },
    /** Years of first arXiv submission and the months from DeepSeekMath to the Llama 3 report. */
    dates: {
      dpoYear: String(dpoDate.year),
      dsmYear: String(dsm.year),
      llama3Year: String(l3.year),
      /** Month and year of first submission, written in each language ("February 2024", "2024年2月"). */
      dsmMonth: monthYear(dsm),
      llama3Month: monthYear(l3),
      arxivDsm: ARXIV_IDS.value.deepseekMath,
      arxivLlama3: ARXIV_IDS.value.llama3,
      monthsDsmToLlama3: f.int(monthsDsmToLlama3),
      /** Dr. GRPO's and DAPO's year: both after the report. */
      drGrpoYear: String(arxivMonth(ARXIV_IDS.value.drGrpo).year),
      dapoYear: String(arxivMonth(ARXIV_IDS.value.dapo).year),
    },

    // ——— The DPO loss ———
    loss: {
      /** −log σ(0) = ln 2. */
      ln2: f.decimal(Math.LN2, { digits: 6 }),
      /** σ(−0) = 1/2: the gradient weight at margin 0. */
      weight0: d2(weightAt(0)),
      /** The example margins ±Z_EXAMPLE, and the loss and weight there. */
      zPos: f.int(Z_EXAMPLE),
      zNeg: f.int(-Z_EXAMPLE),
      lossPlus2: f.decimal(lossAt(Z_EXAMPLE), { digits: 3 }),
      weightPlus2: f.decimal(weightAt(Z_EXAMPLE), { digits: 3 }),
      lossMinus2: f.decimal(lossAt(-Z_EXAMPLE), { digits: 3 }),
      weightMinus2: f.decimal(weightAt(-Z_EXAMPLE), { digits: 3 }),
      /** With Llama 3's β, the log-ratio gap (nats) that makes z = Z_EXAMPLE. */
      gapForZ2: f.int(Z_EXAMPLE / DPO_BETA.value),
    },

    // ——— Memory (rlhfMemory, default precision) ———
    memory: {
      gpu: RLHF_GPU.short,
      gpuBytes: f.bytes(RLHF_GPU.memoryBytes, { units: 'decimal' }),
      /** Bytes per trained parameter (weights + gradients + optimizer) and per frozen one. */
      bytesTrained: f.int(RLHF_DEFAULT_PRECISION.weightBytes + RLHF_DEFAULT_PRECISION.gradBytes + RLHF_DEFAULT_PRECISION.optimizerBytes),
      bytesFrozen: f.int(RLHF_DEFAULT_PRECISION.weightBytes),
      m8b: memText('llama3-8b'),
      m70b: memText('llama3-70b'),
      m405b: memText('llama3-405b'),
    },

    // ——— The toy (rl-arena's defaults, seed 7): its numbers, never Llama 3's ———
    toy: {
      seed: f.int(ARENA_DEFAULTS.seed),
      /** Responses per prompt (all enumerated: every expectation is exact). */
      responses: f.int(RESPONSES),
      pairs: f.int(ARENA_TOY.pairs),
      batch: f.int(ARENA_TOY.dpoBatch),
      dpoSteps: f.int(ARENA_DEFAULTS.dpoSteps),
      rlSteps: f.int(ARENA_DEFAULTS.rlSteps),
      kl: f.decimal(ARENA_DEFAULTS.kl, { digits: 2 }),
      clip: f.decimal(ARENA_DEFAULTS.clip, { digits: 1 }),
      group: f.int(ARENA_DEFAULTS.group),
      dpo: {
        plain: dpoSummary(t.dpo.plain),
        mask: dpoSummary(t.dpo.mask),
        nll: dpoSummary(t.dpo.nll),
        llama3: dpoSummary(t.dpo.llama3),
      },
      ppoBlind: rlSummary(t.rl.ppoBlind),
      ppoFull: rlSummary(t.rl.ppoFull),
      grpoBlind: rlSummary(t.rl.grpoBlind),
      grpoFull: rlSummary(t.rl.grpoFull),
      /** Gold at the end with all features minus with the prompt-blind RM: the measured effect of fixing the RM. */
      rmFixPpo: d2(last(t.rl.ppoFull).gold - last(t.rl.ppoBlind).gold),
      rmFixGrpo: d2(last(t.rl.grpoFull).gold - last(t.rl.grpoBlind).gold),
      rmFixBon: d2(last(t.bon.full).gold - last(t.bon.blind).gold),
      bonBlind: bonSummary(t.bon.blind),
      bonFull: bonSummary(t.bon.full),
    },
  };
}
