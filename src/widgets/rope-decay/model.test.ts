import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decayBound, inverseFrequencies, llama31Scaling, onesScore, wavelength } from '../../lib/llama';
import { gaussian, mulberry32 } from '../../lib/rng';
import { defaultsOf, parseUrl, serializeUrl } from '../../lib/urlState';
import { LLAMA31_ROPE_SCALING } from '../../data/rope';
import { fields } from './meta';
import {
  BASE_STEPS, DEFAULTS, DISTANCE_STEPS, HEAD_DIMS, LIMITS, PLOT_DISTANCES, REFERENCE_BASE, computeDecay, curveCache,
  decayCurve, freshCurve, nearestStep, readField, risesBetweenPlotted, seriesFrequencies, steadyFallUntil,
  tableRows, type DecayOk, type DecayState,
} from './model';

const STATE: DecayState = { base: DEFAULTS.base, scaling: DEFAULTS.scaling, distance: DEFAULTS.distance, headDim: DEFAULTS.headDim };
const ok = (s: Partial<DecayState> = {}): DecayOk => {
  const r = computeDecay({ ...STATE, ...s });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};

describe('the URL fields are the model’s', () => {
  it('defaults: base 500,000, no scaling, distance 8,192, head dimension 128', () => {
    expect(defaultsOf(fields)).toEqual({ theme: 'auto', base: 500_000, scaling: 'none', distance: 8_192, headDim: '128' });
    expect(REFERENCE_BASE).toBe(10_000);
  });
  it('hostile values fall back to the defaults and are named', () => {
    for (const [key, bad] of [['base', '1'], ['base', 'NaN'], ['base', '-500000'], ['base', '1e400'], ['base', '__proto__'],
      ['distance', '0'], ['distance', '131073'], ['distance', '8192.5'], ['headDim', '100'], ['scaling', 'yarn'], ['headDim', 'constructor']]) {
      const p = parseUrl(fields, `${key}=${encodeURIComponent(bad!)}`);
      expect(p.state).toEqual(defaultsOf(fields));
      expect(p.ignored.map((i) => i.key)).toEqual([key]);
    }
  });
  it('valid states round-trip through the URL', () => {
    const s = { theme: 'auto' as const, base: 1_000_000, scaling: 'llama31' as const, distance: 54_410, headDim: '256' as const };
    expect(parseUrl(fields, serializeUrl(fields, s)).state).toEqual(s);
  });
});

describe('design §2.2 V4 reference table (RoFormer §3.4.3), reproduced by the widget’s own output', () => {
  // [r, bound 1e4, bound 5e5, ones 1e4, ones 5e5], printed precision as in the design notes.
  const v4: [number, string, string, string, string][] = [
    [0, '32.50', '32.50', '1.000', '1.000'],
    [10, '17.95', '20.89', '0.669', '0.764'],
    [100, '10.23', '13.71', '0.477', '0.611'],
    [1_000, '4.47', '10.20', '0.159', '0.492'],
    [8_192, '4.90', '5.15', '0.025', '0.265'],
    [131_072, '8.39', '4.09', '-0.006', '0.048'],
  ];
  const rows = tableRows(ok());
  it.each(v4)('r = %i: the data table row', (r, b2, b3, o2, o3) => {
    const row = rows.find((x) => x.distance === r)!;
    expect(row.reference && (r === 8_192) === row.chosen).toBe(true);
    expect([row.bound.reference.toFixed(2), row.bound.compared.toFixed(2), row.ones.reference.toFixed(3), row.ones.compared.toFixed(3)])
      .toEqual([b2, b3, o2, o3]);
  });
  it.each(v4.filter(([r]) => r > 0))('r = %i: the readout at that distance, and the plotted curves there', (r, b2, b3, o2, o3) => {
    const res = ok({ distance: r });
    expect([res.reference.reading.bound.toFixed(2), res.compared.reading.bound.toFixed(2),
      res.reference.reading.ones.toFixed(3), res.compared.reading.ones.toFixed(3)]).toEqual([b2, b3, o2, o3]);
    const j = res.reference.curve.distances.indexOf(r);
    expect(j).toBeGreaterThanOrEqual(0);
    expect([res.reference.curve.bound[j]!.toFixed(2), res.compared.curve.bound[j]!.toFixed(2),
      res.reference.curve.ones[j]!.toFixed(3), res.compared.curve.ones[j]!.toFixed(3)]).toEqual([b2, b3, o2, o3]);
  });
  it('at r = 0 the bound is (d/2 + 1)/2 and the all-ones score 1, for every head dimension', () => {
    for (const h of HEAD_DIMS) {
      const row = tableRows(ok({ headDim: h }))[0]!;
      expect(row.distance).toBe(0);
      expect(row.bound.reference).toBeCloseTo((Number(h) / 2 + 1) / 2, 12);
      expect(row.ones.compared).toBe(1);
    }
  });
});

