import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE_4 } from '../../data/longContext';
import { cpChunks } from '../../lib/llama';
import {
  FIGURE_5, LIMITS, chunkOwners, computeCp, coordsOf, cpIssues, gpuCount, groupOf, layerBytes, nearestValidLengths, rankOf,
  readField, shapeOf, splitWork, table4Checks, type CpOk, type CpState,
} from './model';

const DEFAULT: CpState = { cp: 16, seqLen: 131_072, model: 'llama3-405b', split: 'zigzag' };
const ok = (s: Partial<CpState> = {}) => {
  const r = computeCp({ ...DEFAULT, ...s });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r as CpOk;
};

/** Brute force: for every query position q, the rank that holds it computes q + 1 causal pairs. */
function bruteRankPairs(cp: number, seqLen: number, split: 'zigzag' | 'naive'): number[] {
  const c = seqLen / (2 * cp);
  const owner = chunkOwners(cp, split);
  const out = new Array<number>(cp).fill(0);
  for (let q = 0; q < seqLen; q++) out[owner[Math.floor(q / c)]!]! += q + 1;
  return out;
}

describe('work per rank', () => {
  it('the report’s split: rank i holds chunks i and 2·CP−1−i; naive: 2i and 2i+1', () => {
    expect(cpChunks(16, 'zigzag')[0]).toEqual([0, 31]);
    expect(cpChunks(16, 'zigzag')[15]).toEqual([15, 16]);
    expect(chunkOwners(2, 'zigzag')).toEqual([0, 1, 1, 0]);
    expect(chunkOwners(2, 'naive')).toEqual([0, 0, 1, 1]);
  });

  it('default (405B, CP 16, 131,072): zigzag exactly equal, naive 1,040,191,488 / 33,558,528 ≈ 31.0×', () => {
    const r = ok();
    expect(r.chunks).toBe(32);
    expect(r.chunkLen).toBe(4_096);
    expect(new Set(r.work.zigzag.pairs)).toEqual(new Set([536_875_008]));
    expect(r.work.zigzag.ratio).toBe(1);
    expect(r.work.naive.max).toBe(1_040_191_488);
    expect(r.work.naive.min).toBe(33_558_528);
    expect(r.work.naive.maxRank).toBe(15);
    expect(r.work.naive.minRank).toBe(0);
    expect(r.work.naive.ratio).toBeCloseTo(30.996, 3);
    expect(r.work.zigzag.pairs.reduce((a, b) => a + b)).toBe(r.totalPairs);
    expect(r.totalPairs).toBe(131_072 * 131_073 / 2);
  });

  it('matches a brute-force count on small sizes, both splits; zigzag is always exactly balanced', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 20 }), (cp, k) => {
      const seqLen = 2 * cp * k;
      for (const split of ['zigzag', 'naive'] as const) expect(splitWork(cp, seqLen, split).pairs).toEqual(bruteRankPairs(cp, seqLen, split));
      const z = splitWork(cp, seqLen, 'zigzag');
      expect(z.max).toBe(z.min);
    }));
  });

  it('naive max/min is ((4·CP−2)·c + 1) / (2c + 1) for chunks of c tokens: just under 2·CP − 1', () => {
    for (const cp of [2, 4, 8, 16, 32, 64]) {
      const c = 131_072 / (2 * cp);
      const w = splitWork(cp, 131_072, 'naive');
      expect(w.max).toBe(c * ((4 * cp - 2) * c + 1));
      expect(w.min).toBe(c * (2 * c + 1));
      expect(w.ratio).toBeLessThan(2 * cp - 1);
      expect(w.ratio).toBeGreaterThan((2 * cp - 1) * 0.999);
    }
  });
});

