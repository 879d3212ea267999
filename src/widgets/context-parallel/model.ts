// Context parallelism as the report's §3.3.2 describes it: 2·CP chunks, rank i holds chunks i and 2·CP−1−i, K and V
// all-gathered, attention computed for the local Q chunk; Figure 5's rank layout; Table 4's rows checked.
// Pure: pair counts and FLOPs from src/lib/llama/attentionPairs.ts (cpRankPairs, cpChunks, causalPairs, pairFlops),
// bytes from kvBytesPerToken, shapes from src/data/models.ts (Table 3), Table 4 and Figure 5 from src/data/longContext.ts.
// State → numbers and codes; messages.ts puts them into words.
//
// Per layer, per GPU (bf16, TP shards the heads): the all-gathered K and V are S·2·(KV/TP)·d_h·2 B, of which
// (CP−1)/CP come from the other CP ranks; the local Q chunk is (S/CP)·(H/TP)·d_h·2 B; the forward attention FLOPs of a
// rank are pairFlops(its causal pairs, (H/TP)·d_h). Bytes grow as S, FLOPs as S² (the report's O(S) against O(S²)).
import { FIGURE_5_GROUPS, TABLE_4, type Table4Row } from '../../data/longContext';
import { CONTEXT_LLAMA31, MODELS, type ModelId } from '../../data/models';
import {
  LLAMA3_MODEL_IDS, causalPairs, cpChunks, cpRankPairs, headDim, kvBytesPerToken, pairFlops, type CpSplit,
} from '../../lib/llama';
import {
  BINARY_SUFFIXES, readBoundedField, type FieldReading as TextFieldReading, type FieldRefusal as TextFieldRefusal,
} from '../../lib/text';

// ── Choices, limits, defaults (meta.ts builds the URL schema from these) ─────────────────────────

/** The kv-cache widget's Llama 3 ids. Llama 2 is left out: it had a 4,096-token window and no context parallelism. */
export const CP_MODELS = LLAMA3_MODEL_IDS;
export type CpModel = (typeof CP_MODELS)[number];

/** zigzag: the report's 2·CP chunks, rank i holds i and 2·CP−1−i; naive: rank i holds one contiguous piece. */
export const SPLITS = ['zigzag', 'naive'] as const satisfies readonly CpSplit[];

/** Inclusive bounds. Sequence lengths up to 2²⁰ (eight times Llama 3.1's window) for the O(S) vs O(S²) comparison. */
export const LIMITS = {
  cp: { min: 1, max: 64 },
  seqLen: { min: 1, max: 1_048_576 },
} as const;
export type LimitKey = keyof typeof LIMITS;

/** Table 4's third row: the 405B at 131,072 tokens with CP = 16. */
const ROW_3 = TABLE_4.value[2]!;

export const DEFAULTS = {
  cp: ROW_3.cp,
  seqLen: ROW_3.seqLen,
  model: 'llama3-405b' as CpModel,
  split: 'zigzag' as CpSplit,
};

/**
 * Tensor-parallel size used for the per-GPU bytes: 8 in every row of Table 4 (the 405B). The report gives no CP or
 * TP for the 8B and 70B; the widget uses the same 8 for them and says that it is an assumption.
 */
export const TP = ROW_3.tp;

/** bf16, the precision of the report's MFU and of the per-GPU bytes shown. */
const DTYPE = 'bf16' as const;

/** Sequence lengths of the "bytes grow as S, FLOPs as S²" table (the chosen length is added). */
export const SCALING_LENGTHS = [8_192, 32_768, 131_072, 524_288] as const;

export interface CpState {
  cp: number;
  seqLen: number;
  model: CpModel;
  split: CpSplit;
}

// ── Issues ──────────────────────────────────────────────────────────────────────────────────────

