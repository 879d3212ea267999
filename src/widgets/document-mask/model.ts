// Packing documents into one training sequence and the causal + document mask (report §3.2: "an attention mask that
// prevents self-attention between different documents within the same sequence"). Pure: state → numbers and codes,
// messages.ts words them. Exact pair counts and aggregated mask cells come from src/lib/llama/attentionPairs.ts;
// the small attention demo is one real Llama-style head (RoPE with θ = 500,000, softmax with −∞ for masked keys).
//
// Packing rule (the widget states it): the documents of the list are concatenated in order; when the list runs out
// before the sequence is full, the list starts again (the next documents have the same lengths, as new documents);
// the document that crosses the end of the sequence is cut there, and the documents after it are left out.
//
// The presets are ILLUSTRATIVE lengths: the report gives no document-length statistics.
import { CONTEXT_LLAMA31 } from '../../data/models';
import { ROPE_THETA_LLAMA3 } from '../../data/rope';
import { allowedInBlock, applyRope, causalPairs, documentOffsets, documentPairs, dot, inverseFrequencies } from '../../lib/llama';
import { deriveSeed, gaussian, mulberry32 } from '../../lib/rng';
import { softmaxInto } from '../../lib/softmax';

// ── Choices, limits, defaults (meta.ts builds the URL schema from these) ─────────────────────────