describe('pairs still on their first turn (facts §B.5)', () => {
  it('at 8,192: 14 of 64 at base 10,000 and 29 at 500,000; at 2,048: 23 and 35', () => {
    const r = ok();
    expect([r.reference.reading.unturned, r.compared.reading.unturned]).toEqual([14, 29]);
    const s = ok({ distance: 2_048 });
    expect([s.reference.reading.unturned, s.compared.reading.unturned]).toEqual([23, 35]);
  });
  it('with Llama 3.1’s scaling more pairs of 500,000 are still turning at 131,072: 15 → 25', () => {
    expect(ok({ distance: 131_072 }).compared.reading.unturned).toBe(15);
    expect(ok({ distance: 131_072, scaling: 'llama31' }).compared.reading.unturned).toBe(25);
    expect(ok({ scaling: 'llama31' }).compared.unturnedAtEnd).toBe(25);
  });
});

describe('wrap-around: the longest wavelength, computed (facts §B.5)', () => {
  it('10,000 at head dimension 128: 54,410.14, on the axis; every pair has turned past it', () => {
    const r = ok();
    expect(r.reference.longestWavelength.toFixed(2)).toBe('54410.14');
    expect(r.reference.wrapsOnAxis).toBe(true);
    expect(r.reference.unturnedAtEnd).toBe(0);
    expect(ok({ distance: 54_410 }).reference.reading.unturned).toBe(1); // the slowest pair is 0.14 short of a turn
    expect(ok({ distance: 54_411 }).reference.reading.unturned).toBe(0);
  });
  it('500,000: 2,559,195.5, past the axis (with 3.1 scaling ×8: 20,473,564)', () => {
    const r = ok();
    expect(r.compared.longestWavelength.toFixed(1)).toBe('2559195.5');
    expect(r.compared.wrapsOnAxis).toBe(false);
    expect(Math.round(ok({ scaling: 'llama31' }).compared.longestWavelength)).toBe(20_473_564);
  });
  it('is 2π·base^((d−2)/d) for any base and head dimension, and marks the axis exactly when ≤ 131,072', () => {
    fc.assert(fc.property(fc.integer({ min: LIMITS.base.min, max: LIMITS.base.max }), fc.constantFrom(...HEAD_DIMS), (base, h) => {
      const r = ok({ base, headDim: h });
      const d = Number(h);
      expect(r.compared.longestWavelength / (2 * Math.PI * base ** ((d - 2) / d))).toBeCloseTo(1, 10);
      expect(r.compared.wrapsOnAxis).toBe(r.compared.longestWavelength <= 131_072);
      expect(r.compared.unturnedAtEnd === 0).toBe(r.compared.wrapsOnAxis);
    }), { numRuns: 40 });
  });
  it('past λ_max each pair alone repeats: its angle at r equals its angle at r − λᵢ, a shorter distance', () => {
    const inv = inverseFrequencies(10_000, 128);
    const r = 60_000; // > 54,410
    for (const f of inv) {
      const back = r - wavelength(f);
      expect(back).toBeGreaterThan(0);
      expect(Math.cos(r * f)).toBeCloseTo(Math.cos(back * f), 9);
      expect(Math.sin(r * f)).toBeCloseTo(Math.sin(back * f), 9);
    }
  });
});

