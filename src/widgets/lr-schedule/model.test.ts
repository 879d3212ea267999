import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { cosineLr, stepsForTokens, tokensForSteps } from '../../lib/llama';
import { BATCH_SCHEDULE_405B, LR_SCHEDULE_405B } from '../../data/pretraining';
import { batchGeometry, compareGeometry, lrGeometry, xTicks } from './chart';
import {
  ANNEAL_START, COSINE_MID_STEP, DEFAULT_AT, LONG_CONTEXT_START, MARKS, RUN_END_U, TOTAL_STEPS, WARMUP_END_TOKENS,
  clearCaches, computeSchedule, convertAt, lrAtTokens, nearestStop, normalisedCurves, readField, readingAt, sliderStops,
  stepCheck, type Axis,
} from './model';

const fmt = formatFor('en');
/** Equal to a relative 1e-12 (the values are products of a cosine: exact up to the last bits). */
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(b), 1e-30));
const S = LR_SCHEDULE_405B.value;
const P = BATCH_SCHEDULE_405B.value;

describe('the 405B learning rate (report §3.4.1; facts §A.1)', () => {
  it('reaches 8×10⁻⁵ at the end of the warm-up, step 8,000 = 63,748,000,000 tokens (63 steps of 4M, 7,937 of 8M)', () => {
    expect(WARMUP_END_TOKENS).toBe(63 * 4e6 + 7_937 * 8e6);
    const r = readingAt(WARMUP_END_TOKENS);
    expect(r.steps).toBe(8_000);
    near(r.lr, 8e-5);
    expect(fmt.sci(r.lr, { digits: 3 })).toBe('8 × 10⁻⁵');
  });

  it('is (8×10⁻⁵ + 8×10⁻⁷) / 2 = 4.04×10⁻⁵ at the cosine midpoint, step 604,000 (the 1.2M includes the warm-up)', () => {
    expect(COSINE_MID_STEP).toBe(604_000);
    const tokens = tokensForSteps(604_000, P);
    expect(tokens).toBe(6_793_496_000_000);
    near(readingAt(tokens).lr, (8e-5 + 8e-7) / 2);
    expect(fmt.sci(readingAt(tokens).lr, { digits: 3 })).toBe('4.04 × 10⁻⁵');
    // The same on the steps axis.
    near(computeSchedule({ at: 604_000, axis: 'steps', model: 'llama3-405b' }).reading.lr, 4.04e-5);
  });

  it('rises linearly in the warm-up: step 63 (the first doubling) is 63/8,000 of the peak, 6.3×10⁻⁷', () => {
    near(readingAt(252e6).lr, 6.3e-7);
    near(lrAtTokens(126e6), (31.5 / 8_000) * 8e-5);
    expect(readingAt(0).lr).toBe(0);
  });
});

describe('every batch boundary (4M → 8M at 252M tokens, → 16M at 2.87T)', () => {
  it('252M tokens: step 63; from there 8M-token batches of 8,192-token sequences; just before, 4M of 4,096', () => {
    const at = readingAt(252e6);
    expect([at.steps, at.batchTokens, at.seqLen, at.phase, at.stage]).toEqual([63, 8e6, 8_192, 1, 'warmup']);
    const before = readingAt(252e6 - 1);
    expect([before.batchTokens, before.seqLen, before.phase]).toEqual([4e6, 4_096, 0]);
  });

  it('2.87T tokens: step 358,781.5; 16M-token batches; learning rate 6.42×10⁻⁵ (the cosine at p = 350,781.5 / 1,192,000)', () => {
    const at = readingAt(2.87e12);
    expect([at.steps, at.batchTokens, at.seqLen, at.phase]).toEqual([358_781.5, 16e6, 8_192, 2]);
    const p = (358_781.5 - 8_000) / 1_192_000;
    near(at.lr, 8e-7 + ((8e-5 - 8e-7) * (1 + Math.cos(Math.PI * p))) / 2);
    expect(fmt.sci(at.lr, { digits: 3 })).toBe('6.42 × 10⁻⁵');
    expect(readingAt(2.87e12 - 1).batchTokens).toBe(8e6);
  });

  it('the default state is that boundary', () => {
    const r = computeSchedule({ at: DEFAULT_AT, axis: 'tokens', model: 'llama3-405b' });
    expect([r.at, r.reading.steps, r.reading.batchTokens, r.clamp]).toEqual([2.87e12, 358_781.5, 16e6, null]);
  });

  it('every named point reads the same on both axes', () => {
    for (const m of MARKS) {
      const steps = convertAt(m.tokens, 'tokens', 'steps');
      const r = computeSchedule({ at: steps, axis: 'steps', model: 'llama3-405b' });
      expect(Math.abs(r.reading.tokens - m.tokens)).toBeLessThanOrEqual(1e-3);
      near(r.reading.lr, readingAt(m.tokens).lr);
    }
  });
});

