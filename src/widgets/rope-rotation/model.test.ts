import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3 } from '../../data/rope';
import { formatFor } from '../../lib/format';
import { gaussian, mulberry32 } from '../../lib/rng';
import { defaultsOf } from '../../lib/urlState';
import { en as t } from './messages.en';
import { zh } from './messages.zh';
import { fields } from './meta';
import {
  BASE_LIMITS, DEFAULTS, HEAD_DIM, MAX_POSITION, PAIRS, baseChoiceOf, baseEdges, computeRotation, movePair, nextSeed, readBase,
  readPosition, readSeed, readShift, seededHead, shiftRange, signedAngle, turnAngle, type RotationOk, type RotationState,
} from './model';

const en = formatFor('en');
const defaults = defaultsOf(fields) as RotationState & { theme: string };
const ok = (s: Partial<RotationState> = {}): RotationOk => {
  const r = computeRotation({ ...defaults, ...s });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};

// ── Written here independently of src/lib/llama/rope.ts: the schedule, Meta's complex form and HF's rotate_half ──

const D = 128;
/** θᵢ = base^(−2i/d), as Meta's precompute_freqs_cis: 1 / theta ** (arange(0, dim, 2) / dim). */
const thetas = (base: number) => Array.from({ length: D / 2 }, (_, i) => 1 / base ** ((2 * i) / D));

/** Meta's apply_rotary_emb: view (v₂ᵢ, v₂ᵢ₊₁) as the complex number v₂ᵢ + i·v₂ᵢ₊₁ and multiply by e^{i·pos·θᵢ}. */
function metaRotate(v: ArrayLike<number>, pos: number, th: number[]): { re: number[]; im: number[] } {
  const re: number[] = [], im: number[] = [];
  th.forEach((f, i) => {
    const a = v[2 * i]!, b = v[2 * i + 1]!, c = Math.cos(pos * f), s = Math.sin(pos * f);
    re.push(a * c - b * s);
    im.push(a * s + b * c);
  });
  return { re, im };
}
/** q·k of two complex-viewed vectors: Re Σ q̃ᵢ·conj(k̃ᵢ). */
function metaScore(q: ArrayLike<number>, k: ArrayLike<number>, m: number, n: number, base: number): number {
  const th = thetas(base);
  const a = metaRotate(q, m, th), b = metaRotate(k, n, th);
  return a.re.reduce((s, x, i) => s + x * b.re[i]! + a.im[i]! * b.im[i]!, 0);
}

/** HF's layout: the converter's permutation of W_q/W_k rows puts element 2i at i and 2i+1 at i + d/2. */
const permute = (v: ArrayLike<number>) => Array.from({ length: D }, (_, j) => (j < D / 2 ? v[2 * j]! : v[2 * (j - D / 2) + 1]!));
/** HF's apply_rotary_pos_emb: x·cos + rotate_half(x)·sin, cos/sin = cat(freqs, freqs), rotate_half(x) = cat(−x₂, x₁). */
function hfRotate(x: number[], pos: number, th: number[]): number[] {
  const h = D / 2;
  return x.map((xj, j) => {
    const f = th[j % h]!;
    const rotHalf = j < h ? -x[j + h]! : x[j - h]!;
    return xj * Math.cos(pos * f) + rotHalf * Math.sin(pos * f);
  });
}
function hfScore(q: ArrayLike<number>, k: ArrayLike<number>, m: number, n: number, base: number): number {
  const th = thetas(base);
  const a = hfRotate(permute(q), m, th), b = hfRotate(permute(k), n, th);
  return a.reduce((s, x, j) => s + x * b[j]!, 0);
}

/** The seeded vectors, drawn here again: the first 128 N(0, 1) draws are q, the next 128 are k. */
function draws(seed: number) {
  const g = gaussian(mulberry32(seed));
  const all = Array.from({ length: 2 * D }, () => g());
  return { q: all.slice(0, D), k: all.slice(D) };
}

const position = fc.integer({ min: 0, max: MAX_POSITION });
const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const baseArb = fc.oneof(fc.constantFrom(ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3), fc.double({ min: BASE_LIMITS.min, max: BASE_LIMITS.max, noNaN: true }));

