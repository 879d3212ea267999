// The numbers of the long-context chapter (content/chapters/<lang>/06-long-context.mdx), shared by every language:
// each chapter imports them with its own formatting (formatFor('en'), formatFor('zh')) and words them itself.
// Pure: facts from src/data (Table 3 shapes, contexts, Table 4, §3.4.2 stages and tokens, §4.3.4 SFT share and bins),
// every formula from src/lib/llama (flops.ts, attentionPairs.ts, kvCache.ts, params.ts).
// Reference values: shared/reference/llama3-facts.md §B.1–B.3, §D, §G.5; llama3-facts-2.md §I.2–I.4;
// next-chapters-design.md §2.3 (longContext.test.ts).
//
// What lives here because only this chapter needs it (none re-implements a formula of src/lib/llama):
// - `palmFlopsPerToken`: PaLM's training FLOPs per token, 6N + 12·L·H·Q·T (Chowdhery et al. 2022, App. B), split into
//   weights and attention: three times forwardFlopsPerToken with `counting: 'full'`.
// Crossover contexts and the long-context bill come from the attention-cost widget's model, as the figure shows them.
// Context-parallel bytes and Table 4's checks come from the context-parallel widget's model, as the figure shows them.
import {
  ANNEALING_TOKENS_405B, LONG_CONTEXT_SFT_BINS, LONG_CONTEXT_SFT_SHARE, LONG_CONTEXT_STAGES, LONG_CONTEXT_TOKENS, TABLE_4,
  type Table4Row,
} from '../data/longContext';
import { CONTEXT_LLAMA3, CONTEXT_LLAMA31, MODELS, type ModelConfig } from '../data/models';
import { GPUS } from '../data/gpus';
import { XIONG_EFFECTIVE_CONTEXT, ROPE_THETA_LLAMA3 } from '../data/rope';
import type { Format } from '../lib/format';
import { ropeNumbers } from './rope';
import { crossoverContext as costCrossover, longContextBill } from '../widgets/attention-cost/model';
import { layerBytes, shapeOf, table4Checks } from '../widgets/context-parallel/model';
import {
  causalPairs, cpChunks, cpRankPairs, documentPairs, forwardFlopsPerToken, pairFlops,
  DTYPES, LLAMA3_MODEL_IDS, type AttentionCounting,
} from '../lib/llama';
import type { ModelId } from '../data/models';

/** The id of one of the three Llama 3 configs. */
function idOf(m: ModelConfig): ModelId {
  const id = LLAMA3_MODEL_IDS.find((i) => MODELS[i] === m);
  if (!id) throw new Error('longContext: not one of the Llama 3 configs');
  return id;
}

export const M8 = MODELS['llama3-8b'];
export const M70 = MODELS['llama3-70b'];
export const M405 = MODELS['llama3-405b'];

/** The chapter's worked document-mask example: three documents packed into one 8,192-token sequence (issue #13). */
export const DOC_EXAMPLE: readonly number[] = [1_000, 3_000, 4_192];

/**
 * An illustration, not a fact of the report: a 131,072-token sequence packed with documents of this length, to show
 * what the mask removes at the long-context stage's length.
 */
export const DOC_LONG_EXAMPLE_LENGTH = 4_096;

/** Table 4's long-context row (CP = 16, 131,072 tokens), as printed. */
export const ROW3: Table4Row = TABLE_4.value[2]!;

/** The context-parallel example of the chapter: the 405B at 131,072 tokens with Table 4 row 3's TP and CP. */
export const CP_EXAMPLE = { cp: ROW3.cp, tp: ROW3.tp, seqLen: ROW3.seqLen } as const;

/** The context axis of the attention-cost figure as issue #13 specifies it, tokens: 1K … 1M. */
export const ATTENTION_COST_AXIS = [1_024, 1_048_576] as const;

/** Bytes per number in bf16, the format the report trains in (Table 4, "BF16 MFU"). */
const BF16_BYTES = DTYPES.bf16.bits / 8;

/** Forward FLOPs per token (flops.ts, causal, Kaplan): weights, attention, total, at a context T. */
export function forward(m: ModelConfig, context: number) {
  const r = forwardFlopsPerToken(m, { contextTokens: context });
  return { linear: Number(r.linear), attention: Number(r.attention), total: Number(r.total), share: Number(r.attention) / Number(r.total) };
}

/**
 * The context T at which forwardFlopsPerToken's attention term equals its weight term: causal, T = N_matmul/(L·d);
 * PaLM's full-matrix count, T = N/(2·L·d) (the attention-cost widget's crossoverContext).
 */
export function crossoverContext(m: ModelConfig, counting: AttentionCounting = 'causal'): number {
  return costCrossover(idOf(m), counting);
}

