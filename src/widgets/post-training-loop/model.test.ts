import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { goldDomain, loopGeometry } from './chart';
import {
  DEFAULTS, PAIRS_PER_ROUND, RS_DRAWS_PER_PROMPT, changeCodes, loopKey, runLoop, shownRound, stageSeed, type LoopResult,
  type RoundResult,
} from './model';

const f = formatFor('en');
const d2 = (v: number) => f.decimal(v, { digits: 2 });

describe('the six-round loop, seed 1 (reference values, to the printed precision)', () => {
  const partials: LoopResult[] = [];
  const t0 = performance.now();
  const run = runLoop({ rounds: 6, seed: 1, averaging: false }, (p) => partials.push(p));
  const ms = performance.now() - t0;
  it('round 0 is the shared SFT reference of seed 1: gold −1.35 (the best-of-K chapter\'s K = 1 value), KL 0', () => {
    const r0 = run.rounds[0]!;
    expect(d2(r0.model.gold)).toBe('−1.35');
    expect(r0.model.kl).toBe(0);
    expect(d2(r0.model.meanLength)).toBe('1.91');
    expect(r0.sftGold).toBeNull();
  });
  it('six rounds: gold rises from −1.35 to −0.04, KL to the base 3.76 nats', () => {
    expect(run.rounds.map((r) => d2(r.model.gold))).toEqual(['−1.35', '−0.81', '−0.24', '−0.23', '−0.08', '−0.02', '−0.04']);
    expect(run.rounds.map((r) => d2(r.model.kl))).toEqual(['0.00', '0.72', '1.75', '2.84', '2.75', '3.11', '3.76']);
    expect(run.rounds.map((r) => r.sampler)).toEqual([null, 0, 1, 2, 3, 4, 5]);
  });
  it('the data accumulate: RM pairs are all kept pairs so far, SFT data all rejection-sampled answers so far', () => {
    let pairs = 0;
    run.rounds.slice(1).forEach((r, i) => {
      pairs += r.pairsKept;
      expect(r.pairsCollected).toBe(PAIRS_PER_ROUND);
      expect(r.pairsKept).toBeLessThanOrEqual(r.pairsCollected);
      expect(r.pairsTotal).toBe(pairs);
      expect(r.rsExamples).toBe(4 * RS_DRAWS_PER_PROMPT);
      expect(r.rsTotal).toBe((i + 1) * 4 * RS_DRAWS_PER_PROMPT);
    });
  });
  it('partial results arrive round by round, each a prefix of the final result', () => {
    expect(partials.map((p) => p.rounds.length)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const p of partials) expect(p.rounds).toEqual(run.rounds.slice(0, p.rounds.length));
    expect(run.rounds).toHaveLength(7);
  });
  it(`six rounds finish well under the 3 s budget (measured: ${Math.round(ms)} ms without averaging)`, () => {
    console.log(`post-training-loop: 6 rounds, no averaging, ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(3_000);
  });
});

describe('model averaging', () => {
  const t0 = performance.now();
  const run = runLoop({ rounds: 6, seed: 1, averaging: true });
  const ms = performance.now() - t0;
  it(`six rounds with 3 variants at each stage finish under 3 s (measured: ${Math.round(ms)} ms)`, () => {
    console.log(`post-training-loop: 6 rounds, averaging, ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(3_000);
  });
  it('every round carries one variant\'s numbers; round 0 is the same with and without averaging', () => {
    for (const r of run.rounds.slice(1)) {
      expect(r.variant).not.toBeNull();
      expect(r.variant!.model.kl).toBeGreaterThanOrEqual(0);
    }
    expect(run.rounds[0]).toEqual(runLoop({ rounds: 1, seed: 1, averaging: false }).rounds[0]);
    expect(run.rounds.map((r) => d2(r.model.gold))).toEqual(['−1.35', '−0.82', '−0.27', '−0.13', '−0.04', '−0.14', '−0.10']);
    expect(run.rounds.map((r) => (r.variant ? d2(r.variant.model.gold) : null))).toEqual([null, '−0.83', '−0.27', '−0.12', '−0.03', '−0.20', '−0.12']);
  });
  it('round 5 goes backwards, so round 6 samples its pairs from round 4 (the best so far)', () => {
    expect(run.rounds[5]!.codes).toContain('goldDown');
    expect(run.rounds.map((r) => r.sampler)).toEqual([null, 0, 1, 2, 3, 4, 4]);
    expect(run.rounds[6]!.codes).toContain('samplerOlder');
  });
});

describe('properties', () => {
  it('any seed, one round: exact numbers in range, deterministic, the sampler is the best so far', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999 }), fc.boolean(), (seed, averaging) => {
      const a = runLoop({ rounds: 1, seed, averaging });
      expect(a).toEqual(runLoop({ rounds: 1, seed, averaging }));
      for (const r of a.rounds) {
        expect(r.model.kl).toBeGreaterThanOrEqual(0);
        expect(r.model.terminated).toBeGreaterThanOrEqual(0);
        expect(r.model.terminated).toBeLessThanOrEqual(1 + 1e-12);
        expect(r.model.meanLength).toBeGreaterThanOrEqual(0);
        expect(r.model.meanLength).toBeLessThanOrEqual(6);
        expect(Number.isFinite(r.model.gold)).toBe(true);
      }
      const r1 = a.rounds[1]!;
      expect(r1.sampler).toBe(0);
      expect(r1.rmHeldOut).toBeGreaterThanOrEqual(0);
      expect(r1.rmHeldOut).toBeLessThanOrEqual(1);
      expect(r1.rmPrevHeldOut).toBeNull();
      expect(r1.codes.filter((c) => c.startsWith('gold'))).toHaveLength(1);
    }), { numRuns: 4 });
  }, 30_000);
  it('stage seeds differ across seeds, rounds, stages and variants', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 4; seed++) for (let r = 0; r <= 6; r++) for (let s = 0; s < 5; s++) for (let v = 0; v < 3; v++) seen.add(stageSeed(seed, r, s, v));
    expect(seen.size).toBe(4 * 7 * 5 * 3);
  });
  it('the shown round is clamped to 0…rounds; the key holds every input of the computation', () => {
    fc.assert(fc.property(fc.integer({ min: -10, max: 10 }), fc.integer({ min: 1, max: 6 }), (round, rounds) => {
      const s = shownRound(round, rounds);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(rounds);
    }));
    expect(loopKey({ ...DEFAULTS })).not.toBe(loopKey({ ...DEFAULTS, averaging: true }));
    expect(loopKey({ ...DEFAULTS })).not.toBe(loopKey({ ...DEFAULTS, seed: 2 }));
    expect(loopKey({ ...DEFAULTS })).not.toBe(loopKey({ ...DEFAULTS, rounds: 5 }));
  });
  it('what changed: gold up/down/flat, length and termination by threshold', () => {
    const base = (gold: number, meanLength: number, terminated: number): RoundResult => ({
      round: 1, model: { gold, kl: 0, meanLength, terminated }, sftGold: null, proxy: null, rmHeldOut: 0.9, rmPrevHeldOut: 0.8, sampler: 0,
      pairsCollected: 0, pairsKept: 0, pairsTotal: 0, rsExamples: 0, rsTotal: 0, rsGold: null, variant: null, codes: [],
    });
    expect(changeCodes(base(0, 2, 0.9), base(0.5, 3, 0.8))).toEqual(['goldUp', 'longer', 'terminatesLess', 'rmStale']);
    expect(changeCodes(base(0, 2, 0.9), base(-0.5, 1, 0.95))).toEqual(['goldDown', 'shorter', 'terminatesMore', 'rmStale']);
    expect(changeCodes(base(0, 2, 0.9), { ...base(0.01, 2.01, 0.9), rmPrevHeldOut: 0.95 })).toEqual(['goldFlat']);
  });
});

describe('the chart', () => {
  const run = runLoop({ rounds: 2, seed: 3, averaging: false });
  it('the y axis holds every value and never shrinks below [−1.6, 0.4]; x spans the rounds asked for', () => {
    const [lo, hi] = goldDomain(run.rounds);
    expect(lo).toBeLessThanOrEqual(-1.6);
    expect(hi).toBeGreaterThanOrEqual(0.4);
    const g = loopGeometry(run.rounds.slice(0, 1), 6, 0, 320, String, String);
    expect(g.xTicks).toHaveLength(7);
    expect(g.sftPath).toBe('');
  });
  it(`the geometry of six rounds takes well under a frame`, () => {
    const six = runLoop({ rounds: 6, seed: 1, averaging: true });
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) loopGeometry(six.rounds, 6, i % 7, 640, String, String);
    const ms = (performance.now() - t0) / 10;
    console.log(`post-training-loop: chart geometry ${ms.toFixed(3)} ms`);
    expect(ms).toBeLessThan(4);
  });
});