/** Where the document lengths come from: an illustrative preset, seeded draws, or the reader's own list. */
export const PRESETS = ['web', 'code', 'book', 'random', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

export const LIMITS = {
  /** Tokens in the packed sequence: 64 to Llama 3.1's 131,072. */
  seqLen: { min: 64, max: CONTEXT_LLAMA31 },
  seed: { min: 0, max: 4_294_967_295 },
  /** A token index (0-based); the view also keeps it below seqLen. */
  token: { min: 0, max: CONTEXT_LLAMA31 - 1 },
} as const;

/** Most documents a typed list may hold. */
export const MAX_DOCS = 1_024;
/**
 * Most documents one packed sequence may hold (after the list repeats): 8,192 (an average of 16 tokens at 131,072).
 * Beyond it the widget says so instead of drawing: it keeps every update well under a frame.
 */
export const MAX_PACKED = 8_192;
/** Longest `docs` text the URL carries (code points): room for 1,024 six-digit lengths. */
export const MAX_DOCS_TEXT = 7_200;

/** The worked example: 8,192 tokens as documents of 1,000, 3,000 and 4,192 (13,790,528 of 33,558,528 pairs kept). */
export const DEFAULT_CUSTOM_DOCS: readonly number[] = [1_000, 3_000, 4_192];

export const DEFAULTS = {
  seqLen: 8_192,
  preset: 'custom' as Preset,
  /** Empty: the preset's lengths (for `custom`, DEFAULT_CUSTOM_DOCS). */
  docs: '',
  seed: 1,
};

/**
 * The presets' lengths in tokens, made up to look like their kind of text, NOT measured on Llama 3's data (the
 * report gives no document-length statistics). `web`: short pages; `code`: source files; `book`: one book longer than
 * any sequence here, so it is cut and the mask removes nothing.
 */
export const PRESET_LENGTHS: Record<'web' | 'code' | 'book', readonly number[]> = {
  web: [412, 1_530, 286, 2_210, 760, 1_045, 198, 3_120, 530, 905],
  code: [1_840, 620, 4_350, 240, 2_760, 1_180, 7_900, 455],
  book: [250_000],
};

/**
 * `random`: lengths drawn uniformly within one of four bands (illustrative): 64–255 tokens with
 * probability 0.35, 256–1,023 with 0.40, 1,024–4,095 with 0.20, 4,096–16,383 with 0.05. Integer arithmetic on
 * mulberry32's uniforms only, so a seed gives the same lengths in every browser.
 */
export const RANDOM_BANDS: readonly { lo: number; hi: number; p: number }[] = [
  { lo: 64, hi: 256, p: 0.35 },
  { lo: 256, hi: 1_024, p: 0.4 },
  { lo: 1_024, hi: 4_096, p: 0.2 },
  { lo: 4_096, hi: 16_384, p: 0.05 },
];

/** Lengths drawn for `random` until they cover seqLen tokens (the last one is then cut by the packing). */
export function randomLengths(seed: number, seqLen: number): number[] {
  const u = mulberry32(deriveSeed(seed, 1));
  const out: number[] = [];
  let sum = 0;
  while (sum < seqLen) {
    const r = u();
    let band = RANDOM_BANDS[RANDOM_BANDS.length - 1]!;
    let acc = 0;
    for (const b of RANDOM_BANDS) { acc += b.p; if (r < acc) { band = b; break; } }
    const l = band.lo + Math.floor(u() * (band.hi - band.lo));
    out.push(l);
    sum += l;
  }
  return out;
}

// ── The typed list ───────────────────────────────────────────────────────────────────────────────

/** Why a typed list of lengths is refused. `index` is 0-based (the words say "document index + 1"). */
export type ListError =
  | { code: 'empty' }
  | { code: 'notNumber'; index: number }
  | { code: 'notPositive'; index: number }
  | { code: 'tooLarge'; index: number }
  | { code: 'tooMany'; count: number; max: number }
  | { code: 'sumOverflow' }
  /** The list is fine, but packed into seqLen tokens (repeating) it makes more than MAX_PACKED documents. */
  | { code: 'tooManyPacked'; count: number; max: number };

export type ListParse = { ok: true; lengths: number[] } | { ok: false; error: ListError };

/**
 * Reads "1000,3000,4192": whole numbers separated by commas (also ，、 and spaces); empty items are skipped. Each
 * length must be a positive integer no larger than 2⁵³ − 1, and so must their sum; at most MAX_DOCS lengths.
 */
export function parseDocList(text: string): ListParse {
  const items = text.split(/[\s,，、]+/u).filter((s) => s !== '');
  if (items.length === 0) return { ok: false, error: { code: 'empty' } };
  if (items.length > MAX_DOCS) return { ok: false, error: { code: 'tooMany', count: items.length, max: MAX_DOCS } };
  const lengths: number[] = [];
  let sum = 0;
  for (let i = 0; i < items.length; i++) {
    const s = items[i]!.replace(/^\+/, '');
    if (/^-\d+$/.test(s) || /^0+$/.test(s)) return { ok: false, error: { code: 'notPositive', index: i } };
    if (!/^\d+$/.test(s)) return { ok: false, error: { code: 'notNumber', index: i } };
    const n = Number(s);
    if (!Number.isSafeInteger(n)) return { ok: false, error: { code: 'tooLarge', index: i } };
    sum += n;
    if (!Number.isSafeInteger(sum)) return { ok: false, error: { code: 'sumOverflow' } };
    lengths.push(n);
  }
  return { ok: true, lengths };
}

/** The list as the URL and the field write it: "1000,3000,4192". */
export function formatDocList(lengths: readonly number[]): string {
  return lengths.join(',');
}

/** The list a state packs: the typed `docs` when given (it overrides the preset), else the preset's. */
export function sourceList(state: { seqLen: number; preset: Preset; docs: string; seed: number }):
  { source: Preset; list: ListParse } {
  if (state.docs !== '') return { source: 'custom', list: parseDocList(state.docs) };
  switch (state.preset) {
    case 'custom': return { source: 'custom', list: { ok: true, lengths: [...DEFAULT_CUSTOM_DOCS] } };
    case 'random': return { source: 'random', list: { ok: true, lengths: randomLengths(state.seed, state.seqLen) } };
    default: return { source: state.preset, list: { ok: true, lengths: [...PRESET_LENGTHS[state.preset]] } };
  }
}

// ── Packing ──────────────────────────────────────────────────────────────────────────────────────

export interface Packing {
  /** Lengths of the documents in the sequence, in order; they sum to seqLen. */
  lengths: number[];
  /** How many times the list was started again to fill the sequence (0: it was long enough). */
  repeats: number;
  /** The last document was cut at the end of the sequence: its length in the list and what was kept. */
  cut: { listLength: number; kept: number } | null;
  /** Documents of the list (on its last pass) left out after the cut. */
  leftOut: number;
  /**
   * documentOffsets(lengths), filled here in one preallocated array: with 131,072 one-token documents the shared
   * helper's pushes cost more than everything else of an update (model.test.ts checks the two agree).
   */
  offsets: number[];
}

/** How many documents the packing rule makes (exact, O(list length)): whole passes of the list, then a partial one. */
export function packedCount(list: readonly number[], seqLen: number): number {
  let sum = 0;
  for (const l of list) sum += l;
  const passes = Math.floor(seqLen / sum);
  let rest = seqLen - passes * sum, count = passes * list.length;
  for (let i = 0; rest > 0; i++) { rest -= list[i]!; count++; }
  return count;
}

/** The packing rule above. `list` must be non-empty with positive lengths (parseDocList's). */
export function packDocuments(list: readonly number[], seqLen: number): Packing {
  // Count first, then fill arrays of that size (a sequence of one-token documents has 131,072 of them).
  let count = 0, total = 0, i = 0, repeats = 0;
  while (total < seqLen) {
    if (i === list.length) { i = 0; repeats++; }
    total += list[i++]!;
    count++;
  }
  const lengths = new Array<number>(count);
  const offsets = new Array<number>(count + 1);
  offsets[0] = 0;
  total = 0; i = 0;
  for (let d = 0; d < count; d++) {
    if (i === list.length) i = 0;
    const l = list[i]!;
    lengths[d] = Math.min(l, seqLen - total);
    total += lengths[d]!;
    offsets[d + 1] = total;
    i++;
  }
  const last = list[i - 1]!;
  const cut = lengths[count - 1]! < last ? { listLength: last, kept: lengths[count - 1]! } : null;
  return { lengths, repeats, cut, leftOut: list.length - i, offsets };
}

// ── Aggregated mask cells ────────────────────────────────────────────────────────────────────────

/** Most cells per side of a drawn mask (the exact aggregation's grid: ≤ 128 × 128). */
export const MAX_CELLS = 128;

export interface MaskGrid {
  /** Cells per side. */
  n: number;
  /** Token boundaries of the cells: cell i holds tokens [edges[i], edges[i+1]); edges[n] = seqLen. */
  edges: number[];
  /** Allowed (query, key) pairs per cell, row-major [row · n + col]: exact counts. */
  causal: Float64Array;
  document: Float64Array;
}

/** Index of the document holding token t: the last d with offsets[d] ≤ t. */
export function documentOf(offsets: readonly number[], t: number): number {
  let lo = 0, hi = offsets.length - 2;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (offsets[mid]! <= t) lo = mid; else hi = mid - 1; }
  return lo;
}

