import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHINCHILLA_SURFACE, SCALING_LAW_FIGURE } from '../../data/pretraining';
import { parseUrl } from '../../lib/urlState';
import { fields } from './meta';
import {
  BUDGETS, BUDGET_STEPS, DEFAULTS, LIMITS, PLACEMENTS, STATED, clearCache, computeScaling, nearestStep, penaltyAt, readField,
  readLaw, reenact, sweepSizes, type ScalingOk,
} from './model';

const ok = (s: Partial<typeof DEFAULTS> = {}) => {
  const r = computeScaling({ ...DEFAULTS, ...s });
  if (!r.ok) throw new Error('not ok');
  return r as ScalingOk;
};

describe('the IsoFLOP re-enactment on Chinchilla’s surface', () => {
  const r = reenact('chinchilla');
  it('runs 9 budgets from 6 × 10¹⁸ to 10²², each with 9 sizes inside 40M–16B', () => {
    expect(BUDGETS).toHaveLength(9);
    expect(BUDGETS[0]).toBeCloseTo(6e18, -6);
    expect(BUDGETS[8]! / 1e22).toBeCloseTo(1, 12);
    for (const c of BUDGETS) {
      const sizes = sweepSizes(c);
      expect(sizes).toHaveLength(9);
      for (const n of sizes) { expect(n).toBeGreaterThanOrEqual(40e6 * (1 - 1e-12)); expect(n).toBeLessThanOrEqual(16e9 * (1 + 1e-12)); }
    }
  });
  it('recovers the surface’s token exponent b = α/(α+β) = 0.5484 within 0.002, and each optimum within 2%', () => {
    const s = CHINCHILLA_SURFACE.value;
    expect(r.exactExponent).toBeCloseTo(s.alpha / (s.alpha + s.beta), 12);
    expect(Math.abs(r.law!.alpha - r.exactExponent)).toBeLessThan(0.002);
    for (const c of r.curves) expect(Math.abs(c.optimumParams! / c.exact.params - 1)).toBeLessThan(0.02);
  });
  it('the minima flatten: the penalty of a 2× off-size model falls with every budget, and further at 3.8 × 10²⁵', () => {
    const p = r.curves.map((c) => c.penalty.larger);
    for (let i = 1; i < p.length; i++) expect(p[i]!).toBeLessThan(p[i - 1]!);
    expect(p[0]).toBeCloseTo(0.0317, 3);
    expect(penaltyAt(3.8e25, CHINCHILLA_SURFACE.value).larger).toBeLessThan(p[p.length - 1]!);
    for (const c of r.curves) expect(c.penalty.smaller).toBeGreaterThan(0);
  });
});

describe('the report’s law at 3.8 × 10²⁵ (design §0.1, facts §B.4)', () => {
  const r = ok();
  it('text (0.53, 0.29) → 10.46T tokens, 605B parameters; Figure 3 (0.537, 0.299) → 16.29T, 389B', () => {
    const text = r.laws.text, fig = r.laws.figure;
    if (!text.ok || !fig.ok) throw new Error('law failed');
    expect(text.tokens / 1e12).toBeCloseTo(10.46, 2);
    expect(Math.round(text.params / 1e9)).toBe(605);
    expect(fig.tokens / 1e12).toBeCloseTo(16.29, 2);
    expect(Math.round(fig.params / 1e9)).toBe(389);
    expect(r.statedLaws.text).toEqual(text);
  });
  it('6 × 402B × 16.55T = 3.99 × 10²⁵, not 3.8 × 10²⁵', () => {
    expect(STATED.sixND / 1e25).toBeCloseTo(3.99, 2);
  });
  it('the reader’s law defaults to the text’s and is then not drawn twice', () => {
    expect(r.customIsText).toBe(true);
    expect(r.laws.custom).toMatchObject({ ok: true, tokens: (r.laws.text as { tokens: number }).tokens });
    expect(ok({ alpha: SCALING_LAW_FIGURE.value.alpha, A: SCALING_LAW_FIGURE.value.A }).customIsText).toBe(false);
  });
  it('the surface’s exact optimum spends the budget (6ND = C), the re-enactment lands within 1% of it', () => {
    const s = r.laws.surface, f = r.laws.reenacted;
    if (!s.ok || !f.ok) throw new Error('law failed');
    expect((6 * s.params * s.tokens) / 3.8e25).toBeCloseTo(1, 10);
    expect(Math.abs(f.tokens / s.tokens - 1)).toBeLessThan(0.01);
  });
});

describe('Llama models by compute (6·N·D with exact parameter counts)', () => {
  const by = (key: string) => PLACEMENTS.find((p) => p.key === key)!;
  it('405B: 15.6T → 3.80 × 10²⁵ FLOPs, 38.4 tokens per parameter (38.5 with the nominal 405B)', () => {
    const p = by('llama3-405b');
    expect(p.flops / 1e25).toBeCloseTo(3.7988, 4);
    expect(p.tokensPerParam).toBeCloseTo(38.44, 2);
    expect(15.6e12 / 405e9).toBeCloseTo(38.5, 1);
  });
  it('8B at about 15T: 1,868 tokens per parameter, far past the Figure 3 law’s tokens at its compute', () => {
    const p = by('llama3-8b');
    expect(Math.round(p.tokensPerParam)).toBe(1_868);
    expect(p.overTrained).toBeGreaterThan(5);
    expect(by('llama3-70b').tokensPerParam).toBeCloseTo(212.6, 1);
    expect(by('llama3-70b').overTrained).toBeGreaterThan(1.5);
    expect(by('llama3-405b').overTrained).toBeLessThan(1.1);
  });
  it('Llama 2 70B appears with both token figures and their sources', () => {
    expect([by('llama2-70b-l2').tokens, by('llama2-70b-l3').tokens]).toEqual([2.0e12, 1.8e12]);
    expect(by('llama2-70b-l2').tokensFact.cite).toMatch(/Llama 2 paper/);
    expect(by('llama2-70b-l3').tokensFact.cite).toMatch(/Report/);
  });
});