export type CpIssue =
  /** cp or seqLen is not a whole number in its bounds. */
  | { code: 'outOfRange'; field: LimitKey; min: number; max: number }
  /** Model or split is none of the listed ids. */
  | { code: 'unknownChoice'; field: 'model' | 'split' }
  /**
   * seqLen is not a multiple of 2·cp, so the 2·cp chunks cannot be equal: the nearest valid lengths below and above
   * (null when there is none inside LIMITS).
   */
  | { code: 'notMultiple'; seqLen: number; cp: number; step: number; lower: number | null; upper: number | null };

const inRange = (v: number, k: LimitKey) => Number.isInteger(v) && v >= LIMITS[k].min && v <= LIMITS[k].max;

/** The multiples of `step` nearest to `seqLen` below and above it, inside LIMITS (null where none). */
export function nearestValidLengths(seqLen: number, step: number): { lower: number | null; upper: number | null } {
  const lower = Math.floor(seqLen / step) * step;
  const upper = Math.ceil(seqLen / step) * step;
  return {
    lower: lower >= step && lower < seqLen ? lower : null,
    upper: upper > seqLen && upper <= LIMITS.seqLen.max ? upper : null,
  };
}

/** Why a state cannot be computed; empty when it can. */
export function cpIssues(state: CpState): CpIssue[] {
  const out: CpIssue[] = [];
  for (const k of ['cp', 'seqLen'] as const) if (!inRange(state[k], k)) out.push({ code: 'outOfRange', field: k, ...LIMITS[k] });
  if (!(CP_MODELS as readonly string[]).includes(state.model)) out.push({ code: 'unknownChoice', field: 'model' });
  if (!(SPLITS as readonly string[]).includes(state.split)) out.push({ code: 'unknownChoice', field: 'split' });
  if (out.length === 0) {
    const step = 2 * state.cp;
    if (state.seqLen % step !== 0) out.push({ code: 'notMultiple', seqLen: state.seqLen, cp: state.cp, step, ...nearestValidLengths(state.seqLen, step) });
  }
  return out;
}

// ── Work per rank ───────────────────────────────────────────────────────────────────────────────

export interface SplitWork {
  split: CpSplit;
  /** The two chunks each rank holds (cpChunks). */
  chunks: [number, number][];
  /** Exact causal pairs per rank (cpRankPairs). */
  pairs: number[];
  max: number;
  min: number;
  /** Lowest-numbered rank with the most and the least work. */
  maxRank: number;
  minRank: number;
  /** max / min: 1 when the work is equal. */
  ratio: number;
}

export function splitWork(cp: number, seqLen: number, split: CpSplit): SplitWork {
  const pairs = cpRankPairs(cp, seqLen, split);
  const max = Math.max(...pairs), min = Math.min(...pairs);
  return { split, chunks: cpChunks(cp, split), pairs, max, min, maxRank: pairs.indexOf(max), minRank: pairs.indexOf(min), ratio: max / min };
}

/** The rank that holds each of the 2·cp chunks, in sequence order. */
export function chunkOwners(cp: number, split: CpSplit): number[] {
  const owners = new Array<number>(2 * cp).fill(0);
  cpChunks(cp, split).forEach(([a, b], rank) => { owners[a] = rank; owners[b] = rank; });
  return owners;
}

// ── Bytes and FLOPs per layer per GPU ───────────────────────────────────────────────────────────

export interface HeadShape {
  /** Query heads H. */
  heads: number;
  /** Key/value heads (8 in every Llama 3 model, GQA). */
  kvHeads: number;
  /** d_h = d / H = 128. */
  headDim: number;
}