/**
 * Each cell's exact count of allowed pairs (allowedInBlock), over n = min(seqLen, 128) cells per side whose edges
 * are ⌊i·seqLen/n⌋. For the document mask only queries that can see a key of the cell are walked: none before the
 * cell's first key, none after the end of the document holding its last key (a cost of O(documents near the
 * diagonal), not O(documents) per cell).
 */
export function maskGrid(seqLen: number, offsets: readonly number[], cells = MAX_CELLS): MaskGrid {
  const n = Math.min(seqLen, cells);
  const edges = Array.from({ length: n + 1 }, (_, i) => Math.floor((i * seqLen) / n));
  const causal = new Float64Array(n * n);
  const masked = new Float64Array(n * n);
  for (let r = 0; r < n; r++) {
    const r0 = edges[r]!, r1 = edges[r + 1]!;
    for (let c = 0; c <= r; c++) {
      const c0 = edges[c]!, c1 = edges[c + 1]!;
      causal[r * n + c] = allowedInBlock(null, r0, r1, c0, c1);
      const lastDoc = documentOf(offsets, c1 - 1);
      const q0 = Math.max(r0, c0), q1 = Math.min(r1, offsets[lastDoc + 1]!);
      masked[r * n + c] = q1 > q0 ? allowedInBlock(offsets, q0, q1, c0, c1) : 0;
    }
  }
  return { n, edges, causal, document: masked };
}