describe('the step-count check (facts §B.3)', () => {
  it('252M/4M + (2.87T − 252M)/8M + (15.6T − 2.87T)/16M = 63 + 358,718.5 + 795,625 = 1,154,406.5 (facts: ≈ 1,154,406)', () => {
    const c = stepCheck();
    expect(c.perPhase).toEqual([63, 358_718.5, 795_625]);
    expect(c.decimal).toBe(1_154_406.5);
    expect(Math.floor(TOTAL_STEPS)).toBe(1_154_406);
    expect(c.stated).toBe(1_200_000);
    expect(fmt.percent(c.decimal / c.stated, { digits: 1 })).toBe('96.2%');
  });

  it('with power-of-two batches (Table 4’s 16M = 16,777,216) the count is lower: 1,100,928', () => {
    const c = stepCheck();
    const expected = 252e6 / 2 ** 22 + (2.87e12 - 252e6) / 2 ** 23 + (15.6e12 - 2.87e12) / 2 ** 24;
    near(c.binary, expected);
    expect(Math.round(c.binary)).toBe(1_100_928);
    expect(c.binary).toBeLessThan(c.decimal);
  });

  it('the run ends (by this count) before the cosine’s last step: 1.09×10⁻⁶ there, not 8×10⁻⁷', () => {
    const c = stepCheck();
    near(c.lrAtRunEnd, cosineLr(1_154_406.5, S));
    expect(fmt.sci(c.lrAtRunEnd, { digits: 3 })).toBe('1.09 × 10⁻⁶');
    expect(RUN_END_U).toBeCloseTo((1_154_406.5 - 8_000) / 1_192_000, 12);
  });
});

describe('the final anneal (report §3.4.3) and the long-context span', () => {
  it('falls linearly from the rate at its start (40M tokens before the end) to 0 at 15.6T', () => {
    expect(ANNEAL_START).toBe(15.6e12 - 40e6);
    const start = cosineLr(stepsForTokens(ANNEAL_START, P), S);
    near(lrAtTokens(ANNEAL_START), start);
    near(lrAtTokens(ANNEAL_START + 20e6), start / 2);
    expect(lrAtTokens(15.6e12)).toBe(0);
    expect(readingAt(15.6e12 - 1).stage).toBe('anneal');
    expect(readingAt(15.6e12 - 1).seqLen).toBe(131_072);
  });

  it('the long-context span is ~800B tokens ending where the anneal starts; its sequence length is not given (null)', () => {
    expect(ANNEAL_START - LONG_CONTEXT_START).toBe(800e9);
    const r = readingAt(15.2e12);
    expect([r.stage, r.seqLen, r.batchTokens]).toEqual(['longContext', null, 16e6]);
  });

  it('properties: the rate stays in [0, 8×10⁻⁵]; after the warm-up it never rises; batches never shrink', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 15.6e12, noNaN: true }), fc.double({ min: 0, max: 15.6e12, noNaN: true }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const x = readingAt(lo), y = readingAt(hi);
      expect(x.lr).toBeGreaterThanOrEqual(0);
      expect(x.lr).toBeLessThanOrEqual(8e-5 * (1 + 1e-12));
      if (lo >= WARMUP_END_TOKENS) expect(y.lr).toBeLessThanOrEqual(x.lr * (1 + 1e-12));
      expect(y.batchTokens).toBeGreaterThanOrEqual(x.batchTokens);
      expect(y.steps).toBeGreaterThanOrEqual(x.steps);
    }));
  });

  it('property: a point converted to the other axis and back is the same point', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 15.6e12, noNaN: true }), (t) => {
      const back = convertAt(convertAt(t, 'tokens', 'steps'), 'steps', 'tokens');
      expect(Math.abs(back - t)).toBeLessThanOrEqual(1e-3 * Math.max(1, t / 1e9));
    }));
  });
});

