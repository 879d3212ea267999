import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedInBlock, causalPairs, chunkCausalPairs, cpChunks, cpRankPairs, documentOffsets, documentPairs, pairFlops,
} from './attentionPairs';

/** The definition, pair by pair: query q sees key k when k ≤ q and (no mask, or same document). */
function brute(lengths: number[], masked: boolean, r0: number, r1: number, c0: number, c1: number): number {
  const doc: number[] = [];
  lengths.forEach((l, d) => { for (let i = 0; i < l; i++) doc.push(d); });
  let s = 0;
  for (let q = r0; q < r1; q++) for (let k = c0; k < c1; k++) if (k <= q && (!masked || doc[k] === doc[q])) s++;
  return s;
}

const docs = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 });

describe('attention pair counts', () => {
  it('causal: n(n+1)/2 — 8,192 tokens allow 33,558,528 pairs, 131,072 allow 8,590,000,128', () => {
    expect(causalPairs(8_192)).toBe(33_558_528);
    expect(causalPairs(131_072)).toBe(8_590_000_128);
  });

  it('document mask: Σ l(l+1)/2 — three documents 1,000 + 3,000 + 4,192 allow 13,790,528 of 33,558,528 pairs', () => {
    expect(documentPairs([1_000, 3_000, 4_192])).toBe(500_500 + 4_501_500 + 8_788_528);
    expect(documentPairs([1_000, 3_000, 4_192])).toBe(13_790_528);
  });

  it('closed forms equal the brute-force count on every small packing', () => {
    fc.assert(fc.property(docs, (ls) => {
      const n = ls.reduce((a, b) => a + b, 0);
      expect(causalPairs(n)).toBe(brute(ls, false, 0, n, 0, n));
      expect(documentPairs(ls)).toBe(brute(ls, true, 0, n, 0, n));
    }));
  });

  it('allowedInBlock equals the brute-force count on every rectangle, with and without the document mask', () => {
    fc.assert(fc.property(docs, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (ls, a, b, c, d) => {
      const n = ls.reduce((x, y) => x + y, 0);
      const r0 = Math.min(a % (n + 1), b % (n + 1)), r1 = Math.max(a % (n + 1), b % (n + 1));
      const c0 = Math.min(c % (n + 1), d % (n + 1)), c1 = Math.max(c % (n + 1), d % (n + 1));
      const off = documentOffsets(ls);
      expect(allowedInBlock(null, r0, r1, c0, c1)).toBe(brute(ls, false, r0, r1, c0, c1));
      expect(allowedInBlock(off, r0, r1, c0, c1)).toBe(brute(ls, true, r0, r1, c0, c1));
    }), { numRuns: 300 });
  });

  it('cells of an aggregated mask sum to the whole count', () => {
    const ls = [1_000, 3_000, 4_192], off = documentOffsets(ls), n = 8_192, cells = 64, step = n / cells;
    let masked = 0, causal = 0;
    for (let i = 0; i < cells; i++) for (let j = 0; j < cells; j++) {
      masked += allowedInBlock(off, i * step, (i + 1) * step, j * step, (j + 1) * step);
      causal += allowedInBlock(null, i * step, (i + 1) * step, j * step, (j + 1) * step);
    }
    expect(masked).toBe(documentPairs(ls));
    expect(causal).toBe(causalPairs(n));
  });
});

describe('context-parallel split', () => {
  it('zigzag: rank i holds chunks i and 2·CP−1−i (report §3.3.2): CP = 16 gives rank 0 chunks 0 and 31', () => {
    expect(cpChunks(16, 'zigzag')[0]).toEqual([0, 31]);
    expect(cpChunks(16, 'zigzag')[15]).toEqual([15, 16]);
    expect(cpChunks(2, 'naive')).toEqual([[0, 1], [2, 3]]);
  });

  it('every chunk is held exactly once', () => {
    for (const split of ['zigzag', 'naive'] as const) for (const cp of [1, 2, 3, 16]) {
      expect(cpChunks(cp, split).flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 2 * cp }, (_, i) => i));
    }
  });

  it('chunk pairs match the brute-force count', () => {
    for (const c of [1, 3, 8]) for (let j = 0; j < 5; j++) {
      const ls = [c * 6];
      expect(chunkCausalPairs(j, c)).toBe(brute(ls, false, j * c, (j + 1) * c, 0, c * 6));
    }
  });

  it('zigzag balances causal work exactly; the naive split is 2·CP−1 times off, minus a sliver', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 4096 }), (cp, c) => {
      const z = cpRankPairs(cp, 2 * cp * c, 'zigzag');
      expect(Math.max(...z)).toBe(Math.min(...z));
      expect(z.reduce((a, b) => a + b, 0)).toBe(causalPairs(2 * cp * c));
      const nv = cpRankPairs(cp, 2 * cp * c, 'naive');
      expect(nv.reduce((a, b) => a + b, 0)).toBe(causalPairs(2 * cp * c));
      expect(Math.max(...nv) / Math.min(...nv)).toBeLessThanOrEqual(2 * cp - 1);
    }));
    // 405B's long-context row: CP = 16 at 131,072 tokens, chunks of 4,096.
    const nv = cpRankPairs(16, 131_072, 'naive');
    expect(nv[0]).toBe(causalPairs(8_192));
    expect(Math.max(...nv)).toBe(1_040_191_488); // 15·8,192² + 8,192·8,193/2: rank 15 does 31.0× rank 0's work
    expect(Math.max(...nv) / Math.min(...nv)).toBeCloseTo(30.9963, 4);
    expect(cpRankPairs(16, 131_072, 'zigzag')[0]).toBe(causalPairs(131_072) / 16);
  });
});

describe('pairFlops', () => {
  it('agrees with the causal attention term of forwardFlopsPerToken (2·L·T·d per token = 4·d per pair, T/2 pairs)', async () => {
    const { forwardFlopsPerToken } = await import('./flops');
    const { MODELS } = await import('../../data/models');
    const shape = MODELS['llama3-8b'];
    const T = 8_192;
    const perToken = Number(forwardFlopsPerToken(shape, { contextTokens: T }).attention);
    expect(shape.layers * pairFlops((T * T) / 2, shape.dim) / T).toBe(perToken);
  });
});
