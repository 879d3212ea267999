import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_5_GROUPS, TABLE_4 } from '@/data/trainingAtScale';
import { MODELS } from '@/data/models';
import {
  DEFAULT_MEMORY_ASSUMPTIONS, activationBytesPerTokenLayer, bubbleFraction, coordsOf, divisors, groupOf, layoutGpus,
  memoryPerGpu, rankOf, runTime, tokensPerStep, trainingFlopsPerToken, validateLayout, type Layout,
} from './parallelism';

const m405 = MODELS['llama3-405b'];
const row1 = TABLE_4.value[0]!;
const layout1: Layout = { tp: row1.tp, cp: row1.cp, pp: row1.pp, dp: row1.dp };

describe('rank layout in the order [TP, CP, PP, DP]', () => {
  const fig5 = FIGURE_5_GROUPS.value;
  it('reproduces Figure 5: GPU0/1 TP group, 0/2 CP, 0/4 PP, 0/8 DP', () => {
    expect(groupOf(0, 'tp', fig5)).toEqual([0, 1]);
    expect(groupOf(0, 'cp', fig5)).toEqual([0, 2]);
    expect(groupOf(0, 'pp', fig5)).toEqual([0, 4]);
    expect(groupOf(0, 'dp', fig5)).toEqual([0, 8]);
    expect(coordsOf(1, fig5)).toEqual({ tp: 1, cp: 0, pp: 0, dp: 0 });
    expect(layoutGpus(fig5)).toBe(16);
  });
  it('rankOf and coordsOf are inverse on every layout', () => {
    fc.assert(fc.property(
      fc.record({ tp: fc.integer({ min: 1, max: 8 }), cp: fc.integer({ min: 1, max: 6 }), pp: fc.integer({ min: 1, max: 6 }), dp: fc.integer({ min: 1, max: 6 }) }),
      fc.nat(),
      (l, r) => {
        const rank = r % layoutGpus(l);
        expect(rankOf(coordsOf(rank, l), l)).toBe(rank);
        // every group contains the rank and has its dimension's size
        for (const dim of ['tp', 'cp', 'pp', 'dp'] as const) {
          const g = groupOf(rank, dim, l);
          expect(g).toHaveLength(l[dim]);
          expect(g).toContain(rank);
        }
      },
    ));
  });
  it('a TP group of 8 fills one 8-GPU server (consecutive ranks)', () => {
    expect(groupOf(13, 'tp', layout1)).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
  });
});

describe('divisors and valid factorisations', () => {
  it('lists the divisors of 16,384 (powers of two) and of 12', () => {
    expect(divisors(16_384)).toEqual(Array.from({ length: 15 }, (_, i) => 2 ** i));
    expect(divisors(12)).toEqual([1, 2, 3, 4, 6, 12]);
    expect(divisors(0)).toEqual([]);
    expect(divisors(2.5)).toEqual([]);
  });
  it('accepts Table 4 rows 1 and 2 and rejects row 3 as printed (8·16·16·4 = 8,192, not 16,384)', () => {
    const inputs = (r: typeof row1) => ({ seqLen: r.seqLen, batchPerDp: r.batchPerDp, microBatches: r.batchPerDp, interleave: 1 });
    const [r1, r2, r3] = TABLE_4.value;
    expect(validateLayout(m405, r1!.gpus, r1!, inputs(r1!))).toEqual([]);
    expect(validateLayout(m405, r2!.gpus, r2!, inputs(r2!))).toEqual([]);
    expect(validateLayout(m405, r3!.gpus, r3!, inputs(r3!)).map((i) => i.code)).toEqual(['product']);
    expect(validateLayout(m405, r3!.gpus, { ...r3!, dp: 8 }, inputs(r3!))).toEqual([]);
  });
  it('names each impossible configuration', () => {
    const ok = { seqLen: 8192, batchPerDp: 32, microBatches: 32, interleave: 1 };
    const codes = (l: Layout, i = ok) => validateLayout(m405, layoutGpus(l), l, i).map((x) => x.code);
    expect(codes({ ...layout1, tp: 16, dp: 32 })).toEqual(['tpHeads']); // 8 KV heads cannot split 16 ways
    expect(codes({ ...layout1, pp: 128, dp: 8 })).toEqual(['ppLayers']); // 128 stages > 126 layers
    expect(codes(layout1, { ...ok, microBatches: 5 })).toEqual(['microBatch']);
    expect(codes(layout1, { ...ok, microBatches: 8, interleave: 2 })).toEqual(['interleaveM']);
    expect(codes({ ...layout1, cp: 3 }, { ...ok, seqLen: 8192 })).toContain('cpChunks');
    expect(validateLayout(m405, 8192, { ...layout1, tp: 0 }, ok).map((x) => x.code)).toEqual(['notWhole']);
    expect(validateLayout(m405, 8192, layout1, { ...ok, seqLen: Number.NaN }).map((x) => x.code)).toEqual(['notWhole']);
  });
});