describe('defaults and the URL schema', () => {
  it('the defaults are the design notes’ example: m = 100, n = 37, Δ = 5,000, pair 16, base 500,000', () => {
    expect(defaults).toMatchObject({ m: 100, n: 37, shift: 5_000, pair: 16, base: 500_000, seed: 1 });
    expect(DEFAULTS.base).toBe(ROPE_THETA_LLAMA3);
    expect(HEAD_DIM).toBe(128);
    expect(PAIRS).toBe(64);
    expect(MAX_POSITION).toBe(131_071);
  });
  it('bases: 10,000 and 500,000 are named, anything else is custom', () => {
    expect([10_000, 500_000, 4_134_231.1, 2, 1e9].map(baseChoiceOf)).toEqual(['llama2', 'llama3', 'custom', 'custom', 'custom']);
  });
});

describe('wavelengths of the shown pair (facts §B.5, §B.6; design §2.2 V1)', () => {
  const lambda = (pair: number, base = ROPE_THETA_LLAMA3) => ok({ pair, base }).wavelength;
  it('θ = 500,000: i = 0 → 6.283, 16 → 167.08, 28 → 1,956.5, 35 → 8,218.7, 63 → 2,559,195.5 (V1, to the printed digits)', () => {
    expect(lambda(0).toFixed(3)).toBe('6.283');
    expect(lambda(16).toFixed(2)).toBe('167.08');
    expect(lambda(28).toFixed(1)).toBe('1956.5');
    expect(lambda(35).toFixed(1)).toBe('8218.7');
    expect(lambda(63).toFixed(1)).toBe('2559195.5');
  });
  it('as the widget prints them, the §B.6 column to every digit: 6.283, 167.079, 1,956.497, 8,218.718, 2,559,195.517', () => {
    expect([0, 16, 28, 35, 48, 63].map((i) => t.wavelength(lambda(i), en)))
      .toEqual(['6.283', '167.079', '1,956.497', '8,218.718', '118,142.831', '2,559,195.517']);
  });
  it('θ = 10,000 (Llama 2): the slowest pair’s wavelength is 54,410.14 (§B.5); the fastest is 2π = 6.283185 for any base', () => {
    expect(lambda(63, ROPE_THETA_LLAMA2).toFixed(2)).toBe('54410.14');
    for (const b of [2, 10_000, 500_000, 1e9]) expect(lambda(0, b).toFixed(6)).toBe('6.283185');
  });
  it('θ₁₆ = 500,000^(−32/128) = 0.037606 rad per position (§B.6: 3.760603093086e-02), and its turns', () => {
    const r = ok();
    expect(r.theta).toBeCloseTo(3.760603093086e-2, 14);
    expect(t.pairFrequency(r, en)).toBe('θ₁₆ = b^(−2i/d) = 500,000^(−32/128) = 0.037606 rad per position; wavelength λ = 2π/θ = 167.079 positions (one full turn).');
    // 100/167.079 = 0.599, 37/167.079 = 0.221, 8,192/167.079 = 49.031, 131,072/167.079 = 784.490.
    expect(t.pairTurns(r, en)).toBe('Turns completed: 0.599 at m = 100, 0.221 at n = 37; 49.031 within 8,192 positions, 784.490 within 131,072 positions (with the unscaled θᵢ).');
  });
  it('at the bounds of a custom base every number stays finite: 2 → slowest λ 12.4; 10⁹ → 3 × 10⁻⁵ turns in 131,071 positions', () => {
    const low = ok({ base: 2, pair: 63 });
    expect(low.wavelength).toBeCloseTo(2 * Math.PI * 2 ** (126 / 128), 12);
    expect(low.wavelength.toFixed(1)).toBe('12.4');
    const high = ok({ base: 1e9, pair: 63, m: MAX_POSITION });
    expect(high.turnsAtM).toBeGreaterThan(2e-5);
    expect(high.turnsAtM).toBeLessThan(1e-4);
    expect(t.customBaseHint(BASE_LIMITS.min, BASE_LIMITS.max, baseEdges(), en)).toBe(
      'From 2 to 10⁹ (decimals, 1e6 or 500k are accepted). At 2 even the slowest pair turns every 12.4 positions; at 10⁹ it turns 3 × 10⁻⁵ of a turn over positions 0 to 131,071.');
    for (const r of [low, high]) {
      expect([r.theta, r.wavelength, r.scores.at, r.scores.shifted, ...r.terms, ...r.dials.flatMap((d) => [d.angle, d.turns, d.wavelength])].every(Number.isFinite)).toBe(true);
    }
  });
});

