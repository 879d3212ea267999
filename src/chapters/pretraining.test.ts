// The pre-training chapter's numbers against the reference values of shared/reference/llama3-facts.md §A.1,
// §B.3–B.4, §D, llama3-facts-2.md §J–K and next-chapters-design.md §0.1, as both languages print them; and the
// helpers against the shared formulas they invert or read.
import { describe, expect, it } from 'vitest';
import { formatFor } from '../lib/format';
import { cosineLr, powerLaw, stepsForTokens } from '../lib/llama';
import { lshProbability } from '../lib/minhash';
import { BATCH_SCHEDULE_405B, LR_SCHEDULE_405B, SCALING_LAW_TEXT } from '../data/pretraining';
import { alphaFor, lshThreshold, minhashStdError, pretrainingNumbers } from './pretraining';

const n = pretrainingNumbers(formatFor('en'));
const zh = pretrainingNumbers(formatFor('zh'));

describe('pre-training chapter numbers (English formatting)', () => {
  it('the frame: 15.6T tokens and 3.8 × 10²⁵ FLOPs for the 405B; 6ND with the exact N gives 3.799 × 10²⁵ (facts §B.3)', () => {
    expect([n.tokens405, n.tokensAbout, n.compute405]).toEqual(['15.6T', '15T', '3.8 × 10²⁵']);
    expect(n.params405Exact).toBe('405,853,388,800');
    expect(n.flops405).toBe('3.799 × 10²⁵');
    expect(n.raw.flops405).toBe(6 * 405_853_388_800 * 15.6e12);
    // Llama 2 70B: 46× with its own 2.0T, 51× with the report's 1.8T ("almost 50×").
    expect([n.tokensLlama2Own, n.tokensLlama2Report, n.ratioLlama2Own, n.ratioLlama2Report]).toEqual(['2.0T', '1.8T', '46', '51']);
  });

  it('the report’s law, text form (0.53, 0.29) → 10.46T tokens, 605B parameters at 3.8 × 10²⁵ (design §0.1)', () => {
    expect([n.textAlpha, n.textA, n.textTokens, n.textParams]).toEqual(['0.53', '0.29', '10.46T', '605B']);
    expect(n.raw.textTokens).toBeCloseTo(1.0464e13, -10);
  });

  it('figure legend form (0.537, 0.299) → 16.29T tokens, 389B parameters', () => {
    expect([n.figAlpha, n.figA, n.figureTokens, n.figureParams]).toEqual(['0.537', '0.299', '16.29T', '389B']);
  });

  it('stated 402B × 16.55T: 6ND = 3.99 × 10²⁵, 5% over the budget; 16.55T fits 383B; A = 0.29 would need α = 0.5378', () => {
    expect([n.statedParams, n.statedTokens, n.statedFlops, n.statedOver]).toEqual(['402B', '16.55T', '3.99 × 10²⁵', '5%']);
    expect(n.paramsForStatedTokens).toBe('383B');
    expect(n.alphaNeeded).toBe('0.5378');
    expect([n.alphaStep, n.alphaSensitivity]).toEqual(['0.01', '1.8']);
    // alphaFor inverts powerLaw.
    expect(powerLaw(3.8e25, { alpha: n.raw.alphaNeeded, A: SCALING_LAW_TEXT.value.A })).toBeCloseTo(16.55e12, -6);
    expect(alphaFor(1e20, powerLaw(1e20, { alpha: 0.5, A: 0.3 }), 0.3)).toBeCloseTo(0.5, 12);
  });

  it('tokens per parameter with the token figures as the report gives them: about 1,900 (8B), about 210 (70B), 38.4 (405B)', () => {
    expect([n.tpp8, n.tpp70, n.tpp405]).toEqual(['1,900', '210', '38.4']);
    expect(n.raw.tpp['8b']).toBeCloseTo(15e12 / 8_030_261_248, 9);
    expect(n.raw.tpp['70b']).toBeCloseTo(15e12 / 70_553_706_496, 9);
    expect(n.tppStated).toBe('41.2');
    expect([n.chinchillaParams, n.chinchillaTokens, n.chinchillaTpp, n.gopherParams]).toEqual(['70B', '1.4T', '20', '280B']);
    // What the legend's law picks at the 8B's and 70B's own budgets (6·N·15T).
    expect([n.budget8, n.law8Params, n.law8Tokens]).toEqual(['7.2 × 10²³', '62B', '1.9T']);
    expect([n.budget70, n.law70Params, n.law70Tokens]).toEqual(['6.3 × 10²⁴', '170B', '6.2T']);
  });

  it('Chinchilla’s surface at 3.8 × 10²⁵: a = β/(α+β) = 0.45, b = 0.55; 213B on 29.7T', () => {
    expect([n.chinA, n.chinB, n.chinParams, n.chinTokens]).toEqual(['0.45', '0.55', '213B', '29.7T']);
    expect(n.raw.chin.params * n.raw.chin.tokens * 6).toBeCloseTo(3.8e25, -15);
  });

  it('the IsoFLOP runs: 6 × 10¹⁸ … 10²² FLOPs, 40M … 16B, 2,000 warm-up steps, peak 2–4 × 10⁻⁴, floor 0.1 (facts-2 §K)', () => {
    expect([n.isoMinFlops, n.isoMaxFlops, n.isoMinParams, n.isoMaxParams]).toEqual(['6 × 10¹⁸', '10²²', '40M', '16B']);
    expect([n.isoWarmup, n.isoPeakMin, n.isoPeakMax, n.isoFloor]).toEqual(['2,000', '2 × 10⁻⁴', '4 × 10⁻⁴', '0.1']);
    expect([n.isoBatchMin, n.isoBatchMax]).toEqual(['250K', '4M']);
    expect(n.ordersOfMagnitude).toBe('3.6');
  });

  it('the 405B’s LR: 8 × 10⁻⁵ at the end of warm-up (step 8,000), 4.04 × 10⁻⁵ at the cosine’s midpoint (step 604,000)', () => {
    expect([n.peakLr, n.finalLr, n.warmupSteps, n.cosineSteps]).toEqual(['8 × 10⁻⁵', '8 × 10⁻⁷', '8,000', '1,200,000']);
    expect(n.lrWarmupEnd).toBe('8 × 10⁻⁵');
    expect(n.raw.lrWarmupEnd).toBe(8e-5);
    expect([n.lrMid, n.midStep]).toEqual(['4.04 × 10⁻⁵', '604,000']);
    expect(n.raw.lrMid).toBeCloseTo((8e-5 + 8e-7) / 2, 18);
    expect([n.peakLr8, n.peakLr70, n.peakLr405]).toEqual(['3 × 10⁻⁴', '1.5 × 10⁻⁴', '8 × 10⁻⁵']);
  });

  it('batches 4M → 8M after 252M → 16M after 2.87T; 63 + 358,718.5 + 795,625 = 1,154,406 steps for 15.6T (facts §B.3)', () => {
    expect(n.batches).toEqual(['4M', '8M', '16M']);
    expect(n.seqLens).toEqual(['4,096', '8,192', '8,192']);
    expect(n.batchFrom).toEqual(['0', '252M', '2.87T']);
    expect(n.stepsPhase).toEqual(['63', '358,718.5', '795,625']);
    expect(n.steps).toBe('1,154,406');
    expect(n.raw.stepsExact).toBe(252e6 / 4e6 + (2.87e12 - 252e6) / 8e6 + (15.6e12 - 2.87e12) / 16e6);
    expect(n.raw.stepsExact).toBe(stepsForTokens(15.6e12, BATCH_SCHEDULE_405B.value));
    // Warm-up ends after 63.7B tokens; the 16M phase starts at step 358,781 with the LR at 6.4 × 10⁻⁵.
    expect([n.tokensAtWarmupEnd, n.stepAt287, n.lrAt287, n.share287]).toEqual(['63.7B', '358,781', '6.4 × 10⁻⁵', '18.4%']);
    // 1,154,406 < 1,200,000: read literally, the cosine has not reached its floor at 15.6T.
    expect(n.raw.lrAtEnd).toBeGreaterThan(LR_SCHEDULE_405B.value.final);
    expect(n.lrAtEnd).toBe('1.1 × 10⁻⁶');
    expect(n.raw.lrAtEnd).toBe(cosineLr(1_154_406, LR_SCHEDULE_405B.value));
  });

  it('long context and annealing: 800B tokens (5.1%), the final 40M = 2.4 batches of Table 4’s 16M, 305 sequences of 128K', () => {
    expect([n.stages, n.longTokens, n.longShare]).toEqual(['6', '800B', '5.1%']);
    expect([n.annealTokens, n.annealSteps, n.annealSequences, n.annealBatchLabel, n.context128k]).toEqual(['40M', '2.4', '305', '16M', '128K']);
  });

  it('data: lines seen more than 6 times per 30M-document bucket, 176 languages, the 50/25/17/8 mix, the annealing probe', () => {
    expect([n.lineMaxRepeats, n.lineBucket, n.lineRate, n.languages]).toEqual(['6', '30M', '5M', '176']);
    expect(n.mix).toEqual(['50%', '25%', '17%', '8%']);
    expect([n.probeTrained, n.probeTokens, n.probeNew, n.probeDefault]).toEqual(['50%', '40B', '30%', '70%']);
    expect([n.gainGsm8k, n.gainMath]).toEqual(['24.0%', '6.4%']);
  });

  it('MinHash example: 17 and 17 five-word shingles, 11 shared, Jaccard 0.48; 32 bands × 4 rows, threshold 0.42', () => {
    expect(n.exWords).toBe('21');
    expect([n.exK, n.exSizeA, n.exSizeB, n.exShared, n.exUnion, n.exJaccard]).toEqual(['5', '17', '17', '11', '23', '0.48']);
    expect([n.exPerms, n.exBands, n.exRows, n.exThreshold]).toEqual(['128', '32', '4', '0.42']);
    expect(n.exAt).toEqual(['0.20', '0.42', '0.60']);
    expect(n.exProbAt).toEqual(['5.0%', '63.6%', '98.8%']);
    expect(n.exProbExample).toBe('82.1%');
    expect(n.exSe).toBe('0.044');
    // The S-curve from minhash.ts, by hand at the threshold.
    expect(lshProbability(0.5, 32, 4)).toBeCloseTo(1 - (1 - 0.5 ** 4) ** 32, 15);
    expect(lshThreshold(32, 4)).toBeCloseTo(32 ** -0.25, 15);
    expect(minhashStdError(0.5, 100)).toBeCloseTo(0.05, 15);
  });
});

describe('pre-training chapter numbers (Chinese formatting)', () => {
  it('prints the same values with the Chinese formatter, nothing missing', () => {
    const flat = JSON.stringify({ ...zh, raw: undefined });
    expect(flat).not.toMatch(/NaN|Infinity|undefined|—/u);
    expect(zh.steps).toBe(n.steps);
    expect(zh.raw.textTokens).toBe(n.raw.textTokens);
  });
});
