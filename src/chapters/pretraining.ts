// The numbers of the pre-training chapter (content/chapters/<lang>/07-pretraining.mdx), shared by every language:
// each chapter imports them with its own formatting (formatFor('en'), formatFor('zh')) and words them itself.
// Pure: facts from src/data (pretraining.ts, facts.ts, models.ts, longContext.ts) and the few report facts below
// that no widget needs; every formula from src/lib/llama (schedule.ts, scalingLaw.ts, params.ts, flops.ts) and
// src/lib/minhash.ts. Reference values: shared/reference/llama3-facts.md §A.1, §B.3–B.4, §D;
// llama3-facts-2.md §J–K; next-chapters-design.md §0.1 (pretraining.test.ts).
//
// What lives here because only this chapter needs it (none re-implements a formula of src/lib):
// - `alphaFor`: the exponent α that makes A·C^α equal a given token count (the inverse of powerLaw in α).
// - `minhashStdError`: the standard deviation √(s(1 − s)/K) of a MinHash estimate from K independent hash
//   functions (a binomial proportion; Broder 1997).
// - `lshThreshold`: the similarity (1/b)^(1/r) near which the LSH S-curve 1 − (1 − s^r)^b is steepest, the usual
//   rule of thumb (Leskovec, Rajaraman & Ullman, ch. 3).
import type { Fact } from '../data/facts';
import {
  COMPUTE_405B_FLOPS, DATA_MIX, LONG_CONTEXT_STAGES, LONG_CONTEXT_TOKENS, TOKENS_405B, TOKENS_LLAMA2_PER_LLAMA2_PAPER,
  TOKENS_LLAMA2_PER_LLAMA3_REPORT, TOKENS_LLAMA3_ABOUT,
} from '../data/facts';
import { CONTEXT_LLAMA3, CONTEXT_LLAMA31, MODELS } from '../data/models';
import {
  ANNEALING_TOKENS_405B, BATCH_SCHEDULE_405B, CHINCHILLA_SURFACE, ISOFLOP_RANGE, ISOFLOP_SCHEDULE, LR_SCHEDULE_405B,
  PEAK_LR, SCALING_LAW_FIGURE, SCALING_LAW_STATED, SCALING_LAW_TEXT,
} from '../data/pretraining';
import { TABLE_4 } from '../data/longContext';
import type { Format } from '../lib/format';
import {
  cosineLr, parameterCount, powerLaw, stepsForTokens, surfaceOptimum, tokensAt, tokensForSteps, trainingFlops,
  LLAMA3_MODEL_IDS,
} from '../lib/llama';
import { jaccard, lshProbability, shingles } from '../lib/minhash';

/** Line-level de-duplication: "We remove lines that appeared more than 6 times in each bucket of 30M documents" ([P] §3.1.1). */
export const LINE_DEDUP: Fact<{ maxRepeats: number; bucketDocs: number }> = {
  value: { maxRepeats: 6, bucketDocs: 30e6 },
  cite: 'Report §3.1.1',
};

/** "a fasttext-based language identification model to categorize documents into 176 languages" ([P] §3.1.1). */
export const LANGUAGES: Fact = { value: 176, cite: 'Report §3.1.1' };

/**
 * Annealing as a data-quality probe ([P] §3.1.3): a 50%-trained Llama 3 8B, learning rate annealed linearly to 0
 * over 40B tokens, 30% weight on the new data set and 70% on the default mix.
 */
export const ANNEAL_PROBE: Fact<{ trainedFraction: number; tokens: number; newShare: number }> = {
  value: { trainedFraction: 0.5, tokens: 40e9, newShare: 0.3 },
  cite: 'Report §3.1.3',
};

/** Annealing results ([P] §3.1.3): the 8B gains 24.0% on GSM8k and 6.4% on MATH (validation sets), as printed. */
export const ANNEAL_GAINS_8B: Fact<{ gsm8k: number; math: number }> = {
  value: { gsm8k: 0.24, math: 0.064 },
  cite: 'Report §3.1.3',
};

