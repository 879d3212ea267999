// rope-frequencies' model against the reference values of shared/reference/llama3-facts.md §B.5–B.7 and
// next-chapters-design.md §2.2 (V3, V5, V6): the numbers the widget shows, as computeRope returns them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULTS, HEAD_DIMS, LIMITS, METHODS, RAMPS, computeRope, issuesOf, readNumber, summarize, unusedFields,
  type Curve, type Method, type RopeResult, type RopeState, type Scaled,
} from './model';

const state = (s: Partial<RopeState> = {}): RopeState => ({ ...DEFAULTS, ...s });
const run = (s: Partial<RopeState> = {}): RopeResult => computeRope(state(s))!;
const scaled = (s: Partial<RopeState> = {}): Scaled => {
  const r = run(s).scaling;
  if (!r?.ok) throw new Error('expected a scaling');
  return r;
};
const only = (s: Partial<RopeState> = {}): Curve => scaled(s).curves[0]!;
const line = (r: RopeResult, tokens: number) => r.lines.find((l) => l.tokens === tokens)!;

describe('§B.5: wavelengths and the pairs longer than a context (d = 128)', () => {
  it('base 10,000 (Llama 2): λ from 2π to 54,410.14; 14 pairs longer than 8,192, 23 longer than 2,048', () => {
    const r = run({ base: 10_000 });
    expect(r.pairs).toBe(64);
    expect(r.wavelengths[0]!.toFixed(6)).toBe('6.283185');
    expect(r.wavelengths[63]!.toFixed(2)).toBe('54410.14');
    expect(line(r, 8_192).longer).toBe(14);
    // 2,048 is drawn as Llama 3.1's keep boundary (original / high).
    expect(line(r, 2_048).ids).toEqual(['highBoundary']);
    expect(line(r, 2_048).longer).toBe(23);
  });
  it('base 500,000 (Llama 3): λ up to 2,559,195.5; 29 pairs longer than 8,192, 35 longer than 2,048', () => {
    const r = run();
    expect(r.wavelengths[63]!.toFixed(1)).toBe('2559195.5');
    expect(line(r, 8_192).longer).toBe(29);
    expect(line(r, 8_192).ids).toEqual(['llama3', 'lowBoundary']);
    expect(line(r, 2_048).longer).toBe(35);
  });
  it('draws 4,096, 8,192, 131,072 and the custom line (default 32,768, the report’s §3.2 figure), in order', () => {
    expect(run({ method: 'none' }).lines.map((l) => [l.tokens, l.ids])).toEqual([
      [4_096, ['llama2']], [8_192, ['llama3']], [32_768, ['custom']], [131_072, ['llama31']],
    ]);
    expect(run({ method: 'none', context: 4_096 }).lines[0]).toMatchObject({ tokens: 4_096, ids: ['llama2', 'custom'] });
  });
  it('counts the scaled curve too: with Llama 3.1’s rule 32 pairs are longer than 8,192 (the 29 divided and 3 of the 6 blended)', () => {
    const r = run();
    expect(line(r, 8_192).longerScaled).toEqual([32]);
    expect(line(r, 131_072).longer).toBe(15); // pairs 49–63 (λ₄₈ = 118,142.8 < 131,072)
  });
});

// §B.6, row by row, as printed there (float64; every digit).
const B6: [number, string, string, string | null, string, string, string][] = [
  [0, '6.283', 'keep', null, '1.000000000000e+0', '1.000000000000e+0', '1'],
  [16, '167.079', 'keep', null, '3.760603093086e-2', '3.760603093086e-2', '1'],
  [28, '1956.497', 'keep', null, '3.211445994753e-3', '3.211445994753e-3', '1'],
  [29, '2401.738', 'blend', '0.8036', '2.616099252925e-3', '2.166570763503e-3', '0.828168'],
  [30, '2948.303', 'blend', '0.5928', '2.131119536912e-3', '1.371893567761e-3', '0.643743'],
  [31, '3619.249', 'blend', '0.4212', '1.736046702177e-3', '8.567514129196e-4', '0.493507'],
  [32, '4442.883', 'blend', '0.2813', '1.414213562373e-3', '5.248461609930e-4', '0.371122'],
  [33, '5453.952', 'blend', '0.1673', '1.152042740263e-3', '3.126937503841e-4', '0.271425'],
  [34, '6695.109', 'blend', '0.0745', '9.384738703574e-4', '1.785078127680e-4', '0.190211'],
  [35, '8218.718', 'divide', null, '7.644969883172e-4', '9.556212353965e-5', '0.125'],
  [48, '118142.831', 'divide', null, '5.318295896945e-5', '6.647869871181e-6', '0.125'],
  [63, '2559195.517', 'divide', null, '2.455140791132e-6', '3.068925988915e-7', '0.125'],
];

