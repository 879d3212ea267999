// The 4D parallelism planner: a model (Table 3), a GPU count split as TP·CP·PP·DP in the report's order, a batch,
// micro-batches and interleaving; per-GPU memory of the first pipeline rank, the pipeline bubble, tokens per step,
// the rank layout (Figure 5) and the time to train at a chosen MFU.
// Pure: every formula is src/lib/llama/parallelism.ts's (memoryPerGpu, bubbleFraction, tokensPerStep,
// trainingFlopsPerToken, runTime, validateLayout, divisors, coordsOf, groupOf); facts from src/data. This file only
// chooses, checks and packs them: state → numbers and codes; messages.ts puts them into words.
import { COMPUTE_405B_FLOPS, TOKENS_405B, TOKENS_LLAMA3_ABOUT } from '../../data/facts';
import { GPUS } from '../../data/gpus';
import { MODELS } from '../../data/models';
import { GPU_HOURS_405B, H100_PEAK_BF16_DENSE, TABLE_4, type Table4Row } from '../../data/trainingAtScale';
import {
  DEFAULT_MEMORY_ASSUMPTIONS, LAYOUT_DIMS, LLAMA3_MODEL_IDS, bubbleFraction, coordsOf, divisors, groupOf, layoutGpus,
  memoryPerGpu, paramsOf, rankOf, rankStrides, runTime, tokensPerStep, trainingFlopsPerToken, validateLayout,
  type Coords, type Layout, type LayoutDim, type LayoutIssueCode, type MemoryAssumptions, type MemoryPerGpu, type RunTime,
} from '../../lib/llama';
import { readBoundedField, type FieldReading as TextFieldReading, type FieldRefusal as TextFieldRefusal } from '../../lib/text';

export { coordsOf, groupOf, LAYOUT_DIMS, type Coords, type LayoutDim };

// ── Choices, limits, defaults (meta.ts builds the URL schema from these) ─────────────────────────

export const PLAN_MODELS = LLAMA3_MODEL_IDS;
export type PlanModel = (typeof PLAN_MODELS)[number];

/** Optimizer bytes per parameter: 12 = fp32 m, v and master weights; 8 = m and v only (no fp32 master copy). */
export const OPT_BYTES = ['12', '8'] as const;
/** Gradients sharded over DP as they are produced, or a whole fp32 accumulator per GPU until the reduce-scatter. */
export const GRADS = ['sharded', 'accumulated'] as const;
/** SwiGLU tensors saved for backward, in units of d_ff per token (fused: 2; plain PyTorch: 4). */
export const FFN_SAVED = ['2', '4'] as const;

/** Inclusive bounds of the whole-number fields. 131,072 GPUs is 8× the report's largest job. */
export const LIMITS = {
  gpus: { min: 1, max: 131_072 },
  tp: { min: 1, max: 131_072 },
  cp: { min: 1, max: 131_072 },
  pp: { min: 1, max: 131_072 },
  dp: { min: 1, max: 131_072 },
  seqLen: { min: 1, max: 1_048_576 },
  mbs: { min: 1, max: 65_536 },
  m: { min: 1, max: 65_536 },
  v: { min: 1, max: 128 },
} as const;
export type LimitKey = keyof typeof LIMITS;
/** MFU as a fraction. */
export const MFU_LIMITS = { min: 0.01, max: 1 } as const;

const ROW_1 = TABLE_4.value[0]!;

/**
 * Defaults: Table 4 row 1 (8,192 GPUs, TP 8, CP 1, PP 16, DP 64, 8,192 tokens, 32 sequences per DP group, MFU 43%).
 * M = 32 (one sequence per micro-batch) and V = 1 are the widget's choices: the report does not state the 405B's.
 */
export const DEFAULTS = {
  model: 'llama3-405b' as PlanModel,
  gpus: ROW_1.gpus, tp: ROW_1.tp, cp: ROW_1.cp, pp: ROW_1.pp, dp: ROW_1.dp,
  seqLen: ROW_1.seqLen, mbs: ROW_1.batchPerDp, m: 32, v: 1, mfu: ROW_1.mfu,
  optBytes: '12' as (typeof OPT_BYTES)[number],
  grads: 'sharded' as (typeof GRADS)[number],
  ffnSaved: '2' as (typeof FFN_SAVED)[number],
  attnFlops: false,
};