describe('hostile positions', () => {
  it('past the end: clamped to the end on either axis, with a code', () => {
    const s = computeSchedule({ at: 2e6, axis: 'steps', model: 'llama3-405b' });
    expect(s.at).toBe(1_154_406.5);
    expect(s.clamp).toEqual({ kind: 'past', requested: 2e6, to: 1_154_406.5, axis: 'steps' });
    expect(s.reading.lr).toBe(0);
    const t = computeSchedule({ at: 9e14, axis: 'tokens', model: 'llama3-405b' });
    expect([t.at, t.clamp?.kind]).toEqual([15.6e12, 'past']);
    // The default (2.87T) read as a step is past the end too: the steps axis clamps it, and says so.
    expect(computeSchedule({ at: DEFAULT_AT, axis: 'steps', model: 'llama3-405b' }).clamp?.kind).toBe('past');
  });

  it('NaN, ±Infinity, negative values, unknown axis or model never give NaN', () => {
    const cases: [number, string, string][] = [
      [Number.NaN, 'tokens', 'llama3-405b'], [Number.POSITIVE_INFINITY, 'steps', 'llama3-8b'], [Number.NEGATIVE_INFINITY, 'tokens', 'x'],
      [-5, '__proto__', 'llama3-70b'], [1e308, 'steps', 'constructor'],
    ];
    for (const [at, axis, model] of cases) {
      const r = computeSchedule({ at, axis: axis as Axis, model: model as 'llama3-8b' });
      for (const v of [r.at, r.reading.lr, r.reading.steps, r.reading.tokens, r.reading.batchTokens, r.peak]) expect(Number.isFinite(v)).toBe(true);
      expect(r.clamp).not.toBeNull();
    }
    expect(computeSchedule({ at: Number.NaN, axis: 'tokens', model: 'llama3-405b' }).clamp?.kind).toBe('invalid');
    expect(computeSchedule({ at: -5, axis: 'tokens', model: 'llama3-405b' }).clamp?.kind).toBe('before');
  });

  it('the exact field reads T/B/M suffixes and exponents and refuses the rest', () => {
    expect(readField('2.87T', 'tokens')).toEqual({ ok: true, value: 2.87e12 });
    expect(readField('252M', 'tokens')).toEqual({ ok: true, value: 252e6 });
    expect(readField('2.87e12', 'tokens')).toEqual({ ok: true, value: 2.87e12 });
    expect(readField('358,781.5', 'steps')).toEqual({ ok: true, value: 358_781.5 });
    expect(readField('16T', 'tokens')).toMatchObject({ ok: false, error: { failure: 'tooLarge' } });
    expect(readField('1,200,000', 'steps')).toMatchObject({ ok: false, error: { failure: 'tooLarge' } });
    for (const bad of ['NaN', '__proto__', '', '-5', '1e400', '🦙', '9'.repeat(40)]) expect(readField(bad, 'tokens').ok).toBe(false);
  });
});

describe('model peaks (Table 3): only the peak, never a curve', () => {
  it('8B 3×10⁻⁴, 70B 1.5×10⁻⁴, 405B 8×10⁻⁵; the drawn curve is the 405B’s whatever the model', () => {
    const peaks = (['llama3-8b', 'llama3-70b', 'llama3-405b'] as const).map((model) => computeSchedule({ at: 1e12, axis: 'tokens', model }));
    expect(peaks.map((p) => p.peak)).toEqual([3e-4, 1.5e-4, 8e-5]);
    expect(new Set(peaks.map((p) => p.reading.lr)).size).toBe(1);
    const g8 = lrGeometry('tokens', 640, 200, false, 3e-4, fmt);
    expect(g8.path).toBe(lrGeometry('tokens', 640, 200, false, 3e-4, fmt).path);
    expect(g8.peakY).not.toBeNull();
    expect(lrGeometry('tokens', 640, 200, false, 8e-5, fmt).peakY).toBeNull();
  });
});