describe('bytes and FLOPs per layer per GPU', () => {
  it('405B at 131,072, CP 16, TP 8, bf16: 64 MiB of K/V gathered, 60 MiB from other ranks, 32 MiB local Q, MHA 1 GiB', () => {
    const r = ok();
    expect(r.tp).toBe(8);
    expect(r.tpFromTable).toBe(true);
    expect(r.bytes.kvHeadsPerGpu).toBe(1);
    expect(r.bytes.headsPerGpu).toBe(16);
    expect(r.bytes.gathered).toBe(67_108_864n); // 131,072 · 2 · 1 · 128 · 2 B = 64 MiB
    expect(r.bytes.gathered).toBe(64n * 2n ** 20n);
    expect(r.bytes.received).toBe(60n * 2n ** 20n);
    expect(r.bytes.localQ).toBe(33_554_432n); // 8,192 · 16 · 128 · 2 B = 32 MiB
    expect(r.bytes.gatheredMha).toBe(2n ** 30n);
    expect(r.bytes.kvPerToken).toBe(512n);
    expect(r.bytes.qPerToken).toBe(4_096n);
  });

  it('attention FLOPs per rank are pairFlops with width (H/TP)·d_h = 2,048: 4 · 2,048 · pairs', () => {
    const r = ok();
    expect(r.width).toBe(2_048);
    expect(r.flops.zigzag.max).toBe(4 * 2_048 * 536_875_008);
    expect(r.flops.naive.max).toBe(4 * 2_048 * 1_040_191_488);
    expect(r.flopsPerByte).toBeCloseTo(4 * 2_048 * 536_875_008 / 67_108_864, 9);
  });

  it('bytes grow as S and FLOPs as S²: FLOPs per byte doubles (nearly) when S doubles', () => {
    const rows = ok().scaling;
    expect(rows.map((x) => x.seqLen)).toEqual([8_192, 32_768, 131_072, 524_288]);
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1]!, b = rows[i]!;
      expect(Number(b.gathered) / Number(a.gathered)).toBe(4);
      expect(b.flopsPerByte / a.flopsPerByte).toBeCloseTo(4, 2);
    }
    expect(ok({ seqLen: 65_536 }).scaling.find((x) => x.chosen)?.seqLen).toBe(65_536);
  });

  it('8B and 70B: same TP = 8, assumed and said; GQA against MHA is 4× and 8×', () => {
    for (const [model, heads, times] of [['llama3-8b', 32, 4n], ['llama3-70b', 64, 8n]] as const) {
      const r = ok({ model });
      expect(shapeOf(model).heads).toBe(heads);
      expect(r.tpFromTable).toBe(false);
      expect(r.notes).toContainEqual({ code: 'assumedTp', tp: 8 });
      expect(r.bytes.gathered).toBe(64n * 2n ** 20n);
      expect(r.bytes.gatheredMha).toBe(r.bytes.gathered * times);
    }
  });

  it('CP 1: nothing arrives from other ranks, the splits coincide', () => {
    const r = ok({ cp: 1, seqLen: 8_192 });
    expect(r.bytes.received).toBe(0n);
    expect(r.work.naive.pairs).toEqual(r.work.zigzag.pairs);
    expect(r.notes).toContainEqual({ code: 'noParallelism' });
    expect(r.rows).toEqual([1, 2]);
  });

  it('received = gathered·(CP−1)/CP exactly for every valid CP at 131,072', () => {
    for (let cp = 1; cp <= 64; cp *= 2) {
      const b = layerBytes(shapeOf('llama3-405b'), cp, 131_072);
      expect(b.received * BigInt(cp)).toBe(b.gathered * BigInt(cp - 1));
    }
  });
});

describe('Figure 5: rank = tp + TP·cp + TP·CP·pp + TP·CP·PP·dp', () => {
  it('16 GPUs with group sizes 2; the coordinates round-trip', () => {
    expect(gpuCount(FIGURE_5)).toBe(16);
    for (let r = 0; r < 16; r++) expect(rankOf(coordsOf(r, FIGURE_5), FIGURE_5)).toBe(r);
    expect(coordsOf(1, FIGURE_5)).toEqual({ tp: 1, cp: 0, pp: 0, dp: 0 });
    expect(coordsOf(13, FIGURE_5)).toEqual({ tp: 1, cp: 0, pp: 1, dp: 1 });
  });

  it('the report’s statements: GPU0 and GPU1 share a TP group, GPU0 and GPU2 a CP group, GPU0 and GPU4 PP, GPU0 and GPU8 DP', () => {
    expect(groupOf(0, 'tp', FIGURE_5)).toEqual([0, 1]);
    expect(groupOf(0, 'cp', FIGURE_5)).toEqual([0, 2]);
    expect(groupOf(0, 'pp', FIGURE_5)).toEqual([0, 4]);
    expect(groupOf(0, 'dp', FIGURE_5)).toEqual([0, 8]);
    expect(groupOf(13, 'cp', FIGURE_5)).toEqual([13, 15]);
  });

  it('every group partitions the GPUs (property, any small group sizes)', () => {
    const size = fc.integer({ min: 1, max: 4 });
    fc.assert(fc.property(size, size, size, size, (tp, cp, pp, dp) => {
      const g = { tp, cp, pp, dp };
      for (const dim of ['tp', 'cp', 'pp', 'dp'] as const) {
        const seen = new Set<number>();
        for (let r = 0; r < gpuCount(g); r++) {
          const grp = groupOf(r, dim, g);
          expect(grp).toContain(r);
          expect(grp.length).toBe(g[dim]);
          if (grp[0] === r) for (const x of grp) { expect(seen.has(x)).toBe(false); seen.add(x); }
        }
        expect(seen.size).toBe(gpuCount(g));
      }
    }));
  });
});

