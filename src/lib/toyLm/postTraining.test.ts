import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LLAMA2_MARGINS, LLAMA3_KEPT_LEVELS } from '../../data/postTraining';
import {
  LLAMA3_DPO, MARGIN_VARIANTS, RESPONSES, RM_FEATURES, averageParams, bestOfKDistribution, bestOfKGroupMass,
  bestOfKStats, fitReference, fitRewardModel, goldReward, initPolicy, keepLevels, logProbTable, marginsFor,
  preferencePairs, prepareBestOfK, rejectionSample, responseLogProbs, rmAccuracy, rmLoss, rmScore, strengthOf,
  teacherTable, trainDpo, trainSft, type RmFeature,
} from './index';
import { mulberry32 } from '../rng';

describe('best-of-K, exactly (Beirami et al. 2024)', () => {
  const dist = fc.integer({ min: 2, max: 40 }).chain((n) => fc.tuple(
    fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
    fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }), // few values: many ties
  ));
  it('π_bon sums to 1; KL ≤ log K − (K−1)/K and win rate ≤ K/(K+1) for every K, ties included', () => {
    fc.assert(fc.property(dist, fc.integer({ min: 1, max: 64 }), ([w, scores], k) => {
      const total = w.reduce((s, x) => s + x, 0);
      const probs = w.map((x) => x / total);
      const prep = prepareBestOfK(probs, scores);
      const bon = bestOfKDistribution(probs, prep, k);
      expect(bon.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
      const s = bestOfKStats(probs, prep, k);
      expect(s.kl).toBeLessThanOrEqual(s.klBound + 1e-12);
      expect(s.winRate).toBeLessThanOrEqual(s.winBound + 1e-12);
      expect(s.kl).toBeGreaterThanOrEqual(0);
    }));
  });
  it('K = 1 is the policy itself: KL 0, win rate ½', () => {
    const probs = [0.2, 0.5, 0.3], scores = [3, 1, 2];
    const prep = prepareBestOfK(probs, scores);
    expect(Array.from(bestOfKDistribution(probs, prep, 1))).toEqual(probs.map((p) => expect.closeTo(p, 14)));
    const s = bestOfKStats(probs, prep, 1);
    expect(s.kl).toBeCloseTo(0, 14);
    expect(s.winRate).toBeCloseTo(0.5, 14);
  });
  it('F(y_j)^K − F(y_{j−1})^K by hand, three responses and K = 2', () => {
    // sorted by score: y1 (0.5), y2 (0.3), y0 (0.2); F = 0.5, 0.8, 1.
    const probs = [0.2, 0.5, 0.3], scores = [3, 1, 2];
    const bon = bestOfKDistribution(probs, prepareBestOfK(probs, scores), 2);
    expect(bon[1]).toBeCloseTo(0.25, 14);
    expect(bon[2]).toBeCloseTo(0.64 - 0.25, 14);
    expect(bon[0]).toBeCloseTo(1 - 0.64, 14);
  });
  it('ties are grouped: tied responses share their group\'s mass in proportion to π', () => {
    const probs = [0.1, 0.3, 0.6], scores = [5, 5, 1];
    const prep = prepareBestOfK(probs, scores);
    const g = bestOfKGroupMass(prep, 3);
    expect(g[1]).toBeCloseTo(1 - 0.6 ** 3, 14);
    const bon = bestOfKDistribution(probs, prep, 3);
    expect(bon[1]! / bon[0]!).toBeCloseTo(3, 12);
  });
  it('the binary counterexample: two equally likely outcomes, KL < log 2 for every K while the formula grows like log K', () => {
    const probs = [0.5, 0.5], scores = [0, 1];
    const prep = prepareBestOfK(probs, scores);
    const two = bestOfKStats(probs, prep, 2);
    expect(two.kl).toBeCloseTo(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), 14); // 0.1308
    expect(two.klBound).toBeCloseTo(Math.log(2) - 0.5, 14); // 0.1931
    for (let k = 1; k <= 64; k++) expect(bestOfKStats(probs, prep, k).kl).toBeLessThanOrEqual(Math.LN2); // → log 2 as K grows
    expect(bestOfKStats(probs, prep, 64).klBound).toBeGreaterThan(3);
  });
  it('with many equally likely distinct outcomes the bounds are nearly reached', () => {
    const n = 20_000;
    const probs = new Float64Array(n).fill(1 / n), scores = Float64Array.from({ length: n }, (_, i) => i);
    const prep = prepareBestOfK(probs, scores);
    for (const k of [2, 10, 30]) {
      const s = bestOfKStats(probs, prep, k);
      expect(s.kl).toBeCloseTo(s.klBound, 2);
      expect(s.winRate).toBeCloseTo(s.winBound, 3);
    }
  });
  it('expected reward under best-of-K never falls as K grows, for the score it selects by', () => {
    const table = logProbTable('lowRank', initPolicy('lowRank', 3, 0.8));
    const probs = responseLogProbs(table, 1).map(Math.exp);
    const scores = Float64Array.from({ length: RESPONSES }, (_, id) => goldReward('length3', 1, id));
    const prep = prepareBestOfK(probs, scores);
    let last = -Infinity;
    for (let k = 1; k <= 64; k++) {
      const e = bestOfKStats(probs, prep, k, [scores]).expected[0]!;
      expect(e).toBeGreaterThanOrEqual(last - 1e-12);
      last = e;
    }
  });
});