/** The scaling-law runs' batch sizes: "a fixed batch size for each compute scale, ranging between 250K and 4M" ([P] §3.2.1; no unit given). */
export const ISOFLOP_BATCH: Fact<{ min: number; max: number }> = { value: { min: 250e3, max: 4e6 }, cite: 'Report §3.2.1' };

/** Kaplan et al. 2020 (§6, "Optimal Allocation of the Compute Budget"): compute-efficient model size grows as N ∝ C^0.73. */
export const KAPLAN_SIZE_EXPONENT: Fact = { value: 0.73, cite: 'Kaplan et al. 2020, §6' };

/** Chinchilla itself: 70B parameters on 1.4T tokens, against Gopher's 280B on the same compute (Hoffmann et al. 2022, abstract, Table 1). */
export const CHINCHILLA_MODEL: Fact<{ params: number; tokens: number; gopherParams: number }> = {
  value: { params: 70e9, tokens: 1.4e12, gopherParams: 280e9 },
  cite: 'Hoffmann et al. 2022, abstract and Table 1',
};

/** The change in α the chapter uses to show how sensitive A·C^α is to rounding (one unit in the text's last digit). */
export const ALPHA_ROUNDING_STEP = 0.01;

/**
 * The chapter's MinHash example: two near-identical web sentences, word 5-shingles, and the dedup-lab widget's
 * default LSH setting (128 hash functions in 32 bands of 4 rows). An illustration, not the report's parameters,
 * which are unpublished (facts-2 §J).
 */
export const MINHASH_EXAMPLE = {
  a: 'Subscribe to our newsletter to get the latest news and updates from our team delivered straight to your inbox every week',
  b: 'Subscribe to our newsletter to get the latest news and offers from our team delivered straight to your inbox every month',
  k: 5,
  perms: 128,
  bands: 32,
  /** Similarities at which the chapter reads the S-curve. */
  at: [0.2, 0.42, 0.6] as const,
} as const;

/** α such that A·C^α = tokens: the exponent the report's law would need to give `tokens` at `flops` with a fixed A. */
export const alphaFor = (flops: number, tokens: number, A: number): number => Math.log(tokens / A) / Math.log(flops);

/** Standard deviation of a MinHash estimate of similarity s from K hash functions: √(s(1 − s)/K). */
export const minhashStdError = (s: number, perms: number): number => Math.sqrt((s * (1 - s)) / perms);

/** The similarity near which the LSH S-curve is steepest: (1/b)^(1/r). */
export const lshThreshold = (bands: number, rows: number): number => (1 / bands) ** (1 / rows);

