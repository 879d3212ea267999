// The numbers of the training-at-scale chapter (content/chapters/<lang>/08-training-at-scale.mdx), shared by every
// language: each chapter imports them with its own formatting (formatFor('en'), formatFor('zh')) and words them itself.
// Pure: facts from src/data (trainingAtScale.ts, facts.ts, models.ts, gpus.ts, longContext.ts via trainingAtScale.ts);
// every formula from src/lib/llama/parallelism.ts and src/lib/reliability.ts. Reference values:
// shared/reference/llama3-facts-2.md §I.1–I.7 and §P.1–P.4; llama3-facts.md §A.1, §B.3, §D, §G.5;
// next-chapters-design.md §2.4 (trainingAtScale.test.ts).
//
// What the chapter assumes, because the report does not say (each is printed with its label):
// - The peak behind the MFU: NVIDIA's datasheet dense BF16 figure for an H100 SXM (H100_PEAK_BF16_DENSE).
// - Memory: DEFAULT_MEMORY_ASSUMPTIONS of parallelism.ts (bf16 weights, fp32 gradients sharded over DP, 12 bytes of
//   AdamW state per parameter over DP, a fused SwiGLU keeping 2·d_ff per token), one sequence per micro-batch
//   (M = Batch size/DP) and no interleaving (V = 1) at Table 4 row 1. The report states neither M nor V.
// - Checkpoint write times: the two brackets below (CHECKPOINT_BRACKETS), computed from the report's storage figures
//   under stated assumptions; restart times are not stated at all, so the chapter computes the largest restart time
//   that ">90%" allows rather than assuming one.
import type { Fact } from '../data/facts';
import { GPUS } from '../data/gpus';
import { COMPUTE_405B_FLOPS, TOKENS_405B } from '../data/facts';
import { MODELS } from '../data/models';
import {
  AGGREGATION_OVERSUBSCRIPTION, CHECKPOINT_BYTES_PER_GPU, DIURNAL_VARIATION, EFFECTIVE_TRAINING_TIME_MIN,
  FIGURE_5_GROUPS, FLOWS_PER_GPU_PAIR, GPU_HOURS_405B, GPU_LINK_BITS_PER_SECOND, GPU_SHARE_PRINTED, GPU_TDP_WATTS,
  GPUS_PER_RACK, GPUS_PER_SERVER, H100_PEAK_BF16_DENSE, HARDWARE_SHARE_PRINTED, INTERRUPTIONS, MANUAL_INTERVENTIONS,
  MAX_TRAINING_GPUS, MFU_RANGE, PODS_PER_CLUSTER, RACKS_PER_POD, SNAPSHOT_DAYS, STORAGE_BYTES, STORAGE_SERVERS,
  STORAGE_THROUGHPUT, TABLE_4, TABLE_5, TABLE_5_CATEGORIES, TABLE_5_TYPO_ROW,
} from '../data/trainingAtScale';
import type { Format } from '../lib/format';
import {
  DEFAULT_MEMORY_ASSUMPTIONS, activationBytesPerTokenLayer, bubbleFraction, groupOf, layoutGpus, memoryPerGpu, paramsOf,
  runTime, tokensPerStep, trainingFlopsPerToken, type Layout,
} from '../lib/llama/parallelism';
import {
  expectedEfficiency, firstOrderWaste, meanTimeBetween, table5ByCategory, table5PrintedSum, table5Shares, table5Total,
  youngInterval,
} from '../lib/reliability';

/**
 * Figure 6's example ([P] §3.3.2): "eight pipeline stages (0 to 7) across four pipeline ranks", two stages per rank,
 * "N=5" contiguous micro-batches, and micro-batches numbered 0 to 9 (so M = 10, derived; facts-2 §I.3).
 */
export const FIGURE_6: Fact<{ pp: number; v: number; n: number; m: number }> = {
  value: { pp: 4, v: 2, n: 5, m: 10 },
  cite: 'Report §3.3.2, Figure 6',
};

/** Bytes per parameter of a minimal full training state: bf16 weights (2) + fp32 master copy (4) + AdamW m and v (8). */
export const FULL_STATE_BYTES_PER_PARAM = 14;