describe('§B.6: Llama 3.1’s scaled inverse frequencies (θ = 500,000, d = 128, factor 8, low 1, high 4, original 8,192)', () => {
  const r = run();
  const c = only();
  it.each(B6)('pair %i: λ %s, %s, smooth %s, %s → %s, ratio %s', (i, lambda, band, smooth, orig, value, ratio) => {
    expect(r.wavelengths[i]!.toFixed(3)).toBe(lambda);
    expect(c.bands![i]).toBe(band);
    if (smooth !== null) expect(c.gamma![i]!.toFixed(4)).toBe(smooth);
    expect(r.inv[i]!.toExponential(12)).toBe(orig);
    expect(c.inv[i]!.toExponential(12)).toBe(value);
    expect(ratio.includes('.') && ratio.length > 5 ? c.ratio[i]!.toFixed(6) : String(c.ratio[i])).toBe(ratio);
  });
  it('bands 29 kept / 6 blended / 29 divided, no temperature, longest scaled wavelength 20,473,564', () => {
    expect(c.bandCounts).toEqual({ keep: 29, blend: 6, divide: 29 });
    expect(Math.round(c.longest)).toBe(20_473_564);
    const d = scaled().detail;
    expect(d).toMatchObject({ method: 'llama31', keepBelow: 2_048, divideAbove: 8_192, shipped: true });
    expect(scaled().llama31AsShipped).toBe(true);
    expect(run().notes).toEqual([]);
  });
});

