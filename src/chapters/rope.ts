// The numbers of the RoPE chapter (content/chapters/<lang>/05-rope.mdx), shared by every language: each chapter
// imports them with its own formatting (formatFor('en'), formatFor('zh')) and words them itself. Pure: facts from
// src/data (bases, head dim, contexts, Llama 3.1's scaling, YaRN's ramp), every formula from src/lib/llama/rope.ts.
// Reference values: shared/reference/llama3-facts.md §B.5–B.7 and next-chapters-design.md §2.2 (rope.test.ts).
//
// Three small helpers live here because only this chapter needs them (none is a RoPE formula of its own):
// `bandCounts` (keep / blend / divide counts of any rule's ratios), `unseenAngleCount` (pairs whose angle at a
// position lies outside every angle they turned through in training) and `float32Spacing` (the gap between two
// neighbouring float32 numbers).
import { CONTEXT_LLAMA2, CONTEXT_LLAMA3, CONTEXT_LLAMA31 } from '../data/models';
import { LLAMA31_ROPE_SCALING, ROPE_HEAD_DIM, ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3, XIONG_EFFECTIVE_CONTEXT, YARN_RAMP } from '../data/rope';
import type { Fact } from '../data/facts';
import type { Format } from '../lib/format';
import { gaussian, mulberry32 } from '../lib/rng';
import {
  countLongerThan, criticalDimension, decayBound, dynamicNtkBase, inverseFrequencies, llama31Frequency,
  llama31Scaling, ntkAware, ntkAwareBase, ntkByPartsCode, ntkByPartsPaper, onesScore, phaseErrors,
  positionInterpolation, relativeScore, ropeScore, turns, wavelength, wavelengths, yarnAttentionScale,
  yarnCorrectionRange,
} from '../lib/llama';

/** Chen et al. 2023 (abstract): PI extends LLaMA models "to up to 32768" tokens "within 1000 steps" of fine-tuning. */
export const PI_PAPER: Fact<{ context: number; steps: number }> = { value: { context: 32_768, steps: 1_000 }, cite: 'Chen et al. 2023, abstract' };

/** sbryngelson/ANEForge PR #58: the 8B port without rope_scaling looped while summarising a 1,600-token article. */
export const ANEFORGE_ARTICLE_TOKENS: Fact = { value: 1_600, cite: 'sbryngelson/ANEForge pull request #58' };

/** The position the chapter reads an 8K-trained model at (an illustration, not a fact of the report). */
export const FAR_POSITION = 100_000;

/** Hugging Face's dynamic-NTK reference setting (facts §B.7): a Llama 2-style model, base 10,000, 4,096 positions. */
export const DYNAMIC_NTK_EXAMPLE = { base: ROPE_THETA_LLAMA2, factor: 2, maxPositions: CONTEXT_LLAMA2, lengths: [8_192, 16_384] } as const;

/**
 * Largest relative difference between Llama 3.1's inverse frequencies computed by torch in float32 and in float64
 * (shared/reference/llama3-facts.md §B.6, measured there). The float32 angle m·θᵢ inherits it, times the position.
 */
export const FLOAT32_FREQUENCY_REL_DIFF: Fact = { value: 2.1e-7, cite: 'llama3-facts §B.6 (torch float32 against float64)' };

/** Pair where the chapter compares YaRN's paper and code ramps (design §2.2 V5: 0.315 against 0.640). */
export const RAMP_COMPARE_PAIR = 25;

export const HEAD_DIM = ROPE_HEAD_DIM;
export const PAIRS = ROPE_HEAD_DIM / 2;
export const LAST_PAIR = PAIRS - 1;
export const SCALING = LLAMA31_ROPE_SCALING.value;

/** θᵢ for Θ = 500,000 (Llama 3) and 10,000 (Llama 2), head dim 128. */
export const INV_LLAMA3 = inverseFrequencies(ROPE_THETA_LLAMA3, HEAD_DIM);
export const INV_LLAMA2 = inverseFrequencies(ROPE_THETA_LLAMA2, HEAD_DIM);
/** Llama 3.1's scaled frequencies (Meta's apply_scaling). */
export const INV_LLAMA31 = llama31Scaling(INV_LLAMA3, SCALING);

