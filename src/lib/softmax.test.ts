import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmax, softmaxInto } from './softmax';

describe('softmax', () => {
  it('matches exp(x)/Σexp on a hand example', () => {
    const p = softmax([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 15);
    expect(p[1]).toBeCloseTo(0.75, 15);
  });
  it('rows sum to 1 within 1e-12 and stay in [0, 1], for any finite logits', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }), (xs) => {
      const p = softmax(xs);
      const sum = p.reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
      expect(p.every((x) => x >= 0 && x <= 1)).toBe(true);
    }));
  });
  it('is shift-invariant and does not overflow on huge logits', () => {
    const a = softmax([1000, 1001, 1002]), b = softmax([0, 1, 2]);
    for (let i = 0; i < 3; i++) expect(a[i]).toBeCloseTo(b[i]!, 14);
  });
  it('masked (−∞) entries are exact zeros; an all-masked or NaN row is all zeros, never NaN', () => {
    const p = softmax([0.3, -Infinity, 1.2, -Infinity]);
    expect(Object.is(p[1], 0) && Object.is(p[3], 0)).toBe(true);
    expect(p[0]! + p[2]!).toBeCloseTo(1, 15);
    expect(Array.from(softmax([-Infinity, -Infinity]))).toEqual([0, 0]);
    expect(Array.from(softmax([1, Number.NaN]))).toEqual([0, 0]);
    expect(Array.from(softmax([1, Infinity]))).toEqual([0, 0]);
    expect(softmax([])).toHaveLength(0);
  });
  it('softmaxInto works on a slice at an offset, in place or into another array', () => {
    const src = Float64Array.from([9, 9, 0, Math.log(3), 9]);
    const dst = new Float64Array(5).fill(-1);
    softmaxInto(src, dst, 2, 2);
    expect(Array.from(dst.subarray(0, 2))).toEqual([-1, -1]);
    expect(dst[2]).toBeCloseTo(0.25, 15);
    expect(dst[3]).toBeCloseTo(0.75, 15);
    expect(dst[4]).toBe(-1);
    const view = new Float64Array(2);
    softmaxInto(Float64Array.from([0, Math.log(3)]), view);
    expect(view[1]).toBeCloseTo(0.75, 15);
    const inPlace = Float64Array.from([0, Math.log(3)]);
    softmaxInto(inPlace, inPlace);
    expect(inPlace[0]).toBeCloseTo(0.25, 15);
  });
});