// ── The whole computation ────────────────────────────────────────────────────────────────────────

export interface MaskState {
  seqLen: number;
  preset: Preset;
  docs: string;
  seed: number;
  token?: number | undefined;
}

/** A value outside what the model handles (only from a direct call: the URL schema refuses these). */
export type MaskIssue =
  | { code: 'outOfRange'; field: 'seqLen' | 'seed' | 'token'; min: number; max: number }
  | { code: 'list'; error: ListError };

export interface TokenRow {
  index: number;
  /** 0-based document holding the token, its first token. */
  doc: number;
  docStart: number;
  /** Keys the token attends: with the document mask (its own document up to itself), and with the causal mask alone. */
  withMask: number;
  without: number;
}

export interface MaskOk {
  ok: true;
  seqLen: number;
  source: Preset;
  /** The list before packing. */
  list: number[];
  packing: Packing;
  /** documentOffsets of the packed lengths (packing.offsets). */
  offsets: number[];
  /** Exact allowed pairs: causal n(n+1)/2, causal + document Σ l(l+1)/2. */
  causalPairs: number;
  documentPairs: number;
  /** Share of the causal pairs (and so of attention FLOPs: 4·d per pair either way) the document mask removes. */
  removed: number;
  grid: MaskGrid;
  token: TokenRow | null;
}

export type MaskResult = MaskOk | { ok: false; issues: MaskIssue[] };

const within = (v: number, l: { min: number; max: number }) => Number.isInteger(v) && v >= l.min && v <= l.max;

/** The token's row: which document it is in and how many keys it sees with and without the document mask. */
export function tokenRow(offsets: readonly number[], index: number): TokenRow {
  const doc = documentOf(offsets, index);
  const docStart = offsets[doc]!;
  return { index, doc, docStart, withMask: index - docStart + 1, without: index + 1 };
}

export function computeMask(state: MaskState): MaskResult {
  const issues: MaskIssue[] = [];
  if (!within(state.seqLen, LIMITS.seqLen)) issues.push({ code: 'outOfRange', field: 'seqLen', ...LIMITS.seqLen });
  if (!within(state.seed, LIMITS.seed)) issues.push({ code: 'outOfRange', field: 'seed', ...LIMITS.seed });
  if (state.token !== undefined && !within(state.token, LIMITS.token)) issues.push({ code: 'outOfRange', field: 'token', ...LIMITS.token });
  if (issues.length > 0) return { ok: false, issues };
  const { source, list } = sourceList(state);
  if (!list.ok) return { ok: false, issues: [{ code: 'list', error: list.error }] };
  const count = packedCount(list.lengths, state.seqLen);
  if (count > MAX_PACKED) return { ok: false, issues: [{ code: 'list', error: { code: 'tooManyPacked', count, max: MAX_PACKED } }] };
  const packing = packDocuments(list.lengths, state.seqLen);
  const offsets = packing.offsets;
  const c = causalPairs(state.seqLen);
  const d = documentPairs(packing.lengths);
  const token = state.token === undefined ? null : tokenRow(offsets, Math.min(state.token, state.seqLen - 1));
  return {
    ok: true, seqLen: state.seqLen, source, list: list.lengths, packing, offsets,
    causalPairs: c, documentPairs: d, removed: 1 - d / c, grid: maskGrid(state.seqLen, offsets), token,
  };
}

/** A token the URL asks for beyond the sequence is shown at the last token (the island's `adjust` names it). */
export function tokenAdjustment(state: MaskState): number | null {
  return state.token !== undefined && state.token >= state.seqLen ? state.seqLen - 1 : null;
}

