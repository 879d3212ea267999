// 4D parallelism as the report describes it (§3.3.2): the rank layout in the order [TP, CP, PP, DP], the pipeline
// bubble, per-GPU memory of a Llama decoder under TP·CP·PP·DP with FSDP, and the time a run takes at a given MFU.
// Pure numbers and codes; every assumption the report does not fix is an input with a stated default.
import { forwardFlopsPerToken } from './flops';
import { paramBreakdown, parameterCount } from './params';
import { headDim, type DecoderShape } from './shape';

/** The four group sizes. Their product is the number of GPUs. */
export interface Layout {
  tp: number;
  cp: number;
  pp: number;
  dp: number;
}

export const LAYOUT_DIMS = ['tp', 'cp', 'pp', 'dp'] as const satisfies readonly (keyof Layout)[];
export type LayoutDim = (typeof LAYOUT_DIMS)[number];

export function layoutGpus(l: Layout): number {
  return l.tp * l.cp * l.pp * l.dp;
}

/** All divisors of a positive integer, ascending (the group sizes a GPU count allows). */
export function divisors(n: number): number[] {
  if (!Number.isSafeInteger(n) || n < 1) return [];
  const low: number[] = [], high: number[] = [];
  for (let i = 1; i * i <= n; i++) {
    if (n % i === 0) {
      low.push(i);
      if (i * i !== n) high.push(n / i);
    }
  }
  return [...low, ...high.reverse()];
}

/** A GPU's coordinate in each group ("GPU1[TP1, CP0, PP0, DP0]", report Figure 5). */
export type Coords = Layout;

/**
 * The stride of each dimension in the global rank with [TP, CP, PP, DP] ordered innermost to outermost: TP 1, CP = TP,
 * PP = TP·CP, DP = TP·CP·PP. Consecutive ranks differ in TP first, so a TP group sits inside one server.
 */
export function rankStrides(l: Layout): Layout {
  return { tp: 1, cp: l.tp, pp: l.tp * l.cp, dp: l.tp * l.cp * l.pp };
}

/**
 * Global rank of a coordinate: Σ coordinate × stride. Figure 5's 2·2·2·2 example gives strides 1, 2, 4, 8: rank = tp
 * + 2·cp + 4·pp + 8·dp (GPU0 and GPU1 share a TP group, 0 and 2 a CP group, 0 and 4 a PP group, 0 and 8 a DP group).
 */
export function rankOf(c: Coords, l: Layout): number {
  const s = rankStrides(l);
  return c.tp + s.cp * c.cp + s.pp * c.pp + s.dp * c.dp;
}

/** Inverse of rankOf. */
export function coordsOf(rank: number, l: Layout): Coords {
  const tp = rank % l.tp;
  let r = Math.floor(rank / l.tp);
  const cp = r % l.cp;
  r = Math.floor(r / l.cp);
  const pp = r % l.pp;
  const dp = Math.floor(r / l.pp);
  return { tp, cp, pp, dp };
}

/** The ranks in `rank`'s group along one dimension (the ranks that differ from it only there), ascending. */
export function groupOf(rank: number, dim: LayoutDim, l: Layout): number[] {
  const c = coordsOf(rank, l);
  return Array.from({ length: l[dim] }, (_, i) => rankOf({ ...c, [dim]: i }, l));
}

/**
 * Pipeline bubble of the interleaved 1F1B schedule, (PP − 1)/(V·M), as a fraction of the ideal step time
 * (report §3.3.2; Narayanan et al. 2021). V model chunks per pipeline rank, M micro-batches. PP = 16, V = 2:
 * M = 16 → 46.9%, M = 32 → 23.4%.
 */
export function bubbleFraction(pp: number, v: number, m: number): number {
  return (pp - 1) / (v * m);
}

/** Every assumption the per-GPU memory needs that the report does not state, with the site's defaults. */
export interface MemoryAssumptions {
  /** Bytes per weight as used in compute: bf16 (2). */
  weightBytes: number;
  /** Bytes per gradient: fp32 (4), since the report accumulates and reduce-scatters gradients in FP32 (§3.3.2). */
  gradBytes: number;
  /**
   * Optimizer bytes per parameter: AdamW's m and v in fp32 (8) plus an fp32 master copy of the weights (4) = 12.
   * The report names AdamW (§3.4.1) but not the precision of its states.
   */
  optimizerBytes: number;
  /**
   * Gradients stay sharded over DP throughout the step ('sharded': reduce-scattered as they are produced), or a full
   * fp32 accumulator per rank lives until the step's reduce-scatter ('accumulated'). The report says FSDP "shards
   * optimizer states and gradients" and accumulates in FP32 over micro-batches, not when it reduce-scatters.
   */
  gradients: 'sharded' | 'accumulated';
  /**
   * Feed-forward tensors kept for the backward pass, in units of d_ff per token: 4 in plain PyTorch (gate, up,
   * silu(gate), their product), 2 with a fused SwiGLU that keeps gate and up and recomputes the rest.
   */
  ffnSaved: 2 | 4;
}