describe('slider stops, ticks and the normalised comparison', () => {
  it('every named point is a stop on both axes; nearestStop finds it', () => {
    for (const axis of ['tokens', 'steps'] as const) {
      const stops = sliderStops(axis);
      for (const m of MARKS) {
        const v = convertAt(m.tokens, 'tokens', axis);
        expect(stops[nearestStop(stops, v)]).toBe(v);
      }
      expect(stops[0]).toBe(0);
    }
  });

  it('x tick labels never overlap, at 250 px and at 640 px, on both axes (11 px labels, ~6.4 px a character)', () => {
    for (const axis of ['tokens', 'steps'] as const) {
      for (const width of [250, 320, 640]) {
        for (const lang of ['en', 'zh'] as const) {
          const ticks = xTicks(axis, width, formatFor(lang));
          for (let i = 1; i < ticks.length; i++) {
            const gap = ticks[i]!.pos - ticks[i - 1]!.pos;
            expect(gap).toBeGreaterThan(((ticks[i]!.label.length + ticks[i - 1]!.label.length) / 2) * 6.4 + 4);
          }
        }
      }
    }
  });

  it('the IsoFLOP curve falls from 1 to 0.1 of its peak, the 405B’s to 0.01; the midpoint of each is halfway', () => {
    const pts = normalisedCurves(120);
    expect(pts[0]!.isoflop).toBe(1);
    near(pts[0]!.llama, 1);
    near(pts[120]!.isoflop, 0.1);
    near(pts[120]!.llama, 0.01);
    near(pts[60]!.isoflop, 0.55);
    near(pts[60]!.llama, 0.505);
    const g = compareGeometry(320, 180, fmt);
    expect(g.llama.length).toBeGreaterThan(0);
  });
});

describe('performance', () => {
  // The machine these run on is shared: each case is timed 20 times and the median and worst are reported.
  const time = (f: (i: number) => void) => {
    for (let i = 0; i < 5; i++) f(i); // warm up the JIT
    const ms: number[] = [];
    for (let i = 0; i < 20; i++) { const t0 = performance.now(); f(i); ms.push(performance.now() - t0); }
    ms.sort((a, b) => a - b);
    return { median: ms[10]!, worst: ms[19]! };
  };

  it('a scrub (the common update: the reading and the cursor) and the worst update (an axis change with cold caches: curve, stops, both panels) stay under 16 ms', () => {
    const scrub = time((i) => { computeSchedule({ at: i * 5e11, axis: 'tokens', model: 'llama3-8b' }); });
    const axisChange = time((i) => {
      const axis: Axis = i % 2 ? 'steps' : 'tokens';
      clearCaches();
      computeSchedule({ at: 1e5, axis, model: 'llama3-8b' });
      sliderStops(axis);
      lrGeometry(axis, 1200, 200, true, 3e-4, fmt);
      batchGeometry(axis, 1200, 164, fmt);
      xTicks(axis, 1200, fmt);
    });
    console.log(`lr-schedule: scrub median ${scrub.median.toFixed(3)} ms, worst ${scrub.worst.toFixed(3)} ms; ` +
      `axis change (cold) median ${axisChange.median.toFixed(2)} ms, worst ${axisChange.worst.toFixed(2)} ms`);
    expect(scrub.worst).toBeLessThan(4);
    expect(axisChange.median).toBeLessThan(16);
  });
});

describe('the sequence-length strip', () => {
  it('has three segments on both axes: 4,096, 8,192 (up to the long-context span), the span, the anneal; they tile the plot', () => {
    for (const axis of ['tokens', 'steps'] as const) {
      const g = batchGeometry(axis, 640, 164, fmt);
      expect(g.strip.map((s) => [s.kind, s.seqLen])).toEqual([['seq', 4_096], ['seq', 8_192], ['longContext', null], ['anneal', null]]);
      for (let i = 1; i < g.strip.length; i++) expect(g.strip[i]!.from).toBeCloseTo(g.strip[i - 1]!.to, 6);
      expect(g.strip[1]!.fits(5)).toBe(true);
      expect(g.strip[0]!.fits(5)).toBe(false);
    }
  });
});
