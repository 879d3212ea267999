// Which query heads share which key/value head (report §3.2, Table 3: 8 KV heads for 32, 64 and 128 query heads),
// and the state → numbers step of the gqa-heads widget: the limits and defaults of its inputs, config checks, the
// attention comparison and the numbers of the screen-reader text. Pure: no React, no DOM, no words (messages.ts
// words the codes returned here). The attention math itself is in attention.ts.
import type { GridCell } from '../../lib/keys';
import { MODELS } from '../../data/models';
import { compareWithPooled, divisors, groupOf, nearestDivisor, runMha, type GqaComparison, type MhaRun } from './attention';
import { LLAMA3_MODEL_IDS, headDim, validateShape, type ShapeIssue } from '../../lib/llama';
import { deriveSeed } from '../../lib/rng';
import { parseNumber, type NumberFailure } from '../../lib/text';

// ── Limits and defaults (meta.ts builds the URL fields from these) ──────────────────────────────

/** Most query heads the widget draws (Llama 3 8B has 32). */
export const MAX_HEADS = 32;
/** Shortest and longest demo sequence, tokens (two tokens are the least with a masked cell). */
export const MIN_SEQ = 2;
export const MAX_SEQ = 16;
/** Largest seed: seeds are 31-bit so they read well in a URL. */
export const MAX_SEED = 2 ** 31 - 1;

/** Channels per head in the demo (Llama 3 uses 128; 8 keeps the numbers readable). */
export const HEAD_DIM_DEMO = 8;
/** Llama 3's head dimension, d_model / query heads = 4,096 / 32 (the same for all three sizes). */
export const LLAMA3_HEAD_DIM = headDim(MODELS['llama3-8b']);

/** The Llama 3 shapes the widget can show as presets, from src/data (Table 3). */
export const LLAMA3_8B = { heads: MODELS['llama3-8b'].heads, kvHeads: MODELS['llama3-8b'].kvHeads, name: MODELS['llama3-8b'].name };
/** All three Llama 3 sizes: query heads → KV heads (Table 3). 70B and 405B have more heads than the widget draws. */
export const LLAMA3_SHAPES = LLAMA3_MODEL_IDS.map((id) => ({
  name: MODELS[id].name,
  heads: MODELS[id].heads,
  kvHeads: MODELS[id].kvHeads,
}));

/** The widget's state as the URL carries it (meta.ts). */
export interface GqaState {
  /** Query heads H, 1…MAX_HEADS. */
  heads: number;
  /** Key/value heads KV; should divide H. */
  kvHeads: number;
  /** Tokens T, MIN_SEQ…MAX_SEQ. */
  seq: number;
  /** PRNG seed, 0…MAX_SEED. */
  seed: number;
  /** Correlation of key (value) heads, percent 0…100. */
  similarity: number;
  /** Query head whose attention map is shown, 0-based. */
  head: number;
}

/**
 * The state a reader first sees (also the URL defaults, meta.ts): 8 query heads in 2 groups of 4 (small enough to
 * read every head), 6 tokens (every weight printed in the maps), K/V heads 70 % alike (pooling costs a few percent).
 */
export const DEFAULTS: Readonly<GqaState> = { heads: 8, kvHeads: 2, seq: 6, seed: 7, similarity: 70, head: 0 };

export type AttentionKind = 'MHA' | 'GQA' | 'MQA' | 'single';

/** A field of the state that resolveConfig had to change, from what to what and why (messages.ts words the why). */
export type GqaAdjustment =
  /** K/V heads that exceed or do not divide the query heads (src/lib/llama validateShape): the nearest divisor. */
  | { key: 'kvHeads'; value: number; to: number; issue: ShapeIssue }
  /** A shown head beyond the last of `heads` query heads: the last one. */
  | { key: 'head'; value: number; to: number; heads: number };