/**
 * The two checkpoint write times the chapter brackets ">90%" with, seconds, each computed from the report's figures
 * under an assumption it states: the smallest state a 405B checkpoint can hold (FULL_STATE_BYTES_PER_PARAM per
 * parameter) at the sustained 2 TB/s, and the most the stated range allows (4 GB on every one of 16,384 GPUs) at 2 TB/s.
 */
function checkpointBrackets(params: number) {
  const sustained = STORAGE_THROUGHPUT.value.sustained;
  const fullState = FULL_STATE_BYTES_PER_PARAM * params;
  const maxBurst = CHECKPOINT_BYTES_PER_GPU.value.max * MAX_TRAINING_GPUS.value;
  return {
    fullStateBytes: fullState,
    fullStateSeconds: fullState / sustained,
    maxBurstBytes: maxBurst,
    maxBurstSeconds: maxBurst / sustained,
    maxBurstPeakSeconds: maxBurst / STORAGE_THROUGHPUT.value.peak,
  };
}

/** Everything the chapter prints, formatted with `f`, and the raw values behind it (`raw`, for tests and wording). */
export function trainingAtScaleNumbers(f: Format) {
  const m405 = MODELS['llama3-405b'];
  const N = paramsOf(m405);
  const peak = H100_PEAK_BF16_DENSE.value;
  const C = COMPUTE_405B_FLOPS.value;
  const tokens405 = TOKENS_405B.value;
  const [row1, row2, row3] = TABLE_4.value as readonly [typeof TABLE_4.value[0], typeof TABLE_4.value[0], typeof TABLE_4.value[0]];
  const layoutOf = (r: typeof row1): Layout => ({ tp: r.tp, cp: r.cp, pp: r.pp, dp: r.dp });

  // ——— The cluster (§3.3.1) ———
  const gpusPerPod = RACKS_PER_POD.value * GPUS_PER_RACK.value;
  const clusterGpus = gpusPerPod * PODS_PER_CLUSTER.value;
  const serversPerRack = GPUS_PER_RACK.value / GPUS_PER_SERVER.value;
  const linkBytesPerSecond = GPU_LINK_BITS_PER_SECOND.value / 8;
  const gpuPowerWatts = MAX_TRAINING_GPUS.value * GPU_TDP_WATTS.value;
  const ckpt = checkpointBrackets(N);

  // ——— Rank layout (§3.3.2, Figure 5) ———
  const fig5 = FIGURE_5_GROUPS.value;
  const fig5Groups = {
    tp: groupOf(0, 'tp', fig5), cp: groupOf(0, 'cp', fig5), pp: groupOf(0, 'pp', fig5), dp: groupOf(0, 'dp', fig5),
  };
  const l1 = layoutOf(row1);
  const replica1 = l1.tp * l1.cp * l1.pp; // GPUs that hold one whole copy of the model (one DP rank)
  const replica3 = row3.tp * row3.cp * row3.pp;
  const row1Groups = {
    tp: groupOf(0, 'tp', l1), pp: groupOf(0, 'pp', l1), dp: groupOf(0, 'dp', l1),
  };

  // ——— Table 4 consistency (facts §G.5, facts-2 §P.3) ———
  const table4 = TABLE_4.value.map((r) => ({
    product: layoutGpus(layoutOf(r)),
    tokens: tokensPerStep(layoutOf(r), r.seqLen, r.batchPerDp),
  }));
  const row3Fixed = { ...layoutOf(row3), dp: 8 };

  // ——— Memory per GPU at Table 4 row 1, first pipeline rank (parallelism.ts, its stated assumptions) ———
  const memInputs = { seqLen: row1.seqLen, batchPerDp: row1.batchPerDp, microBatches: row1.batchPerDp, interleave: 1 };
  const mem = memoryPerGpu(m405, l1, memInputs, DEFAULT_MEMORY_ASSUMPTIONS);
  const memAccumulated = memoryPerGpu(m405, l1, memInputs, { ...DEFAULT_MEMORY_ASSUMPTIONS, gradients: 'accumulated' });
  const memInterleaved = memoryPerGpu(m405, l1, { ...memInputs, interleave: 2 }, DEFAULT_MEMORY_ASSUMPTIONS);
  /** The weights if FSDP resharded them over DP after the forward pass (ZeRO-3 style), for contrast. */
  const weightsResharded = mem.weights / l1.dp;
  const hbm = GPUS.h100.memoryBytes;
  /** The whole 405B's minimal training state (14 bytes per parameter), and how many 80 GB GPUs it fills. */
  const fullState = ckpt.fullStateBytes;

  // ——— Pipeline bubble (§3.3.2) ———
  const bubble = {
    figure6: bubbleFraction(FIGURE_6.value.pp, FIGURE_6.value.v, FIGURE_6.value.m),
    row1V1: bubbleFraction(row1.pp, 1, row1.batchPerDp),
    row1V2: bubbleFraction(row1.pp, 2, row1.batchPerDp),
    row2V1: bubbleFraction(row2.pp, 1, row2.batchPerDp),
    row2V2: bubbleFraction(row2.pp, 2, row2.batchPerDp),
  };
  const chunksHint = m405.layers + 2; // 126 layers + an embedding-only and an output-only chunk (facts-2 §I.3)

  // ——— MFU (§3.3.2; PaLM's definition) ———
  const f6N = trainingFlopsPerToken(m405, row1.seqLen, false);
  const fullAt = (seq: number) => trainingFlopsPerToken(m405, seq, true);
  const attentionShare = (seq: number) => 1 - f6N / fullAt(seq);
  const rows = TABLE_4.value.map((r, i) => {
    const achieved = r.tflopsPerGpu * 1e12;
    const mfuDatasheet = achieved / peak;
    const jobFlops = r.gpus * achieved;
    const perToken = { sixN: f6N, palm: fullAt(r.seqLen) };
    const tokensPerSecond = { sixN: jobFlops / perToken.sixN, palm: jobFlops / perToken.palm };
    const stepSeconds = {
      sixN: table4[i]!.tokens / tokensPerSecond.sixN,
      palm: table4[i]!.tokens / tokensPerSecond.palm,
    };
    return { achieved, mfuDatasheet, printedMfu: r.mfu, tokensPerSecond, stepSeconds, perToken };
  });
  /** Row 3 taken at its printed 16,384 GPUs and its printed 16M tokens per batch. */
  const row3PrintedStep = {
    palm: row3.tokensPerBatch / (row3.gpus * row3.tflopsPerGpu * 1e12 / fullAt(row3.seqLen)),
  };
  /** The TFLOP/s a GPU would need to reach the printed MFU at the datasheet peak (41% → 405.7). */
  const tflopsForPrinted41 = row2.mfu * peak;

  // 3.8 × 10²⁵ (6ND on 15.6T tokens) at 16,384 GPUs and the MFU range.
  const runs = {
    low: runTime(f6N, tokens405, row2.gpus, peak, MFU_RANGE.value.min),
    mid: runTime(f6N, tokens405, row2.gpus, peak, row2.mfu),
    high: runTime(f6N, tokens405, row2.gpus, peak, MFU_RANGE.value.max),
  };
  const cardHours = GPU_HOURS_405B.value;
  /** Average FLOP/s per GPU over the model card's GPU-hours: 3.8 × 10²⁵ / (30.84M × 3,600 s) = 342 TFLOP/s. */
  const cardAverage = C / (cardHours * 3_600);
  /** Days the card's GPU-hours are on 16,384 GPUs. */
  const cardDaysAt16k = cardHours / row2.gpus / 24;

  // ——— Reliability (§3.3.4, Table 5) ———
  const rows5 = TABLE_5.value;
  const total5 = table5Total(rows5);
  const printedSum = table5PrintedSum(rows5);
  const shares = table5Shares(rows5);
  const typo = shares.find((s) => s.id === TABLE_5_TYPO_ROW)!;
  const typoRow = rows5.find((r) => r.id === TABLE_5_TYPO_ROW)!;
  const correctedSum = Math.round((printedSum * 10 - typoRow.printedPercent * 10 + Math.round(typo.share * 1000))) / 10;
  const cats = table5ByCategory(rows5, TABLE_5_CATEGORIES);
  const cat = Object.fromEntries(cats.map((c) => [c.category, c])) as Record<(typeof TABLE_5_CATEGORIES)[number], (typeof cats)[number]>;
  const hw3 = cat.gpu.count + cat.host.count + cat.maintenance.count;
  const hwWithNetwork = hw3 + cat.network.count;
  const hwWithUnknown = hw3 + cat.unknown.count;
  const { total, planned, unexpected } = INTERRUPTIONS.value;
  const days = SNAPSHOT_DAYS.value;
  const mtbf = meanTimeBetween(unexpected, days);
  const mtbAll = meanTimeBetween(total, days);
  /** Only if the snapshot's job ran on 16,384 GPUs throughout, which the report does not say: years per GPU between GPU-category interruptions. */
  const perGpuYearsIf16k = (MAX_TRAINING_GPUS.value * days) / cat.gpu.count / 365.25;

  // Checkpoints: Young's interval and the first-order and exact efficiencies at the two write-time brackets, and the
  // largest restart time that still leaves 90% (first order; restarts after all 466 interruptions).
  const hours = (s: number) => s / 3_600;
  const ett = EFFECTIVE_TRAINING_TIME_MIN.value;
  const bracket = (writeSeconds: number) => {
    const write = hours(writeSeconds);
    const tau = youngInterval(write, mtbf);
    const wasteNoRestart = firstOrderWaste(tau, write, 0, mtbf);
    const restartMax = (1 - ett - wasteNoRestart) * mtbAll; // hours
    return {
      write, tau, wasteNoRestart, restartMax,
      exactAtRestartMax: expectedEfficiency(tau, write, restartMax * mtbf / mtbAll, mtbf),
    };
  };
  const ckptSmall = bracket(ckpt.fullStateSeconds);
  const ckptLarge = bracket(ckpt.maxBurstSeconds);
  /** A worked example with a stated (assumed) 10-minute restart and the large bracket: exact expected efficiency. */
  const exampleRestart = hours(600);
  const exampleExact = expectedEfficiency(ckptLarge.tau, ckptLarge.write, exampleRestart, mtbf);
  const exampleFirst = 1 - firstOrderWaste(ckptLarge.tau, ckptLarge.write, exampleRestart, mtbf);

  const raw = {
    N, gpusPerPod, clusterGpus, serversPerRack, linkBytesPerSecond, gpuPowerWatts, ckpt,
    fig5Groups, replica1, replica3, row1Groups, table4, row3Fixed, row3FixedProduct: layoutGpus(row3Fixed),
    row3FixedTokens: tokensPerStep(row3Fixed, row3.seqLen, row3.batchPerDp),
    mem, memAccumulated, memInterleaved, weightsResharded, fullState, bubble, chunksHint,
    f6N, fullAt8k: fullAt(row1.seqLen), fullAt128k: fullAt(row3.seqLen), attentionShare8k: attentionShare(row1.seqLen), attentionShare128k: attentionShare(row3.seqLen),
    rows, row3PrintedStep, tflopsForPrinted41, runs, cardAverage, cardDaysAt16k,
    total5, printedSum, correctedSum, typo, cats, hw3, hwWithNetwork, hwWithUnknown,
    mtbf, mtbAll, perGpuYearsIf16k, ckptSmall, ckptLarge, exampleRestart, exampleExact, exampleFirst,
  };

  const pct1 = (x: number) => f.percent(x, { digits: 1 });
  const gb = (bytes: number) => f.bytes(bytes, { units: 'decimal' });
  const minutes = (h: number) => f.duration(h * 3_600);

  return {
    raw,
    /** Intro: up to 16K GPUs, 3.8 × 10²⁵ FLOPs, 30.84M GPU-hours (model card). */
    maxGpus: f.int(MAX_TRAINING_GPUS.value),
    compute405: f.sci(C),
    cardHours: f.short(cardHours, { digits: 4 }),
    tokens405: f.short(tokens405, { digits: 3 }),

    /** The cluster. */
    tdp: f.int(GPU_TDP_WATTS.value),
    hbm: gb(hbm),
    gpusPerServer: f.int(GPUS_PER_SERVER.value),
    gpusPerRack: f.int(GPUS_PER_RACK.value),
    serversPerRack: f.int(serversPerRack),
    racksPerPod: f.int(RACKS_PER_POD.value),
    gpusPerPod: f.int(gpusPerPod),
    pods: f.int(PODS_PER_CLUSTER.value),
    clusterGpus: f.int(clusterGpus),
    usedShare: pct1(MAX_TRAINING_GPUS.value / clusterGpus),
    podsFor16k: f.decimal(MAX_TRAINING_GPUS.value / gpusPerPod, { digits: 2 }),
    oversubscription: f.int(AGGREGATION_OVERSUBSCRIPTION.value),
    linkGbps: f.int(GPU_LINK_BITS_PER_SECOND.value / 1e9),
    linkGBps: gb(linkBytesPerSecond),
    flows: f.int(FLOWS_PER_GPU_PAIR.value),
    gpuPowerMW: f.decimal(gpuPowerWatts / 1e6, { digits: 1 }),
    storage: `${f.int(STORAGE_BYTES.value / 1e15)} PB`,
    storageServers: f.int(STORAGE_SERVERS.value),
    sustained: `${f.int(STORAGE_THROUGHPUT.value.sustained / 1e12)} TB/s`,
    peakThroughput: `${f.int(STORAGE_THROUGHPUT.value.peak / 1e12)} TB/s`,
    ckptMin: gb(CHECKPOINT_BYTES_PER_GPU.value.min),
    ckptMax: gb(CHECKPOINT_BYTES_PER_GPU.value.max),
    ckptMaxBurst: f.bytes(ckpt.maxBurstBytes, { units: 'decimal' }),
    ckptMaxBurstSeconds: f.duration(ckpt.maxBurstSeconds),
    ckptMaxBurstPeakSeconds: f.duration(ckpt.maxBurstPeakSeconds),
    fullStateBytesPerParam: f.int(FULL_STATE_BYTES_PER_PARAM),
    fullState: f.bytes(fullState, { units: 'decimal' }),
    fullStateSeconds: f.duration(ckpt.fullStateSeconds),
    fullStateGpus: f.int(Math.ceil(fullState / hbm)),

    /** 4D parallelism: Figure 5 and Table 4 row 1's layout. */
    fig5: { tp: f.int(fig5.tp), gpus: f.int(layoutGpus(fig5)) },
    /** Rank strides of Figure 5's layout: rank = tp + 2·cp + 4·pp + 8·dp. */
    fig5Strides: { cp: f.int(fig5Groups.cp[1]!), pp: f.int(fig5Groups.pp[1]!), dp: f.int(fig5Groups.dp[1]!) },
    fig5Groups: {
      tp: fig5Groups.tp.map((r) => f.int(r)), cp: fig5Groups.cp.map((r) => f.int(r)),
      pp: fig5Groups.pp.map((r) => f.int(r)), dp: fig5Groups.dp.map((r) => f.int(r)),
    },
    row1: {
      gpus: f.int(row1.gpus), tp: f.int(row1.tp), cp: f.int(row1.cp), pp: f.int(row1.pp), dp: f.int(row1.dp),
      seq: f.int(row1.seqLen), batchPerDp: f.int(row1.batchPerDp), tokens: f.int(table4[0]!.tokens),
    },
    row2: { gpus: f.int(row2.gpus), dp: f.int(row2.dp), batchPerDp: f.int(row2.batchPerDp), tokens: f.int(table4[1]!.tokens) },
    row3: {
      gpus: f.int(row3.gpus), cp: f.int(row3.cp), dp: f.int(row3.dp), seq: f.int(row3.seqLen),
      batchPerDp: f.int(row3.batchPerDp), product: f.int(table4[2]!.product), tokens: f.int(table4[2]!.tokens),
      fixedDp: f.int(row3Fixed.dp), fixedProduct: f.int(raw.row3FixedProduct), fixedTokens: f.int(raw.row3FixedTokens),
      label: f.binaryShort(row3.seqLen),
      /** Tokens of one sequence on one GPU: 131,072 / CP = 8,192, row 1's sequence length. */
      tokensPerGpu: f.int(row3.seqLen / row3.cp),
    },
    tokensPerBatch: f.binaryShort(row1.tokensPerBatch),
    replica1: f.int(replica1),
    replica1Racks: f.int(replica1 / GPUS_PER_RACK.value),
    replicasPerPod: f.int(gpusPerPod / replica1),
    replica3: f.int(replica3),
    row1Strides: { pp: f.int(row1Groups.pp[1]! - row1Groups.pp[0]!), dp: f.int(row1Groups.dp[1]! - row1Groups.dp[0]!) },
    dpSpanPods: f.decimal(row1.gpus / gpusPerPod, { digits: 2 }),

    /** Memory per GPU, Table 4 row 1, first pipeline rank, under DEFAULT_MEMORY_ASSUMPTIONS. */
    mem: {
      layers: f.int(m405.layers),
      layersPerRank: f.int(mem.layersPerRank),
      params: f.short(mem.params, { digits: 3 }),
      weights: gb(mem.weights),
      gradients: gb(mem.gradients),
      optimizer: gb(mem.optimizer),
      activations: gb(mem.activations),
      total: gb(mem.total),
      headroom: gb(hbm - mem.total),
      actPerTokenLayer: f.int(activationBytesPerTokenLayer(m405, DEFAULT_MEMORY_ASSUMPTIONS.ffnSaved)),
      actPerLayer: gb(mem.activationPerLayer),
      layersInFlight: f.int(mem.layersInFlight),
      microInFlight: f.int(mem.layersInFlight / mem.layersPerRank),
      accumulatedGradients: gb(memAccumulated.gradients),
      accumulatedTotal: gb(memAccumulated.total),
      interleavedLayers: f.int(memInterleaved.layersInFlight),
      interleavedActivations: gb(memInterleaved.activations),
      interleavedTotal: gb(memInterleaved.total),
      weightsResharded: gb(weightsResharded),
      weightsSaved: gb(mem.weights - weightsResharded),
      gradBytes: f.int(DEFAULT_MEMORY_ASSUMPTIONS.gradBytes),
      optimizerBytes: f.int(DEFAULT_MEMORY_ASSUMPTIONS.optimizerBytes),
      weightBytes: f.int(DEFAULT_MEMORY_ASSUMPTIONS.weightBytes),
    },

    /** The pipeline bubble (PP − 1)/(V·M). */
    bubble: {
      figure6: f.percent(bubble.figure6, { digits: 0 }),
      row1V1: pct1(bubble.row1V1), row1V2: pct1(bubble.row1V2),
      row2V1: pct1(bubble.row2V1), row2V2: pct1(bubble.row2V2),
    },
    chunksHint: f.int(chunksHint),
    chunksPerRankHint: f.int(chunksHint / row1.pp),
    figure6: { pp: f.int(FIGURE_6.value.pp), v: f.int(FIGURE_6.value.v), n: f.int(FIGURE_6.value.n), m: f.int(FIGURE_6.value.m) },

    /** MFU: PaLM's count, Table 4 against the datasheet peak, tokens per second, step times. */
    peakTflops: f.decimal(peak / 1e12, { digits: 1 }),
    sixN: f.sci(f6N, { digits: 4 }),
    attnShare8k: pct1(raw.attentionShare8k),
    attnShare128k: pct1(raw.attentionShare128k),
    /** "38-43%" as one range: "38–43%". */
    mfuRangeText: `${f.int(MFU_RANGE.value.min * 100)}–${f.percent(MFU_RANGE.value.max, { digits: 0 })}`,
    mfuRange: [f.percent(MFU_RANGE.value.min, { digits: 0 }), f.percent(MFU_RANGE.value.max, { digits: 0 })],
    tflops: TABLE_4.value.map((r) => f.int(r.tflopsPerGpu)),
    printedMfu: TABLE_4.value.map((r) => f.percent(r.mfu, { digits: 0 })),
    mfuDatasheet: rows.map((r) => pct1(r.mfuDatasheet)),
    tokensPerSecondSixN: rows.map((r) => f.short(r.tokensPerSecond.sixN, { digits: 3 })),
    tokensPerSecondPalm: rows.map((r) => f.short(r.tokensPerSecond.palm, { digits: 3 })),
    /** Step times of rows 1 and 2 (row 3's, at its printed GPUs and tokens, is row3PrintedStepPalm). */
    stepPalm: rows.slice(0, 2).map((r) => f.duration(r.stepSeconds.palm)),
    row3PrintedStepPalm: f.duration(row3PrintedStep.palm),
    tflopsForPrinted41: f.decimal(tflopsForPrinted41 / 1e12, { digits: 1 }),
    run: {
      lowDays: f.decimal(runs.low.days, { digits: 0 }), midDays: f.decimal(runs.mid.days, { digits: 0 }),
      highDays: f.decimal(runs.high.days, { digits: 0 }),
      lowHours: f.short(runs.low.gpuHours, { digits: 3 }), midHours: f.short(runs.mid.gpuHours, { digits: 3 }),
      highHours: f.short(runs.high.gpuHours, { digits: 3 }),
      flops: f.sci(runs.mid.flops, { digits: 4 }),
    },
    cardAverage: f.int(cardAverage / 1e12),
    cardAverageMfu: pct1(cardAverage / peak),
    cardDaysAt16k: f.decimal(cardDaysAt16k, { digits: 0 }),
    cardOverMid: f.ratio(cardHours / runs.mid.gpuHours),
    /** "1-2%" as one range: "1–2%". */
    diurnalText: `${f.int(DIURNAL_VARIATION.value.min * 100)}–${f.percent(DIURNAL_VARIATION.value.max, { digits: 0 })}`,
    diurnal: [f.percent(DIURNAL_VARIATION.value.min, { digits: 0 }), f.percent(DIURNAL_VARIATION.value.max, { digits: 0 })],

    /** Reliability. */
    interruptions: { total: f.int(total), planned: f.int(planned), unexpected: f.int(unexpected) },
    days: f.int(days),
    snapshotHours: f.int(days * 24),
    plannedPerDay: f.decimal(planned / days, { digits: 2 }),
    unexpectedPerDay: f.decimal(unexpected / days, { digits: 2 }),
    mtbf: f.decimal(mtbf, { digits: 2 }),
    mtbAll: f.decimal(mtbAll, { digits: 2 }),
    manual: f.int(MANUAL_INTERVENTIONS.value),
    total5: f.int(total5),
    printedSum: f.decimal(printedSum, { digits: 1 }),
    correctedSum: f.decimal(correctedSum, { digits: 1 }),
    typoCount: f.int(typoRow.count),
    typoPrinted: f.percent(typoRow.printedPercent / 100, { digits: 1 }),
    typoShare: pct1(typo.share),
    gpuPrinted: pct1(GPU_SHARE_PRINTED.value),
    gpuCount: f.int(cat.gpu.count),
    gpuShare: pct1(cat.gpu.share),
    gpuPrintedRowsSum: pct1(cat.gpu.printedPercent / 100),
    hwPrinted: f.percent(HARDWARE_SHARE_PRINTED.value, { digits: 0 }),
    hw3Count: f.int(hw3), hw3Share: pct1(hw3 / total5),
    hwWithNetworkCount: f.int(hwWithNetwork), hwWithNetworkShare: pct1(hwWithNetwork / total5),
    hwWithUnknownCount: f.int(hwWithUnknown), hwWithUnknownShare: pct1(hwWithUnknown / total5),
    categories: Object.fromEntries(cats.map((c) => [c.category, { count: f.int(c.count), share: pct1(c.share) }])) as
      Record<(typeof TABLE_5_CATEGORIES)[number], { count: string; share: string }>,
    hbm3: { count: f.int(rows5.find((r) => r.id === 'hbm3')!.count), share: pct1(shares.find((s) => s.id === 'hbm3')!.share) },
    softwareBug: { count: f.int(rows5.find((r) => r.id === 'softwareBug')!.count), share: pct1(shares.find((s) => s.id === 'softwareBug')!.share) },
    watchdog: f.int(rows5.find((r) => r.id === 'ncclWatchdog')!.count),
    sdc: f.int(rows5.find((r) => r.id === 'sdc')!.count),
    perGpuYearsIf16k: f.decimal(perGpuYearsIf16k, { digits: 1 }),

    /** Checkpoints: Young's interval, first-order waste, the exact renewal formula, what ">90%" allows. */
    ett: f.percent(ett, { digits: 0 }),
    ckptSmall: {
      write: f.duration(ckptSmall.write * 3_600), tau: minutes(ckptSmall.tau),
      waste: pct1(ckptSmall.wasteNoRestart), restartMax: minutes(ckptSmall.restartMax),
    },
    ckptLarge: {
      write: f.duration(ckptLarge.write * 3_600), tau: minutes(ckptLarge.tau),
      waste: pct1(ckptLarge.wasteNoRestart), restartMax: minutes(ckptLarge.restartMax),
    },
    exampleRestart: minutes(exampleRestart),
    exampleExact: pct1(exampleExact),
    exampleFirst: pct1(exampleFirst),
  };
}