describe('the seeded query and key', () => {
  it('are the first 128 and the next 128 draws of gaussian(mulberry32(seed))', () => {
    for (const seed of [0, 1, 42, 2 ** 31 - 1]) {
      const { q, k } = seededHead(seed);
      const d = draws(seed);
      expect(Array.from(q)).toEqual(d.q);
      expect(Array.from(k)).toEqual(d.k);
    }
  });
  it('a new seed is another whole number in range, and the same one each time', () => {
    expect(nextSeed(1)).toBe(nextSeed(1));
    expect(nextSeed(1)).not.toBe(1);
    fc.assert(fc.property(seedArb, (s) => { const n = nextSeed(s); expect(Number.isInteger(n) && n >= 0 && n <= 2 ** 31 - 1).toBe(true); }));
  });
});

describe('the full-head score, checked against Meta’s complex form and HF’s rotate_half (each written in this file)', () => {
  it('default state: ⟨R₁₀₀q, R₃₇k⟩ = ⟨R₅₁₀₀q, R₅₀₃₇k⟩ = ⟨R₆₃q, k⟩ (design §2.2 V2), and the widget’s score is both forms’', () => {
    const r = ok();
    const { q, k } = draws(1);
    const meta = metaScore(q, k, 100, 37, ROPE_THETA_LLAMA3);
    const hf = hfScore(q, k, 100, 37, ROPE_THETA_LLAMA3);
    expect(Math.abs(hf - meta)).toBeLessThan(1e-12);
    expect(Math.abs(r.scores.at - meta)).toBeLessThan(1e-12);
    expect(Math.abs(r.scores.shifted - metaScore(q, k, 5_100, 5_037, ROPE_THETA_LLAMA3))).toBeLessThan(1e-11);
    expect(Math.abs(r.scores.offsetOnly - metaScore(q, k, 63, 0, ROPE_THETA_LLAMA3))).toBeLessThan(1e-12);
    expect(Math.abs(r.scores.shifted - r.scores.at)).toBeLessThan(1e-11);
    expect(r.shifted).toMatchObject({ m: 5_100, n: 5_037 });
    // What a reader sees once the page runs (seed 1): the scores to 12 decimals (the view prints them), where float64 rounding of the angles may show in the
    // last digit, and their difference, which says so.
    expect(en.decimal(r.scores.at, { digits: 12 })).toBe('5.351865241241');
    expect(en.decimal(r.scores.shifted, { digits: 12 })).toMatch(/^5\.35186524124\d$/);
    expect(t.difference(r.scores.difference, en)).toMatch(/^(0 \(identical to the last bit\)|−?\d(\.\d)? × 10⁻¹[⁰¹²³⁴⁵⁶⁷⁸⁹] \(float64 rounding\))$/);
  });
  it('property: for any seed, positions and base, the widget’s score equals both independent forms', () => {
    fc.assert(fc.property(seedArb, position, position, baseArb, (seed, m, n, base) => {
      const r = ok({ seed, m, n, base });
      const { q, k } = draws(seed);
      const meta = metaScore(q, k, m, n, base);
      const hf = hfScore(q, k, m, n, base);
      const tol = 1e-9 * r.scores.scale;
      expect(Math.abs(hf - meta)).toBeLessThan(tol);
      expect(Math.abs(r.scores.at - meta)).toBeLessThan(tol);
      expect(Math.abs(r.scores.keyOnly.score - metaScore(q, k, m, r.scores.keyOnly.n, base))).toBeLessThan(tol);
    }), { numRuns: 150 });
  });
  it('property: qₘ·kₙ = f(n − m): shifting both by any feasible Δ changes it by float64 rounding only', () => {
    fc.assert(fc.property(seedArb, position, position, fc.integer({ min: -MAX_POSITION, max: MAX_POSITION }), baseArb, (seed, m, n, shift, base) => {
      const r = ok({ seed, m, n, shift, base });
      const range = shiftRange(m, n);
      expect(r.shift).toBe(Math.min(range.max, Math.max(range.min, shift)));
      expect(Math.abs(r.scores.difference)).toBeLessThan(1e-9 * r.scores.scale);
      expect(Math.abs(r.scores.offsetOnly - r.scores.at)).toBeLessThan(1e-9 * r.scores.scale);
      // A second pair of positions with the same offset, chosen independently of the widget's Δ.
      const m2 = Math.max(m, n) - Math.min(m, n) + 17 <= MAX_POSITION ? 17 + (m >= n ? m - n : 0) : m;
      const n2 = m2 - (m - n);
      if (n2 >= 0 && n2 <= MAX_POSITION) {
        expect(Math.abs(ok({ seed, m: m2, n: n2, base }).scores.at - r.scores.at)).toBeLessThan(1e-9 * r.scores.scale);
      }
    }), { numRuns: 150 });
  });
  it('changing n − m changes the score (for these vectors: by 9 or more in the default state)', () => {
    const r = ok();
    expect(r.scores.keyOnly.n).toBe(5_037);
    expect(Math.abs(r.scores.keyOnly.change)).toBeGreaterThan(1);
  });
  it('the pair terms add up to the score, and the shown pair’s term is the one in the drawing', () => {
    fc.assert(fc.property(seedArb, position, position, fc.integer({ min: 0, max: 63 }), (seed, m, n, pair) => {
      const r = ok({ seed, m, n, pair });
      expect(Math.abs(r.terms.reduce((s, x) => s + x, 0) - r.scores.at)).toBeLessThan(1e-9 * r.scores.scale);
      expect(r.at.contribution).toBeCloseTo(r.terms[pair]!, 10);
    }), { numRuns: 100 });
  });
});

