import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as reliability from '../../lib/reliability';
import { expectedEfficiency } from '../../lib/reliability';
import {
  batchKey, closedEfficiency, closedForm, plannedEfficiency, DEFAULTS, JOB_HOURS, LIMITS, mtbfOf, PLANNED_RATE, REPORT_RATE, runBatch, runOf,
  SCALES, simInputs, STOPS, table5, TARGET, writeBound, type SimState,
} from './model';

const D: SimState = { ...DEFAULTS };

describe('Table 5 recomputed', () => {
  const t = table5();
  it('counts sum to 419; printed percentages to 94.9', () => {
    expect(t.total).toBe(419);
    expect(t.printedSum).toBe(94.9);
    expect(t.rows).toHaveLength(18);
  });
  it('Faulty GPU: printed 30.1%, 148/419 = 35.3%; the only row that does not match', () => {
    const gpu = t.rows.find((r) => r.id === 'faultyGpu')!;
    expect(gpu.count).toBe(148);
    expect(gpu.printed).toBeCloseTo(0.301, 10);
    expect(Math.round(gpu.share * 1000) / 10).toBe(35.3);
    expect(t.rows.filter((r) => r.typo).map((r) => r.id)).toEqual(['faultyGpu']);
  });
  it('GPU issues: 268/419 = 64.0% where the report prints 58.7%', () => {
    const gpu = t.categories.find((c) => c.category === 'gpu')!;
    expect(gpu.count).toBe(268);
    expect(Math.round(gpu.share * 1000) / 10).toBe(64.0);
    expect(gpu.printedPercent).toBe(58.7);
    expect(t.categories.reduce((a, c) => a + c.count, 0)).toBe(419);
  });
});

describe('units and closed form', () => {
  it('the report’s rate: 419 in 54 days = 7.76 a day, one every 3.09 h; 47 planned', () => {
    expect(REPORT_RATE).toBeCloseTo(7.7593, 4);
    expect(mtbfOf(D)).toBeCloseTo(3.0931, 4);
    expect(PLANNED_RATE * 54).toBeCloseTo(47, 10);
    expect(JOB_HOURS).toBe(1296);
    const i = simInputs(D);
    expect(i).toMatchObject({ hours: 1296, interval: 0.5, write: 30 / 3600, restart: 5 / 60, seed: 1 });
  });
  it('defaults: τ* = √(2·30 s·3.09 h) = 13.6 min; E(30 min) = 87.9%, E(τ*) = 90.1%', () => {
    const c = closedForm(D);
    expect(c.youngMinutes).toBeCloseTo(Math.sqrt(2 * (30 / 3600) * mtbfOf(D)) * 60, 10);
    expect(c.youngMinutes).toBeCloseTo(13.62, 2);
    expect(Math.round(c.efficiency * 1000) / 10).toBe(87.9);
    expect(Math.round(c.atYoung * 1000) / 10).toBe(90.1);
    expect(c.codes).toEqual(['belowTarget']);
  });
  it('scale multiplies the failure rate (MTBF 3.09 h → 0.77 h at 4×)', () => {
    expect(mtbfOf({ ...D, scale: '4' })).toBeCloseTo(mtbfOf(D) / 4, 12);
    expect(closedForm({ ...D, scale: '4' }).expectedFailures).toBeCloseTo(4 * 419, 9);
  });
  it('the write time the stated sizes imply: 16,384 × 4 GB at 2 TB/s = 32.8 s, at 7 TB/s 9.4 s', () => {
    const w = writeBound();
    expect(w.bytes).toBe(65.536e12);
    expect(w.sustained).toBeCloseTo(32.768, 9);
    expect(w.peak).toBeCloseTo(9.3623, 4);
  });
  it('with no planned stops the planned closed form is expectedEfficiency; with them it stays in (0, 1]', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.01, max: 24, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 0.01, max: 20, noNaN: true }),
      (tau, write, restart, rate) => {
        const e0 = expectedEfficiency(tau, write, restart, 1 / rate);
        expect(plannedEfficiency(tau, write, restart, rate, 1e-12)).toBeCloseTo(e0, 6);
        const e = plannedEfficiency(tau, write, restart, rate, PLANNED_RATE / 24);
        // (A planned stop saves the work so far: with free writes and restarts it even helps.)
        expect(e).toBeGreaterThan(0);
        expect(e).toBeLessThanOrEqual(1);
      },
    ), { numRuns: 200 });
  });
  it('the closed form is below 1, above 0 and largest near τ* (property)', () => {
    fc.assert(fc.property(
      fc.double({ min: LIMITS.rate.min, max: LIMITS.rate.max, noNaN: true }),
      fc.double({ min: 1, max: 3600, noNaN: true }),
      fc.double({ min: 0, max: 240, noNaN: true }),
      fc.constantFrom(...SCALES),
      (rate, write, restart, scale) => {
        const s = { ...D, rate, write, restart, scale };
        const c = closedForm(s);
        expect(c.efficiency).toBeGreaterThan(0);
        expect(c.efficiency).toBeLessThan(1);
        // Young/Daly is first order (δ ≪ M): then E(τ*) beats E at a quarter and at four times τ*.
        if (c.youngMinutes > 2 && c.youngMinutes < 700 && write / 3600 < c.mtbf / 10) {
          expect(c.atYoung).toBeGreaterThanOrEqual(closedEfficiency(s, (c.youngMinutes * 4) / 60) - 1e-9);
          expect(c.atYoung).toBeGreaterThanOrEqual(closedEfficiency(s, c.youngMinutes / 4 / 60) - 1e-9);
        }
      },
    ), { numRuns: 200 });
  });
});

