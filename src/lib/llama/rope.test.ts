import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LLAMA31_ROPE_SCALING, ROPE_HEAD_DIM, ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3, YARN_RAMP } from '../../data/rope';
import { gaussian, mulberry32 } from '../rng';
import {
  applyRope, countLongerThan, criticalDimension, decayBound, dot, dynamicNtkBase, inverseFrequencies, llama31Frequency,
  llama31Scaling, ntkAware, ntkAwareBase, ntkByPartsCode, ntkByPartsPaper, onesScore, phaseErrors,
  positionInterpolation, relativeScore, ropeScore, rotate, toHalfLayout, wavelength, wavelengths, yarnAttentionScale,
  yarnCorrectionRange,
} from './rope';

const D = ROPE_HEAD_DIM;
const inv3 = inverseFrequencies(ROPE_THETA_LLAMA3, D);
const inv2 = inverseFrequencies(ROPE_THETA_LLAMA2, D);
const S = LLAMA31_ROPE_SCALING.value;
const { alpha, beta } = YARN_RAMP.value;
const scaled31 = llama31Scaling(inv3, S);
/** Relative closeness to `digits` significant digits, as the facts sheet prints them. */
const close = (actual: number, expected: number, rel = 5e-13) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * rel);

describe('wavelengths, head dim 128 (facts §B.5, design §2.2 V1/V3)', () => {
  it('λ of the first and last pair for both bases', () => {
    close(wavelength(inv3[0]!), 6.283185, 1e-7);
    close(wavelength(inv2[63]!), 54_410.14, 1e-7);
    close(wavelength(inv3[63]!), 2_559_195.5, 1e-7);
  });
  it.each([[16, 167.08], [28, 1_956.5], [35, 8_218.7], [63, 2_559_195.5]])('θ = 500,000: λ_%i = %d', (i, lambda) => {
    expect(wavelength(inv3[i]!).toFixed(lambda < 1000 ? 2 : 1)).toBe(lambda.toFixed(lambda < 1000 ? 2 : 1));
  });
  it('pairs longer than 8,192 and 2,048: 14 and 23 at 10,000; 29 and 35 at 500,000', () => {
    expect([countLongerThan(inv2, 8_192), countLongerThan(inv2, 2_048)]).toEqual([14, 23]);
    expect([countLongerThan(inv3, 8_192), countLongerThan(inv3, 2_048)]).toEqual([29, 35]);
  });
  it('critical dimension (Liu et al. 2023): 92, 70, 98', () => {
    expect(criticalDimension(10_000, D, 4_096)).toBe(92);
    expect(criticalDimension(500_000, D, 8_192)).toBe(70);
    expect(criticalDimension(500_000, D, 131_072)).toBe(98);
  });
  it('wavelengths grow with the pair index for any base above 1', () => {
    fc.assert(fc.property(fc.double({ min: 1.5, max: 1e9, noNaN: true }), fc.constantFrom(64, 128, 256), (b, d) => {
      const w = wavelengths(inverseFrequencies(b, d));
      for (let i = 1; i < w.length; i++) expect(w[i]!).toBeGreaterThan(w[i - 1]!);
    }));
  });
});

