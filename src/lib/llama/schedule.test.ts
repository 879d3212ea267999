import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANNEALING_TOKENS_405B, BATCH_SCHEDULE_405B, LR_SCHEDULE_405B } from '../../data/pretraining';
import { TOKENS_405B } from '../../data/facts';
import { annealFactor, batchPhaseAt, cosineLr, stepsForTokens, tokensForSteps } from './schedule';

const s = LR_SCHEDULE_405B.value, phases = BATCH_SCHEDULE_405B.value;

describe('the 405B learning rate (report §3.4.1)', () => {
  it('warms up linearly to 8 × 10⁻⁵ at step 8,000', () => {
    expect(cosineLr(0, s)).toBe(0);
    expect(cosineLr(4_000, s)).toBeCloseTo(4e-5, 18);
    expect(cosineLr(8_000, s)).toBe(8e-5);
  });
  it('is halfway between peak and floor at the cosine midpoint, and reaches 8 × 10⁻⁷ at step 1,200,000', () => {
    expect(cosineLr(604_000, s)).toBeCloseTo((8e-5 + 8e-7) / 2, 18);
    expect(cosineLr(1_200_000, s)).toBeCloseTo(8e-7, 20);
    expect(cosineLr(2_000_000, s)).toBeCloseTo(8e-7, 20);
  });
  it('never rises after the warm-up', () => {
    fc.assert(fc.property(fc.integer({ min: 8_000, max: 1_300_000 }), fc.integer({ min: 1, max: 100_000 }), (a, d) => {
      expect(cosineLr(a + d, s)).toBeLessThanOrEqual(cosineLr(a, s));
    }));
  });
});

describe('the 405B batch schedule (report §3.4.1)', () => {
  it('changes at 252M and 2.87T tokens', () => {
    expect(batchPhaseAt(251_999_999, phases)).toMatchObject({ batchTokens: 4e6, seqLen: 4_096 });
    expect(batchPhaseAt(252e6, phases)).toMatchObject({ batchTokens: 8e6, seqLen: 8_192 });
    expect(batchPhaseAt(2.87e12, phases)).toMatchObject({ batchTokens: 16e6, seqLen: 8_192 });
  });
  it('takes 63 steps, then 358,718.5, then 795,625: ≈ 1,154,406 steps for 15.6T tokens (facts §B.3), under 1.2M', () => {
    expect(stepsForTokens(252e6, phases)).toBe(63);
    expect(stepsForTokens(2.87e12, phases) - 63).toBeCloseTo(358_718.5, 6);
    expect(Math.floor(stepsForTokens(TOKENS_405B.value, phases))).toBe(1_154_406);
  });
  it('tokens and steps convert both ways', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 16e12, noNaN: true }), (t) => {
      expect(tokensForSteps(stepsForTokens(t, phases), phases)).toBeCloseTo(t, -2);
    }));
  });
});

describe('the final anneal (report §3.4.3)', () => {
  it('falls linearly to 0 over the last 40M tokens', () => {
    const T = TOKENS_405B.value, a = ANNEALING_TOKENS_405B.value;
    expect(annealFactor(T - a, T, a)).toBe(1);
    expect(annealFactor(T - a / 2, T, a)).toBeCloseTo(0.5, 12);
    expect(annealFactor(T, T, a)).toBe(0);
  });
});