describe('not a smooth decay (the 500,000 bound is non-monotone, shown as computed)', () => {
  it('the bound falls at every step only up to 18 (10,000) and 11 (500,000), then rises', () => {
    const r = ok();
    expect(r.reference.steadyFall?.distance).toBe(18);
    expect(r.compared.steadyFall?.distance).toBe(11);
    for (const s of [r.reference, r.compared]) {
      const until = s.steadyFall!.distance;
      for (let d = 1; d < until; d++) expect(decayBound(d + 1, s.invFreqs)).toBeLessThanOrEqual(decayBound(d, s.invFreqs));
      expect(decayBound(until + 1, s.invFreqs)).toBeGreaterThan(decayBound(until, s.invFreqs));
      expect(s.steadyFall!.bound).toBe(decayBound(until, s.invFreqs));
    }
  });
  it('500,000’s bound rises between V4’s 500 and 2,000 (8.62 → 10.20 → 11.93) and between plotted neighbours often', () => {
    const inv = inverseFrequencies(500_000, 128);
    expect([500, 1_000, 2_000].map((d) => decayBound(d, inv).toFixed(2))).toEqual(['8.62', '10.20', '11.93']);
    const { rises, steps } = ok().compared.rises;
    expect(steps).toBe(PLOT_DISTANCES.length - 1);
    expect(rises).toBeGreaterThan(steps / 4);
  });
  it('the walk to the first rise is short for every base and head dimension (under 260 steps)', () => {
    fc.assert(fc.property(fc.double({ min: Math.log10(2), max: 9, noNaN: true }), fc.constantFrom(...HEAD_DIMS), fc.boolean(), (e, h, scaled) => {
      const until = steadyFallUntil(seriesFrequencies(10 ** e, Number(h), scaled));
      expect(until).not.toBeNull();
      expect(until!).toBeLessThan(260);
    }), { numRuns: 60 });
  });
  it('rises are counted between neighbouring plotted distances', () => {
    const c = decayCurve(inverseFrequencies(10_000, 128), [1, 2, 3, 18, 19, 20]);
    const expected = [1, 2, 3, 4, 5].filter((j) => c.bound[j]! > c.bound[j - 1]!).length;
    expect(risesBetweenPlotted(c)).toEqual({ rises: expected, steps: 5 });
  });
});

describe('the plotted distances and the curves', () => {
  it('at least 1,000 whole-token distances, strictly increasing, log-spaced from 1 to 131,072, powers of two included', () => {
    expect(PLOT_DISTANCES.length).toBeGreaterThanOrEqual(1_000);
    expect(PLOT_DISTANCES[0]).toBe(1);
    expect(PLOT_DISTANCES.at(-1)).toBe(131_072);
    for (let j = 1; j < PLOT_DISTANCES.length; j++) {
      expect(Number.isInteger(PLOT_DISTANCES[j])).toBe(true);
      expect(PLOT_DISTANCES[j]!).toBeGreaterThan(PLOT_DISTANCES[j - 1]!);
    }
    for (let p = 1; p <= 131_072; p *= 2) expect(PLOT_DISTANCES).toContain(p);
    // Log spacing: neighbours at most a factor 131,072^(1/1,499) ≈ 1.0079 apart, plus one token of rounding.
    const ratio = 131_072 ** (1 / 1_499);
    for (let j = 1; j < PLOT_DISTANCES.length; j++) {
      expect(PLOT_DISTANCES[j]!).toBeLessThanOrEqual(PLOT_DISTANCES[j - 1]! * ratio + 1);
    }
  });
  it('every plotted value is exactly decayBound / onesScore of src/lib/llama at that distance', () => {
    const inv = seriesFrequencies(500_000, 128, true);
    const c = freshCurve(500_000, 128, true);
    for (let j = 0; j < c.distances.length; j += 37) {
      expect(c.bound[j]).toBe(decayBound(c.distances[j]!, inv));
      expect(c.ones[j]).toBe(onesScore(c.distances[j]!, inv));
    }
  });
  it('the scaled curve uses Llama 3.1’s frequencies (src/lib/llama llama31Scaling), only on the second base', () => {
    const r = ok({ scaling: 'llama31' });
    expect([...r.compared.invFreqs]).toEqual([...llama31Scaling(inverseFrequencies(500_000, 128), LLAMA31_ROPE_SCALING.value)]);
    expect([...r.reference.invFreqs]).toEqual([...inverseFrequencies(10_000, 128)]);
    expect(r.reference.scaled).toBe(false);
    expect(r.compared.reading.bound).not.toBe(ok().compared.reading.bound);
  });
  it('a cache returns the same curves as computing them fresh, and keeps at most its size', () => {
    const cache = curveCache(2);
    const a = cache(10_000, 128, false);
    expect(cache(10_000, 128, false)).toBe(a);
    expect([...a.bound]).toEqual([...freshCurve(10_000, 128, false).bound]);
    cache(500_000, 128, false);
    cache(500_000, 128, true);
    expect(cache(10_000, 128, false)).not.toBe(a); // evicted, recomputed
  });
});

