import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveSeed, gaussian, mulberry32 } from './rng';

describe('mulberry32', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = mulberry32(1), b = mulberry32(1), c = mulberry32(2);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(Array.from({ length: 5 }, c)).not.toEqual(xs);
  });
  it('gives numbers in [0, 1) with 2^-32 resolution, for any seed (non-finite seeds count as 0)', () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.double()), (seed) => {
      const r = mulberry32(seed);
      for (let i = 0; i < 20; i++) {
        const x = r();
        expect(x >= 0 && x < 1).toBe(true);
        expect(Number.isInteger(x * 2 ** 32)).toBe(true);
      }
    }));
    expect(mulberry32(Number.NaN)()).toBe(mulberry32(0)());
  });
  it('is roughly uniform: mean ≈ 1/2, variance ≈ 1/12 over 100,000 draws', () => {
    const r = mulberry32(12345);
    let s = 0, s2 = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) { const x = r(); s += x; s2 += x * x; }
    expect(s / n).toBeCloseTo(0.5, 2);
    expect(s2 / n - (s / n) ** 2).toBeCloseTo(1 / 12, 2);
  });
});

describe('gaussian (Box–Muller)', () => {
  it('has mean ≈ 0 and variance ≈ 1, and is finite even when the uniform stream returns 0', () => {
    const z = gaussian(mulberry32(7));
    let s = 0, s2 = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) { const x = z(); s += x; s2 += x * x; }
    expect(s / n).toBeCloseTo(0, 1);
    expect(s2 / n).toBeCloseTo(1, 1);
    const zeros = gaussian(() => 0);
    expect(Number.isFinite(zeros()) && Number.isFinite(zeros())).toBe(true);
  });
  it('uses both numbers of each pair: z0 = r·cos(2πu2), z1 = r·sin(2πu2)', () => {
    const us = [0.75, 0.125];
    let i = 0;
    const z = gaussian(() => us[i++ % 2]!);
    const r = Math.sqrt(-2 * Math.log(1 - 0.75));
    expect(z()).toBeCloseTo(r * Math.cos(2 * Math.PI * 0.125), 15);
    expect(z()).toBeCloseTo(r * Math.sin(2 * Math.PI * 0.125), 15);
  });
});

describe('deriveSeed', () => {
  it('is deterministic, 32-bit unsigned, and separates paths', () => {
    expect(deriveSeed(1, 2, 3)).toBe(deriveSeed(1, 2, 3));
    const seen = new Set<number>();
    for (let a = 0; a < 20; a++) for (let b = 0; b < 20; b++) seen.add(deriveSeed(42, a, b));
    expect(seen.size).toBe(400);
    fc.assert(fc.property(fc.integer(), fc.array(fc.integer(), { maxLength: 4 }), (s, path) => {
      const x = deriveSeed(s, ...path);
      expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
    }));
    expect(deriveSeed(1, 2)).not.toBe(deriveSeed(2, 1));
  });
});
