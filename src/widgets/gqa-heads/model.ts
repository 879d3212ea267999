// Which query heads share which key/value head (report §3.2, Table 3: 8 KV heads for 32, 64 and 128 query heads),
// and the state → numbers step of the gqa-heads widget: config checks, the attention comparison, the screen-reader text.
// Pure: no React, no DOM. The attention math itself is in attention.ts.
import type { Parsed } from '../../components/kit/draft';
import type { GridCell } from '../../lib/keys';
import { MODELS } from '../../data/models';
import { compareWithPooled, divisors, groupOf, nearestDivisor, runMha, type GqaComparison, type MhaRun } from './attention';
import { formatFor } from '../../lib/format';
import { LLAMA3_MODEL_IDS, headDim, validateShape } from '../../lib/llama';
import { deriveSeed } from '../../lib/rng';
import { parseNumber } from '../../lib/text';
import { defaultsOf, type AdjustedField } from '../../lib/urlState';
import { kvHeadsAdjustReason, seedMessage } from './messages';
import { MAX_HEADS, MAX_SEED, MAX_SEQ, fields } from './meta';

/** The sentences built here are English (screen-reader text). */
const fmt = formatFor('en');

/** Fallbacks for missing or broken fields: the URL defaults, defined once in meta.ts. */
const DEFAULTS = defaultsOf(fields);

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
  /** Query heads H, 1…32. */
  heads: number;
  /** Key/value heads KV; should divide H. */
  kvHeads: number;
  /** Tokens T, 2…16. */
  seq: number;
  /** PRNG seed, 0…2³¹−1. */
  seed: number;
  /** Correlation of key (value) heads, percent 0…100. */
  similarity: number;
  /** Query head whose attention map is shown, 0-based. */
  head: number;
}

export type AttentionKind = 'MHA' | 'GQA' | 'MQA' | 'single';

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
  kind: AttentionKind;
  /** Each field that had to change, from what to what and why; empty when the state was valid. */
  adjusted: AdjustedField[];
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
 * Makes any state valid: numbers into range, K/V heads to the nearest divisor of the query heads (smaller on a
 * tie), the shown head below the head count. Never throws.
 */