/** PaLM's training FLOPs per token, 6N + 12·L·H·Q·T: 3 × forwardFlopsPerToken with counting 'full'. */
export function palmFlopsPerToken(m: ModelConfig, context: number) {
  const r = forwardFlopsPerToken(m, { contextTokens: context, counting: 'full' });
  const weights = 3 * Number(r.linear), attention = 3 * Number(r.attention);
  return { weights, attention, total: weights + attention, share: attention / (weights + attention) };
}

/** PaLM's crossover: 6N = 12·L·d·T, T = N / (2·L·d). */
export function palmCrossoverContext(m: ModelConfig): number {
  return crossoverContext(m, 'full');
}

/** Max/min of the per-rank causal pairs of a split (1 = balanced). */
export function cpImbalance(cp: number, seqLen: number, split: 'zigzag' | 'naive'): number {
  const pairs = cpRankPairs(cp, seqLen, split);
  return Math.max(...pairs) / Math.min(...pairs);
}

/** Everything the chapter prints, formatted with `f`, and the raw values behind it (`raw`, for tests and wording). */
export function longContextNumbers(f: Format) {
  const models = LLAMA3_MODEL_IDS.map((id) => MODELS[id]);

  // The quadratic bill: per-token forward FLOPs at 8,192 and 131,072, crossovers, PaLM's convention.
  const fwd405At8k = forward(M405, CONTEXT_LLAMA3);
  const fwd405At128k = forward(M405, CONTEXT_LLAMA31);
  const crossover = models.map((m) => crossoverContext(m));
  const palmCrossover = models.map(palmCrossoverContext);
  const palm405At8k = palmFlopsPerToken(M405, CONTEXT_LLAMA3);
  const palm405At128k = palmFlopsPerToken(M405, CONTEXT_LLAMA31);
  const fwd8At128k = forward(M8, CONTEXT_LLAMA31);
  const fwd70At128k = forward(M70, CONTEXT_LLAMA31);

  // The score matrix: T² numbers per head per layer in bf16.
  const scoreBytes = (t: number) => t * t * BF16_BYTES;

  // The ~800B-token bill of the 405B at 131,072 against the same tokens at 8,192 (causal count, attention included).
  const tokens = LONG_CONTEXT_TOKENS.value;
  const bill = longContextBill('causal', ROW3.tflopsPerGpu, null);
  const bill128k = Number(bill.long.flops), bill8k = Number(bill.short.flops);

  // The document mask.
  const docExampleLen = DOC_EXAMPLE.reduce((a, b) => a + b, 0);
  const docPairs = documentPairs(DOC_EXAMPLE);
  const docCausal = causalPairs(docExampleLen);
  const longDocs = Array.from({ length: CONTEXT_LLAMA31 / DOC_LONG_EXAMPLE_LENGTH }, () => DOC_LONG_EXAMPLE_LENGTH);
  const longKept = documentPairs(longDocs) / causalPairs(CONTEXT_LLAMA31);

  // Context parallelism at CP = 16, 131,072 tokens, 405B with TP = 8.
  const { cp, tp, seqLen } = CP_EXAMPLE;
  const chunkLen = seqLen / (2 * cp);
  const zigzag = cpRankPairs(cp, seqLen, 'zigzag');
  const naive = cpRankPairs(cp, seqLen, 'naive');
  const bytes = layerBytes(shapeOf('llama3-405b'), cp, seqLen, tp);
  const allGather = Number(bytes.gathered), allGatherMha = Number(bytes.gatheredMha), localQ = Number(bytes.localQ);
  /** Forward attention FLOPs of one rank in one layer: its pairs × 4 × (its TP share of the width). */
  const rankFlops = pairFlops(zigzag[0]!, M405.dim / tp);

  // Table 4.
  const checks = table4Checks(TABLE_4.value);
  const products = checks.map((c) => ({ gpus: c.gpuProduct, tokens: c.tokens, gpusMatch: c.gpusOk, tokensMatch: c.tokensOk }));
  const fixedDp = checks[2]!.fixDp!;
  const fixed = table4Checks([{ ...ROW3, dp: fixedDp }])[0]!;
  const row3Fixed = { gpus: fixed.gpuProduct, tokens: fixed.tokens, gpusMatch: fixed.gpusOk, tokensMatch: fixed.tokensOk };

  const raw = {
    fwd405At8k, fwd405At128k, fwd8At128k, fwd70At128k, crossover, palmCrossover, palm405At8k, palm405At128k,
    bill128k, bill8k, docPairs, docCausal, longKept, zigzag, naive, allGather, allGatherMha, localQ, rankFlops,
    products, row3Fixed,
    naiveImbalance: cpImbalance(cp, seqLen, 'naive'),
    zigzagImbalance: cpImbalance(cp, seqLen, 'zigzag'),
  };

  return {
    raw,
    /** Contexts, stages, tokens. */
    contextLlama3: f.int(CONTEXT_LLAMA3),
    contextLlama31: f.int(CONTEXT_LLAMA31),
    context8k: f.binaryShort(CONTEXT_LLAMA3),
    context128k: f.binaryShort(CONTEXT_LLAMA31),
    contextRatio: f.int(CONTEXT_LLAMA31 / CONTEXT_LLAMA3),
    contextRatioSquared: f.int((CONTEXT_LLAMA31 / CONTEXT_LLAMA3) ** 2),
    stages: f.int(LONG_CONTEXT_STAGES.value),
    longTokens: f.short(tokens, { digits: 3, trim: true }),
    annealTokens: f.short(ANNEALING_TOKENS_405B.value, { digits: 2, trim: true }),
    thetaLlama3: f.int(ROPE_THETA_LLAMA3),
    xiongContext: f.int(XIONG_EFFECTIVE_CONTEXT.value),

    /** Per-token forward FLOPs of the 405B (causal): weights, attention at 8,192 and 131,072, shares. */
    linear405: f.sci(fwd405At8k.linear, { digits: 3 }),
    attn405At8k: f.sci(fwd405At8k.attention, { digits: 3 }),
    attn405At128k: f.sci(fwd405At128k.attention, { digits: 3 }),
    share405At8k: f.percent(fwd405At8k.share, { digits: 1 }),
    share405At128k: f.percent(fwd405At128k.share, { digits: 1 }),
    share8At128k: f.percent(fwd8At128k.share, { digits: 1 }),
    share70At128k: f.percent(fwd70At128k.share, { digits: 1 }),
    /** Contexts where attention equals the weights, 8B / 70B / 405B (causal count; PaLM's count). */
    crossover: crossover.map((t) => f.int(t)),
    crossoverK: crossover.map((t) => f.short(t, { digits: 3 })),
    palmCrossover: palmCrossover.map((t) => f.int(t)),
    /** PaLM's per-token training FLOPs of the 405B: 6N, the attention term at 8,192 and 131,072, shares. */
    palm6N: f.sci(palm405At8k.weights, { digits: 4 }),
    palmAttn8k: f.sci(palm405At8k.attention, { digits: 3 }),
    palmAttn128k: f.sci(palm405At128k.attention, { digits: 3 }),
    palmShare8k: f.percent(palm405At8k.share, { digits: 1 }),
    palmShare128k: f.percent(palm405At128k.share, { digits: 1 }),
    mfuRow3: f.percent(ROW3.mfu, { digits: 0 }),
    /** Table 4's MFU range, "38-43%" in §3.3.2. */
    mfuMin: f.percent(Math.min(...TABLE_4.value.map((r) => r.mfu)), { digits: 0 }),
    mfuMax: f.percent(Math.max(...TABLE_4.value.map((r) => r.mfu)), { digits: 0 }),
    /** Table 4's "Tokens/Batch" as printed: 16M (16 × 2²⁰). */
    tokensPerBatchLabel: f.binaryShort(ROW3.tokensPerBatch),
    /** The attention-cost figure's context axis (issue #13): 1K … 1M tokens. */
    axisMin: f.binaryShort(ATTENTION_COST_AXIS[0]),
    axisMax: f.binaryShort(ATTENTION_COST_AXIS[1]),
    tflopsRow3: f.int(ROW3.tflopsPerGpu),

    /** The score matrix of one head in one layer (bf16) at 8,192 and 131,072; the H100's nominal memory. */
    scoreEntries128k: f.int(CONTEXT_LLAMA31 * CONTEXT_LLAMA31),
    scoreBytes8k: f.bytes(scoreBytes(CONTEXT_LLAMA3)),
    scoreBytes128k: f.bytes(scoreBytes(CONTEXT_LLAMA31)),
    h100Memory: f.bytes(GPUS.h100.memoryBytes, { units: 'decimal' }),
    dim405: f.int(M405.dim),
    heads405: f.int(M405.heads),
    layers405: f.int(M405.layers),

    /** The long-context bill of the 405B: 800B tokens at 131,072 against 8,192, FLOPs, ratio, GPU-days at 380 TFLOPs/GPU. */
    bill128k: f.sci(bill128k, { digits: 3 }),
    bill8k: f.sci(bill8k, { digits: 3 }),
    billRatio: f.ratio(bill128k / bill8k),
    gpuDays128k: f.short(bill.long.gpuDays, { digits: 2 }),
    gpuDays8k: f.short(bill.short.gpuDays, { digits: 2 }),

    /** The worked document-mask example: documents, pairs with and without the mask, share kept and removed. */
    docLengths: DOC_EXAMPLE.map((l) => f.int(l)),
    docSeqLen: f.int(docExampleLen),
    docPairs: f.int(docPairs),
    docCausal: f.int(docCausal),
    docKept: f.percent(docPairs / docCausal, { digits: 1 }),
    docRemoved: f.percent(1 - docPairs / docCausal, { digits: 1 }),
    longDocLength: f.int(DOC_LONG_EXAMPLE_LENGTH),
    longDocCount: f.int(longDocs.length),
    longDocKept: f.percent(longKept, { digits: 1 }),

    /** Context parallelism: CP, chunks, the chunks of rank 0 and the last rank, per-rank work, bytes. */
    cp: f.int(cp),
    tp: f.int(tp),
    chunks: f.int(2 * cp),
    chunkLen: f.int(chunkLen),
    lastRank: f.int(cp - 1),
    rank0Chunks: cpChunks(cp, 'zigzag')[0]!.map((c) => f.int(c)),
    lastRankChunks: cpChunks(cp, 'zigzag')[cp - 1]!.map((c) => f.int(c)),
    zigzagPairs: f.int(zigzag[0]!),
    naiveMin: f.int(Math.min(...naive)),
    naiveMax: f.int(Math.max(...naive)),
    naiveImbalance: f.ratio(raw.naiveImbalance),
    naiveImbalanceExact: f.decimal(raw.naiveImbalance, { digits: 3 }),
    /** The naive split's mean work over its busiest rank: the share of time the CP group would be busy. */
    naiveEfficiency: f.percent(zigzag[0]! / Math.max(...naive), { digits: 1 }),
    twoCpMinusOne: f.int(2 * cp - 1),
    kvHeads405: f.int(M405.kvHeads),
    kvHeadsPerTp: f.int(M405.kvHeads / tp),
    qHeadsPerTp: f.int(M405.heads / tp),
    localTokens: f.int(seqLen / cp),
    allGather: f.bytes(allGather),
    allGatherMha: f.bytes(allGatherMha),
    localQ: f.bytes(localQ),
    rankFlops: f.sci(rankFlops, { digits: 2 }),
    /** Forward attention FLOPs of one rank per byte of K/V it all-gathers, per layer: grows linearly with S. */
    flopsPerGatheredByte: f.decimal(rankFlops / allGather, { digits: 1 }),

    /** Table 4: products of each row, row 3's mismatch and the DP that fixes it. */
    rows: TABLE_4.value.map((row, i) => ({
      gpus: f.int(row.gpus), tp: f.int(row.tp), cp: f.int(row.cp), pp: f.int(row.pp), dp: f.int(row.dp),
      seqLen: f.int(row.seqLen), batchPerDp: f.int(row.batchPerDp), tokensPerBatch: f.int(row.tokensPerBatch),
      productGpus: f.int(products[i]!.gpus), productTokens: f.int(products[i]!.tokens),
      tflops: f.int(row.tflopsPerGpu), mfu: f.percent(row.mfu, { digits: 0 }),
    })),
    row3Gpus: f.int(ROW3.gpus),
    row3Dp: f.int(ROW3.dp),
    row3ProductGpus: f.int(products[2]!.gpus),
    row3ProductTokens: f.int(products[2]!.tokens),
    row3Printed16M: f.int(ROW3.tokensPerBatch),
    fixedDp: f.int(fixedDp),
    fixedGpus: f.int(row3Fixed.gpus),
    fixedTokens: f.int(row3Fixed.tokens),
    row3Sequences: f.int(ROW3.tokensPerBatch / ROW3.seqLen),

    /** Annealing: the final 40M tokens in batches of Table 4's 16M tokens (16 × 2²⁰), derived. */
    annealBatches: f.decimal(ANNEALING_TOKENS_405B.value / ROW3.tokensPerBatch, { digits: 1 }),

    /** From the RoPE chapter (the same numbers it prints): pairs, slow pairs at 8,192, Llama 3.1's factor. */
    rope: (() => {
      const r = ropeNumbers(f);
      return { pairs: r.pairs, longer3At8k: r.longer3At8k, factor: r.factor, factorTimesOriginal: r.factorTimesOriginal, divided: r.bands31.divide };
    })(),

    /** Long-context SFT (§4.3.4). */
    sftShare: f.percent(LONG_CONTEXT_SFT_SHARE.value, { digits: 1 }),
    sftBins: LONG_CONTEXT_SFT_BINS.value.map((b) => f.binaryShort(b)),
  };
}