describe('properties of the two measures', () => {
  it('the bound is between 0 and (d/2 + 1)/2, the all-ones score between −1 and 1, at any distance and base', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 1e9 }), fc.integer({ min: 1, max: 131_072 }), fc.constantFrom(...HEAD_DIMS), (base, d, h) => {
      const r = ok({ base, distance: d, headDim: h });
      for (const s of [r.reference, r.compared]) {
        expect(s.reading.bound).toBeGreaterThanOrEqual(0);
        expect(s.reading.bound).toBeLessThanOrEqual((r.pairs + 1) / 2 + 1e-9);
        expect(Math.abs(s.reading.ones)).toBeLessThanOrEqual(1 + 1e-12);
        expect(s.reading.unturned).toBeGreaterThanOrEqual(0);
        expect(s.reading.unturned).toBeLessThanOrEqual(r.pairs);
      }
    }), { numRuns: 60 });
  });
  it('the all-ones score is the mean over pairs of cos(r·θᵢ): RoPE’s score of q = k = 1, divided by d/2', () => {
    const inv = inverseFrequencies(500_000, 128);
    // q·R_r k for all-ones 2-D pairs: each pair gives (1,1)·rot(r θ)(1,1) = 2 cos(rθ); the head has d = 128 entries.
    for (const r of [1, 37, 8_192, 100_000]) {
      let score = 0;
      for (const f of inv) score += 2 * Math.cos(r * f);
      expect(onesScore(r, inv)).toBeCloseTo(score / 128, 12);
    }
  });
  it('what the decay does not explain: random zero-mean q, k have no decay on average (mean score near 0 at every distance)', () => {
    const inv = inverseFrequencies(500_000, 128);
    const rand = gaussian(mulberry32(7));
    const n = 4_000;
    for (const r of [1, 100, 8_192]) {
      let sum = 0;
      for (let s = 0; s < n; s++) {
        const q = Array.from({ length: 128 }, () => rand());
        const k = Array.from({ length: 128 }, () => rand());
        let dot = 0;
        for (let i = 0; i < 64; i++) {
          const a = r * inv[i]!;
          dot += (q[2 * i]! * k[2 * i]! + q[2 * i + 1]! * k[2 * i + 1]!) * Math.cos(a) + (q[2 * i]! * k[2 * i + 1]! - q[2 * i + 1]! * k[2 * i]!) * Math.sin(a);
        }
        sum += dot;
      }
      // Each score has standard deviation √128 ≈ 11.3; the mean of 4,000 has about 0.18: well inside ±1.
      expect(Math.abs(sum / n)).toBeLessThan(1);
    }
  });
});

describe('impossible states give codes, never numbers', () => {
  it('out-of-range base and distance, unknown choices', () => {
    const r = computeDecay({ base: 1, distance: 0, headDim: '100' as never, scaling: 'yarn' as never });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['base:outOfRange', 'distance:outOfRange', 'headDim:unknownChoice', 'scaling:unknownChoice']);
    expect(computeDecay({ ...STATE, base: Number.NaN }).ok).toBe(false);
    expect(computeDecay({ ...STATE, distance: 1.5 }).ok).toBe(false);
  });
  it('notes: another head dimension, scaling on another base, the same curve twice', () => {
    expect(ok().notes).toEqual([]);
    expect(ok({ headDim: '64' }).notes).toEqual([{ code: 'otherHeadDim', headDim: 64 }]);
    expect(ok({ base: 1_000_000, scaling: 'llama31' }).notes).toEqual([{ code: 'scalingOtherBase', base: 1_000_000 }]);
    expect(ok({ base: 10_000 }).notes).toEqual([{ code: 'sameCurve' }]);
    expect(ok({ base: 10_000, scaling: 'llama31' }).notes).toEqual([{ code: 'scalingOtherBase', base: 10_000 }]);
  });
});

