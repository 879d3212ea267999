import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS, type ModelId } from '../../data/models';
import { DTYPE_IDS } from './dtypes';
import { kvBytesPerToken, kvCacheBytes, type KvShape } from './kvCache';
import { headDim } from './shape';

/** A model's cache shape with its own KV heads (GQA) or one per query head (MHA). */
const kvShape = (id: ModelId, attention: 'gqa' | 'mha'): KvShape => {
  const m = MODELS[id];
  return { layers: m.layers, kvHeads: attention === 'mha' ? m.heads : m.kvHeads, headDim: headDim(m) };
};
const GiB = 2n ** 30n;

describe('KV cache in bf16: every figure of llama3-facts.md §B.2', () => {
  // [model, attention, bytes/token, bytes at 8,192, bytes at 131,072]
  const rows: [ModelId, 'gqa' | 'mha', bigint, bigint, bigint][] = [
    ['llama3-8b', 'gqa', 131_072n, 1_073_741_824n, 17_179_869_184n],
    ['llama3-8b', 'mha', 524_288n, 4n * GiB, 64n * GiB],
    ['llama3-70b', 'gqa', 327_680n, 2_684_354_560n, 42_949_672_960n],
    ['llama3-70b', 'mha', 2_621_440n, 20n * GiB, 320n * GiB],
    ['llama3-405b', 'gqa', 516_096n, 4_227_858_432n, 67_645_734_912n],
    ['llama3-405b', 'mha', 8_257_536n, 63n * GiB, 1_008n * GiB],
    ['llama2-7b', 'mha', 524_288n, 4n * GiB, 64n * GiB],
  ];
  it.each(rows)('%s %s: bytes per token and totals at 8,192 and 131,072 tokens', (id, attention, tok, at8k, at128k) => {
    expect(kvBytesPerToken(kvShape(id, attention), 'bf16')).toBe(tok);
    expect(kvCacheBytes(kvShape(id, attention), 'bf16', 8_192)).toBe(at8k);
    expect(kvCacheBytes(kvShape(id, attention), 'bf16', 131_072)).toBe(at128k);
  });
  it('"128K" read as 128,000 tokens instead gives the facts sheet’s alternative figures', () => {
    expect(kvCacheBytes(kvShape('llama3-8b', 'gqa'), 'bf16', 128_000)).toBe(16_777_216_000n);
    expect(kvCacheBytes(kvShape('llama3-70b', 'gqa'), 'bf16', 128_000)).toBe(41_943_040_000n);
    expect(kvCacheBytes(kvShape('llama3-405b', 'gqa'), 'bf16', 128_000)).toBe(66_060_288_000n);
  });
  it('GQA shrinks the cache 4× (8B), 8× (70B) and 16× (405B)', () => {
    const ratio = (id: ModelId) => kvBytesPerToken(kvShape(id, 'mha'), 'bf16') / kvBytesPerToken(kvShape(id, 'gqa'), 'bf16');
    expect([ratio('llama3-8b'), ratio('llama3-70b'), ratio('llama3-405b')]).toEqual([4n, 8n, 16n]);
  });
});

describe('element sizes', () => {
  it('fp32, bf16, fp8 and int4 are 4, 2, 1 and ½ byte per number', () => {
    expect(DTYPE_IDS.map((d) => kvBytesPerToken(kvShape('llama3-8b', 'gqa'), d))).toEqual([262_144n, 131_072n, 65_536n, 32_768n]);
  });
  it('int4 of an odd shape is still a whole number of bytes (K and V together)', () => {
    expect(kvBytesPerToken({ layers: 1, kvHeads: 1, headDim: 1 }, 'int4')).toBe(1n);
  });
});

describe('cache invariants (property tests)', () => {
  const shape = fc.record({
    layers: fc.integer({ min: 1, max: 1_024 }), kvHeads: fc.integer({ min: 1, max: 1_024 }), headDim: fc.integer({ min: 1, max: 1_024 }),
  });
  const dtype = fc.constantFrom(...DTYPE_IDS);
  it('is linear in context and in batch', () => {
    fc.assert(fc.property(shape, dtype, fc.integer({ min: 1, max: 1_024 }), fc.integer({ min: 1, max: 1_024 }), fc.integer({ min: 1, max: 32 }), (s, d, c, b, k) => {
      const one = kvCacheBytes(s, d, c, b);
      expect(kvCacheBytes(s, d, c * k, b)).toBe(one * BigInt(k));
      expect(kvCacheBytes(s, d, c, b * k)).toBe(one * BigInt(k));
      expect(kvCacheBytes(s, d, c, b)).toBe(kvBytesPerToken(s, d) * BigInt(c) * BigInt(b));
    }));
  });
  it('is proportional to the KV heads stored: cache(GQA) = cache(MHA) × H_kv / H', () => {
    fc.assert(fc.property(shape, fc.integer({ min: 1, max: 64 }), dtype, (s, group, d) => {
      const mha = kvCacheBytes({ ...s, kvHeads: s.kvHeads * group }, d, 1_000);
      expect(kvCacheBytes(s, d, 1_000) * BigInt(group)).toBe(mha);
    }));
  });
  it('stays exact beyond 2^53 bytes', () => {
    expect(kvCacheBytes({ layers: 1_024, kvHeads: 1_024, headDim: 1_024 }, 'fp32', 1_048_576, 1_024)).toBe(2n ** 63n);
    expect(kvCacheBytes({ layers: 999, kvHeads: 7, headDim: 333 }, 'bf16', 1_048_575, 1_023)).toBe(4n * 999n * 7n * 333n * 1_048_575n * 1_023n);
  });
});