/** How many of a rule's pairs it keeps (ratio 1), divides by the full factor (ratio 1/factor) and blends. */
export function bandCounts(original: ArrayLike<number>, scaled: ArrayLike<number>, factor: number) {
  let keep = 0;
  let divide = 0;
  for (let i = 0; i < original.length; i++) {
    const r = scaled[i]! / original[i]!;
    if (Math.abs(r - 1) < 1e-12) keep++;
    else if (Math.abs(r - 1 / factor) < 1e-12) divide++;
  }
  return { keep, blend: original.length - keep - divide, divide };
}

/**
 * Pairs whose rotation angle at `position` (taken mod 2π) lies outside every angle the pair reached at positions
 * 0 … trainLength − 1. A pair that completes a turn inside the training length has met every angle (to within one
 * step θᵢ) and never counts; a slower pair met only [0, (trainLength − 1)·θᵢ].
 */
export function unseenAngleCount(invFreqs: ArrayLike<number>, trainLength: number, position: number): number {
  let n = 0;
  for (let i = 0; i < invFreqs.length; i++) {
    const f = invFreqs[i]!;
    if (wavelength(f) <= trainLength) continue;
    const angle = (position * f) % (2 * Math.PI);
    if (angle > (trainLength - 1) * f) n++;
  }
  return n;
}

/**
 * The chapter's shift example: a seeded Gaussian query and key of head dim 128 at positions (m, n), at (m + c, n + c),
 * and the same score written with the offset alone (Θ = 500,000). Equal up to float64 rounding.
 */
export const SHIFT_EXAMPLE = { seed: 1, m: 100, n: 37, shift: 5_000 } as const;

export function shiftExample() {
  const next = gaussian(mulberry32(SHIFT_EXAMPLE.seed));
  const q = Float64Array.from({ length: HEAD_DIM }, next);
  const k = Float64Array.from({ length: HEAD_DIM }, next);
  const { m, n, shift } = SHIFT_EXAMPLE;
  const near = ropeScore(q, k, m, n, INV_LLAMA3);
  const far = ropeScore(q, k, m + shift, n + shift, INV_LLAMA3);
  const byOffset = relativeScore(q, k, m - n, INV_LLAMA3);
  return { near, far, byOffset, difference: Math.abs(far - near) };
}

/** Distance between a positive float32 number x (a normal one) and the next: 2^(⌊log₂ x⌋ − 23). */
export const float32Spacing = (x: number): number => 2 ** (Math.floor(Math.log2(x)) - 23);

/** The same for bfloat16 (8 significant bits): 2^(⌊log₂ x⌋ − 7). */
export const bfloat16Spacing = (x: number): number => 2 ** (Math.floor(Math.log2(x)) - 7);

/** The phase error of a port that forgets Llama 3.1's scaling, at one position: its largest value and where. */
export function forgotScaling(position: number) {
  const err = phaseErrors(INV_LLAMA3, INV_LLAMA31, position);
  let max = 0;
  let at = 0;
  let overPi = 0;
  for (let i = 0; i < err.length; i++) {
    if (err[i]! > max) { max = err[i]!; at = i; }
    if (err[i]! > Math.PI) overPi++;
  }
  return { max, at, overPi, last: err[LAST_PAIR]! };
}

/** The largest per-position phase drift of a port that forgets the scaling, rad per token: maxᵢ (θᵢ − θ′ᵢ). */
export function forgotScalingSlope(): number {
  let max = 0;
  for (let i = 0; i < INV_LLAMA3.length; i++) max = Math.max(max, INV_LLAMA3[i]! - INV_LLAMA31[i]!);
  return max;
}

