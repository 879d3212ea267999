import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS, type ModelId } from '../../data/models';
import { forwardFlopsPerToken, trainingFlops } from './flops';
import { parameterCount } from './params';

describe('forward FLOPs per token: the one definition (2·N_matmul + 2·L·T·d, Kaplan et al. 2020 Table 1)', () => {
  // Llama 3 8B (Table 3: d = 4,096, L = 32, H = 32, H_kv = 8, d_h = 128, d_ff = 14,336, V = 128,256):
  //   attention wq + wk + wv + wo = 32 × (4,096·4,096 + 2·4,096·1,024 + 4,096·4,096) = 1,342,177,280
  //   feed-forward w1, w2, w3     = 32 × 3 × 4,096 × 14,336                         = 5,637,144,576
  //   LM head                     = 128,256 × 4,096                                  =   525,336,576
  //   N_matmul                                                                       = 7,504,658,432
  // Left out: the embedding (525,336,576, a lookup) and the RMSNorm gains (266,240, elementwise).
  // Two FLOPs (multiply, add) per weight: 2·N_matmul = 15,009,316,864 ≈ 1.50 × 10¹⁰, at any context.
  // Attention at T = 8,192 (the pre-training context): 2 × 32 × 8,192 × 4,096 = 2,147,483,648, 12.5% of the total.
  //
  // Before this definition the site had two: param-counter's 1.72 × 10¹⁰ is this one at T = 8,192; vocab-tradeoff's
  // 1.50 × 10¹⁰ (15,009,849,344) left out attention over the context, as its legend said, and also counted the norm
  // gains as matrix weights, which was wrong by 532,480 (2 × 266,240). vocab-tradeoff now calls this with
  // contextTokens: null, and its legend says which weights count.
  it('Llama 3 8B: 15,009,316,864 without attention, 17,156,800,512 at 8,192 tokens', () => {
    const m = MODELS['llama3-8b'];
    const weightsOnly = forwardFlopsPerToken(m, { contextTokens: null });
    expect(weightsOnly).toEqual({ matmulParams: 7_504_658_432n, linear: 15_009_316_864n, attention: 0n, total: 15_009_316_864n });
    const at8k = forwardFlopsPerToken(m, { contextTokens: 8_192 });
    expect(at8k.matmulParams).toBe(7_504_658_432n);
    expect(at8k.attention).toBe(2_147_483_648n);
    expect(at8k.total).toBe(17_156_800_512n);
    expect(Number(at8k.total).toPrecision(3)).toBe('1.72e+10');
    expect(Number(weightsOnly.total).toPrecision(3)).toBe('1.50e+10');
  });
  it('Llama 3 405B at 8,192 tokens: attention 2 × 126 × 8,192 × 16,384', () => {
    const f = forwardFlopsPerToken(MODELS['llama3-405b'], { contextTokens: 8_192 });
    expect(f.attention).toBe(33_822_867_456n);
    // N_matmul = N − embedding − norms: 405,853,388,800 − 2,101,346,304 − (2·126 + 1)·16,384.
    expect(f.matmulParams).toBe(405_853_388_800n - 2_101_346_304n - 253n * 16_384n);
  });
  it('GQA leaves the attention term unchanged; a tied LM head is still a matrix product', () => {
    const m = MODELS['llama3-70b'];
    const opts = { contextTokens: 4_096 };
    expect(forwardFlopsPerToken({ ...m, kvHeads: m.heads }, opts).attention).toBe(forwardFlopsPerToken(m, opts).attention);
    expect(forwardFlopsPerToken({ ...m, tiedEmbeddings: true }, opts).total).toBe(forwardFlopsPerToken(m, opts).total);
  });
  it('the attention term is linear in the context and absent without one (property)', () => {
    fc.assert(fc.property(fc.constantFrom(...(Object.keys(MODELS) as ModelId[])), fc.integer({ min: 1, max: 1_048_576 }), (id, t) => {
      const m = MODELS[id];
      const f = forwardFlopsPerToken(m, { contextTokens: t });
      const none = forwardFlopsPerToken(m, { contextTokens: null });
      expect(f.linear).toBe(none.total);
      expect(f.attention).toBe(2n * BigInt(m.layers) * BigInt(t) * BigInt(m.dim));
      expect(f.total).toBe(f.linear + f.attention);
    }));
  });
});