export interface LayerBytes {
  /** Query and KV heads on one GPU: H/TP and KV/TP. */
  headsPerGpu: number;
  kvHeadsPerGpu: number;
  /** K and V of one token on one GPU: 2·(KV/TP)·d_h·2 B. */
  kvPerToken: bigint;
  /** Q of one token on one GPU: (H/TP)·d_h·2 B. */
  qPerToken: bigint;
  /** All-gathered K and V of the whole sequence: S·2·(KV/TP)·d_h·2 B. */
  gathered: bigint;
  /** The part that comes from the other CP − 1 ranks: gathered·(CP−1)/CP. */
  received: bigint;
  /** The local Q chunk: (S/CP)·(H/TP)·d_h·2 B. */
  localQ: bigint;
  /** What multi-head attention (KV = H) would gather: S·2·(H/TP)·d_h·2 B. */
  gatheredMha: bigint;
}

/** Bytes of one layer on one GPU (kvBytesPerToken with one layer and the GPU's share of the heads). */
export function layerBytes(shape: HeadShape, cp: number, seqLen: number, tp: number = TP): LayerBytes {
  const headsPerGpu = shape.heads / tp, kvHeadsPerGpu = shape.kvHeads / tp;
  const kvPerToken = kvBytesPerToken({ layers: 1, kvHeads: kvHeadsPerGpu, headDim: shape.headDim }, DTYPE);
  // Q has one tensor where K/V have two: half the "KV bytes" of H/TP heads.
  const qPerToken = kvBytesPerToken({ layers: 1, kvHeads: headsPerGpu, headDim: shape.headDim }, DTYPE) / 2n;
  const S = BigInt(seqLen);
  const gathered = kvPerToken * S;
  return {
    headsPerGpu, kvHeadsPerGpu, kvPerToken, qPerToken, gathered,
    received: (gathered * BigInt(cp - 1)) / BigInt(cp),
    localQ: qPerToken * (S / BigInt(cp)),
    gatheredMha: kvBytesPerToken({ layers: 1, kvHeads: headsPerGpu, headDim: shape.headDim }, DTYPE) * S,
  };
}

/** Width of a rank's attention products: (H/TP)·d_h, the query heads on one GPU times the head dimension. */
export const attentionWidth = (shape: HeadShape, tp: number = TP) => (shape.heads / tp) * shape.headDim;

export interface ScalingRow {
  seqLen: number;
  /** All-gathered K/V bytes per layer per GPU (O(S)). */
  gathered: bigint;
  /** Forward attention FLOPs of one rank, the mean over ranks (every rank's, with the zigzag split): O(S²). */
  flopsPerRank: number;
  /** flopsPerRank / gathered: grows as S. */
  flopsPerByte: number;
  chosen: boolean;
}

/** Bytes against FLOPs at the SCALING_LENGTHS and the chosen length, in increasing order. */
export function scalingRows(shape: HeadShape, cp: number, seqLen: number): ScalingRow[] {
  const lengths = [...new Set<number>([...SCALING_LENGTHS, seqLen])].sort((a, b) => a - b);
  const width = attentionWidth(shape);
  return lengths.map((s) => {
    const gathered = layerBytes(shape, cp, s).gathered;
    const flopsPerRank = pairFlops(causalPairs(s), width) / cp;
    return { seqLen: s, gathered, flopsPerRank, flopsPerByte: flopsPerRank / Number(gathered), chosen: s === seqLen };
  });
}

// ── Figure 5: the rank layout ───────────────────────────────────────────────────────────────────

/** The four parallelism dimensions, innermost first: the report's order [TP, CP, PP, DP]. */
export const DIMS = ['tp', 'cp', 'pp', 'dp'] as const;
export type Dim = (typeof DIMS)[number];
export type Groups = Record<Dim, number>;
export type Coords = Record<Dim, number>;

/** rank = tp + TP·cp + TP·CP·pp + TP·CP·PP·dp (Figure 5's numbering; TP innermost, DP outermost). */
export function rankOf(c: Coords, g: Groups): number {
  return c.tp + g.tp * (c.cp + g.cp * (c.pp + g.pp * c.dp));
}