export interface PlanState {
  model: PlanModel;
  gpus: number; tp: number; cp: number; pp: number; dp: number;
  seqLen: number; mbs: number; m: number; v: number; mfu: number;
  optBytes: (typeof OPT_BYTES)[number];
  grads: (typeof GRADS)[number];
  ffnSaved: (typeof FFN_SAVED)[number];
  attnFlops: boolean;
}

/** The memory assumptions a state chooses (the rest are DEFAULT_MEMORY_ASSUMPTIONS: bf16 weights, fp32 gradients). */
export function assumptionsOf(s: Pick<PlanState, 'optBytes' | 'grads' | 'ffnSaved'>): MemoryAssumptions {
  return {
    ...DEFAULT_MEMORY_ASSUMPTIONS,
    optimizerBytes: Number(s.optBytes),
    gradients: s.grads,
    ffnSaved: s.ffnSaved === '4' ? 4 : 2,
  };
}

// ── Table 4 presets ──────────────────────────────────────────────────────────────────────────────

/**
 * A Table 4 row as a state, exactly as printed (row 3's TP·CP·PP·DP = 8,192, not its 16,384 GPUs: the state shows the
 * 'product' error and offers DP = 8). M = sequences per DP group (one sequence per micro-batch) and V = 1 are the
 * widget's choices, since the report states neither.
 */
export function presetOf(row: Table4Row): Partial<PlanState> {
  return {
    model: 'llama3-405b', gpus: row.gpus, tp: row.tp, cp: row.cp, pp: row.pp, dp: row.dp,
    seqLen: row.seqLen, mbs: row.batchPerDp, m: row.batchPerDp, v: 1, mfu: row.mfu,
  };
}
export const PRESETS: readonly { row: number; printed: Table4Row; state: Partial<PlanState> }[] =
  TABLE_4.value.map((printed, i) => ({ row: i + 1, printed, state: presetOf(printed) }));

/** The Table 4 rows (1-based) whose printed layout, length and batch the state has (405B only). */
export function table4RowsOf(s: PlanState): number[] {
  if (s.model !== 'llama3-405b') return [];
  return PRESETS.filter(({ printed: r }) => r.gpus === s.gpus && r.tp === s.tp && r.cp === s.cp && r.pp === s.pp &&
    r.dp === s.dp && r.seqLen === s.seqLen && r.batchPerDp === s.mbs).map((p) => p.row);
}

// ── Keeping the product equal to the GPU count ───────────────────────────────────────────────────

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** DP = GPUs / (TP·CP·PP) when that is whole, else null. */
export function derivedDp(gpus: number, tp: number, cp: number, pp: number): number | null {
  const inner = tp * cp * pp;
  return inner >= 1 && gpus % inner === 0 ? gpus / inner : null;
}

/**
 * A new GPU count with TP, CP and PP kept where they still divide it (each reduced to its largest common divisor with
 * what is left, in the order TP, CP, PP) and DP derived: the product always equals the count.
 */
export function withGpus(l: Layout, gpus: number): Layout & { gpus: number } {
  const tp = gcd(l.tp, gpus);
  const cp = gcd(l.cp, gpus / tp);
  const pp = gcd(l.pp, gpus / (tp * cp));
  return { gpus, tp, cp, pp, dp: gpus / (tp * cp * pp) };
}

/** One of TP, CP, PP changed: the others kept, DP derived (the choices offered always make it whole). */
export function withDim(s: Pick<PlanState, 'gpus' | 'tp' | 'cp' | 'pp' | 'dp'>, dim: 'tp' | 'cp' | 'pp', value: number): Partial<PlanState> {
  const next = { tp: s.tp, cp: s.cp, pp: s.pp, [dim]: value };
  const dp = derivedDp(s.gpus, next.tp, next.cp, next.pp);
  return dp === null ? { [dim]: value } : { [dim]: value, dp };
}

/**
 * The sizes offered for one of TP, CP, PP: the divisors of GPUs / (the other two), so DP stays whole; the current
 * value is added when the state is inconsistent (a Table 4 row 3 or a URL), so the control can show it.
 */
export function choicesFor(s: Pick<PlanState, 'gpus' | 'tp' | 'cp' | 'pp'>, dim: 'tp' | 'cp' | 'pp'): number[] {
  const others = LAYOUT_DIMS.filter((d) => d !== dim && d !== 'dp').reduce((p, d) => p * s[d as 'tp' | 'cp' | 'pp'], 1);
  const out = s.gpus % others === 0 ? divisors(s.gpus / others) : [];
  return out.includes(s[dim]) ? out : [...out, s[dim]].sort((a, b) => a - b);
}