describe('typed fields and slider steps', () => {
  it('base: digits, separators, exponent; distance: digits and K', () => {
    expect(readField('500,000', 'base')).toEqual({ ok: true, value: 500_000 });
    expect(readField('5e5', 'base')).toEqual({ ok: true, value: 500_000 });
    expect(readField('1', 'base')).toMatchObject({ ok: false, error: { failure: 'tooSmall', value: 1 } });
    expect(readField('2.5', 'base')).toMatchObject({ ok: false, error: { failure: 'fraction' } });
    expect(readField('8K', 'distance')).toEqual({ ok: true, value: 8_192 });
    expect(readField('128K', 'distance')).toEqual({ ok: true, value: 131_072 });
    expect(readField('129K', 'distance')).toMatchObject({ ok: false, error: { failure: 'tooLarge' } });
    expect(readField('8e3', 'distance')).toMatchObject({ ok: false, error: { failure: 'invalid' } });
    expect(readField('9'.repeat(30), 'distance')).toMatchObject({ ok: false, error: { failure: 'tooLong' } });
  });
  it('the base slider has 10,000 and 500,000; the distance slider runs 1 … 131,072 with 8,192 on it', () => {
    expect(BASE_STEPS[0]).toBe(2);
    expect(BASE_STEPS.at(-1)).toBe(1e9);
    expect(BASE_STEPS).toContain(10_000);
    expect(BASE_STEPS[nearestStep(BASE_STEPS, 500_000)]).toBe(500_000);
    expect(BASE_STEPS[nearestStep(BASE_STEPS, 640_000)]).toBe(500_000);
    expect(DISTANCE_STEPS[0]).toBe(1);
    expect(DISTANCE_STEPS.at(-1)).toBe(131_072);
    expect(DISTANCE_STEPS[nearestStep(DISTANCE_STEPS, 8_192)]).toBe(8_192);
    expect(new Set(DISTANCE_STEPS).size).toBe(DISTANCE_STEPS.length);
  });
});

describe('performance: one update within a frame', () => {
  // The worst case: ≥ 1,000 distances × 64 pairs × 2 bases × 2 measures, every curve computed cold. Measured as
  // the CPU time of this process (process.cpuUsage: each test file runs in its own process), so other work on a shared
  // machine does not count; the best of ten runs, after one warm-up so the JIT has compiled the loops, as it has in a
  // page. Wall-clock times are logged beside it. Idle here: cold 128 ≈ 8 ms, cold 256 ≈ 15 ms, a cached update < 0.1 ms.
  const time = (f: () => void, runs = 10) => {
    f();
    let cpu = Infinity;
    let wall = Infinity;
    for (let i = 0; i < runs; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      f();
      wall = Math.min(wall, performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu = Math.min(cpu, (c.user + c.system) / 1_000);
    }
    return { cpu, wall };
  };
  const report: Record<string, { cpu: number; wall: number }> = {};
  it('cold (no cache): both curves at head dimension 128 under 16 ms', () => {
    report['cold-128'] = time(() => computeDecay({ ...STATE, headDim: '128' }));
    expect(report['cold-128'].cpu).toBeLessThan(16);
  });
  it('cold at head dimension 256 (the largest offered; measured and reported, two frames at most)', () => {
    report['cold-256'] = time(() => computeDecay({ ...STATE, headDim: '256' }));
    expect(report['cold-256'].cpu).toBeLessThan(32);
  });
  it('a distance change with the view’s cache recomputes no curve: under 1 ms', () => {
    const cache = curveCache();
    computeDecay(STATE, cache);
    let d = 1;
    report['distance'] = time(() => computeDecay({ ...STATE, distance: (d = (d * 7) % 131_072 + 1) }, cache), 30);
    expect(report['distance'].cpu).toBeLessThan(1);
  });
  it('a base change with the cache recomputes one curve: under 16 ms even at head dimension 256', () => {
    const cache = curveCache();
    computeDecay({ ...STATE, headDim: '256' }, cache);
    let b = 500_000;
    report['base-256'] = time(() => computeDecay({ ...STATE, headDim: '256', base: (b += 1) }, cache));
    expect(report['base-256'].cpu).toBeLessThan(16);
    console.log('rope-decay model timings (ms, best of runs):', JSON.stringify(report, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)));
  });
});