describe('Llama 3.1 scaled inverse frequencies: the §B.6 table to every printed digit', () => {
  // [i, λ, band, smooth, original, scaled, ratio]
  const rows: [number, number, string, number | null, number, number, number][] = [
    [0, 6.283, 'keep', null, 1.000000000000e+00, 1.000000000000e+00, 1],
    [16, 167.079, 'keep', null, 3.760603093086e-02, 3.760603093086e-02, 1],
    [28, 1_956.497, 'keep', null, 3.211445994753e-03, 3.211445994753e-03, 1],
    [29, 2_401.738, 'blend', 0.8036, 2.616099252925e-03, 2.166570763503e-03, 0.828168],
    [30, 2_948.303, 'blend', 0.5928, 2.131119536912e-03, 1.371893567761e-03, 0.643743],
    [31, 3_619.249, 'blend', 0.4212, 1.736046702177e-03, 8.567514129196e-04, 0.493507],
    [32, 4_442.883, 'blend', 0.2813, 1.414213562373e-03, 5.248461609930e-04, 0.371122],
    [33, 5_453.952, 'blend', 0.1673, 1.152042740263e-03, 3.126937503841e-04, 0.271425],
    [34, 6_695.109, 'blend', 0.0745, 9.384738703574e-04, 1.785078127680e-04, 0.190211],
    [35, 8_218.718, 'divide', null, 7.644969883172e-04, 9.556212353965e-05, 0.125],
    [48, 118_142.831, 'divide', null, 5.318295896945e-05, 6.647869871181e-06, 0.125],
    [63, 2_559_195.517, 'divide', null, 2.455140791132e-06, 3.068925988915e-07, 0.125],
  ];
  it.each(rows)('i = %i', (i, lambda, band, smooth, orig, scaled, ratio) => {
    const r = llama31Frequency(inv3[i]!, S);
    expect(wavelength(inv3[i]!).toFixed(3)).toBe(lambda.toFixed(3));
    expect(r.band).toBe(band);
    expect(r.smooth === null ? null : r.smooth.toFixed(4)).toBe(smooth === null ? null : smooth.toFixed(4));
    expect(inv3[i]!.toExponential(12)).toBe(orig.toExponential(12));
    expect(r.value.toExponential(12)).toBe(scaled.toExponential(12));
    expect(Number((r.value / inv3[i]!).toFixed(6))).toBe(ratio);
  });
  it('bands: 29 kept (0–28), 6 blended (29–34), 29 divided by 8 (35–63); longest scaled wavelength 20,473,564', () => {
    const bands = Array.from(inv3, (f) => llama31Frequency(f, S).band);
    expect(bands.lastIndexOf('keep')).toBe(28);
    expect(bands.filter((b) => b === 'blend')).toHaveLength(6);
    expect(bands.indexOf('divide')).toBe(35);
    expect(bands.filter((b) => b === 'divide')).toHaveLength(29);
    expect(Math.round(wavelength(scaled31[63]!))).toBe(20_473_564);
  });
  it('the scaled frequency always lies between f/8 and f', () => {
    fc.assert(fc.property(fc.double({ min: 1e-9, max: 10, noNaN: true }), (f) => {
      const v = llama31Frequency(f, S).value;
      expect(v).toBeGreaterThanOrEqual(f / S.factor * (1 - 1e-15));
      expect(v).toBeLessThanOrEqual(f * (1 + 1e-15));
    }));
  });
});

