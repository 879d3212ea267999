// The long-context chapter's numbers against the reference values of shared/reference/llama3-facts.md §B.1, §D,
// §G.5, llama3-facts-2.md §I.2–I.4 and next-chapters-design.md §2.3, as both languages print them; and the helpers
// against the shared formulas they read from (brute force where it is cheap).
import { describe, expect, it } from 'vitest';
import { formatFor } from '../lib/format';
import { causalPairs, forwardFlopsPerToken } from '../lib/llama';
import {
  cpImbalance, crossoverContext, longContextNumbers, palmCrossoverContext,
  palmFlopsPerToken, M405, M8, M70,
} from './longContext';

const n = longContextNumbers(formatFor('en'));
const zh = longContextNumbers(formatFor('zh'));
const MiB = 2 ** 20;

describe('long-context chapter numbers (English formatting)', () => {
  it('the report’s frame: 8,192 → 131,072 in 6 stages on about 800B tokens, annealing on the last 40M (§3.4.2–3.4.3)', () => {
    expect([n.contextLlama3, n.contextLlama31, n.context8k, n.context128k]).toEqual(['8,192', '131,072', '8K', '128K']);
    expect([n.stages, n.longTokens, n.annealTokens]).toEqual(['6', '800B', '40M']);
    expect([n.contextRatio, n.contextRatioSquared]).toEqual(['16', '256']);
  });

  it('405B attention share under PaLM’s 6N + 12·L·H·Q·T: 7.7% at 8,192 and 57.1% at 131,072 (design §2.3)', () => {
    expect([n.palm6N, n.palmAttn8k, n.palmAttn128k]).toEqual(['2.435 × 10¹²', '2.03 × 10¹¹', '3.25 × 10¹²']);
    expect([n.palmShare8k, n.palmShare128k]).toEqual(['7.7%', '57.1%']);
    // 6N with N = 405,853,388,800 (facts §B.1), exactly.
    expect(palmFlopsPerToken(M405, 8_192).weights).toBe(6 * 405_853_388_800);
    expect(palmFlopsPerToken(M405, 8_192).attention).toBe(12 * 126 * 128 * 128 * 8_192);
  });

  it('405B attention share under the causal count 2·N_matmul + 2·L·T·d: 4.0% at 8,192 and 40.1% at 131,072', () => {
    expect([n.share405At8k, n.share405At128k]).toEqual(['4.0%', '40.1%']);
    expect([n.share8At128k, n.share70At128k]).toEqual(['69.6%', '55.3%']);
    expect([n.linear405, n.attn405At8k, n.attn405At128k]).toEqual(['8.07 × 10¹¹', '3.38 × 10¹⁰', '5.41 × 10¹¹']);
  });

  it('crossover contexts: attention = weights at 57,256 / 106,051 / 195,578 tokens (causal) and 30,633 / 53,828 / 98,299 (PaLM)', () => {
    expect(n.crossover).toEqual(['57,256', '106,051', '195,578']);
    expect(n.palmCrossover).toEqual(['30,633', '53,828', '98,299']);
    // At the crossover, flops.ts's two terms are equal (to rounding of the fractional context).
    for (const m of [M8, M70, M405]) {
      const t = crossoverContext(m);
      const at = forwardFlopsPerToken(m, { contextTokens: Math.round(t) });
      expect(Math.abs(Number(at.attention) - Number(at.linear)) / Number(at.linear)).toBeLessThan(1e-5);
      const p = palmFlopsPerToken(m, Math.round(palmCrossoverContext(m))); // flops.ts takes whole contexts
      expect(Math.abs(p.attention / p.weights - 1)).toBeLessThan(1e-5);
    }
    // PaLM counts the full score matrix and 3× for training: its attention term is 6× the causal forward term.
    expect(palmFlopsPerToken(M405, 131_072).attention).toBe(6 * Number(forwardFlopsPerToken(M405, { contextTokens: 131_072 }).attention));
  });

  it('the score matrix of one head in one layer, bf16: 128 MiB at 8,192 and 32 GiB at 131,072', () => {
    expect([n.scoreBytes8k, n.scoreBytes128k, n.scoreEntries128k, n.h100Memory]).toEqual(['128 MiB', '32 GiB', '17,179,869,184', '80 GB']);
  });

  it('the 800B-token bill of the 405B: 3.24 × 10²⁴ FLOPs at 131,072 against 2.02 × 10²⁴ at 8,192 (1.60×); GPU-days at 380 TFLOPs', () => {
    expect([n.bill128k, n.bill8k, n.billRatio]).toEqual(['3.24 × 10²⁴', '2.02 × 10²⁴', '1.60×']);
    const perToken = Number(forwardFlopsPerToken(M405, { contextTokens: 131_072 }).total);
    expect(n.raw.bill128k).toBe(3 * perToken * 800e9);
    // 3.24 × 10²⁴ FLOPs / (380 × 10¹² FLOP/s) / 86,400 s ≈ 98,600 GPU-days; 8,192: ≈ 61,500.
    expect([n.gpuDays128k, n.gpuDays8k]).toEqual(['99K', '61K']);
  });

  it('worked document mask: documents 1,000 + 3,000 + 4,192 keep 13,790,528 of 33,558,528 pairs (41.1%)', () => {
    expect(n.docLengths).toEqual(['1,000', '3,000', '4,192']);
    expect([n.docSeqLen, n.docPairs, n.docCausal]).toEqual(['8,192', '13,790,528', '33,558,528']);
    expect([n.docKept, n.docRemoved]).toEqual(['41.1%', '58.9%']);
    // Brute force over the 8,192 × 8,192 mask: query q sees key k ≤ q in its own document.
    const doc = new Int32Array(8_192);
    let start = 0;
    [1_000, 3_000, 4_192].forEach((l, i) => { doc.fill(i, start, start + l); start += l; });
    let pairs = 0;
    let causal = 0;
    for (let q = 0; q < 8_192; q++) for (let k = 0; k <= q; k++) { causal++; if (doc[k] === doc[q]) pairs++; }
    expect([pairs, causal]).toEqual([13_790_528, 33_558_528]);
    expect(n.longDocKept).toBe('3.1%');
  });

  it('context parallelism at CP = 16, 131,072 tokens: 32 chunks of 4,096; rank 0 holds 0 and 31; zigzag balanced, naive ≈ 31×', () => {
    expect([n.cp, n.chunks, n.chunkLen, n.localTokens]).toEqual(['16', '32', '4,096', '8,192']);
    expect(n.rank0Chunks).toEqual(['0', '31']);
    expect(n.lastRankChunks).toEqual(['15', '16']);
    expect(n.raw.zigzagImbalance).toBe(1);
    expect(n.raw.zigzag.reduce((a, b) => a + b, 0)).toBe(causalPairs(131_072));
    expect(n.raw.naive.reduce((a, b) => a + b, 0)).toBe(causalPairs(131_072));
    expect(n.raw.naiveImbalance).toBeCloseTo((62 * 4_096 + 1) / (2 * 4_096 + 1), 12);
    expect([n.naiveImbalance, n.naiveImbalanceExact, n.twoCpMinusOne, n.naiveEfficiency]).toEqual(['31×', '30.996', '31', '51.6%']);
    // Brute force on a small case: per-rank causal pairs of both splits, CP = 4, 64 tokens.
    for (const split of ['zigzag', 'naive'] as const) {
      const cp = 4, S = 64, c = S / (2 * cp);
      const owner = (q: number) => { const j = Math.floor(q / c); return split === 'zigzag' ? Math.min(j, 2 * cp - 1 - j) : Math.floor(j / 2); };
      const per = new Array<number>(cp).fill(0);
      for (let q = 0; q < S; q++) per[owner(q)]! += q + 1;
      expect(Math.max(...per) / Math.min(...per)).toBeCloseTo(cpImbalance(cp, S, split), 12);
    }
  });

  it('all-gather per layer per GPU, 405B, CP 16, TP 8, bf16: 64 MiB of K/V against 32 MiB of local Q (1 GiB without GQA)', () => {
    expect(n.raw.allGather).toBe(64 * MiB);
    expect(n.raw.localQ).toBe(32 * MiB);
    expect(n.raw.allGatherMha).toBe(1024 * MiB);
    expect([n.allGather, n.localQ, n.allGatherMha]).toEqual(['64 MiB', '32 MiB', '1 GiB']);
    expect([n.kvHeads405, n.kvHeadsPerTp, n.qHeadsPerTp]).toEqual(['8', '1', '16']);
    expect(n.rankFlops).toBe('4.4 × 10¹²');
    // O(S²) over O(S): the FLOPs per gathered byte are 16·c + ½ with c the chunk length.
    expect(n.raw.rankFlops / n.raw.allGather).toBe(16 * 4_096 + 0.5);
    expect(n.flopsPerGatheredByte).toBe('65,536.5');
  });

  it('Table 4: rows 1–2 add up; row 3 gives 8,192 GPUs and 8,388,608 tokens; DP = 8 fixes both (facts §G.5, §I.2)', () => {
    const [r1, r2, r3] = n.raw.products;
    expect(r1).toEqual({ gpus: 8_192, tokens: 16_777_216, gpusMatch: true, tokensMatch: true });
    expect(r2).toEqual({ gpus: 16_384, tokens: 16_777_216, gpusMatch: true, tokensMatch: true });
    expect(r3).toEqual({ gpus: 8_192, tokens: 8_388_608, gpusMatch: false, tokensMatch: false });
    expect(n.raw.row3Fixed).toEqual({ gpus: 16_384, tokens: 16_777_216, gpusMatch: true, tokensMatch: true });
    expect([n.row3ProductGpus, n.row3ProductTokens, n.fixedDp, n.fixedGpus, n.fixedTokens]).toEqual(['8,192', '8,388,608', '8', '16,384', '16,777,216']);
    expect(n.row3Sequences).toBe('128');
  });

  it('annealing: 40M tokens are 2.4 batches of 16M; the RoPE numbers the chapter repeats', () => {
    expect(n.annealBatches).toBe('2.4');
    expect(n.rope).toEqual({ pairs: '64', longer3At8k: '29', factor: '8', factorTimesOriginal: '65,536', divided: '29' });
  });

  it('long-context SFT: 0.1%, bins 16K / 32K / 64K / 128K (§4.3.4)', () => {
    expect(n.sftShare).toBe('0.1%');
    expect(n.sftBins).toEqual(['16K', '32K', '64K', '128K']);
  });

  it('Chinese formatting prints the same values (no NaN, no "—")', () => {
    const flat = JSON.stringify({ ...zh, raw: undefined });
    expect(flat).not.toMatch(/NaN|Infinity|undefined|—/);
    expect(zh.docPairs.replace(/\D/g, '')).toBe('13790528');
  });
});