describe('simulation', () => {
  it('same seed, same run; another seed, another run', () => {
    expect(runOf(D)).toEqual(runOf({ ...D }));
    expect(runBatch(D, 5, 2)).toEqual(runBatch(D, 5, 2));
    expect(runOf({ ...D, seed: 2 })).not.toEqual(runOf(D));
    expect(runBatch(D, 5, 2).run).toEqual(runOf(D));
  });
  it('the shares of one run sum to 1, and it lasts at least 54 days', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999 }), fc.constantFrom(1, 10, 30, 240), (seed, ckpt) => {
      const r = runOf({ ...D, seed, ckpt });
      expect(r.useful + r.lost + r.writing + r.restarting).toBeCloseTo(1, 9);
      expect(r.days).toBeGreaterThanOrEqual(54);
    }), { numRuns: 20 });
  });
  // The mean over 400 runs against the closed form. The run-to-run sd at the defaults is ≈ 0.006, so the standard
  // error of a 400-run mean is ≈ 0.0003; the tolerance is 0.003 (ten of them, and the end-of-run truncation).
  it.each([
    ['no planned, report rate', { ...D }, true],
    ['defaults (with planned)', { ...D }, false],
    ['high rate 30/day, 1 h ckpt', { ...D, rate: 30, ckpt: 60 }, false],
    ['scale 4', { ...D, scale: '4' as const }, false],
    ['long write 10 min', { ...D, write: 600, ckpt: 120 }, false],
  ])('mean effective time over 400 seeds matches the closed form within 0.003: %s', (_, s, noPlanned) => {
    let sum = 0;
    const n = 400;
    const { simulate } = reliability;
    for (let i = 0; i < n; i++) {
      const inputs = { ...simInputs(s, 7_000 + i), ...(noPlanned ? { plannedRate: 0 } : {}) };
      sum += simulate(inputs).efficiency;
    }
    const i0 = simInputs(s);
    const exact = noPlanned ? expectedEfficiency(i0.interval, i0.write, i0.restart, mtbfOf(s)) : closedEfficiency(s);
    expect(Math.abs(sum / n - exact)).toBeLessThan(0.003);
  });
  it('the default run lands near the closed form and below the report’s 90% (the assumed times are the reason)', () => {
    const b = runBatch(D);
    expect(b.runs).toHaveLength(100);
    expect(Math.abs(b.spread.mean - closedForm(D).efficiency)).toBeLessThan(0.003);
    expect(b.spread.max).toBeLessThan(TARGET);
    expect(b.spread.p5).toBeLessThanOrEqual(b.spread.p95);
  });
  it('batch keys differ when any input differs', () => {
    expect(batchKey(D)).not.toBe(batchKey({ ...D, seed: 2 }));
    expect(batchKey(D)).not.toBe(batchKey({ ...D, scale: '2' }));
  });
});

describe('time', () => {
  const worst: SimState = { rate: LIMITS.rate.max, ckpt: LIMITS.ckpt.min, write: 0, restart: 0, scale: '4', seed: 1 };
  it('main-thread update (closed form and the chart’s curve) at the worst case: well under 16 ms', () => {
    closedForm(worst);
    const t0 = performance.now();
    for (const ckpt of STOPS.ckpt) closedForm({ ...worst, ckpt });
    for (let k = 0; k <= 120; k++) closedEfficiency(worst, 10 ** (k / 120 * Math.log10(1440)) / 60);
    const ms = performance.now() - t0;
    console.log(`failure-sim main-thread worst update: ${ms.toFixed(2)} ms`);
    expect(ms).toBeLessThan(8);
  });
  it('one 54-day job simulates in well under a second even at the worst case; the worker’s whole batch too', () => {
    let t0 = performance.now();
    runOf(worst);
    const one = performance.now() - t0;
    t0 = performance.now();
    runBatch(worst);
    const batch = performance.now() - t0;
    console.log(`failure-sim worst 54-day run: ${one.toFixed(1)} ms; worst batch (100 + 9×12 runs): ${batch.toFixed(0)} ms`);
    expect(one).toBeLessThan(100);
    expect(batch).toBeLessThan(3000);
  });
});