describe('pipeline bubble (PP − 1)/(V·M)', () => {
  it('matches the design values: PP 16, V 2 → 46.9% at M 16, 23.4% at M 32', () => {
    expect(bubbleFraction(16, 2, 16)).toBeCloseTo(15 / 32, 12);
    expect(Math.round(bubbleFraction(16, 2, 16) * 1000) / 10).toBe(46.9);
    expect(Math.round(bubbleFraction(16, 2, 32) * 1000) / 10).toBe(23.4);
    expect(bubbleFraction(1, 1, 1)).toBe(0);
    expect(bubbleFraction(4, 2, 10)).toBeCloseTo(0.15, 12); // Figure 6: PP 4, V 2, M 10
  });
});

describe('per-GPU memory, 405B at Table 4 row 1 (TP 8, PP 16, DP 64, 8,192-token sequences, 32 per DP group)', () => {
  const inputs = { seqLen: 8192, batchPerDp: 32, microBatches: 32, interleave: 1 };
  const mem = memoryPerGpu(m405, layout1, inputs, DEFAULT_MEMORY_ASSUMPTIONS);
  // By hand: a layer's matrices are 2·16,384² (wq, wo) + 2·16,384·1,024 (wk, wv) + 3·16,384·53,248 (SwiGLU)
  // = 3,187,671,040; ⌈126/16⌉ = 8 layers; the first rank also holds the embedding 128,256·16,384 = 2,101,346,304.
  // Per GPU: 8·(3,187,671,040/8 + 2·16,384) + 2,101,346,304/8 = 3,187,671,040 + 262,144 + 262,668,288.
  const params = 3_187_671_040 + 262_144 + 262_668_288;
  it('holds the first pipeline rank\'s share of the weights', () => {
    expect(mem.layersPerRank).toBe(8);
    expect(mem.params).toBe(params);
    expect(mem.weights).toBe(2 * params); // bf16, unsharded after forward
    expect(mem.gradients).toBe(4 * params / 64); // fp32, sharded over DP
    expect(mem.optimizer).toBe(12 * params / 64); // fp32 m, v, master, sharded over DP
  });
  it('counts activations per saved tensor of a Llama block (no T×T scores)', () => {
    // bf16: 6d + 2·H_kv·d_h + 2·d_ff = 98,304 + 2,048 + 106,496 = 206,848 values → 413,696 bytes;
    // fp32: 128 log-sum-exp + 2 RMS → 520 bytes. Total 414,216 bytes per token per layer.
    expect(activationBytesPerTokenLayer(m405, 2)).toBe(414_216);
    expect(activationBytesPerTokenLayer(m405, 4)).toBe(414_216 + 4 * 53_248);
    expect(mem.microBatchSequences).toBe(1);
    expect(mem.tokensPerMicroBatch).toBe(8192);
    expect(mem.activationPerLayer).toBe(414_216 / 8 * 8192);
    expect(mem.layersInFlight).toBe(16 * 8); // 1F1B: PP micro-batches of 8 layers on the first rank
    expect(mem.activations).toBe(414_216 / 8 * 8192 * 128);
    expect(mem.total).toBeCloseTo(mem.weights + mem.gradients + mem.optimizer + mem.activations, 3);
    expect(mem.total / 1e9).toBeGreaterThan(60);
    expect(mem.total).toBeLessThan(80e9); // fits the H100's 80 GB nominal under these assumptions
  });
  it('interleaving holds L·(1 + (PP−1)/(PP·V)) layers when M is large', () => {
    const v2 = memoryPerGpu(m405, layout1, { ...inputs, interleave: 2 }, DEFAULT_MEMORY_ASSUMPTIONS);
    // 2·15 + 16 + 1 = 47 chunk-micro-batches of ⌈126/32⌉ = 4 layers
    expect(v2.layersInFlight).toBe(47 * 4);
  });
  it('context parallelism divides the tokens a GPU holds; accumulated gradients are whole', () => {
    const cp = memoryPerGpu(m405, { tp: 8, cp: 16, pp: 16, dp: 8 }, { ...inputs, seqLen: 131_072, batchPerDp: 16, microBatches: 16 }, DEFAULT_MEMORY_ASSUMPTIONS);
    expect(cp.tokensPerMicroBatch).toBe(8192);
    const acc = memoryPerGpu(m405, layout1, inputs, { ...DEFAULT_MEMORY_ASSUMPTIONS, gradients: 'accumulated' });
    expect(acc.gradients).toBe(4 * params);
  });
  it('never returns NaN for valid layouts', () => {
    fc.assert(fc.property(fc.constantFrom(1, 2, 4, 8), fc.constantFrom(1, 2, 4, 16), fc.integer({ min: 1, max: 126 }), fc.integer({ min: 1, max: 4 }), (tp, cp, pp, v) => {
      const m = memoryPerGpu(m405, { tp, cp, pp, dp: 2 }, { seqLen: 8192, batchPerDp: 8, microBatches: 8, interleave: v }, DEFAULT_MEMORY_ASSUMPTIONS);
      expect(Number.isFinite(m.total) && m.total > 0).toBe(true);
    }));
  });
});