/** Everything the chapter prints, formatted with `f`, and the raw values behind it (`raw`, for tests and wording). */
export function ropeNumbers(f: Format) {
  const lambda3 = wavelengths(INV_LLAMA3);
  const lambda2 = wavelengths(INV_LLAMA2);
  const { factor, low, high, original } = SCALING;
  const { alpha, beta } = YARN_RAMP.value;

  // Position interpolation, NTK-aware, NTK-by-parts (paper and code) and Llama 3.1 at the 3.1 setting: Θ = 500,000,
  // factor 8, original 8,192.
  const pi = positionInterpolation(INV_LLAMA3, factor);
  const ntkBase = ntkAwareBase(ROPE_THETA_LLAMA3, HEAD_DIM, factor);
  const ntk = ntkAware(ROPE_THETA_LLAMA3, HEAD_DIM, factor);
  const partsPaper = ntkByPartsPaper(INV_LLAMA3, factor, original, alpha, beta);
  const partsCode = ntkByPartsCode(ROPE_THETA_LLAMA3, HEAD_DIM, factor, original, alpha, beta);
  const yarnRange = yarnCorrectionRange(ROPE_THETA_LLAMA3, HEAD_DIM, original, alpha, beta);
  const yarnScale = yarnAttentionScale(factor);
  const band31 = Array.from(INV_LLAMA3, (x) => llama31Frequency(x, SCALING));
  const blendPairs = band31.flatMap((b, i) => (b.band === 'blend' ? [i] : []));
  const count31 = {
    keep: band31.filter((b) => b.band === 'keep').length,
    blend: blendPairs.length,
    divide: band31.filter((b) => b.band === 'divide').length,
  };
  const ratio = (scaled: ArrayLike<number>, i: number) => scaled[i]! / INV_LLAMA3[i]!;

  const far = FAR_POSITION;
  const trainMaxAngle63 = (CONTEXT_LLAMA3 - 1) * INV_LLAMA3[LAST_PAIR]!;
  const farAngle63 = far * INV_LLAMA3[LAST_PAIR]!;

  const err8k = forgotScaling(CONTEXT_LLAMA3);
  const err32k = forgotScaling(4 * CONTEXT_LLAMA3);
  const err128k = forgotScaling(CONTEXT_LLAMA31 - 1);

  const dynamic = DYNAMIC_NTK_EXAMPLE.lengths.map((len) =>
    dynamicNtkBase(DYNAMIC_NTK_EXAMPLE.base, HEAD_DIM, DYNAMIC_NTK_EXAMPLE.factor, DYNAMIC_NTK_EXAMPLE.maxPositions, len));

  const maxAngle = (CONTEXT_LLAMA31 - 1) * INV_LLAMA3[0]!;
  const shift = shiftExample();
  const pair1Angle = (CONTEXT_LLAMA31 - 1) * INV_LLAMA3[1]!;
  const slope = forgotScalingSlope();

  const raw = {
    lambda3, lambda2,
    longer: {
      llama2: { ctx8k: countLongerThan(INV_LLAMA2, CONTEXT_LLAMA3), ctx2k: countLongerThan(INV_LLAMA2, original / high), ctx4k: countLongerThan(INV_LLAMA2, CONTEXT_LLAMA2), ctx128k: countLongerThan(INV_LLAMA2, CONTEXT_LLAMA31) },
      llama3: { ctx8k: countLongerThan(INV_LLAMA3, CONTEXT_LLAMA3), ctx2k: countLongerThan(INV_LLAMA3, original / high), ctx4k: countLongerThan(INV_LLAMA3, CONTEXT_LLAMA2), ctx128k: countLongerThan(INV_LLAMA3, CONTEXT_LLAMA31) },
    },
    critical: {
      llama2At4k: criticalDimension(ROPE_THETA_LLAMA2, HEAD_DIM, CONTEXT_LLAMA2),
      llama3At8k: criticalDimension(ROPE_THETA_LLAMA3, HEAD_DIM, CONTEXT_LLAMA3),
      llama3At128k: criticalDimension(ROPE_THETA_LLAMA3, HEAD_DIM, CONTEXT_LLAMA31),
    },
    decay: [CONTEXT_LLAMA3, CONTEXT_LLAMA31].map((r) => ({
      distance: r,
      ones2: onesScore(r, INV_LLAMA2), ones3: onesScore(r, INV_LLAMA3),
      bound2: decayBound(r, INV_LLAMA2), bound3: decayBound(r, INV_LLAMA3),
    })),
    turns0In8k: turns(INV_LLAMA3[0]!, CONTEXT_LLAMA3),
    farAngle63, trainMaxAngle63,
    unseenFar: unseenAngleCount(INV_LLAMA3, CONTEXT_LLAMA3, far),
    unseenFarLlama2: unseenAngleCount(INV_LLAMA2, CONTEXT_LLAMA3, far),
    pi, ntk, ntkBase, partsPaper, partsCode, yarnRange, yarnScale,
    yarnBandsPaper: bandCounts(INV_LLAMA3, partsPaper, factor),
    yarnBandsCode: bandCounts(INV_LLAMA3, partsCode, factor),
    count31, blendPairs, band31,
    err8k, err32k, err128k,
    dynamic,
    maxAngle,
    shift,
    slope,
  };

  return {
    raw,
    /** Bases, head dimension, pairs. */
    thetaLlama3: f.int(ROPE_THETA_LLAMA3),
    thetaLlama2: f.int(ROPE_THETA_LLAMA2),
    headDim: f.int(HEAD_DIM),
    pairs: f.int(PAIRS),
    lastPair: f.int(LAST_PAIR),
    /** Contexts: Llama 2 (4,096), Llama 3 (8,192), Llama 3.1 (131,072), the last 3.1 position (131,071). */
    contextLlama2: f.int(CONTEXT_LLAMA2),
    contextLlama3: f.int(CONTEXT_LLAMA3),
    contextLlama31: f.int(CONTEXT_LLAMA31),
    lastPosition31: f.int(CONTEXT_LLAMA31 - 1),
    xiongContext: f.int(XIONG_EFFECTIVE_CONTEXT.value),

    /** Wavelengths (tokens). */
    lambdaFirst: f.decimal(lambda3[0]!, { digits: 2 }),
    turns0In8k: f.int(raw.turns0In8k),
    lambda3At: (i: number) => (lambda3[i]! < 1_000 ? f.decimal(lambda3[i]!, { digits: 1 }) : f.int(lambda3[i]!)),
    lambdaLast3: f.int(lambda3[LAST_PAIR]!),
    lambdaLast2: f.int(lambda2[LAST_PAIR]!),
    /** 2π·Θ, the limit the longest wavelength approaches but does not reach. */
    twoPiTheta2: f.int(2 * Math.PI * ROPE_THETA_LLAMA2),
    twoPiTheta3: f.int(2 * Math.PI * ROPE_THETA_LLAMA3),
    longer2At8k: f.int(raw.longer.llama2.ctx8k),
    longer2At2k: f.int(raw.longer.llama2.ctx2k),
    longer2At4k: f.int(raw.longer.llama2.ctx4k),
    longer3At8k: f.int(raw.longer.llama3.ctx8k),
    longer3At2k: f.int(raw.longer.llama3.ctx2k),
    longer3At128k: f.int(raw.longer.llama3.ctx128k),
    longer2At128k: f.int(raw.longer.llama2.ctx128k),
    criticalLlama2At4k: f.int(raw.critical.llama2At4k),
    criticalLlama3At8k: f.int(raw.critical.llama3At8k),
    criticalLlama3At128k: f.int(raw.critical.llama3At128k),
    /** Pairs that complete a turn inside 8,192 tokens at Θ = 500,000 (critical dimension / 2). */
    fullTurnPairs3At8k: f.int(PAIRS - raw.longer.llama3.ctx8k),

    /** Decay curves (all-ones score per pair, RoFormer bound) at 8,192 and 131,072. */
    decayAt: (k: 0 | 1) => {
      const d = raw.decay[k]!;
      return {
        distance: f.int(d.distance),
        ones2: f.decimal(d.ones2, { digits: 3 }), ones3: f.decimal(d.ones3, { digits: 3 }),
        bound2: f.decimal(d.bound2, { digits: 2 }), bound3: f.decimal(d.bound3, { digits: 2 }),
      };
    },

    /** An 8K-trained model read at position 100,000. */
    farPosition: f.int(far),
    farTimes: f.decimal(far / CONTEXT_LLAMA3, { digits: 1 }),
    farAngle63: f.decimal(farAngle63, { digits: 3 }),
    trainMaxAngle63: f.decimal(trainMaxAngle63, { digits: 4 }),
    unseenFar: f.int(raw.unseenFar),
    /** Slow pairs (λ > 8,192) whose angle at 100,000 has wrapped past a full turn back into the arc they know. */
    wrappedFar: f.int(raw.longer.llama3.ctx8k - raw.unseenFar),

    /** The shift example: the score at (100, 37), at (5,100, 5,037), by the offset alone, and the difference. */
    shiftM: f.int(SHIFT_EXAMPLE.m),
    shiftN: f.int(SHIFT_EXAMPLE.n),
    shiftM2: f.int(SHIFT_EXAMPLE.m + SHIFT_EXAMPLE.shift),
    shiftN2: f.int(SHIFT_EXAMPLE.n + SHIFT_EXAMPLE.shift),
    shiftOffset: f.int(SHIFT_EXAMPLE.m - SHIFT_EXAMPLE.n),
    shiftNear: f.decimal(shift.near, { digits: 6 }),
    shiftFar: f.decimal(shift.far, { digits: 6 }),
    shiftByOffset: f.decimal(shift.byOffset, { digits: 6 }),
    shiftDifference: f.sci(shift.difference, { digits: 1 }),

    /** Position interpolation at factor 8. */
    factor: f.int(factor),
    low: f.int(low),
    high: f.int(high),
    original: f.int(original),
    piLastPosition: f.decimal((CONTEXT_LLAMA31 - 1) / factor, { digits: 3 }),
    piMaxTrainedPosition: f.int(original - 1),
    piPaperContext: f.int(PI_PAPER.value.context),
    piPaperSteps: f.int(PI_PAPER.value.steps),
    anePromptTokens: f.int(ANEFORGE_ARTICLE_TOKENS.value),
    /** Pair 0's angle between neighbouring tokens after ÷ factor (rad; 1 before). */
    piNeighbourAngle: f.decimal(INV_LLAMA3[0]! / factor, { digits: 3 }),
    /** factor × original context: the length the factor alone would stretch 8,192 to. */
    factorTimesOriginal: f.int(factor * original),

    /** NTK-aware at Θ = 500,000, factor 8; the exponent d/(d − 2). */
    ntkBase: f.decimal(ntkBase, { digits: 1 }),
    ntkExponent: f.decimal(HEAD_DIM / (HEAD_DIM - 2), { digits: 4 }),
    ntkRatioAt: (i: number) => f.decimal(ratio(ntk, i), { digits: 3 }),
    /** HF's dynamic NTK: bases at 8,192 and 16,384 tokens (Θ = 10,000, factor 2, 4,096 positions). */
    dynamicBase: dynamic.map((b) => f.decimal(b, { digits: 2 })),
    dynamicLengths: DYNAMIC_NTK_EXAMPLE.lengths.map((n) => f.int(n)),
    dynamicFactor: f.int(DYNAMIC_NTK_EXAMPLE.factor),

    /** NTK-by-parts / YaRN at α = 1, β = 32. */
    yarnAlpha: f.int(alpha),
    yarnBeta: f.int(beta),
    yarnScale: f.decimal(yarnScale, { digits: 6 }),
    yarnLogitFactor: f.decimal(yarnScale ** 2, { digits: 4 }),
    yarnLowExact: f.decimal(yarnRange.lowExact, { digits: 2 }),
    yarnHighExact: f.decimal(yarnRange.highExact, { digits: 2 }),
    yarnLow: f.int(yarnRange.low),
    yarnHigh: f.int(yarnRange.high),
    yarnBands: { keep: f.int(raw.yarnBandsPaper.keep), blend: f.int(raw.yarnBandsPaper.blend), divide: f.int(raw.yarnBandsPaper.divide) },
    rampPair: f.int(RAMP_COMPARE_PAIR),
    rampPaper: f.decimal(ratio(partsPaper, RAMP_COMPARE_PAIR), { digits: 3 }),
    rampCode: f.decimal(ratio(partsCode, RAMP_COMPARE_PAIR), { digits: 3 }),

    /** Llama 3.1's rule. */
    keepBelow: f.int(original / high),
    divideAbove: f.int(original / low),
    bands31: { keep: f.int(count31.keep), blend: f.int(count31.blend), divide: f.int(count31.divide) },
    blendFirst: f.int(blendPairs[0]!),
    blendLast: f.int(blendPairs[blendPairs.length - 1]!),
    keepLast: f.int(blendPairs[0]! - 1),
    divideFirst: f.int(blendPairs[blendPairs.length - 1]! + 1),
    smoothAt: (i: number) => f.decimal(band31[i]!.smooth, { digits: 4 }),
    ratio31At: (i: number) => f.decimal(ratio(INV_LLAMA31, i), { digits: 3 }),
    longestScaled: f.int(wavelength(INV_LLAMA31[LAST_PAIR]!)),

    /** A port that forgets the scaling: phase errors (rad). */
    err8k: { max: f.decimal(err8k.max, { digits: 2 }), at: f.int(err8k.at), overPi: f.int(err8k.overPi), last: f.decimal(err8k.last, { digits: 3 }) },
    err32k: { position: f.int(4 * CONTEXT_LLAMA3), max: f.decimal(err32k.max, { digits: 1 }), at: f.int(err32k.at), overPi: f.int(err32k.overPi) },
    /** Positions at which the largest phase error of a forgotten scaling reaches 0.1 rad and 1 rad. */
    errTenthAt: f.int(Math.ceil(0.1 / slope)),
    errOneAt: f.int(Math.ceil(1 / slope)),
    err128k: { max: f.decimal(err128k.max, { digits: 1 }), at: f.int(err128k.at), overPi: f.int(err128k.overPi), last: f.decimal(err128k.last, { digits: 2 }) },

    /** float32 angles: the largest angle in a 128K context (pair 0 at 131,071, an exact integer), the spacing from 2¹⁷ on. */
    maxAngle: f.int(maxAngle),
    spacingAbove: f.decimal(float32Spacing(2 ** 17), { digits: 4 }),
    /** Pair 1's angle at the last 3.1 position (pair 0's is an integer, exact in float32), its spacing, half of it. */
    pair1Angle: f.int(pair1Angle),
    pair1Spacing: f.decimal(float32Spacing(pair1Angle), { digits: 4 }),
    pair1Rounding: f.decimal(float32Spacing(pair1Angle) / 2, { digits: 4 }),
    /** The frequencies' float32 error carried into the angle at 131,071: relative difference, its share of one token's step θᵢ, and the bound in rad over pairs 1 … 63. */
    freqRelDiff: f.sci(FLOAT32_FREQUENCY_REL_DIFF.value, { digits: 2 }),
    stepShare: f.percent((CONTEXT_LLAMA31 - 1) * FLOAT32_FREQUENCY_REL_DIFF.value, { digits: 1 }),
    angleBound: f.decimal((CONTEXT_LLAMA31 - 1) * INV_LLAMA3[1]! * FLOAT32_FREQUENCY_REL_DIFF.value, { digits: 3 }),
    /** bfloat16: integers are exact up to 256; from 256 to 512 only every second one is representable. */
    bf16ExactUpTo: f.int(2 ** 8),
    bf16SpacingAt256: f.int(bfloat16Spacing(2 ** 8)),
  };
}