describe('other extension rules (facts §B.7, design §2.2 V5)', () => {
  it('NTK-aware base: 4,134,231.1; 82,684.62; 20,221.26', () => {
    expect(ntkAwareBase(500_000, D, 8).toFixed(1)).toBe('4134231.1');
    expect(ntkAwareBase(10_000, D, 8).toFixed(2)).toBe('82684.62');
    expect(ntkAwareBase(10_000, D, 2).toFixed(2)).toBe('20221.26');
  });
  it('YaRN attention scale √(1/t): 1.207944, 1.277259, 1.346574; logit factor 1.4591 at s = 8', () => {
    expect(yarnAttentionScale(8).toFixed(6)).toBe('1.207944');
    expect(yarnAttentionScale(16).toFixed(6)).toBe('1.277259');
    expect(yarnAttentionScale(32).toFixed(6)).toBe('1.346574');
    expect((yarnAttentionScale(8) ** 2).toFixed(4)).toBe('1.4591');
  });
  it('HF dynamic NTK base: 30,527.74 at 8,192 and 72,195.86 at 16,384 (base 10,000, factor 2, 4,096); unchanged up to 4,096', () => {
    expect(dynamicNtkBase(10_000, D, 2, 4_096, 8_192).toFixed(2)).toBe('30527.74');
    expect(dynamicNtkBase(10_000, D, 2, 4_096, 16_384).toFixed(2)).toBe('72195.86');
    expect(dynamicNtkBase(10_000, D, 2, 4_096, 4_096)).toBe(10_000);
  });
  it('YaRN code correction range: ⌊18.08⌋ = 18 and ⌈34.98⌉ = 35', () => {
    const r = yarnCorrectionRange(500_000, D, S.original, alpha, beta);
    expect([r.lowExact.toFixed(2), r.highExact.toFixed(2), r.low, r.high]).toEqual(['18.08', '34.98', 18, 35]);
  });
  // [i, PI, NTK-aware, YaRN paper, YaRN code, Llama 3.1] ratios new/original. The design table prints 0.177 for the
  // code ramp at i = 34: exactly 1/8·16/17 + 1/17 = 0.176470…, which it rounded twice (0.1765 → 0.177); 0.176 here.
  const v5: [number, number, number, number, number, number][] = [
    [0, 0.125, 1.000, 1, 1, 1],
    [18, 0.125, 0.552, 1, 1, 1],
    [20, 0.125, 0.517, 0.706, 0.897, 1],
    [25, 0.125, 0.438, 0.315, 0.640, 1],
    [29, 0.125, 0.384, 0.193, 0.434, 0.828],
    [32, 0.125, 0.348, 0.149, 0.279, 0.371],
    [34, 0.125, 0.326, 0.131, 0.176, 0.190],
    [35, 0.125, 0.315, 0.125, 0.125, 0.125],
    [63, 0.125, 0.125, 0.125, 0.125, 0.125],
  ];
  const pi = positionInterpolation(inv3, 8);
  const ntk = ntkAware(500_000, D, 8);
  const paper = ntkByPartsPaper(inv3, 8, S.original, alpha, beta);
  const code = ntkByPartsCode(500_000, D, 8, S.original, alpha, beta);
  it.each(v5)('i = %i: the five rules against the design table', (i, ...ratios) => {
    const got = [pi, ntk, paper, code, scaled31].map((a) => (a[i]! / inv3[i]!).toFixed(3));
    expect(got).toEqual(ratios.map((r) => r.toFixed(3)));
  });
  it('band counts (keep / blend / ÷8): YaRN 19/16/29 in both versions, Llama 3.1 29/6/29', () => {
    const count = (a: Float64Array) => {
      const r = Array.from(a, (v, i) => v / inv3[i]!);
      return [r.filter((x) => x === 1).length, r.filter((x) => x < 1 && x > 1 / 8).length, r.filter((x) => x === 1 / 8).length];
    };
    expect(count(paper)).toEqual([19, 16, 29]);
    expect(count(code)).toEqual([19, 16, 29]);
    expect(count(scaled31)).toEqual([29, 6, 29]);
  });
});

describe('forgetting rope_scaling (design §2.2 V6)', () => {
  const maxAt = (m: number) => {
    const e = phaseErrors(inv3, scaled31, m);
    let best = 0;
    for (let i = 1; i < e.length; i++) if (e[i]! > e[best]!) best = i;
    return { e, best, overPi: e.filter((x) => x > Math.PI).length };
  };
  it('7.29 rad at pair 32 at 8,192, 9 pairs past π, 0.018 rad at pair 63', () => {
    const { e, best, overPi } = maxAt(8_192);
    expect([e[best]!.toFixed(2), best, overPi, e[63]!.toFixed(3)]).toEqual(['7.29', 32, 9, '0.018']);
  });
  it('29.1 rad and 16 pairs at 32,768; 116.6 rad, 23 pairs and 0.28 rad at pair 63 at 131,071', () => {
    expect([maxAt(32_768).e[maxAt(32_768).best]!.toFixed(1), maxAt(32_768).overPi]).toEqual(['29.1', 16]);
    const r = maxAt(131_071);
    expect([r.e[r.best]!.toFixed(1), r.overPi, r.e[63]!.toFixed(2)]).toEqual(['116.6', 23, '0.28']);
  });
});