describe('tokens per step and time to train', () => {
  it('Table 4 rows 1 and 2 hold 16M tokens per step; row 3 as printed 8,388,608', () => {
    const [r1, r2, r3] = TABLE_4.value;
    expect(tokensPerStep(r1!, r1!.seqLen, r1!.batchPerDp)).toBe(16_777_216);
    expect(tokensPerStep(r2!, r2!.seqLen, r2!.batchPerDp)).toBe(16_777_216);
    expect(tokensPerStep(r3!, r3!.seqLen, r3!.batchPerDp)).toBe(8_388_608);
  });
  it('6N per token for 405B, and PaLM\'s attention term 12·L·H·Q·T', () => {
    expect(trainingFlopsPerToken(m405, 8192, false)).toBe(6 * 405_853_388_800);
    expect(trainingFlopsPerToken(m405, 8192, true)).toBe(6 * 405_853_388_800 + 12 * 126 * 128 * 128 * 8192);
  });
  it('15.6T tokens at 6N is 3.80×10²⁵ FLOPs; at 16,384 GPUs, 41% of 989.5 TFLOP/s, 66 days', () => {
    const t = runTime(6 * 405_853_388_800, 15.6e12, 16_384, 989.5e12, 0.41);
    expect(t.flops).toBeCloseTo(3.7988e25, -21);
    expect(t.days).toBeCloseTo(66.1, 1);
    expect(t.gpuHours / 1e6).toBeCloseTo(26.0, 1);
    expect(t.tokensPerSecond).toBeCloseTo(16_384 * 989.5e12 * 0.41 / (6 * 405_853_388_800), 3);
  });
});