export function resolveConfig(state: Partial<GqaState>): Resolved {
  const adjusted: AdjustedField[] = [];
  const heads = intIn(state.heads, 1, MAX_HEADS, DEFAULTS.heads);
  const wantedKv = intIn(state.kvHeads, 1, MAX_HEADS, DEFAULTS.kvHeads);
  // src/lib/llama validateShape: more K/V heads than query heads (exceedsHeads), or not a divisor (notDivisor).
  const issue = validateShape({ heads, kvHeads: wantedKv }).find((i) => i.field === 'kvHeads');
  const kvHeads = issue ? nearestDivisor(heads, wantedKv) : wantedKv;
  if (issue) adjusted.push({ key: 'kvHeads', value: String(wantedKv), to: String(kvHeads), reason: kvHeadsAdjustReason(issue, kvHeads) });
  const seq = intIn(state.seq, 2, MAX_SEQ, DEFAULTS.seq);
  const seed = intIn(state.seed, 0, MAX_SEED, DEFAULTS.seed);
  const similarity = intIn(state.similarity, 0, 100, DEFAULTS.similarity) / 100;
  const wantedHead = intIn(state.head, 0, MAX_HEADS - 1, DEFAULTS.head);
  const head = Math.min(wantedHead, heads - 1);
  if (head !== wantedHead) {
    adjusted.push({ key: 'head', value: String(wantedHead), to: String(head), reason: `the ${heads} query ${heads === 1 ? 'head is' : 'heads are'} numbered 0 to ${heads - 1}` });
  }
  return { heads, kvHeads, seq, seed, similarity, head, groupSize: heads / kvHeads, kind: attentionKind(heads, kvHeads), adjusted };
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

function headRange(r: GroupRange): string {
  return r.first === r.last ? `query head ${r.first}` : `query heads ${r.first}–${r.last}`;
}

/** "K/V head 0: query heads 0–3. K/V head 1: query heads 4–7." */
export function groupSentence(heads: number, kvHeads: number): string {
  return groupRanges(heads, kvHeads).map((r) => `K/V head ${r.group}: ${headRange(r)}.`).join(' ');
}

export function kindLabel(kind: AttentionKind): string {
  switch (kind) {
    case 'MHA': return 'multi-head attention (MHA)';
    case 'MQA': return 'multi-query attention (MQA)';
    case 'GQA': return 'grouped-query attention (GQA)';
    default: return 'a single head (MHA and MQA coincide)';
  }
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

/** The sentence a screen reader hears for the current state. */
export function describe(state: Partial<GqaState>, model: GqaModel = computeModel(state)): string {
  const { config: c, comparison } = model;
  const sharing = c.kind === 'single'
    ? 'One query head with its own key/value head.'
    : `${c.heads} query heads share ${c.kvHeads} key/value ${c.kvHeads === 1 ? 'head' : 'heads'}: ${kindLabel(c.kind)}, ` +
      `${c.groupSize} query ${c.groupSize === 1 ? 'head' : 'heads'} per key/value head. ${groupSentence(c.heads, c.kvHeads)}`;
  const run = `Causal attention on ${c.seq} random tokens (seed ${c.seed}, key/value heads ${fmt.percent(c.similarity, { digits: 0 })} alike, ${HEAD_DIM_DEMO} channels per head):`;
  let effect: string;
  if (c.groupSize === 1) {
    effect = 'every group has one head, so mean-pooling changes nothing and the output equals multi-head attention exactly.';
  } else {
    const errs = comparison.headError;
    const lo = Math.min(...errs), hi = Math.max(...errs);
    effect = `mean-pooling the key/value heads of each group changes the attention output by ${fmt.percent(comparison.totalError, { digits: 1 })} ` +
      `(relative Frobenius norm) compared with multi-head attention, from ${fmt.percent(lo, { digits: 1 })} to ${fmt.percent(hi, { digits: 1 })} per query head.`;
  }
  return `${sharing} ${run} ${effect}`;
}

/** A cell of a [T, T] attention map: query token (row) and key token (column), 0-based. Keys move it with
 *  src/lib/keys.ts (the heatmap grid of the view). */
export type Cell = GridCell;

/** What a reader hears for one cell of head h: both weights and their difference, or that the cell is masked. */
export function cellSentence(model: GqaModel, h: number, cell: Cell): string {
  const { seq } = model.config;
  const row = Math.min(seq - 1, Math.max(0, cell.row));
  const col = Math.min(seq - 1, Math.max(0, cell.col));
  const where = `Query token ${row}, key token ${col}`;
  if (col > row) return `${where}: masked (a later token), weight 0 in both.`;
  const a = model.comparison.mha[h]!.weights[row * seq + col]!;
  const b = model.comparison.gqa[h]!.weights[row * seq + col]!;
  return `${where}: MHA ${fmt.decimal(a, { digits: 3 })}, mean-pooled ${fmt.decimal(b, { digits: 3 })} (change ${fmt.signed(b - a, { digits: 3 })}).`;
}

/** A new seed for the "New data" button: a fixed scramble of the current one, so the sequence is reproducible. */
export function nextSeed(seed: number): number {
  return deriveSeed(seed, 0x5eed) & 0x7fffffff;
}

/** Reads a typed seed, a whole number from 0 to 2³¹−1: the seed, or the sentence to show (the Seed field's parse). */
export function readSeed(text: string): Parsed<number> {
  const p = parseNumber(text, { min: 0, max: MAX_SEED });
  return p.ok ? p : { ok: false, error: seedMessage(p.failure, MAX_SEED) };
}