/** The coordinates of a rank, the inverse of rankOf. */
export function coordsOf(rank: number, g: Groups): Coords {
  let r = rank;
  const out = {} as Coords;
  for (const d of DIMS) { out[d] = r % g[d]; r = Math.floor(r / g[d]); }
  return out;
}

export const gpuCount = (g: Groups) => g.tp * g.cp * g.pp * g.dp;

/** The ranks in `rank`'s group along `dim`: the same coordinates in the other three dimensions. */
export function groupOf(rank: number, dim: Dim, g: Groups): number[] {
  const c = coordsOf(rank, g);
  return Array.from({ length: g[dim] }, (_, i) => rankOf({ ...c, [dim]: i }, g));
}

/** Figure 5's example: 16 GPUs with every group size 2. */
export const FIGURE_5: Groups = FIGURE_5_GROUPS.value;

// ── Table 4, checked ────────────────────────────────────────────────────────────────────────────

export interface Table4Check {
  /** 1-based, as the table is read. */
  row: number;
  printed: Table4Row;
  /** TP·CP·PP·DP. */
  gpuProduct: number;
  gpusOk: boolean;
  /** batch/DP × DP × seqLen. */
  tokens: number;
  tokensOk: boolean;
  /**
   * For a row that does not add up: the DP that makes both the GPU count and the tokens right, when one DP does
   * (printed GPUs / (TP·CP·PP) = printed tokens / (batch/DP · seqLen)); else null.
   */
  fixDp: number | null;
}

export function table4Checks(rows: readonly Table4Row[] = TABLE_4.value): Table4Check[] {
  return rows.map((p, i) => {
    const gpuProduct = p.tp * p.cp * p.pp * p.dp;
    const tokens = p.batchPerDp * p.dp * p.seqLen;
    const gpusOk = gpuProduct === p.gpus, tokensOk = tokens === p.tokensPerBatch;
    let fixDp: number | null = null;
    if (!gpusOk || !tokensOk) {
      const byGpus = p.gpus / (p.tp * p.cp * p.pp), byTokens = p.tokensPerBatch / (p.batchPerDp * p.seqLen);
      if (Number.isInteger(byGpus) && byGpus === byTokens) fixDp = byGpus;
    }
    return { row: i + 1, printed: p, gpuProduct, gpusOk, tokens, tokensOk, fixDp };
  });
}

/** Table 4's rows whose CP and sequence length the state has (with the 405B, the only model the table is about). */
export function matchingRows(state: Pick<CpState, 'cp' | 'seqLen' | 'model'>): number[] {
  if (state.model !== 'llama3-405b') return [];
  return TABLE_4.value.flatMap((r, i) => (r.cp === state.cp && r.seqLen === state.seqLen ? [i + 1] : []));
}

// ── The widget's whole computation ──────────────────────────────────────────────────────────────

export type CpNote =
  /** CP = 1: one rank holds the whole sequence, nothing is gathered and the two splits are the same. */
  | { code: 'noParallelism' }
  /** 8B or 70B: the report gives no CP or TP for them; TP = 8 is the 405B's, assumed. */
  | { code: 'assumedTp'; tp: number }
  /** Longer than Llama 3.1's window (131,072), the longest the report trained at. */
  | { code: 'beyondWindow'; window: number };

export interface CpOk {
  ok: true;
  cp: number;
  seqLen: number;
  model: CpModel;
  split: CpSplit;
  other: CpSplit;
  chunks: number;
  chunkLen: number;
  /** Rank of each chunk, for the chosen split. */
  owners: number[];
  work: Record<CpSplit, SplitWork>;
  /** causalPairs(seqLen): what the ranks' pairs add up to. */
  totalPairs: number;
  shape: HeadShape;
  tp: number;
  /** Whether TP comes from Table 4 (the 405B) or is assumed (8B, 70B). */
  tpFromTable: boolean;
  bytes: LayerBytes;
  /** (H/TP)·d_h. */
  width: number;
  /** Forward attention FLOPs of each rank in this layer, chosen split. */
  flops: Record<CpSplit, { perRank: number[]; max: number; min: number }>;
  /** Zigzag FLOPs of one rank ÷ all-gathered bytes. */
  flopsPerByte: number;
  scaling: ScalingRow[];
  /** Table 4 rows this state reproduces (1-based). */
  rows: number[];
  notes: CpNote[];
}