describe('the options: a document mask and PaLM’s full-matrix convention (design §2.3)', () => {
  const m405 = MODELS['llama3-405b'];
  /** Training FLOPs per token, 3 × forward, as numbers. */
  const perTrainingToken = (t: number, counting: 'causal' | 'full', documentTokens: number | null = null) => {
    const f = forwardFlopsPerToken(m405, { contextTokens: t, counting, documentTokens });
    return { linear: 3n * f.linear, attention: 3n * f.attention, total: 3n * f.total };
  };
  it('no options is the causal count: omitting them or passing the defaults changes nothing (param-counter, chapters)', () => {
    for (const id of Object.keys(MODELS) as ModelId[]) {
      for (const t of [null, 1, 8_192, 131_072]) {
        const plain = forwardFlopsPerToken(MODELS[id], { contextTokens: t });
        expect(forwardFlopsPerToken(MODELS[id], { contextTokens: t, counting: 'causal', documentTokens: null })).toEqual(plain);
        expect(forwardFlopsPerToken(MODELS[id], { contextTokens: t, documentTokens: undefined })).toEqual(plain);
      }
    }
  });
  it('405B, PaLM’s 6N + 12·L·H·Q·T at 8,192: 6N 2.435 × 10¹², attention 2.03 × 10¹¹ (7.7%), total 2.638 × 10¹²', () => {
    const r = perTrainingToken(8_192, 'full');
    expect(parameterCount(m405)).toBe(405_853_388_800n);
    expect(r.linear).toBe(6n * 405_853_388_800n);
    expect(r.attention).toBe(12n * 126n * 128n * 128n * 8_192n);
    expect(Number(r.linear).toPrecision(4)).toBe('2.435e+12');
    expect(Number(r.attention).toPrecision(3)).toBe('2.03e+11');
    expect(Number(r.total).toPrecision(4)).toBe('2.638e+12');
    expect((Number(r.attention) / Number(r.total) * 100).toFixed(1)).toBe('7.7');
  });
  it('405B, PaLM’s convention at 131,072: attention 3.25 × 10¹² (57.1%), total 5.68 × 10¹²', () => {
    const r = perTrainingToken(131_072, 'full');
    expect(r.attention).toBe(3_246_995_275_776n);
    expect(Number(r.attention).toPrecision(3)).toBe('3.25e+12');
    expect(Number(r.total).toPrecision(3)).toBe('5.68e+12');
    expect((Number(r.attention) / Number(r.total) * 100).toFixed(1)).toBe('57.1');
  });
  it('the full-matrix attention term is exactly twice the causal one for every Llama (H·Q = d)', () => {
    fc.assert(fc.property(fc.constantFrom(...(Object.keys(MODELS) as ModelId[])), fc.integer({ min: 1, max: 1_048_576 }), (id, t) => {
      const causal = forwardFlopsPerToken(MODELS[id], { contextTokens: t });
      const full = forwardFlopsPerToken(MODELS[id], { contextTokens: t, counting: 'full' });
      expect(full.attention).toBe(2n * causal.attention);
      expect(full.linear).toBe(2n * parameterCount(MODELS[id]));
      expect(full.matmulParams).toBe(causal.matmulParams);
    }));
  });
  it('a document mask caps the span at the document length: min(T, documentTokens) (property)', () => {
    fc.assert(fc.property(
      fc.constantFrom(...(Object.keys(MODELS) as ModelId[])), fc.constantFrom('causal' as const, 'full' as const),
      fc.integer({ min: 1, max: 1_048_576 }), fc.integer({ min: 1, max: 1_048_576 }),
      (id, counting, t, doc) => {
        const m = MODELS[id];
        const masked = forwardFlopsPerToken(m, { contextTokens: t, documentTokens: doc, counting });
        expect(masked).toEqual(forwardFlopsPerToken(m, { contextTokens: Math.min(t, doc), counting }));
        expect(masked.attention <= forwardFlopsPerToken(m, { contextTokens: t, counting }).attention).toBe(true);
      },
    ));
    // 405B at 131,072 with 8,192-token documents: the attention of an 8,192-token sequence, 33,822,867,456 per forward token.
    expect(forwardFlopsPerToken(m405, { contextTokens: 131_072, documentTokens: 8_192 }).attention).toBe(33_822_867_456n);
  });
  it('without a context the options change only the weights term', () => {
    expect(forwardFlopsPerToken(m405, { contextTokens: null, documentTokens: 4_096, counting: 'full' }))
      .toEqual({ matmulParams: forwardFlopsPerToken(m405, { contextTokens: null }).matmulParams, linear: 2n * 405_853_388_800n, attention: 0n, total: 2n * 405_853_388_800n });
  });
});

describe('training compute 6·N·D', () => {
  it('405B on 15.6T tokens is 3.7988 × 10²⁵, within 0.3% of the report’s 3.8 × 10²⁵ (§1)', () => {
    const c = trainingFlops(405_853_388_800n, 15.6e12);
    expect(c).toBe(37_987_877_191_680_000_000_000_000n);
    expect(Math.abs(Number(c) / 3.8e25 - 1)).toBeLessThan(0.003);
  });
  it('with the rounded N = 405e9 it is 3.7908 × 10²⁵ (facts §B.3)', () => {
    expect(Number(trainingFlops(405_000_000_000n, 15.6e12)) / 3.7908e25).toBeCloseTo(1, 4);
  });
  it('each model on its documented tokens (src/data/models.ts): exact products of the §B.1 counts', () => {
    const expected: Record<ModelId, [bigint, bigint]> = {
      'llama3-8b': [8_030_261_248n, 722_723_512_320_000_000_000_000n], // × about 15T
      'llama3-70b': [70_553_706_496n, 6_349_833_584_640_000_000_000_000n], // × about 15T
      'llama3-405b': [405_853_388_800n, 37_987_877_191_680_000_000_000_000n], // × 15.6T
      'llama2-7b': [6_738_415_616n, 80_860_987_392_000_000_000_000n], // × 2.0T
      'llama2-70b': [68_976_648_192n, 827_719_778_304_000_000_000_000n], // × 2.0T
    };
    for (const [id, [n, c]] of Object.entries(expected) as [ModelId, [bigint, bigint]][]) {
      expect(trainingFlops(n, MODELS[id].trainingTokens.value)).toBe(c);
    }
  });
});