describe('the reward model on the toy', () => {
  const ref = logProbTable('lowRank', fitReference('lowRank', 1, teacherTable()));
  const gold = (p: number, id: number) => goldReward('length3', p, id);
  const all = preferencePairs(ref, gold, 600, 3, 7);
  const train = all.slice(0, 400), held = all.slice(400);
  it('strength levels follow the gold gap; Llama 3 keeps the two strongest', () => {
    expect(strengthOf({ goldGap: -1.2 })).toBe('significantlyBetter');
    expect(strengthOf({ goldGap: 0.7 })).toBe('better');
    expect(strengthOf({ goldGap: 0.2 })).toBe('slightlyBetter');
    expect(strengthOf({ goldGap: 0.1 })).toBe('marginallyBetter');
    const kept = keepLevels(train, LLAMA3_KEPT_LEVELS.value);
    expect(kept.every((p) => Math.abs(p.goldGap) >= 0.5)).toBe(true);
    expect(kept.length).toBeLessThan(train.length);
  });
  it('margins are Llama 2\'s Table 27 values by level, none for Llama 3', () => {
    expect(marginsFor(train, 'none')).toBeNull();
    expect(LLAMA2_MARGINS.value.large).toEqual([3, 2, 1, 0]);
    const m = marginsFor([{ prompt: 0, chosen: 1, rejected: 2, goldGap: 2 }, { prompt: 0, chosen: 1, rejected: 2, goldGap: 0.3 }], 'small')!;
    expect(m[0]).toBe(1);
    expect(m[1]).toBeCloseTo(1 / 3, 15);
  });
  it('fitting lowers the loss and orders most held-out pairs; the full features beat the prompt-blind ones', () => {
    const blind: RmFeature[] = ['tokens', 'length', 'truncated'];
    const a = fitRewardModel(blind, train, held, null), b = fitRewardModel(RM_FEATURES, train, held, null);
    expect(a.trace[0]!.loss).toBeCloseTo(Math.LN2, 12);
    expect(a.trace.at(-1)!.loss).toBeLessThan(0.5);
    expect(a.trace.at(-1)!.heldOutAccuracy).toBeGreaterThan(0.7);
    expect(b.trace.at(-1)!.heldOutAccuracy).toBeGreaterThan(a.trace.at(-1)!.heldOutAccuracy);
    expect(rmAccuracy(b.w, RM_FEATURES, held)).toBe(b.trace.at(-1)!.heldOutAccuracy);
    const g = new Float64Array(b.w.length);
    expect(rmLoss(b.w, RM_FEATURES, train, null, g)).toBeCloseTo(b.trace.at(-1)!.loss, 12);
  });
  it('the margin makes the same weights pay more loss (the margin is subtracted inside σ)', () => {
    const fit = fitRewardModel(RM_FEATURES, train, held, null);
    const g = new Float64Array(fit.w.length);
    const losses = MARGIN_VARIANTS.map((v) => rmLoss(fit.w, RM_FEATURES, train, marginsFor(train, v), g));
    expect(losses[0]).toBeLessThan(losses[1]!);
    expect(losses[1]).toBeLessThan(losses[2]!);
  });
  it('over-optimisation: with the prompt-blind RM, gold under best-of-K rises then falls; with the full features it keeps rising', () => {
    const goldOf = (feats: RmFeature[]) => {
      const fit = fitRewardModel(feats, train, held, null);
      return [1, 8, 64].map((k) => {
        let s = 0;
        for (let p = 0; p < 4; p++) {
          const probs = responseLogProbs(ref, p).map(Math.exp);
          const scores = Float64Array.from({ length: RESPONSES }, (_, id) => rmScore(fit.w, feats, p, id));
          const golds = Float64Array.from({ length: RESPONSES }, (_, id) => gold(p, id));
          s += bestOfKStats(probs, prepareBestOfK(probs, scores), k, [golds]).expected[0]! / 4;
        }
        return s;
      });
    };
    const [b1, b8, b64] = goldOf(['tokens', 'length', 'truncated']);
    expect(b8).toBeGreaterThan(b1!);
    expect(b64).toBeLessThan(b8!);
    const [f1, f8, f64] = goldOf([...RM_FEATURES]);
    expect(f8).toBeGreaterThan(f1!);
    expect(f64).toBeGreaterThan(f8!);
  });
});

describe('rejection sampling and training runs', () => {
  const theta0 = fitReference('lowRank', 2, teacherTable(), { steps: 60, batch: 16, lr: 0.05 });
  const ref = logProbTable('lowRank', theta0);
  it('rejection sampling keeps the best of its K draws, deterministically', () => {
    const score = (p: number, id: number) => goldReward('lengthNeutral', p, id);
    const a = rejectionSample(ref, 0, 16, score, mulberry32(5)), b = rejectionSample(ref, 0, 16, score, mulberry32(5));
    expect(a).toEqual(b);
    expect(a.samples).toHaveLength(16);
    expect(Math.max(...a.samples.map((id) => score(0, id)))).toBe(score(0, a.best));
  });
  it('SFT and DPO runs are seeded and move the policy; averaging identical models is the identity', () => {
    const ex = [{ prompt: 0, id: 5 }, { prompt: 1, id: 6 }];
    const o = { steps: 20, batch: 8, lr: 0.05, seed: 3 };
    expect(trainSft('lowRank', theta0, ex, o)).toEqual(trainSft('lowRank', theta0, ex, o));
    const pairs = preferencePairs(ref, (p, id) => goldReward('lengthNeutral', p, id), 32, 3, 1);
    const steps: number[] = [];
    const d = trainDpo('lowRank', theta0, ref, pairs, LLAMA3_DPO, o, (s) => steps.push(s));
    expect(steps).toHaveLength(20);
    expect(d).not.toEqual(theta0);
    expect(averageParams([d, d])).toEqual(d);
    expect(averageParams([theta0, d])[0]).toBeCloseTo((theta0[0]! + d[0]!) / 2, 15);
  });
});