// ── Slider steps ─────────────────────────────────────────────────────────────────────────────────

/** Sequence lengths on the slider: powers of two from 64 to 131,072 (the field takes any length). */
export const SEQ_STEPS: readonly number[] = Array.from({ length: 12 }, (_, k) => 64 * 2 ** k);

/** The step nearest to `value` on a log scale. */
export function nearestStep(value: number): number {
  let best = 0;
  for (let i = 1; i < SEQ_STEPS.length; i++) if (Math.abs(Math.log2(SEQ_STEPS[i]! / value)) < Math.abs(Math.log2(SEQ_STEPS[best]! / value))) best = i;
  return best;
}

/** A typed integer field's reading: a value in range, or why not. */
export type FieldRefusal = { code: 'notInteger' } | { code: 'outOfRange'; min: number; max: number };

export function readInt(text: string, limits: { min: number; max: number }): { ok: true; value: number } | { ok: false; error: FieldRefusal } {
  const s = text.trim().replace(/[,\s]/g, '');
  if (!/^-?\d{1,16}$/.test(s)) return { ok: false, error: { code: 'notInteger' } };
  const v = Number(s) + 0;
  if (v < limits.min || v > limits.max) return { ok: false, error: { code: 'outOfRange', min: limits.min, max: limits.max } };
  return { ok: true, value: v };
}

// ── The attention demo: one real head on a small packed sequence ─────────────────────────────────

/** The demo's three documents (tokens each), its head dimension and RoPE base (Llama 3's 500,000, report §3.2). */
export const DEMO = { docs: [7, 9, 8] as readonly number[], headDim: 16, base: ROPE_THETA_LLAMA3 } as const;
export const DEMO_TOKENS = DEMO.docs.reduce((a, b) => a + b, 0);
const DEMO_OFFSETS = documentOffsets(DEMO.docs);
/** The first token of the second document: the demo's chosen token is from here on (a later document). */
export const DEMO_FIRST_LATER = DEMO_OFFSETS[1]!;
export const DEMO_DEFAULT_TOKEN = DEMO_TOKENS - 1;

/** Document of each demo token. */
export const DEMO_DOC_OF: readonly number[] = DEMO.docs.flatMap((l, d) => Array.from({ length: l }, () => d));

export interface DemoHead {
  /** [tokens][headDim] query, key and value vectors before RoPE. */
  q: Float64Array[];
  k: Float64Array[];
  v: Float64Array[];
}

/**
 * The demo's Q, K and V: seeded Gaussian vectors per token, as a head's projections of the tokens would give. Each
 * document draws from its own derived seed; document 1's also depends on `version`, so "changing its text" (a new
 * version) redraws its vectors and leaves the other documents' untouched.
 */
export function demoHead(seed: number, version: number): DemoHead {
  const q: Float64Array[] = [], k: Float64Array[] = [], v: Float64Array[] = [];
  DEMO.docs.forEach((len, d) => {
    const g = gaussian(mulberry32(deriveSeed(seed, 2, d, d === 0 ? version : 0)));
    for (let t = 0; t < len; t++) {
      for (const out of [q, k, v]) out.push(Float64Array.from({ length: DEMO.headDim }, g));
    }
  });
  return { q, k, v };
}

const DEMO_INV_FREQ = inverseFrequencies(DEMO.base, DEMO.headDim);

export interface DemoAttention {
  /** Scores q·k/√d after RoPE, [query][key]; −Infinity where masked. */
  scores: Float64Array[];
  /** Softmax of each row (masked keys exactly 0). */
  weights: Float64Array[];
  /** Σ weight · v, [query][headDim]. */
  outputs: Float64Array[];
}

/**
 * Causal attention of one head over the demo sequence, with or without the document mask. RoPE rotates q and k by
 * their positions: the index in the packed sequence, or (resetPositions) the index within its own document.
 */