export const DEFAULT_MEMORY_ASSUMPTIONS: MemoryAssumptions = {
  weightBytes: 2,
  gradBytes: 4,
  optimizerBytes: 12,
  gradients: 'sharded',
  ffnSaved: 2,
};

/** Bytes of the values kept for backward per token per layer in bf16, before TP or CP splits them. */
export function activationBytesPerTokenLayer(shape: DecoderShape, ffnSaved: 2 | 4): number {
  const d = shape.dim, dh = headDim(shape);
  // Saved in bf16 (2 bytes): the attention norm's input and output (2d), Q after RoPE (d), K and V after RoPE
  // (2·H_kv·d_h), FlashAttention's output (d; no T×T scores are kept), the FFN norm's input and output (2d), and the
  // SwiGLU tensors (ffnSaved·d_ff). In fp32 (4 bytes): FlashAttention's log-sum-exp (one per head) and the two
  // RMSNorms' reciprocal RMS (one each). No dropout in Llama. Residual adds keep nothing.
  const bf16 = 6 * d + 2 * shape.kvHeads * dh + ffnSaved * shape.ffnDim;
  return 2 * bf16 + 4 * shape.heads + 4 * 2;
}

/** What the per-GPU memory needs besides the shape and the layout. */
export interface MemoryInputs {
  seqLen: number;
  /** Sequences per data-parallel group per step ("Batch size/DP", Table 4). */
  batchPerDp: number;
  /** Micro-batches per step M; each holds batchPerDp / M sequences. */
  microBatches: number;
  /** Model chunks per pipeline rank V (interleaving). */
  interleave: number;
}

export interface MemoryPerGpu {
  /** Parameters held by a GPU of the first pipeline rank: ⌈L/PP⌉ layers (layers split as evenly as possible) and the
   *  embedding, matrices split over TP, norm gains replicated. (The last rank holds the output layer instead.) */
  params: number;
  /** Layers on the first pipeline rank: ⌈L / PP⌉. */
  layersPerRank: number;
  weights: number;
  gradients: number;
  optimizer: number;
  /** Sequences per micro-batch: batchPerDp / M. */
  microBatchSequences: number;
  /** Tokens of one micro-batch a GPU holds: sequences · seqLen / CP. */
  tokensPerMicroBatch: number;
  /** Activation bytes of one layer for one micro-batch on one GPU. */
  activationPerLayer: number;
  /** Layer-micro-batches whose activations the first pipeline rank holds at its peak. */
  layersInFlight: number;
  activations: number;
  total: number;
}

/**
 * Peak memory of a GPU on the first pipeline rank (it holds the most micro-batches in flight), bytes.
 * - Weights: W·Ψ, where Ψ is that GPU's parameter share. FSDP does not reshard the weights after the forward pass
 *   (report §3.3.2), so they are whole (over DP) at the peak.
 * - Gradients: G·Ψ / DP when sharded, G·Ψ when accumulated whole. Optimizer states: O·Ψ / DP.
 * - Activations, no recomputation (the report trains at 8K "without activation checkpointing"): bytes per token per
 *   layer (activationBytesPerTokenLayer) / TP (sequence parallelism splits what tensor parallelism does not) × tokens
 *   per micro-batch on the GPU (seqLen / CP each) × layer-micro-batches in flight. 1F1B (V = 1) holds min(PP, M)
 *   micro-batches of ⌈L/PP⌉ layers; interleaved (V > 1) holds min(2(PP − 1) + (V − 1)·PP + 1, V·M) chunk-micro-batches
 *   of ⌈L/(PP·V)⌉ layers, i.e. L·(1 + (PP − 1)/(PP·V)) layers when M is large (Korthikanti et al. 2022).
 * Buffers, the all-gathered K/V of context parallelism, the logits and fragmentation are not counted.
 */
export function memoryPerGpu(shape: DecoderShape, l: Layout, inputs: MemoryInputs, a: MemoryAssumptions): MemoryPerGpu {
  const b = paramBreakdown(shape);
  const layerMatrices = Number(b.attnQ + b.attnKV + b.attnO + b.ffn) / shape.layers;
  const layerNorms = 2 * shape.dim;
  const layersPerRank = Math.ceil(shape.layers / l.pp);
  // The first pipeline rank holds the embedding; with one rank it also holds the output layer and the final norm.
  const ends = l.pp === 1 ? Number(b.embedding + b.lmHead) / l.tp + shape.dim : Number(b.embedding) / l.tp;
  const params = layersPerRank * (layerMatrices / l.tp + layerNorms) + ends;

  const weights = a.weightBytes * params;
  const gradients = a.gradBytes * params / (a.gradients === 'sharded' ? l.dp : 1);
  const optimizer = a.optimizerBytes * params / l.dp;

  const microBatchSequences = inputs.batchPerDp / inputs.microBatches;
  const tokensPerMicroBatch = microBatchSequences * inputs.seqLen / l.cp;
  const activationPerLayer = activationBytesPerTokenLayer(shape, a.ffnSaved) / l.tp * tokensPerMicroBatch;
  const v = inputs.interleave, m = inputs.microBatches;
  const layersInFlight = v === 1
    ? Math.min(l.pp, m) * layersPerRank
    : Math.min(2 * (l.pp - 1) + (v - 1) * l.pp + 1, v * m) * Math.ceil(shape.layers / (l.pp * v));
  const activations = activationPerLayer * layersInFlight;
  return {
    params, layersPerRank, weights, gradients, optimizer,
    microBatchSequences, tokensPerMicroBatch, activationPerLayer, layersInFlight, activations,
    total: weights + gradients + optimizer + activations,
  };
}