/** A state made valid, and what had to change (an embed page's URL notice lists it, see GqaHeads.tsx). */
export interface Resolved {
  heads: number;
  kvHeads: number;
  seq: number;
  seed: number;
  /** ρ ∈ [0, 1]. */
  similarity: number;
  head: number;
  /** Query heads per K/V head, G = H / KV. */
  groupSize: number;
  /** Keys and values cached, as a share of multi-head attention's: KV / H. */
  cacheShare: number;
  kind: AttentionKind;
  /** Each field that had to change; empty when the state was valid. */
  adjustments: GqaAdjustment[];
}

function intIn(x: unknown, min: number, max: number, fallback: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) return fallback;
  return Math.min(max, Math.max(min, Math.round(x)));
}

/** MHA when every query head has its own K/V head, MQA when all share one, GQA in between. */
export function attentionKind(heads: number, kvHeads: number): AttentionKind {
  if (heads === 1) return 'single';
  if (kvHeads === heads) return 'MHA';
  if (kvHeads === 1) return 'MQA';
  return 'GQA';
}

/**
 * Makes any state valid: numbers into range (missing or broken ones take DEFAULTS), K/V heads to the nearest divisor of
 * the query heads (smaller on a tie), the shown head below the head count. Never throws.
 */
export function resolveConfig(state: Partial<GqaState>): Resolved {
  const adjustments: GqaAdjustment[] = [];
  const heads = intIn(state.heads, 1, MAX_HEADS, DEFAULTS.heads);
  const wantedKv = intIn(state.kvHeads, 1, MAX_HEADS, DEFAULTS.kvHeads);
  // src/lib/llama validateShape: more K/V heads than query heads (exceedsHeads), or not a divisor (notDivisor).
  const issue = validateShape({ heads, kvHeads: wantedKv }).find((i) => i.field === 'kvHeads');
  const kvHeads = issue ? nearestDivisor(heads, wantedKv) : wantedKv;
  if (issue) adjustments.push({ key: 'kvHeads', value: wantedKv, to: kvHeads, issue });
  const seq = intIn(state.seq, MIN_SEQ, MAX_SEQ, DEFAULTS.seq);
  const seed = intIn(state.seed, 0, MAX_SEED, DEFAULTS.seed);
  const similarity = intIn(state.similarity, 0, 100, DEFAULTS.similarity) / 100;
  const wantedHead = intIn(state.head, 0, MAX_HEADS - 1, DEFAULTS.head);
  const head = Math.min(wantedHead, heads - 1);
  if (head !== wantedHead) adjustments.push({ key: 'head', value: wantedHead, to: head, heads });
  return {
    heads, kvHeads, seq, seed, similarity, head, groupSize: heads / kvHeads, cacheShare: kvHeads / heads,
    kind: attentionKind(heads, kvHeads), adjustments,
  };
}

/** K/V head count after the reader changes the query heads: the divisor nearest to the count they last chose. */
export function kvHeadsAfterHeadsChange(newHeads: number, preferredKv: number): number {
  return nearestDivisor(newHeads, preferredKv);
}

/** One K/V head and the consecutive query heads that read it. */
export interface GroupRange {
  group: number;
  first: number;
  last: number;
}

/** Groups in order; each is the contiguous range of query heads h with ⌊h / G⌋ = g. */
export function groupRanges(heads: number, kvHeads: number): GroupRange[] {
  const out: GroupRange[] = [];
  for (let h = 0; h < heads; h++) {
    const g = groupOf(h, heads, kvHeads);
    const last = out[out.length - 1];
    if (last && last.group === g) last.last = h;
    else out.push({ group: g, first: h, last: h });
  }
  return out;
}

/** Everything the view draws for a state. */
export interface GqaModel {
  config: Resolved;
  comparison: GqaComparison;
  /** Divisors of H: the allowed K/V head counts, increasing. */
  allowedKv: number[];
}