describe('rotations keep norms; the angle between the vectors is the offset’s', () => {
  it('property: each rotated pair has its unrotated length, at (m, n) and at (m + Δ, n + Δ)', () => {
    fc.assert(fc.property(seedArb, position, position, fc.integer({ min: 0, max: 63 }), baseArb, (seed, m, n, pair, base) => {
      const r = ok({ seed, m, n, pair, base });
      for (const v of [r.at, r.shifted]) {
        expect(Math.hypot(...v.q)).toBeCloseTo(r.qNorm, 10);
        expect(Math.hypot(...v.k)).toBeCloseTo(r.kNorm, 10);
      }
    }), { numRuns: 150 });
  });
  it('property: the angle from k to q is φ(q) − φ(k) + (m − n)·θᵢ, the same after shifting both; the term is |q||k|·cos of it', () => {
    fc.assert(fc.property(seedArb, position, position, fc.integer({ min: 0, max: 63 }), (seed, m, n, pair) => {
      const r = ok({ seed, m, n, pair });
      const expected = signedAngle(Math.atan2(r.q0[1], r.q0[0]) - Math.atan2(r.k0[1], r.k0[0]) + (m - n) * r.theta);
      // Compared on the circle (±π are one angle).
      expect(Math.abs(signedAngle(r.at.signed - expected))).toBeLessThan(1e-8);
      expect(Math.abs(signedAngle(r.shifted.signed - r.at.signed))).toBeLessThan(1e-8);
      expect(r.at.between).toBeGreaterThanOrEqual(0);
      expect(r.at.between).toBeLessThanOrEqual(Math.PI);
      expect(r.at.contribution).toBeCloseTo(r.qNorm * r.kNorm * Math.cos(r.at.between), 9);
    }), { numRuns: 150 });
  });
  it('turnAngle and signedAngle wrap into [0, 2π) and (−π, π]', () => {
    expect(turnAngle(-Math.PI / 2)).toBeCloseTo(1.5 * Math.PI, 15);
    expect(turnAngle(4 * Math.PI + 1)).toBeCloseTo(1, 12);
    expect(signedAngle(Math.PI)).toBeCloseTo(Math.PI, 15);
    expect(signedAngle(1.5 * Math.PI)).toBeCloseTo(-Math.PI / 2, 15);
  });
});

