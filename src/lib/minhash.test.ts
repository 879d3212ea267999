import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateJaccard, jaccard, lshCandidates, lshProbability, shingles, signature } from './minhash';

describe('shingles and Jaccard', () => {
  it('word 2-shingles, lower-cased', () => {
    expect([...shingles('The cat sat  on the mat', 2)]).toEqual(['the cat', 'cat sat', 'sat on', 'on the', 'the mat']);
    expect([...shingles('one', 3)]).toEqual(['one']);
    expect(shingles('   ', 3).size).toBe(0);
  });
  it('Jaccard: 3 shared of 7 distinct', () => {
    expect(jaccard(new Set(['a', 'b', 'c', 'd', 'e']), new Set(['c', 'd', 'e', 'f', 'g']))).toBeCloseTo(3 / 7, 15);
  });
});

describe('MinHash', () => {
  it('identical sets have identical signatures; the estimate is 1', () => {
    const a = shingles('a b c d e f g', 2);
    expect(estimateJaccard(signature(a, 64, 1), signature(new Set(a), 64, 1))).toBe(1);
  });
  it('the estimate is within 4 standard errors of the exact Jaccard, over seeds (statistical bound)', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
    const a = new Set(words.slice(0, 300)), b = new Set(words.slice(100, 400)); // J = 200/400 = 0.5
    const J = jaccard(a, b), perms = 256, se = Math.sqrt((J * (1 - J)) / perms);
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
      expect(Math.abs(estimateJaccard(signature(a, perms, seed), signature(b, perms, seed)) - J)).toBeLessThan(4 * se);
    }), { numRuns: 50 });
  });
});

describe('LSH banding', () => {
  it('the S-curve 1 − (1 − s^r)^b: 20 bands × 5 rows has its threshold near (1/20)^(1/5) ≈ 0.55', () => {
    expect(lshProbability(0, 20, 5)).toBe(0);
    expect(lshProbability(1, 20, 5)).toBe(1);
    expect(lshProbability(0.8, 20, 5)).toBeCloseTo(1 - (1 - 0.8 ** 5) ** 20, 15);
    expect(lshProbability((1 / 20) ** (1 / 5), 20, 5)).toBeGreaterThan(0.6);
    expect(lshProbability((1 / 20) ** (1 / 5), 20, 5)).toBeLessThan(0.7);
  });
  it('an exact duplicate is always a candidate; an unrelated text almost never', () => {
    const docs = ['the quick brown fox jumps over the lazy dog today', 'the quick brown fox jumps over the lazy dog today',
      'completely different words appear in this other sentence here'];
    const sigs = docs.map((d) => signature(shingles(d, 2), 100, 7));
    expect(lshCandidates(sigs, 20, 5)).toEqual([[0, 1]]);
  });
});
