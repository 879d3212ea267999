import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEMO_CROSS_BLOCK, crossBlock, crossBlockWeights, maxAbsDiff, seededRows } from './crossAttention';

const w = crossBlockWeights(DEMO_CROSS_BLOCK, 11);
const text = seededRows(5, DEMO_CROSS_BLOCK.dim, 1), image = seededRows(7, DEMO_CROSS_BLOCK.dim, 2);

describe('gated cross-attention block (Meta\'s CrossAttentionTransformerBlock arithmetic, tiny seeded shapes)', () => {
  it('at gate 0 (the initialisation) the output equals the text-only path exactly, bit for bit', () => {
    const r = crossBlock(w, text, image, 0, 0);
    r.out.forEach((row, i) => expect(Array.from(row)).toEqual(Array.from(text[i]!)));
    // …although the image did reach the block: the ungated attention output is not zero.
    expect(Math.max(...r.attention.flatMap((a) => Array.from(a, Math.abs)))).toBeGreaterThan(0.01);
  });
  it('for any seeds and any image, gate 0 is the identity', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 9 }), (seed, n) => {
      const x = seededRows(3, DEMO_CROSS_BLOCK.dim, seed), img = seededRows(n, DEMO_CROSS_BLOCK.dim, seed + 1);
      expect(maxAbsDiff(crossBlock(crossBlockWeights(DEMO_CROSS_BLOCK, seed), x, img, 0, 0).out, x)).toBe(0);
    }), { numRuns: 50 });
  });
  it('opening the gates moves the output away, monotonically in |gate| over 0 … 1', () => {
    const d = [0.1, 0.3, 0.6, 1].map((g) => maxAbsDiff(crossBlock(w, text, image, g, g).out, text));
    expect(d[0]).toBeGreaterThan(0);
    for (let i = 1; i < d.length; i++) expect(d[i]).toBeGreaterThan(d[i - 1]!);
  });
  it('the attention gate alone scales the attention output by tanh(gate) exactly', () => {
    const r = crossBlock(w, text, image, 0.7, 0);
    r.out.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(text[i]![j]! + Math.tanh(0.7) * r.attention[i]![j]!, 12)));
  });
  it('attention weights over the image tokens sum to 1 per head; one image token gets weight 1', () => {
    for (const row of crossBlock(w, text, image, 0.5, 0.5).weights) for (const head of row) expect(head.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    for (const row of crossBlock(w, text, image.slice(0, 1), 0.5, 0.5).weights) for (const head of row) expect(head[0]).toBe(1);
  });
});