describe('the 64 dials at position m', () => {
  it('pair i’s hand is m·θᵢ mod 2π; pair 0 turns one radian per position; the slowest pair barely moves', () => {
    const r = ok({ m: 100 });
    expect(r.dials).toHaveLength(64);
    for (const [i, d] of r.dials.entries()) {
      expect(d.angle).toBeGreaterThanOrEqual(0);
      expect(d.angle).toBeLessThan(2 * Math.PI);
      expect(Math.cos(d.angle)).toBeCloseTo(Math.cos(100 * r.invFreqs[i]!), 10);
      expect(Math.sin(d.angle)).toBeCloseTo(Math.sin(100 * r.invFreqs[i]!), 10);
    }
    expect(r.dials[0]!.angle).toBeCloseTo(100 - 15 * 2 * Math.PI, 10);
    expect(r.dials[0]!.turns).toBeCloseTo(100 / (2 * Math.PI), 12);
    expect(r.dials[63]!.turns).toBeLessThan(1e-4);
  });
  it('keys: ←/→ one pair, ↑/↓ a row (8, or 16 on wide screens), Home/End the ends, never past them', () => {
    const table: [number, Parameters<typeof movePair>[1], number][] = [
      [16, 'next', 17], [16, 'prev', 15], [16, 'down', 24], [16, 'up', 8], [60, 'down', 63], [3, 'up', 0],
      [16, 'rowStart', 0], [16, 'rowEnd', 63], [16, 'first', 0], [16, 'last', 63], [16, 'pageNext', 24], [16, 'pagePrev', 8],
      [0, 'prev', 0], [63, 'next', 63],
    ];
    for (const [from, intent, to] of table) expect([from, intent, movePair(from, intent)]).toEqual([from, intent, to]);
    // 16 a row on wider screens: ↑/↓ move by 16.
    expect([movePair(16, 'down', 16), movePair(16, 'up', 16), movePair(50, 'down', 16), movePair(16, 'next', 16)]).toEqual([32, 0, 63, 17]);
  });
});

describe('the shift, kept within 0 … 131,071', () => {
  it('Δ that would leave the range is limited and named', () => {
    const r = ok({ m: 100, n: 37, shift: -200 });
    expect(r.shift).toBe(-37);
    expect(r.notes).toContainEqual({ code: 'shiftLimited', asked: -200, used: -37, min: -37, max: MAX_POSITION - 100 });
    expect(t.note(r.notes[0]!, en)).toBe('Δ = −200 would move a position outside 0 to 131,071, so Δ = −37 is used (for these positions Δ can be −37 to 130,971).');
    const edge = ok({ m: MAX_POSITION, n: 0, shift: 1 });
    expect(edge.shift).toBe(0);
    expect(edge.scores.difference).toBe(0);
    expect(t.verdict(edge, en, true)).toBe('With Δ = 0 there is nothing to compare yet: set a shift.');
  });
  it('a position past the model’s training context is noted (Llama 2: 4,096; Llama 3: 8,192), not for a custom base', () => {
    expect(ok().notes).toEqual([]);
    expect(ok({ base: ROPE_THETA_LLAMA2 }).notes).toEqual([{ code: 'beyondContext', model: 'llama2', context: 4_096, position: 5_100 }]);
    expect(ok({ m: 8_192 }).notes).toEqual([{ code: 'beyondContext', model: 'llama3', context: 8_192, position: 13_192 }]);
    expect(ok({ m: 3_000, n: 3_100, shift: 5_091 }).notes).toEqual([]);
    expect(ok({ m: 3_000, n: 3_100, shift: 5_092 }).notes).toHaveLength(1);
    expect(ok({ base: 123_456, m: 100_000 }).notes).toEqual([]);
  });
});

describe('states only code can make are refused with codes, never NaN', () => {
  it('out-of-range, fractional and non-finite fields', () => {
    const bad = computeRotation({ ...defaults, m: Number.NaN, n: -1, pair: 64, base: 1, seed: 0.5, shift: Infinity });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.field)).toEqual(['m', 'n', 'pair', 'base', 'seed', 'shift']);
    expect(t.issue(bad.errors[3]!, en)).toBe('base must be a number from 2 to 1,000,000,000.');
    expect(zh.issue(bad.errors[2]!, en)).toBe('维度对 i 必须是 0 到 63 之间的整数。');
  });
});