export function demoAttention(head: DemoHead, documentMask: boolean, resetPositions = false): DemoAttention {
  const n = DEMO_TOKENS, scale = 1 / Math.sqrt(DEMO.headDim);
  const pos = (t: number) => (resetPositions ? t - DEMO_OFFSETS[DEMO_DOC_OF[t]!]! : t);
  const qr = head.q.map((x, t) => applyRope(x, pos(t), DEMO_INV_FREQ));
  const kr = head.k.map((x, t) => applyRope(x, pos(t), DEMO_INV_FREQ));
  const scores: Float64Array[] = [], weights: Float64Array[] = [], outputs: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const s = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      const allowed = j <= i && (!documentMask || DEMO_DOC_OF[j] === DEMO_DOC_OF[i]);
      s[j] = allowed ? dot(qr[i]!, kr[j]!) * scale : -Infinity;
    }
    const w = new Float64Array(n);
    softmaxInto(s, w);
    const o = new Float64Array(DEMO.headDim);
    for (let j = 0; j < n; j++) for (let e = 0; e < DEMO.headDim; e++) o[e]! += w[j]! * head.v[j]![e]!;
    scores.push(s); weights.push(w); outputs.push(o);
  }
  return { scores, weights, outputs };
}

/** Largest |a − b| over two vectors (0 when they are bitwise equal). */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

function norm(a: ArrayLike<number>): number {
  return Math.sqrt(dot(a, a));
}

export interface DemoResult {
  token: number;
  /** 0-based document of the chosen token. */
  doc: number;
  version: number;
  /** Attention weights of the chosen token (before and after the edit), with and without the document mask. */
  weights: { masked: Float64Array; unmasked: Float64Array };
  /** max |Δ| of the chosen token's output when document 1's text changes (version → version + 1). */
  diffMasked: number;
  diffUnmasked: number;
  /** ‖output‖ without the mask, for scale. */
  outputNorm: number;
  /** With the mask: max |Δ| of the token's within-document scores between global and per-document positions (rounding only). */
  resetScoreDiff: number;
  resetOutputDiff: number;
}

/** The demo for a chosen later-document token: the output differences when document 1 changes, and the reset check. */
export function computeDemo(seed: number, version: number, token: number): DemoResult {
  const t = Math.min(Math.max(token, DEMO_FIRST_LATER), DEMO_TOKENS - 1);
  const before = demoHead(seed, version), after = demoHead(seed, version + 1);
  const m0 = demoAttention(before, true), m1 = demoAttention(after, true);
  const u0 = demoAttention(before, false), u1 = demoAttention(after, false);
  const reset = demoAttention(after, true, true);
  const d = DEMO_DOC_OF[t]!;
  let resetScoreDiff = 0;
  for (let j = DEMO_OFFSETS[d]!; j <= t; j++) resetScoreDiff = Math.max(resetScoreDiff, Math.abs(m1.scores[t]![j]! - reset.scores[t]![j]!));
  return {
    token: t, doc: d, version,
    weights: { masked: m1.weights[t]!, unmasked: u1.weights[t]! },
    diffMasked: maxAbsDiff(m0.outputs[t]!, m1.outputs[t]!),
    diffUnmasked: maxAbsDiff(u0.outputs[t]!, u1.outputs[t]!),
    outputNorm: norm(u1.outputs[t]!),
    resetScoreDiff,
    resetOutputDiff: maxAbsDiff(m1.outputs[t]!, reset.outputs[t]!),
  };
}

// ── Drawing helpers that are numbers, not geometry ───────────────────────────────────────────────

/** At most this many document boundaries are drawn as lines (more would fill the picture); labels need room too. */
export const MAX_DRAWN_BOUNDARIES = 64;

/** The boundaries drawn: token offsets strictly inside the sequence, or null when there are too many to draw. */
export function drawnBoundaries(offsets: readonly number[]): number[] | null {
  const inner = offsets.slice(1, -1);
  return inner.length <= MAX_DRAWN_BOUNDARIES ? inner : null;
}