/** Everything the chapter prints, formatted with `f`, and the raw values behind it (`raw`, for tests and wording). */
export function pretrainingNumbers(f: Format) {
  const C = COMPUTE_405B_FLOPS.value;
  const tokens405 = TOKENS_405B.value;
  const tokensAbout = TOKENS_LLAMA3_ABOUT.value;
  const N = Object.fromEntries(LLAMA3_MODEL_IDS.map((id) => [id, Number(parameterCount(MODELS[id]))])) as Record<(typeof LLAMA3_MODEL_IDS)[number], number>;
  const n405 = N['llama3-405b'];
  const nLlama2 = Number(parameterCount(MODELS['llama2-70b']));

  // 6ND for the 405B with the exact parameter count (facts §B.3), and against Llama 2 70B with each token figure.
  const flops405 = Number(trainingFlops(parameterCount(MODELS['llama3-405b']), tokens405));
  const flopsLlama2Own = Number(trainingFlops(parameterCount(MODELS['llama2-70b']), TOKENS_LLAMA2_PER_LLAMA2_PAPER.value));
  const flopsLlama2Report = Number(trainingFlops(parameterCount(MODELS['llama2-70b']), TOKENS_LLAMA2_PER_LLAMA3_REPORT.value));

  // The scaling law in its printed forms (next-chapters-design §0.1, facts §B.4). N* counts tokens; params = C/(6N*).
  const textTokens = powerLaw(C, SCALING_LAW_TEXT.value);
  const figureTokens = powerLaw(C, SCALING_LAW_FIGURE.value);
  const stated = SCALING_LAW_STATED.value;
  const statedFlops = 6 * stated.params * stated.tokens;
  const raw0 = {
    textTokens, textParams: tokensAt(C, textTokens),
    figureTokens, figureParams: tokensAt(C, figureTokens),
    statedFlops, statedOver: statedFlops / C - 1,
    /** The model size 16.55T tokens would fit in 3.8 × 10²⁵ FLOPs. */
    paramsForStatedTokens: tokensAt(C, stated.tokens),
    /** The α the text's A = 0.29 would need to give 16.55T. */
    alphaNeeded: alphaFor(C, stated.tokens, SCALING_LAW_TEXT.value.A),
  };

  // Chinchilla's surface (Hoffmann et al. 2022, eq. 10) at the 405B's budget: the exact optimum and its exponents.
  const chin = surfaceOptimum(C, CHINCHILLA_SURFACE.value);

  // Tokens per parameter, with each token figure as the report gives it: "about 15T" for the herd, 15.6T for 405B.
  const tpp = {
    '8b': tokensAbout / N['llama3-8b'],
    '70b': tokensAbout / N['llama3-70b'],
    '405b': tokens405 / n405,
    stated: stated.tokens / stated.params,
    chinchilla: CHINCHILLA_MODEL.value.tokens / CHINCHILLA_MODEL.value.params,
  };
  // What the report's law (figure-legend form) picks at the 8B's and 70B's own budgets, 6·N·(about 15T) —
  // an extrapolation past the 10²² FLOPs the law was fitted on, as is the 405B's.
  const budget8 = 6 * N['llama3-8b'] * tokensAbout;
  const budget70 = 6 * N['llama3-70b'] * tokensAbout;
  const lawAt = (budget: number) => {
    const t = powerLaw(budget, SCALING_LAW_FIGURE.value);
    return { tokens: t, params: tokensAt(budget, t) };
  };
  const law8 = lawAt(budget8);
  const law70 = lawAt(budget70);

  // The 405B's schedule (§3.4.1): LR at the end of warm-up and at the cosine's midpoint (the 1.2M steps taken to
  // include the warm-up, as schedule.ts assumes), the batch phases, the step count for 15.6T tokens.
  const s = LR_SCHEDULE_405B.value;
  const phases = BATCH_SCHEDULE_405B.value;
  const midStep = s.warmupSteps + (s.cosineSteps - s.warmupSteps) / 2;
  const stepsExact = stepsForTokens(tokens405, phases);
  const steps = Math.floor(stepsExact);
  const stepsPhase = phases.map((p, i) => {
    const end = Math.min(tokens405, phases[i + 1]?.fromTokens ?? tokens405);
    return (end - p.fromTokens) / p.batchTokens;
  });
  const stepAt287 = stepsForTokens(phases[2]!.fromTokens, phases);
  const tokensAtWarmupEnd = tokensForSteps(s.warmupSteps, phases);
  const lrAtEnd = cosineLr(steps, s);
  const row3 = TABLE_4.value[2]!;

  // MinHash example.
  const ex = MINHASH_EXAMPLE;
  const shA = shingles(ex.a, ex.k), shB = shingles(ex.b, ex.k);
  let shared = 0;
  for (const x of shA) if (shB.has(x)) shared++;
  const exJaccard = jaccard(shA, shB);
  const rows = ex.perms / ex.bands;
  const threshold = lshThreshold(ex.bands, rows);
  const probAt = ex.at.map((x) => lshProbability(x, ex.bands, rows));
  const probExample = lshProbability(exJaccard, ex.bands, rows);

  const raw = {
    ...raw0,
    chin, tpp, budget8, budget70, law8, law70,
    flops405, flopsLlama2Own, flopsLlama2Report,
    ratioLlama2Own: C / flopsLlama2Own, ratioLlama2Report: C / flopsLlama2Report,
    lrWarmupEnd: cosineLr(s.warmupSteps, s), lrMid: cosineLr(midStep, s), midStep,
    stepsExact, steps, stepsPhase, stepAt287, tokensAtWarmupEnd, lrAtEnd,
    lrAt287: cosineLr(stepAt287, s),
    annealSteps: ANNEALING_TOKENS_405B.value / row3.tokensPerBatch,
    annealSequences: ANNEALING_TOKENS_405B.value / row3.seqLen,
    shared, sizeA: shA.size, sizeB: shB.size, exJaccard, rows, threshold, probAt, probExample,
    seExample: minhashStdError(exJaccard, ex.perms),
    ordersOfMagnitude: Math.log10(C / ISOFLOP_RANGE.value.maxFlops),
    isoFlopOrders: Math.log10(ISOFLOP_RANGE.value.maxFlops / ISOFLOP_RANGE.value.minFlops),
  };

  const sci = (x: number, digits = 2) => f.sci(x, { digits });
  const tok = (x: number, digits = 3) => f.short(x, { digits });

  return {
    raw,
    /** Intro: 15.6T tokens, "about 15T" for the herd, 3.8 × 10²⁵ FLOPs, 6ND with the exact N. */
    tokens405: tok(tokens405),
    tokensAbout: f.short(tokensAbout, { digits: 2, trim: true }),
    compute405: sci(C),
    flops405: sci(flops405, 4),
    params405Exact: f.int(n405),
    params405: f.params(n405),
    params8: f.params(N['llama3-8b']),
    params70: f.params(N['llama3-70b']),
    /** Llama 2: 1.8T per the Llama 3 report, 2.0T per its own paper; 3.8 × 10²⁵ over 6ND of Llama 2 70B with each. */
    tokensLlama2Report: f.short(TOKENS_LLAMA2_PER_LLAMA3_REPORT.value, { digits: 2 }),
    tokensLlama2Own: f.short(TOKENS_LLAMA2_PER_LLAMA2_PAPER.value, { digits: 2 }),
    ratioLlama2Own: f.decimal(raw.ratioLlama2Own, { digits: 0 }),
    ratioLlama2Report: f.decimal(raw.ratioLlama2Report, { digits: 0 }),
    params2_70: f.params(nLlama2),

    /** Data: line dedup, languages, the mix. */
    lineMaxRepeats: f.int(LINE_DEDUP.value.maxRepeats),
    lineBucket: f.short(LINE_DEDUP.value.bucketDocs, { digits: 2, trim: true }),
    /** The line threshold as a rate: one occurrence per this many documents. */
    lineRate: f.short(LINE_DEDUP.value.bucketDocs / LINE_DEDUP.value.maxRepeats, { digits: 2, trim: true }),
    languages: f.int(LANGUAGES.value),
    mix: DATA_MIX.value.map((m) => f.percent(m.percent / 100, { digits: 0 })),
    mixNumbers: DATA_MIX.value.map((m) => f.int(m.percent)),

    /** MinHash example: shingle counts, exact Jaccard, LSH setting, threshold, S-curve readings. */
    exWords: f.int(ex.a.split(/\s+/u).length),
    exK: f.int(ex.k),
    exSizeA: f.int(shA.size),
    exSizeB: f.int(shB.size),
    exShared: f.int(shared),
    exUnion: f.int(shA.size + shB.size - shared),
    exJaccard: f.decimal(exJaccard, { digits: 2 }),
    exPerms: f.int(ex.perms),
    exBands: f.int(ex.bands),
    exRows: f.int(rows),
    exThreshold: f.decimal(threshold, { digits: 2 }),
    exAt: ex.at.map((x) => f.decimal(x, { digits: 2 })),
    exProbAt: probAt.map((p) => f.percent(p, { digits: 1 })),
    exProbExample: f.percent(probExample, { digits: 1 }),
    exSe: f.decimal(raw.seExample, { digits: 3 }),

    /** Annealing as a data-quality probe (§3.1.3). */
    probeTrained: f.percent(ANNEAL_PROBE.value.trainedFraction, { digits: 0 }),
    probeTokens: f.short(ANNEAL_PROBE.value.tokens, { digits: 2, trim: true }),
    probeNew: f.percent(ANNEAL_PROBE.value.newShare, { digits: 0 }),
    probeDefault: f.percent(1 - ANNEAL_PROBE.value.newShare, { digits: 0 }),
    gainGsm8k: f.percent(ANNEAL_GAINS_8B.value.gsm8k, { digits: 1 }),
    gainMath: f.percent(ANNEAL_GAINS_8B.value.math, { digits: 1 }),

    /** Compute-optimal scaling: Kaplan's exponent, Chinchilla's model and surface, at the 405B's budget. */
    kaplanExponent: f.decimal(KAPLAN_SIZE_EXPONENT.value, { digits: 2 }),
    chinchillaParams: f.short(CHINCHILLA_MODEL.value.params, { digits: 2, trim: true }),
    chinchillaTokens: f.short(CHINCHILLA_MODEL.value.tokens, { digits: 2 }),
    chinchillaTpp: f.int(tpp.chinchilla),
    gopherParams: f.short(CHINCHILLA_MODEL.value.gopherParams, { digits: 3 }),
    surface: {
      E: f.decimal(CHINCHILLA_SURFACE.value.E, { digits: 2 }),
      A: f.decimal(CHINCHILLA_SURFACE.value.A, { digits: 1 }),
      B: f.decimal(CHINCHILLA_SURFACE.value.B, { digits: 1 }),
      alpha: f.decimal(CHINCHILLA_SURFACE.value.alpha, { digits: 2 }),
      beta: f.decimal(CHINCHILLA_SURFACE.value.beta, { digits: 2 }),
    },
    chinA: f.decimal(chin.a, { digits: 2 }),
    chinB: f.decimal(chin.b, { digits: 2 }),
    chinParams: f.short(chin.params, { digits: 3 }),
    chinTokens: f.short(chin.tokens, { digits: 3 }),

    /** The IsoFLOP runs (§3.2.1). */
    isoMinFlops: sci(ISOFLOP_RANGE.value.minFlops),
    isoMaxFlops: f.sci(ISOFLOP_RANGE.value.maxFlops, { bareOne: true }),
    isoMinParams: f.short(ISOFLOP_RANGE.value.minParams, { digits: 2, trim: true }),
    isoMaxParams: f.short(ISOFLOP_RANGE.value.maxParams, { digits: 2, trim: true }),
    isoWarmup: f.int(ISOFLOP_SCHEDULE.value.warmupSteps),
    isoPeakMin: sci(ISOFLOP_SCHEDULE.value.peakMin),
    isoPeakMax: sci(ISOFLOP_SCHEDULE.value.peakMax),
    isoFloor: f.decimal(ISOFLOP_SCHEDULE.value.floorFraction, { digits: 1 }),
    isoBatchMin: f.short(ISOFLOP_BATCH.value.min, { digits: 3, trim: true }),
    isoBatchMax: f.short(ISOFLOP_BATCH.value.max, { digits: 2, trim: true }),
    isoOrders: f.decimal(raw.isoFlopOrders, { digits: 1 }),

    /** The law in its printed forms and what each gives at 3.8 × 10²⁵ (design §0.1). */
    textAlpha: f.decimal(SCALING_LAW_TEXT.value.alpha, { digits: 2 }),
    textA: f.decimal(SCALING_LAW_TEXT.value.A, { digits: 2 }),
    figAlpha: f.decimal(SCALING_LAW_FIGURE.value.alpha, { digits: 3 }),
    figA: f.decimal(SCALING_LAW_FIGURE.value.A, { digits: 3 }),
    textTokens: tok(textTokens, 4),
    textParams: f.short(raw.textParams, { digits: 3 }),
    figureTokens: tok(figureTokens, 4),
    figureParams: f.short(raw.figureParams, { digits: 3 }),
    statedParams: f.short(stated.params, { digits: 3 }),
    statedTokens: tok(stated.tokens, 4),
    statedFlops: sci(statedFlops, 3),
    statedOver: f.percent(raw.statedOver, { digits: 0 }),
    paramsForStatedTokens: f.short(raw.paramsForStatedTokens, { digits: 3 }),
    alphaNeeded: f.decimal(raw.alphaNeeded, { digits: 4 }),
    /** A·C^α at 3.8 × 10²⁵ changes by this factor when α moves by ALPHA_ROUNDING_STEP. */
    alphaStep: f.decimal(ALPHA_ROUNDING_STEP, { digits: 2 }),
    alphaSensitivity: f.decimal(C ** ALPHA_ROUNDING_STEP, { digits: 1 }),

    /** Tokens per parameter (8B, 70B on "about 15T"; 405B on 15.6T; the law's 402B/16.55T; Chinchilla's 70B/1.4T). */
    tpp8: f.int(Number(tpp['8b'].toPrecision(2))),
    tpp70: f.int(Number(tpp['70b'].toPrecision(2))),
    tpp405: f.decimal(tpp['405b'], { digits: 1 }),
    tppStated: f.decimal(tpp.stated, { digits: 1 }),
    /** The 8B and 70B's budgets 6·N·15T and what the legend's law picks there. */
    budget8: sci(budget8),
    budget70: sci(budget70),
    law8Params: f.short(law8.params, { digits: 2 }),
    law8Tokens: f.short(law8.tokens, { digits: 2 }),
    law70Params: f.short(law70.params, { digits: 2 }),
    law70Tokens: f.short(law70.tokens, { digits: 2 }),
    ordersOfMagnitude: f.decimal(raw.ordersOfMagnitude, { digits: 1 }),

    /** The 405B's schedule. */
    peakLr: sci(s.peak),
    finalLr: sci(s.final),
    warmupSteps: f.int(s.warmupSteps),
    cosineSteps: f.int(s.cosineSteps),
    lrWarmupEnd: sci(raw.lrWarmupEnd),
    lrMid: sci(raw.lrMid, 3),
    midStep: f.int(midStep),
    peakLr8: sci(PEAK_LR.value['llama3-8b']),
    peakLr70: sci(PEAK_LR.value['llama3-70b']),
    peakLr405: sci(PEAK_LR.value['llama3-405b']),
    batches: phases.map((p) => f.short(p.batchTokens, { digits: 2, trim: true })),
    seqLens: phases.map((p) => f.int(p.seqLen)),
    batchFrom: phases.map((p) => f.short(p.fromTokens, { digits: 3, trim: true })),
    stepsPhase: [f.int(stepsPhase[0]!), f.decimal(stepsPhase[1]!, { digits: 1 }), f.int(stepsPhase[2]!)],
    steps: f.int(steps),
    stepAt287: f.int(Math.floor(stepAt287)),
    tokensAtWarmupEnd: f.short(tokensAtWarmupEnd, { digits: 3 }),
    share287: f.percent(phases[2]!.fromTokens / tokens405, { digits: 1 }),
    lrAtEnd: sci(lrAtEnd, 2),
    lrAt287: sci(raw.lrAt287, 2),

    /** Long-context stage and annealing (§3.4.2–3.4.3). */
    contextLlama3: f.int(CONTEXT_LLAMA3),
    context128k: f.binaryShort(CONTEXT_LLAMA31),
    stages: f.int(LONG_CONTEXT_STAGES.value),
    longTokens: f.short(LONG_CONTEXT_TOKENS.value, { digits: 3, trim: true }),
    longShare: f.percent(LONG_CONTEXT_TOKENS.value / tokens405, { digits: 1 }),
    annealTokens: f.short(ANNEALING_TOKENS_405B.value, { digits: 2, trim: true }),
    annealSteps: f.decimal(raw.annealSteps, { digits: 1 }),
    annealSequences: f.int(Math.round(raw.annealSequences)),
    annealBatchLabel: f.binaryShort(row3.tokensPerBatch),
  };
}