describe('rotations and relative position (design §2.2 V2)', () => {
  const head = (seed: number) => {
    const g = gaussian(mulberry32(seed));
    return Float64Array.from({ length: D }, () => g());
  };
  it('a rotation keeps the norm of every pair', () => {
    fc.assert(fc.property(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x, y, a) => {
        const [u, v] = rotate(x, y, a);
        expect(Math.hypot(u, v)).toBeCloseTo(Math.hypot(x, y), 9);
      }));
  });
  it('q_m·k_n depends only on n − m: ⟨R₁₀₀q, R₃₇k⟩ = ⟨R₅₁₀₀q, R₅₀₃₇k⟩ = ⟨R₆₃q, k⟩', () => {
    const q = head(1), k = head(2);
    const a = ropeScore(q, k, 100, 37, inv3);
    expect(ropeScore(q, k, 5_100, 5_037, inv3)).toBeCloseTo(a, 10);
    expect(ropeScore(q, k, 63, 0, inv3)).toBeCloseTo(a, 10);
    expect(relativeScore(q, k, 63, inv3)).toBeCloseTo(a, 10);
  });
  it('property: for random heads and positions, the score is the relative form at m − n', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 131_071 }),
      fc.integer({ min: 0, max: 131_071 }), fc.constantFrom(ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3), (seed, m, n, b) => {
        const inv = inverseFrequencies(b, D);
        const q = head(seed), k = head(seed + 1);
        const scale = Math.sqrt(dot(q, q) * dot(k, k));
        expect(Math.abs(ropeScore(q, k, m, n, inv) - relativeScore(q, k, m - n, inv))).toBeLessThan(1e-9 * scale);
      }), { numRuns: 200 });
  });
  it('Meta’s complex form and Hugging Face’s rotate_half agree after the permutation (each written here independently)', () => {
    // Meta: view pairs (2i, 2i+1) as complex numbers and multiply by e^{i·m·θᵢ}.
    const meta = (v: Float64Array, m: number) => {
      const out = new Float64Array(D);
      for (let i = 0; i < D / 2; i++) {
        const re = Math.cos(m * inv3[i]!), im = Math.sin(m * inv3[i]!);
        out[2 * i] = v[2 * i]! * re - v[2 * i + 1]! * im;
        out[2 * i + 1] = v[2 * i]! * im + v[2 * i + 1]! * re;
      }
      return out;
    };
    // HF: x·cos + rotate_half(x)·sin, with cos/sin = cat(freqs, freqs) and rotate_half(x) = cat(−x₂, x₁).
    const hf = (x: Float64Array, m: number) => {
      const h = D / 2, out = new Float64Array(D);
      for (let j = 0; j < D; j++) {
        const f = inv3[j % h]!;
        const rot = j < h ? -x[j + h]! : x[j - h]!;
        out[j] = x[j]! * Math.cos(m * f) + rot * Math.sin(m * f);
      }
      return out;
    };
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 131_071 }), (seed, m) => {
      const v = head(seed);
      const a = toHalfLayout(meta(v, m)), b = hf(toHalfLayout(v), m), c = toHalfLayout(applyRope(v, m, inv3));
      for (let j = 0; j < D; j++) {
        expect(b[j]!).toBeCloseTo(a[j]!, 12);
        expect(c[j]!).toBeCloseTo(a[j]!, 12);
      }
    }), { numRuns: 100 });
  });
});

describe('long-term decay (RoFormer §3.4.3; design §2.2 V4)', () => {
  // [r, bound 1e4, bound 5e5, ones 1e4, ones 5e5]
  const v4: [number, string, string, string, string][] = [
    [0, '32.50', '32.50', '1.000', '1.000'],
    [10, '17.95', '20.89', '0.669', '0.764'],
    [100, '10.23', '13.71', '0.477', '0.611'],
    [1_000, '4.47', '10.20', '0.159', '0.492'],
    [8_192, '4.90', '5.15', '0.025', '0.265'],
    [131_072, '8.39', '4.09', '-0.006', '0.048'],
  ];
  it.each(v4)('r = %i', (r, b2, b3, o2, o3) => {
    expect([decayBound(r, inv2).toFixed(2), decayBound(r, inv3).toFixed(2), onesScore(r, inv2).toFixed(3),
      onesScore(r, inv3).toFixed(3)]).toEqual([b2, b3, o2, o3]);
  });
});