describe('budgets, fields and hostile input', () => {
  it('the budget parses scientific notation, typed and from the URL', () => {
    expect(readField('3.8e25', 'budget')).toEqual({ ok: true, value: 3.8e25 });
    expect(readField('3.8E+25', 'budget')).toEqual({ ok: true, value: 3.8e25 });
    expect(readField('1e22', 'budget')).toEqual({ ok: true, value: 1e22 });
    expect(parseUrl(fields, 'budget=3.8e25').state.budget).toBe(3.8e25);
    expect(parseUrl(fields, 'budget=6e18&alpha=0.537&A=0.299').state).toMatchObject({ budget: 6e18, alpha: 0.537, A: 0.299 });
    // What serializeUrl writes (String(3.8e25) = "3.8e+25", percent-encoded) reads back.
    expect(parseUrl(fields, new URLSearchParams({ budget: String(3.8e25) })).state.budget).toBe(3.8e25);
  });
  it('refuses what no law or budget can be: zero, negative, NaN, huge, text', () => {
    expect(readField('0', 'alpha')).toMatchObject({ ok: false, error: { failure: 'tooSmall' } });
    expect(readField('-0.5', 'alpha')).toMatchObject({ ok: false, error: { failure: 'negative' } });
    expect(readField('0', 'A')).toMatchObject({ ok: false, error: { failure: 'tooSmall' } });
    expect(readField('NaN', 'A')).toMatchObject({ ok: false, error: { failure: 'invalid' } });
    expect(readField('1e400', 'budget')).toMatchObject({ ok: false, error: { failure: 'tooLarge' } });
    expect(readField('3.8e29', 'budget')).toMatchObject({ ok: false, error: { failure: 'tooLarge' } });
    expect(readField('__proto__', 'budget')).toMatchObject({ ok: false, error: { failure: 'invalid' } });
    for (const q of ['alpha=0', 'alpha=-1', 'A=0', 'A=NaN', 'budget=Infinity', 'budget=1e400', 'surface=__proto__']) {
      const p = parseUrl(fields, q);
      expect(p.ignored).toHaveLength(1);
      expect(p.state).toMatchObject({ budget: DEFAULTS.budget, alpha: DEFAULTS.alpha, A: DEFAULTS.A, surface: 'chinchilla' });
    }
  });
  it('a state the schema refuses gives codes, not numbers; an out-of-range law gives an issue in its row', () => {
    expect(computeScaling({ ...DEFAULTS, budget: Number.NaN })).toMatchObject({ ok: false, errors: [{ field: 'budget' }] });
    const r = ok({ alpha: 0 });
    expect(r.laws.custom).toMatchObject({ ok: false, issue: 'noFit' });
    expect(ok({ alpha: 2, A: 1e9 }).laws.custom).toMatchObject({ ok: false, issue: 'tooManyTokens' });
    expect(ok({ alpha: 0.01, A: 1e-9, budget: 1e18 }).laws.custom).toMatchObject({ ok: false, issue: 'tooFewTokens' });
    expect(readLaw('custom', 1e20, { alpha: Number.NaN, A: 1 })).toMatchObject({ ok: false });
  });
  it('property: every budget and law in bounds gives finite numbers or an issue, never Infinity or NaN', () => {
    fc.assert(fc.property(
      fc.double({ min: Math.log10(LIMITS.budget.min), max: Math.log10(LIMITS.budget.max), noNaN: true }),
      fc.double({ min: LIMITS.alpha.min, max: LIMITS.alpha.max, noNaN: true }),
      fc.double({ min: Math.log10(LIMITS.A.min), max: Math.log10(LIMITS.A.max), noNaN: true }),
      (lc, alpha, la) => {
        const r = ok({ budget: 10 ** lc, alpha, A: 10 ** la });
        for (const l of Object.values(r.laws)) {
          if (l.ok) { expect(Number.isFinite(l.tokens) && l.tokens >= 1).toBe(true); expect(Number.isFinite(l.params) && l.params >= 1).toBe(true); }
        }
        expect(Number.isFinite(r.penalty.larger)).toBe(true);
      },
    ), { numRuns: 300 });
  });
  it('slider steps include 6 × 10¹⁸, 10²² and 3.8 × 10²⁵, and the nearest step finds them', () => {
    for (const v of [6e18, 1e22, 3.8e25, 1e18, 1e27]) expect(BUDGET_STEPS[nearestStep(BUDGET_STEPS, v)]).toBe(v);
  });
});

describe('performance', () => {
  it('the worst update (re-enactment recomputed, every law read) takes well under a frame', () => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      clearCache();
      const t0 = performance.now();
      computeScaling({ ...DEFAULTS, budget: 1e27, alpha: 0.537, A: 0.299 });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[10]!;
    console.log(`scaling-law worst update: median ${median.toFixed(3)} ms, max ${times[times.length - 1]!.toFixed(3)} ms`);
    expect(median).toBeLessThan(4);
  });
});