// ── Issues ───────────────────────────────────────────────────────────────────────────────────────

export type PlanIssue =
  | { code: 'notWhole' }
  | { code: 'product'; gpus: number; product: number; inner: number; dp: number; fixDp: number | null; tokensNow: number; tokensFixed: number | null; printedRows: number[] }
  | { code: 'tpHeads'; tp: number; heads: number; kvHeads: number; ffnDim: number }
  | { code: 'ppLayers'; pp: number; v: number; chunks: number; layers: number }
  | { code: 'microBatch'; mbs: number; m: number }
  | { code: 'cpChunks'; seqLen: number; cp: number; step: number }
  | { code: 'interleaveM'; m: number; pp: number };

function detail(code: LayoutIssueCode, s: PlanState): PlanIssue {
  const shape = MODELS[s.model];
  switch (code) {
    case 'notWhole': return { code };
    case 'product': {
      const inner = s.tp * s.cp * s.pp;
      const fixDp = derivedDp(s.gpus, s.tp, s.cp, s.pp);
      return {
        code, gpus: s.gpus, product: inner * s.dp, inner, dp: s.dp, fixDp,
        tokensNow: tokensPerStep({ tp: s.tp, cp: s.cp, pp: s.pp, dp: s.dp }, s.seqLen, s.mbs),
        tokensFixed: fixDp === null ? null : tokensPerStep({ tp: s.tp, cp: s.cp, pp: s.pp, dp: fixDp }, s.seqLen, s.mbs),
        printedRows: table4RowsOf(s),
      };
    }
    case 'tpHeads': return { code, tp: s.tp, heads: shape.heads, kvHeads: shape.kvHeads, ffnDim: shape.ffnDim };
    case 'ppLayers': return { code, pp: s.pp, v: s.v, chunks: s.pp * s.v, layers: shape.layers };
    case 'microBatch': return { code, mbs: s.mbs, m: s.m };
    case 'cpChunks': return { code, seqLen: s.seqLen, cp: s.cp, step: 2 * s.cp };
    case 'interleaveM': return { code, m: s.m, pp: s.pp };
  }
}

// ── The plan ─────────────────────────────────────────────────────────────────────────────────────

/** Pre-training tokens used for the time to train: 15.6T for the 405B, "about 15T" for the 8B and 70B (report §1). */
export function trainingTokensOf(model: PlanModel): { tokens: number; about: boolean } {
  return model === 'llama3-405b' ? { tokens: TOKENS_405B.value, about: false } : { tokens: TOKENS_LLAMA3_ABOUT.value, about: true };
}

/** GPU counts up to which the view draws every GPU (Figure 5 has 16). */
export const GRID_MAX = 64;

export interface PlanOk {
  ok: true;
  model: PlanModel;
  layout: Layout;
  gpus: number;
  /** Micro-batches M, interleaving V and MFU as set. */
  m: number;
  v: number;
  mfu: number;
  params: number;
  layers: number;
  memory: MemoryPerGpu;
  assumptions: MemoryAssumptions;
  /** The H100's nominal memory, bytes (80 GB). */
  capacity: number;
  /** total / capacity. */
  memoryShare: number;
  fits: boolean;
  bubble: number;
  tokensPerStep: number;
  /** Sequences per micro-batch (mbs / M). */
  microBatchSequences: number;
  flopsPerToken: number;
  tokens: number;
  tokensAbout: boolean;
  run: RunTime;
  /** Seconds per optimizer step at the chosen MFU: tokens per step ÷ tokens per second. */
  stepSeconds: number;
  /** The 405B's reference values (report §1 FLOPs, model card GPU-hours), null for any other model. */
  ref405: { flops: number; gpuHours: number } | null;
  warnings: PlanIssue[];
  rows: number[];
  strides: Layout;
  grid: boolean;
}
export interface PlanBad { ok: false; errors: PlanIssue[]; warnings: PlanIssue[] }
export type Plan = PlanOk | PlanBad;