describe('§B.7: the other rules, as the widget shows them', () => {
  it('NTK-aware base b′ = b·s^(d/(d−2)): 4,134,231.1 (b 500,000, s 8); 82,684.62 and 20,221.26 (b 10,000, s 8 and 2)', () => {
    const base = (s: Partial<RopeState>) => { const d = scaled({ method: 'ntk', ...s }).detail; return d.method === 'ntk' ? d.newBase : NaN; };
    expect(base({}).toFixed(1)).toBe('4134231.1');
    expect(base({ base: 10_000 }).toFixed(2)).toBe('82684.62');
    expect(base({ base: 10_000, factor: 2 }).toFixed(2)).toBe('20221.26');
  });
  it('NTK-aware ratios (design V5): s^(−2i/(d−2)), from 1 at i = 0 to 1/8 at i = 63', () => {
    const c = only({ method: 'ntk' });
    expect(c.ratio[0]).toBe(1);
    expect(c.ratio[63]).toBeCloseTo(0.125, 12);
    const at = { 18: '0.552', 20: '0.517', 25: '0.438', 29: '0.384', 32: '0.348', 34: '0.326', 35: '0.315' };
    for (const [i, v] of Object.entries(at)) expect(c.ratio[Number(i)]!.toFixed(3), `i = ${i}`).toBe(v);
    expect(c.bands).toBeNull();
  });
  it('YaRN: √(1/t) = 0.1·ln s + 1 = 1.207944 at s = 8 (1.277259 at 16, 1.346574 at 32); logits × 1.4591', () => {
    const d = (factor: number) => { const x = scaled({ method: 'yarn', factor }).detail; if (x.method !== 'yarn') throw new Error(); return x; };
    expect(d(8).scale.toFixed(6)).toBe('1.207944');
    expect(d(16).scale.toFixed(6)).toBe('1.277259');
    expect(d(32).scale.toFixed(6)).toBe('1.346574');
    expect(d(8).logitScale.toFixed(4)).toBe('1.4591');
    expect(d(8)).toMatchObject({ alpha: 1, beta: 32, keepBelow: 256, divideAbove: 8_192, range: { low: 18, high: 35 } });
    expect(d(8).range.lowExact.toFixed(2)).toBe('18.08');
    expect(d(8).range.highExact.toFixed(2)).toBe('34.98');
  });
  it('YaRN’s paper and code ramps: same bands (19 / 16 / 29), different blends (design V5)', () => {
    const [paper, code] = scaled({ method: 'yarn' }).curves;
    expect(paper!.id).toBe('yarnPaper');
    expect(code!.id).toBe('yarnCode');
    expect(paper!.bandCounts).toEqual({ keep: 19, blend: 16, divide: 29 });
    expect(code!.bandCounts).toEqual({ keep: 19, blend: 16, divide: 29 });
    const table: [number, string, string][] = [[18, '1.000', '1.000'], [20, '0.706', '0.897'], [25, '0.315', '0.640'], [29, '0.193', '0.434'],
      [32, '0.149', '0.279'], [35, '0.125', '0.125'], [63, '0.125', '0.125']];
    for (const [i, p, c] of table) {
      expect(paper!.ratio[i]!.toFixed(3), `paper, i = ${i}`).toBe(p);
      expect(code!.ratio[i]!.toFixed(3), `code, i = ${i}`).toBe(c);
    }
    // The design table prints 0.177 for the code at i = 34; exactly it is 0.17647 (the brief's note).
    expect(paper!.ratio[34]!.toFixed(3)).toBe('0.131');
    expect(code!.ratio[34]!.toFixed(5)).toBe('0.17647');
    expect(scaled({ method: 'yarn', ramp: 'paper' }).curves.map((c) => c.id)).toEqual(['yarnPaper']);
    expect(scaled({ method: 'yarn', ramp: 'code' }).curves.map((c) => c.id)).toEqual(['yarnCode']);
  });
  it('HF dynamic NTK: 30,527.74 and 72,195.86 (base 10,000, factor 2, max 4,096, seqLen 8,192 and 16,384)', () => {
    const base = (seqLen: number) => {
      const d = scaled({ method: 'dynamic', base: 10_000, factor: 2, original: 4_096, seqLen }).detail;
      if (d.method !== 'dynamic') throw new Error();
      return d;
    };
    expect(base(8_192).newBase.toFixed(2)).toBe('30527.74');
    expect(base(16_384).newBase.toFixed(2)).toBe('72195.86');
    expect(base(8_192).active).toBe(true);
  });
  it('position interpolation divides every pair by s: one band, ratio 1/s', () => {
    const c = only({ method: 'pi' });
    expect(c.bandCounts).toEqual({ keep: 0, blend: 0, divide: 64 });
    expect(new Set(c.ratio)).toEqual(new Set([0.125]));
  });
});

describe('V6: a port that loads Llama 3.1 but computes unscaled frequencies', () => {
  it('at 8,192: 7.29 rad at pair 32, 9 pairs past π, 0.018 rad at pair 63', () => {
    const e = only({ position: 8_192 }).error;
    expect(e.max.toFixed(2)).toBe('7.29');
    expect(e.maxPair).toBe(32);
    expect(e.overPi).toBe(9);
    expect(e.last.toFixed(3)).toBe('0.018');
  });
  it('at 131,071 (the default): 116.6 rad, 23 pairs past π, 0.28 rad at pair 63; at 32,768: 29.1 rad, 16 pairs', () => {
    const e = only().error;
    expect(e.position).toBe(131_071);
    expect(e.max.toFixed(1)).toBe('116.6');
    expect(e.maxPair).toBe(32);
    expect(e.overPi).toBe(23);
    expect(e.last.toFixed(2)).toBe('0.28');
    const mid = only({ position: 32_768 }).error;
    expect(mid.max.toFixed(1)).toBe('29.1');
    expect(mid.overPi).toBe(16);
  });
  it('why short prompts pass: the 29 kept pairs are exact, 0.09 rad at position 100, π first passed at 3,533', () => {
    const e = only().error;
    expect(e.exact).toBe(29);
    expect(e.atShort.toFixed(2)).toBe('0.09');
    // m·(θ₃₂ − θ′₃₂) > π first at m = 3,533 (7.2857 rad / 8,192 positions = 8.894e-4 rad per position; π / that = 3,532.4).
    expect(e.firstOverPi).toBe(3_533);
    const d = 7.28569775210611 / 8_192;
    expect((e.firstOverPi! - 1) * d).toBeLessThanOrEqual(Math.PI);
    expect(e.firstOverPi! * d).toBeGreaterThan(Math.PI);
  });
  it('the error grows in proportion to position, and is 0 at position 0', () => {
    const a = only({ position: 1_000 }).errors, b = only({ position: 2_000 }).errors;
    a.forEach((v, i) => expect(b[i]).toBeCloseTo(2 * v, 9));
    expect(only({ position: 0 }).error.max).toBe(0);
    expect(run({ position: 0 }).notes).toEqual([{ code: 'positionZero' }]);
  });
});

