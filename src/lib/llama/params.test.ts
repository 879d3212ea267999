import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS, type ModelId } from '../../data/models';
import { paramBreakdown, parameterCount } from './params';

// shared/reference/llama3-facts.md §B.1 (exact, from Meta's FeedForward rule and model.py shapes).
const EXPECTED: Record<ModelId, { total: bigint; mha: bigint | null; perLayer: bigint; embedding: bigint }> = {
  'llama3-8b': { total: 8_030_261_248n, mha: 8_835_567_616n, perLayer: 218_112_000n, embedding: 525_336_576n },
  'llama3-70b': { total: 70_553_706_496n, mha: 79_948_947_456n, perLayer: 855_654_400n, embedding: 1_050_673_152n },
  'llama3-405b': { total: 405_853_388_800n, mha: 469_271_265_280n, perLayer: 3_187_703_808n, embedding: 2_101_346_304n },
  'llama2-7b': { total: 6_738_415_616n, mha: null, perLayer: 202_383_360n, embedding: 131_072_000n },
  'llama2-70b': { total: 68_976_648_192n, mha: null, perLayer: 855_654_400n, embedding: 262_144_000n },
};

describe('parameterCount reproduces the reference counts exactly', () => {
  for (const [id, want] of Object.entries(EXPECTED) as [ModelId, (typeof EXPECTED)[ModelId]][]) {
    it(id, () => {
      const m = MODELS[id];
      const b = paramBreakdown(m);
      expect(b.total).toBe(want.total);
      expect(b.embedding).toBe(want.embedding);
      expect(b.lmHead).toBe(want.embedding);
      const perLayer = (b.attnQ + b.attnKV + b.attnO + b.ffn + b.norms - BigInt(m.dim)) / BigInt(m.layers);
      expect(perLayer).toBe(want.perLayer);
      if (want.mha !== null) expect(parameterCount({ ...m, kvHeads: m.heads })).toBe(want.mha);
    });
  }

  it('with 128,000 rows instead of 128,256 (the paper’s vocabulary size)', () => {
    expect(parameterCount({ ...MODELS['llama3-8b'], vocab: 128_000 })).toBe(8_028_164_096n);
    expect(parameterCount({ ...MODELS['llama3-70b'], vocab: 128_000 })).toBe(70_549_512_192n);
    expect(parameterCount({ ...MODELS['llama3-405b'], vocab: 128_000 })).toBe(405_845_000_192n);
  });
});

const shape = fc
  .record({
    heads: fc.integer({ min: 1, max: 64 }),
    headDim: fc.integer({ min: 1, max: 256 }),
    groups: fc.integer({ min: 1, max: 64 }),
    layers: fc.integer({ min: 1, max: 200 }),
    ffnDim: fc.integer({ min: 1, max: 100_000 }),
    vocab: fc.integer({ min: 1, max: 300_000 }),
    tiedEmbeddings: fc.boolean(),
  })
  .map((r) => {
    const kvHeads = r.heads % r.groups === 0 ? r.heads / r.groups : 1;
    return { dim: r.heads * r.headDim, layers: r.layers, heads: r.heads, kvHeads, ffnDim: r.ffnDim, vocab: r.vocab, tiedEmbeddings: r.tiedEmbeddings };
  });

describe('parameter count properties', () => {
  it('total is the sum of the breakdown', () => {
    fc.assert(fc.property(shape, (s) => {
      const b = paramBreakdown(s);
      expect(b.total).toBe(b.embedding + b.attnQ + b.attnKV + b.attnO + b.ffn + b.norms + b.lmHead);
      expect(b.attnK + b.attnV).toBe(b.attnKV);
      expect(b.attnK).toBe(b.attnV);
    }));
  });
  it('GQA never has more parameters than MHA with the same shapes', () => {
    fc.assert(fc.property(shape, (s) => parameterCount(s) <= parameterCount({ ...s, kvHeads: s.heads })));
  });
  it('untying the LM head adds exactly vocab × dim', () => {
    fc.assert(fc.property(shape, (s) => {
      const diff = parameterCount({ ...s, tiedEmbeddings: false }) - parameterCount({ ...s, tiedEmbeddings: true });
      return diff === BigInt(s.vocab) * BigInt(s.dim);
    }));
  });
});