export function computePlan(s: PlanState): Plan {
  const shape = MODELS[s.model];
  const layout: Layout = { tp: s.tp, cp: s.cp, pp: s.pp, dp: s.dp };
  const inputs = { seqLen: s.seqLen, batchPerDp: s.mbs, microBatches: s.m, interleave: s.v };
  const issues = validateLayout(shape, s.gpus, layout, inputs).map((i) => ({ ...i, detail: detail(i.code, s) }));
  const errors = issues.filter((i) => i.severity === 'error').map((i) => i.detail);
  const warnings = issues.filter((i) => i.severity === 'warning').map((i) => i.detail);
  if (!(s.mfu >= MFU_LIMITS.min && s.mfu <= MFU_LIMITS.max)) errors.push({ code: 'notWhole' });
  if (errors.length > 0) return { ok: false, errors, warnings };

  const assumptions = assumptionsOf(s);
  const memory = memoryPerGpu(shape, layout, inputs, assumptions);
  const capacity = GPUS.h100.memoryBytes;
  const flopsPerToken = trainingFlopsPerToken(shape, s.seqLen, s.attnFlops);
  const { tokens, about } = trainingTokensOf(s.model);
  const run = runTime(flopsPerToken, tokens, s.gpus, H100_PEAK_BF16_DENSE.value, s.mfu);
  const perStep = tokensPerStep(layout, s.seqLen, s.mbs);
  return {
    ok: true, model: s.model, layout, gpus: s.gpus, m: s.m, v: s.v, mfu: s.mfu, params: paramsOf(shape), layers: shape.layers,
    memory, assumptions, capacity, memoryShare: memory.total / capacity, fits: memory.total <= capacity,
    bubble: bubbleFraction(s.pp, s.v, s.m),
    tokensPerStep: perStep, microBatchSequences: memory.microBatchSequences,
    flopsPerToken, tokens, tokensAbout: about, run,
    stepSeconds: perStep / run.tokensPerSecond,
    ref405: s.model === 'llama3-405b' ? { flops: COMPUTE_405B_FLOPS.value, gpuHours: GPU_HOURS_405B.value } : null,
    warnings, rows: table4RowsOf(s), strides: rankStrides(layout), grid: s.gpus <= GRID_MAX,
  };
}

/** The four groups of one GPU (ranks, ascending), for the layout; only for counts up to GRID_MAX or a few members. */
export function groupsOf(rank: number, l: Layout): Record<LayoutDim, number[]> {
  return { tp: groupOf(rank, 'tp', l), cp: groupOf(rank, 'cp', l), pp: groupOf(rank, 'pp', l), dp: groupOf(rank, 'dp', l) };
}

/**
 * One group described without listing it: its size, its first two members and its last (ranks differ by the stride),
 * for GPU counts where the groups are long.
 */
export function groupSummary(rank: number, dim: LayoutDim, l: Layout): { size: number; first: number; second: number | null; last: number; stride: number } {
  const c = coordsOf(rank, l);
  const size = l[dim];
  const at = (i: number) => rankOf({ ...c, [dim]: i }, l);
  return { size, first: at(0), second: size > 1 ? at(1) : null, last: at(size - 1), stride: rankStrides(l)[dim] };
}

/** When the URL's dp does not make TP·CP·PP·DP equal gpus: the DP that would (null if none), for the shell's notice. */
export function dpAdjustment(s: PlanState): { fixDp: number | null } | null {
  if (layoutGpus({ tp: s.tp, cp: s.cp, pp: s.pp, dp: s.dp }) === s.gpus) return null;
  return { fixDp: derivedDp(s.gpus, s.tp, s.cp, s.pp) };
}

// ── Typed fields ─────────────────────────────────────────────────────────────────────────────────

export type FieldKey = LimitKey | 'mfu';
export type FieldReading = TextFieldReading<FieldKey>;
export type FieldRefusal = TextFieldRefusal<FieldKey>;
const MAX_FIELD_TEXT = 24;

/** A whole-number field, or MFU typed as a percentage (43 or 43%) and returned as a fraction. */
export function readField(text: string, field: FieldKey): FieldReading {
  if (field === 'mfu') {
    const r = readBoundedField(text.replace(/[%％]\s*$/, ''), 'mfu', { min: MFU_LIMITS.min * 100, max: MFU_LIMITS.max * 100 }, { maxLength: MAX_FIELD_TEXT, integer: false });
    return r.ok ? { ...r, value: r.value / 100 } : r;
  }
  return readBoundedField(text, field, LIMITS[field], { maxLength: MAX_FIELD_TEXT });
}

/** Whether a count is a Table 4 GPU count, for the GPU presets. */
export const GPU_CHOICES: readonly number[] = [16, 64, 512, 1_024, 2_048, 4_096, 8_192, 16_384, 24_576];

/** Model ids' parameter counts, for labels. */
export const PARAMS: Record<PlanModel, number> = Object.fromEntries(PLAN_MODELS.map((m) => [m, paramsOf(MODELS[m])])) as Record<PlanModel, number>;