/** The multi-head run of a resolved config (head dim HEAD_DIM_DEMO); independent of the K/V head count. */
export function mhaRunFor(config: Resolved): MhaRun {
  return runMha(config.heads, config.seq, HEAD_DIM_DEMO, config.seed, config.similarity);
}

/** Resolved config + its multi-head run → the comparison with mean-pooled GQA. `run` must come from mhaRunFor(config). */
export function modelFrom(config: Resolved, run: MhaRun): GqaModel {
  return { config, comparison: compareWithPooled(run, config.kvHeads), allowedKv: divisors(config.heads) };
}

/** State → resolved config and the MHA-vs-pooled-GQA comparison. */
export function computeModel(state: Partial<GqaState>): GqaModel {
  const config = resolveConfig(state);
  return modelFrom(config, mhaRunFor(config));
}

// ── What a screen reader hears, as numbers ──────────────────────────────────────────────────────

/** The numbers of the screen-reader description and of the announcement (messages.ts describe, announce). */
export interface GqaSummary {
  heads: number;
  kvHeads: number;
  kind: AttentionKind;
  groupSize: number;
  /** KV / H. */
  cacheShare: number;
  groups: GroupRange[];
  seq: number;
  seed: number;
  /** ρ ∈ [0, 1]. */
  similarity: number;
  /** Channels per head of the demo. */
  headDim: number;
  /** Relative change of all heads' output (0 when every group has one head). */
  totalError: number;
  /** Smallest and largest change of one head's output. */
  headErrorRange: { min: number; max: number };
}

export function summarize(state: Partial<GqaState>, model: GqaModel = computeModel(state)): GqaSummary {
  const { config: c, comparison } = model;
  return {
    heads: c.heads, kvHeads: c.kvHeads, kind: c.kind, groupSize: c.groupSize, cacheShare: c.cacheShare,
    groups: groupRanges(c.heads, c.kvHeads), seq: c.seq, seed: c.seed, similarity: c.similarity, headDim: HEAD_DIM_DEMO,
    totalError: comparison.totalError,
    headErrorRange: { min: Math.min(...comparison.headError), max: Math.max(...comparison.headError) },
  };
}

/** A cell of a [T, T] attention map: query token (row) and key token (column), 0-based. Keys move it with
 *  src/lib/keys.ts (the heatmap grid of the view). */
export type Cell = GridCell;

/** One cell of head h: where it is, and both weights (null when the cell is masked: a later key token). */
export interface CellReading {
  row: number;
  col: number;
  /** Attention weights with the head's own K/V head and with its group's mean-pooled one; change = pooled − mha. */
  weights: { mha: number; pooled: number; change: number } | null;
}

/** The cell clamped into the map, with its weight under MHA and under mean-pooled GQA. */
export function cellReading(model: GqaModel, h: number, cell: Cell): CellReading {
  const { seq } = model.config;
  const row = Math.min(seq - 1, Math.max(0, cell.row));
  const col = Math.min(seq - 1, Math.max(0, cell.col));
  if (col > row) return { row, col, weights: null };
  const mha = model.comparison.mha[h]!.weights[row * seq + col]!;
  const pooled = model.comparison.gqa[h]!.weights[row * seq + col]!;
  return { row, col, weights: { mha, pooled, change: pooled - mha } };
}

// ── Seeds ───────────────────────────────────────────────────────────────────────────────────────

/** A new seed for the "New data" button: a fixed scramble of the current one, so the sequence is reproducible. */
export function nextSeed(seed: number): number {
  return deriveSeed(seed, 0x5eed) & 0x7fffffff;
}

/** A typed seed: its value, or why it was refused (messages.ts words it under the field). */
export type SeedReading = { ok: true; value: number } | { ok: false; error: NumberFailure };

/** Reads a typed seed, a whole number from 0 to MAX_SEED (src/lib/text parseNumber). */
export function readSeed(text: string): SeedReading {
  const p = parseNumber(text, { min: 0, max: MAX_SEED });
  return p.ok ? p : { ok: false, error: p.failure };
}