describe('impossible and pointless states', () => {
  it('factor 1 with a scaling method: an issue, and the original schedule is still drawn', () => {
    const r = run({ factor: 1 });
    expect(r.scaling).toEqual({ ok: false, issues: [{ code: 'factorNotAboveOne', factor: 1 }] });
    expect(r.lines.every((l) => l.longerScaled.length === 0)).toBe(true);
    expect(run({ factor: 1, method: 'none' }).scaling).toBeNull();
  });
  it('low ≥ high for Llama 3.1: an issue; for other methods low and high are not read', () => {
    expect(issuesOf(state({ low: 4, high: 4 }))).toEqual([{ code: 'lowNotBelowHigh', low: 4, high: 4 }]);
    expect(issuesOf(state({ low: 5, high: 4, factor: 1 }))).toHaveLength(2);
    expect(run({ low: 5, high: 4, method: 'pi' }).scaling?.ok).toBe(true);
    expect(unusedFields(state({ method: 'pi' }))).toEqual(['low', 'high', 'original', 'seqLen', 'ramp']);
    expect(unusedFields(state({ method: 'none' }))).toEqual(['factor', 'low', 'high', 'original', 'seqLen', 'ramp', 'position']);
  });
  it('dynamic NTK at seqLen ≤ original changes nothing, and says why', () => {
    const r = run({ method: 'dynamic', seqLen: 8_192 });
    expect(r.notes).toEqual([{ code: 'dynamicInactive', seqLen: 8_192, original: 8_192 }]);
    expect(only({ method: 'dynamic', seqLen: 4_096 }).ratio.every((x) => x === 1)).toBe(true);
  });
  it('Llama 3.1’s rule where every wavelength is below its keep bound: no effect', () => {
    expect(run({ base: 10, original: 1_048_576 }).notes).toContainEqual({ code: 'noEffect' });
  });
  it('Llama 3.1’s rule with other values or another schedule is labelled as not the shipped one', () => {
    expect(run({ factor: 16 }).notes).toEqual([{ code: 'notShipped' }]);
    expect(run({ base: 10_000 }).notes).toEqual([{ code: 'otherSchedule', base: 10_000, headDim: 128 }]);
    expect(scaled({ headDim: '64' }).llama31AsShipped).toBe(false);
  });
  it('a state no URL can give (NaN, out of range, an unknown choice) is named, never thrown', () => {
    expect(computeRope(state({ base: Number.NaN }))).toBeNull();
    expect(computeRope(state({ headDim: '96' as never }))).toBeNull();
    expect(run({ position: -1 }).scaling).toEqual({ ok: false, issues: [{ code: 'outOfRange', field: 'position', ...LIMITS.position }] });
    expect(run({ method: 'nope' as Method }).scaling).toBeNull();
    expect(issuesOf(state({ original: 1.5 }))).toEqual([{ code: 'outOfRange', field: 'original', ...LIMITS.original }]);
  });
});

describe('typed numbers', () => {
  it('reads bases with exponents and decimal units, lengths with binary K and M, factors with decimals', () => {
    expect(readNumber('500,000', 'base')).toEqual({ ok: true, value: 500_000 });
    expect(readNumber('5e5', 'base')).toEqual({ ok: true, value: 500_000 });
    expect(readNumber('500K', 'base')).toEqual({ ok: true, value: 500_000 });
    expect(readNumber('8K', 'original')).toEqual({ ok: true, value: 8_192 });
    expect(readNumber('128K', 'seqLen')).toEqual({ ok: true, value: 131_072 });
    expect(readNumber('2.5', 'factor')).toEqual({ ok: true, value: 2.5 });
    expect(readNumber('0.5', 'factor')).toMatchObject({ ok: false, error: { failure: 'tooSmall', value: 0.5, min: 1 } });
    expect(readNumber('1.5', 'position')).toMatchObject({ ok: false, error: { failure: 'fraction' } });
    expect(readNumber('1', 'base')).toMatchObject({ ok: false, error: { failure: 'tooSmall' } });
    expect(readNumber('🦙', 'context')).toMatchObject({ ok: false, error: { failure: 'invalid' } });
  });
});