export type LayoutIssueCode =
  | 'notWhole' // a group size, M or V is not a positive whole number
  | 'product' // TP·CP·PP·DP ≠ GPUs
  | 'tpHeads' // TP does not divide the query heads, the KV heads or d_ff
  | 'ppLayers' // more pipeline chunks (PP·V) than layers
  | 'microBatch' // M does not divide the sequences per DP group
  | 'cpChunks' // the sequence does not split into 2·CP equal chunks
  | 'interleaveM'; // V > 1 with fewer micro-batches than pipeline ranks (the report's schedule allows it; Megatron's does not)

export interface LayoutIssue {
  code: LayoutIssueCode;
  /** Errors make the numbers meaningless; warnings leave them computable. */
  severity: 'error' | 'warning';
}

/** What is wrong with a configuration, errors first. Empty when it is one the formulas above describe. */
export function validateLayout(shape: DecoderShape, gpus: number, l: Layout, inputs: MemoryInputs): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  const whole = (x: number) => Number.isSafeInteger(x) && x >= 1;
  if (![gpus, l.tp, l.cp, l.pp, l.dp, inputs.seqLen, inputs.batchPerDp, inputs.microBatches, inputs.interleave].every(whole)) {
    return [{ code: 'notWhole', severity: 'error' }];
  }
  if (layoutGpus(l) !== gpus) issues.push({ code: 'product', severity: 'error' });
  if (shape.heads % l.tp !== 0 || shape.kvHeads % l.tp !== 0 || shape.ffnDim % l.tp !== 0) {
    issues.push({ code: 'tpHeads', severity: 'error' });
  }
  if (l.pp * inputs.interleave > shape.layers) issues.push({ code: 'ppLayers', severity: 'error' });
  if (inputs.batchPerDp % inputs.microBatches !== 0) issues.push({ code: 'microBatch', severity: 'error' });
  if (inputs.seqLen % (2 * l.cp) !== 0 && l.cp > 1) issues.push({ code: 'cpChunks', severity: 'error' });
  if (inputs.interleave > 1 && inputs.microBatches < l.pp) issues.push({ code: 'interleaveM', severity: 'warning' });
  return issues;
}

/** Tokens in one optimizer step: sequences per DP group × DP × sequence length (Table 4's "Tokens/Batch"). */
export function tokensPerStep(l: Layout, seqLen: number, batchPerDp: number): number {
  return batchPerDp * l.dp * seqLen;
}

/**
 * Training FLOPs per token as MFU counts them (PaLM, the report's MFU reference): 6N, plus 12·L·H·Q·T for attention
 * over a context of T tokens when `attention` is set. N is the whole parameter count.
 */
export function trainingFlopsPerToken(shape: DecoderShape, seqLen: number, attention: boolean): number {
  const f = forwardFlopsPerToken(shape, { contextTokens: attention ? seqLen : null, counting: 'full' });
  return 3 * Number(f.total);
}

export interface RunTime {
  /** FLOPs of the whole run: flopsPerToken × tokens. */
  flops: number;
  /** Sustained FLOP/s of the job: GPUs × peak × MFU. */
  flopsPerSecond: number;
  /** Tokens per second of the whole job. */
  tokensPerSecond: number;
  seconds: number;
  days: number;
  gpuHours: number;
}

/** Time to train `tokens` tokens on `gpus` GPUs at `mfu` of `peak` FLOP/s each: FLOPs ÷ (GPUs × peak × MFU). */
export function runTime(flopsPerToken: number, tokens: number, gpus: number, peak: number, mfu: number): RunTime {
  const flops = flopsPerToken * tokens;
  const flopsPerSecond = gpus * peak * mfu;
  const seconds = flops / flopsPerSecond;
  return {
    flops, flopsPerSecond, tokensPerSecond: flopsPerSecond / flopsPerToken,
    seconds, days: seconds / 86_400, gpuHours: gpus * seconds / 3_600,
  };
}

/** Parameters N as a number (exact below 2^53 for every real config). */
export function paramsOf(shape: DecoderShape): number {
  return Number(parameterCount(shape));
}