describe('typed numbers', () => {
  it('positions: digits with separators and K = 1,024; 128K is one past the last position', () => {
    expect(readPosition('8K')).toEqual({ ok: true, value: 8_192 });
    expect(readPosition('131,071')).toEqual({ ok: true, value: 131_071 });
    expect(readPosition('128K')).toEqual({ ok: false, error: { failure: 'tooLarge', value: 131_072, min: 0, max: 131_071 } });
    expect(readPosition('-1')).toMatchObject({ ok: false, error: { failure: 'negative' } });
    expect(readPosition('1.5')).toMatchObject({ ok: false, error: { failure: 'fraction' } });
    const e = readPosition('128K');
    if (!e.ok) expect(t.fieldError('m', e.error, en)).toBe('m must be from 0 to 131,071; that is 131,072.');
    const z = readPosition('abc');
    if (!z.ok) expect(zh.fieldError('n', z.error, en)).toBe('位置 n：请输入 0 到 131,071 之间的整数（数字，或用 K 表示 1,024，例如 8K）。');
  });
  it('shift: negative allowed within ±131,071', () => {
    expect(readShift('-5,000')).toEqual({ ok: true, value: -5_000 });
    expect(readShift('200000')).toMatchObject({ ok: false, error: { failure: 'tooLarge' } });
  });
  it('base: decimals, exponents and k/M/B within 2 … 10⁹', () => {
    expect(readBase('500k')).toEqual({ ok: true, value: 500_000 });
    expect(readBase('1e6')).toEqual({ ok: true, value: 1_000_000 });
    expect(readBase('4,134,231.1')).toEqual({ ok: true, value: 4_134_231.1 });
    expect(readBase('1.5')).toMatchObject({ ok: false, error: { failure: 'tooSmall' } });
    expect(readBase('2e9')).toMatchObject({ ok: false, error: { failure: 'tooLarge' } });
    const e = readBase('1');
    if (!e.ok) expect(zh.fieldError('base', e.error, en)).toBe('底数必须在 2 到 1,000,000,000 之间；输入的是 1。');
  });
  it('seed: whole numbers 0 … 2³¹ − 1', () => {
    expect(readSeed('42')).toEqual({ ok: true, value: 42 });
    expect(readSeed('2147483648')).toMatchObject({ ok: false, error: { failure: 'tooLarge' } });
  });
});

describe('the words', () => {
  it('the comparison in both languages (default state)', () => {
    const r = ok();
    const zhf = formatFor('zh');
    expect(t.verdict(r, en, false).replace(/\u00a0/g, ' ')).toBe('Both shifted: m − n is still 63, and the scores agree up to float64 rounding, not RoPE. Only the key moved: m − n becomes −4,937, and the score changes.');
    expect(t.difference(null, en)).toBe('float64 rounding only (under 10⁻⁹ of |q|·|k|)');
    expect(t.verdict(r, en, true).replace(/\u00a0/g, ' ')).toMatch(/^Both shifted: m − n is still 63, and the scores (are identical to the last bit|agree to \d(\.\d)? × 10⁻¹[⁰¹²³⁴⁵⁶⁷⁸⁹], \d(\.\d)? × 10⁻¹[⁰¹²³⁴⁵⁶⁷⁸⁹] of the largest possible score \|q\|·\|k\| = [\d.]+: float64 rounding, not RoPE)\. Only the key moved: m − n becomes −4,937, and the score changes\.$/);
    expect(zh.verdict(r, zhf, true).replace(/\u00a0/g, ' ')).toMatch(/^同时平移后 m − n 仍是 63，.*。只移动键：m − n 变成 −4,937，分数随之改变。$/);
    expect(t.announce(r, en)).toMatch(/^Pair 16, m = 100, n = 37: angle between q and k [\d.]+ rad \([\d.]+°\)\. Score −?[\d.]+; both shifted by \+5,000: −?[\d.]+, difference /);
  });
});

describe('performance', () => {
  it('the worst update (largest positions and base, all 64 pairs, every score) takes well under a frame', () => {
    const states: RotationState[] = [
      { ...defaults, m: MAX_POSITION, n: 0, shift: -MAX_POSITION, base: BASE_LIMITS.max, pair: 63 },
      { ...defaults, m: MAX_POSITION, n: MAX_POSITION, shift: MAX_POSITION, base: BASE_LIMITS.min, pair: 0 },
    ];
    for (let i = 0; i < 50; i++) computeRotation(states[i % 2]!); // warm up
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      computeRotation({ ...states[i % 2]!, seed: i });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[100]!;
    const p95 = times[190]!;
    console.log(`rope-rotation computeRotation: median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms`);
    // The median is the cost (≈0.05 ms here); the tail is the shared machine's scheduling, so it gets a whole frame.
    expect(median).toBeLessThan(2);
    expect(p95).toBeLessThan(16);
  });
});