const anyState = fc.record({
  base: fc.double({ min: LIMITS.base.min, max: LIMITS.base.max, noNaN: true }),
  headDim: fc.constantFrom(...HEAD_DIMS),
  method: fc.constantFrom(...METHODS),
  factor: fc.double({ min: 1.000001, max: LIMITS.factor.max, noNaN: true }),
  low: fc.double({ min: LIMITS.low.min, max: 10, noNaN: true }),
  high: fc.double({ min: 10.5, max: LIMITS.high.max, noNaN: true }),
  original: fc.integer({ min: LIMITS.original.min, max: LIMITS.original.max }),
  seqLen: fc.integer({ min: LIMITS.seqLen.min, max: LIMITS.seqLen.max }),
  context: fc.integer({ min: LIMITS.context.min, max: LIMITS.context.max }),
  position: fc.integer({ min: LIMITS.position.min, max: LIMITS.position.max }),
  ramp: fc.constantFrom(...RAMPS),
});

describe('properties over every valid state', () => {
  it('wavelengths increase with i; scaling only slows pairs (0 < ratio ≤ 1); bands partition the pairs', () => {
    fc.assert(fc.property(anyState, (s) => {
      const r = computeRope(s)!;
      for (let i = 1; i < r.pairs; i++) expect(r.wavelengths[i]!).toBeGreaterThan(r.wavelengths[i - 1]!);
      if (s.method === 'none') { expect(r.scaling).toBeNull(); return; }
      expect(r.scaling?.ok).toBe(true);
      for (const c of (r.scaling as Scaled).curves) {
        for (const x of c.ratio) { expect(x).toBeGreaterThan(0); expect(x).toBeLessThanOrEqual(1 + 1e-15); }
        for (const e of c.errors) expect(Number.isFinite(e) && e >= -1e-9).toBe(true);
        if (c.bandCounts) expect(c.bandCounts.keep + c.bandCounts.blend + c.bandCounts.divide).toBe(r.pairs);
        if (c.bands) {
          // Bands run keep → blend → divide as the pairs slow down.
          const order = c.bands.map((b) => ['keep', 'blend', 'divide'].indexOf(b));
          for (let i = 1; i < order.length; i++) expect(order[i]!).toBeGreaterThanOrEqual(order[i - 1]!);
          c.gamma!.forEach((g) => { expect(g).toBeGreaterThanOrEqual(-1e-12); expect(g).toBeLessThanOrEqual(1 + 1e-12); });
        }
      }
    }), { numRuns: 150 });
  });
  it('the count of pairs longer than a line never grows with the line, and scaling never lowers it', () => {
    fc.assert(fc.property(anyState, (s) => {
      const r = computeRope(s)!;
      for (let k = 1; k < r.lines.length; k++) {
        expect(r.lines[k]!.longer).toBeLessThanOrEqual(r.lines[k - 1]!.longer);
        r.lines[k]!.longerScaled.forEach((n, c) => expect(n).toBeLessThanOrEqual(r.lines[k - 1]!.longerScaled[c]!));
      }
      for (const l of r.lines) for (const n of l.longerScaled) expect(n).toBeGreaterThanOrEqual(l.longer);
      expect(() => summarize(r)).not.toThrow();
    }), { numRuns: 150 });
  });
});

it('the worst update (d = 256, YaRN with both ramps, the largest lengths) computes well inside a frame', () => {
  const worst = state({ headDim: '256', method: 'yarn', ramp: 'both', factor: 1_024, original: 16_777_216, position: 16_777_216, context: 3 });
  for (let k = 0; k < 20; k++) computeRope(worst); // warm up
  const n = 200;
  const t0 = performance.now();
  for (let k = 0; k < n; k++) computeRope({ ...worst, position: worst.position - k });
  const perUpdate = (performance.now() - t0) / n;
  console.log(`rope-frequencies: computeRope worst case ${perUpdate.toFixed(3)} ms per update`);
  expect(perUpdate).toBeLessThan(4);
});