export interface CpInvalid {
  ok: false;
  errors: CpIssue[];
}

export type CpResult = CpOk | CpInvalid;

export function shapeOf(model: CpModel): HeadShape {
  const m = MODELS[model as ModelId];
  return { heads: m.heads, kvHeads: m.kvHeads, headDim: headDim(m) };
}

/** Everything the widget shows, or why the state is impossible. Never throws. */
export function computeCp(state: CpState): CpResult {
  const errors = cpIssues(state);
  if (errors.length) return { ok: false, errors };
  const { cp, seqLen, model, split } = state;
  const shape = shapeOf(model);
  const width = attentionWidth(shape);
  const work = { zigzag: splitWork(cp, seqLen, 'zigzag'), naive: splitWork(cp, seqLen, 'naive') };
  const flopsOf = (w: SplitWork) => ({ perRank: w.pairs.map((p) => pairFlops(p, width)), max: pairFlops(w.max, width), min: pairFlops(w.min, width) });
  const bytes = layerBytes(shape, cp, seqLen);
  const flops = { zigzag: flopsOf(work.zigzag), naive: flopsOf(work.naive) };
  const notes: CpNote[] = [];
  if (cp === 1) notes.push({ code: 'noParallelism' });
  const tpFromTable = model === 'llama3-405b';
  if (!tpFromTable) notes.push({ code: 'assumedTp', tp: TP });
  if (seqLen > CONTEXT_LLAMA31) notes.push({ code: 'beyondWindow', window: CONTEXT_LLAMA31 });
  return {
    ok: true, cp, seqLen, model, split, other: split === 'zigzag' ? 'naive' : 'zigzag',
    chunks: 2 * cp, chunkLen: seqLen / (2 * cp), owners: chunkOwners(cp, split), work, totalPairs: causalPairs(seqLen),
    shape, tp: TP, tpFromTable, bytes, width, flops,
    flopsPerByte: flops.zigzag.max / Number(bytes.gathered),
    scaling: scalingRows(shape, cp, seqLen), rows: matchingRows(state), notes,
  };
}

// ── Reading numbers the reader types ────────────────────────────────────────────────────────────

/** Longest text a field reads, in code points. */
export const MAX_FIELD_TEXT = 24;

export type FieldRefusal = TextFieldRefusal<LimitKey>;
export type FieldReading = TextFieldReading<LimitKey>;

/** A whole number typed into the cp or seqLen field; the length takes K (×1,024) and M (×1,048,576): "128K". */
export function readField(text: string, field: LimitKey): FieldReading {
  return readBoundedField(text, field, LIMITS[field], { maxLength: MAX_FIELD_TEXT, ...(field === 'seqLen' ? { suffixes: BINARY_SUFFIXES } : {}) });
}

/** Slider positions: powers of two (CP 1 … 64, lengths 1,024 … 1,048,576); the fields take any value in LIMITS. */
export const CP_STEPS: readonly number[] = [1, 2, 4, 8, 16, 32, 64];
export const SEQ_STEPS: readonly number[] = Array.from({ length: 11 }, (_, i) => 2 ** (10 + i));

/** The slider position nearest to a value (in log terms). */
export function nearestStep(steps: readonly number[], v: number): number {
  let best = 0;
  for (let i = 1; i < steps.length; i++) if (Math.abs(Math.log2(steps[i]!) - Math.log2(v)) < Math.abs(Math.log2(steps[best]!) - Math.log2(v))) best = i;
  return best;
}