describe('Table 4, checked', () => {
  it('rows 1 and 2 add up; row 3 gives 8,192 GPUs and 8,388,608 tokens; DP = 8 fixes both', () => {
    const [r1, r2, r3] = table4Checks();
    expect(r1).toMatchObject({ gpuProduct: 8_192, gpusOk: true, tokens: 16_777_216, tokensOk: true, fixDp: null });
    expect(r2).toMatchObject({ gpuProduct: 16_384, gpusOk: true, tokens: 16_777_216, tokensOk: true, fixDp: null });
    expect(r3).toMatchObject({ gpuProduct: 8_192, gpusOk: false, tokens: 8_388_608, tokensOk: false, fixDp: 8 });
    expect(TABLE_4.value[2]!.gpus).toBe(16_384);
  });

  it('presets: each row reproduces itself', () => {
    expect(ok({ cp: 16, seqLen: 131_072 }).rows).toEqual([3]);
    expect(ok({ cp: 16, seqLen: 131_072, model: 'llama3-70b' }).rows).toEqual([]);
  });
});

describe('impossible states', () => {
  it('a length that is not a multiple of 2·CP names the nearest valid lengths', () => {
    expect(cpIssues({ ...DEFAULT, seqLen: 131_000 })).toEqual([
      { code: 'notMultiple', seqLen: 131_000, cp: 16, step: 32, lower: 130_976, upper: 131_008 },
    ]);
    expect(cpIssues({ ...DEFAULT, cp: 3 })).toEqual([
      { code: 'notMultiple', seqLen: 131_072, cp: 3, step: 6, lower: 131_070, upper: 131_076 },
    ]);
    expect(nearestValidLengths(20, 128)).toEqual({ lower: null, upper: 128 });
    expect(nearestValidLengths(1_048_575, 128)).toEqual({ lower: 1_048_448, upper: 1_048_576 });
    expect(nearestValidLengths(1_048_575, 96)).toEqual({ lower: 1_048_512, upper: null });
  });

  it('out-of-range, non-integer and unknown values are codes, never numbers', () => {
    const bad = computeCp({ cp: Number.NaN, seqLen: -5, model: '__proto__' as never, split: 'ring' as never });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => e.code)).toEqual(['outOfRange', 'outOfRange', 'unknownChoice', 'unknownChoice']);
    }
    expect(computeCp({ ...DEFAULT, cp: 65 }).ok).toBe(false);
    expect(computeCp({ ...DEFAULT, cp: 2.5 }).ok).toBe(false);
    expect(computeCp({ ...DEFAULT, seqLen: LIMITS.seqLen.max + 1 }).ok).toBe(false);
  });

  it('never throws, and every valid state gives finite numbers', () => {
    fc.assert(fc.property(fc.integer({ min: -2, max: 70 }), fc.integer({ min: -10, max: 1_100_000 }),
      fc.constantFrom('llama3-8b', 'llama3-70b', 'llama3-405b', 'x'), fc.constantFrom('zigzag', 'naive', 'y'), (cp, seqLen, model, split) => {
        const r = computeCp({ cp, seqLen, model: model as never, split: split as never });
        if (r.ok) {
          expect(Number.isFinite(r.work.naive.ratio) && Number.isFinite(r.flopsPerByte)).toBe(true);
          expect(r.work.zigzag.ratio).toBe(1);
        } else expect(r.errors.length).toBeGreaterThan(0);
      }));
  });

  it('typed fields: K suffix for lengths, refusals with the bounds', () => {
    expect(readField('128K', 'seqLen')).toEqual({ ok: true, value: 131_072 });
    expect(readField('16', 'cp')).toEqual({ ok: true, value: 16 });
    expect(readField('128K', 'cp')).toMatchObject({ ok: false, error: { failure: 'invalid' } });
    expect(readField('65', 'cp')).toMatchObject({ ok: false, error: { failure: 'tooLarge', value: 65, max: 64 } });
    expect(readField('__proto__', 'seqLen')).toMatchObject({ ok: false, error: { failure: 'invalid' } });
  });
});

describe('performance', () => {
  it('the worst update (CP 64, 1,048,576 tokens) computes in well under a frame', () => {
    const state: CpState = { cp: 64, seqLen: 1_048_576, model: 'llama3-405b', split: 'naive' };
    computeCp(state); // warm up
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) computeCp({ ...state, split: i % 2 ? 'zigzag' : 'naive' });
    const each = (performance.now() - t0) / 20;
    console.log(`computeCp worst case: ${each.toFixed(3)} ms`);
    expect(each).toBeLessThan(4);
  });
});
