// Vocabulary size against parameters and sequence length: report §3.2 (128K tokenizer, better compression)
// and Table 3 (shapes). Embedding + LM head = 2·V·d (untied), their share of all parameters (src/lib/llama
// parameterCount with V varied), and, for measured token counts, tokens and forward FLOPs per character.
// Pure: every number comes from src/data, the state, or token counts passed in (measured live by the view); the
// words are in messages.ts.
import { scaleLog, scaleLinear } from 'd3-scale';
import { scaleTicks, ticksAt, type Tick } from '../../lib/axisTicks';
import { line } from 'd3-shape';
import { CL100K_REGULAR_TOKENS, LLAMA2_VOCAB, LLAMA3_VOCAB_ROWS, MODELS, type ModelId } from '../../data/models';
import type { Format } from '../../lib/format';
import {
  LLAMA3_MODEL_IDS, ffnHiddenDim, forwardFlopsPerToken, headDim, parameterCount, validateShape,
  type DecoderShape, type ShapeIssue,
} from '../../lib/llama';
import { countCodePoints } from '../../lib/text';
import type { TokenizerId } from '../../tokenizers';
import { SAMPLES, type SampleId } from './samples';

export const TRADEOFF_MODELS = [...LLAMA3_MODEL_IDS, 'custom'] as const;
export type TradeoffModel = (typeof TRADEOFF_MODELS)[number];

/** Bounds of the highlighted vocabulary size V (rows of the embedding matrix). */
export const VOCAB_MIN = 1_000;
export const VOCAB_MAX = 1_000_000;
/** The range the curve always covers: 32K to 256K rows. */
export const CURVE_MIN = 32_000;
export const CURVE_MAX = 256_000;

/** Every Llama 3 model has head dimension 128 (Table 3: d/H); custom widths keep it. */
export const HEAD_DIM = headDim(MODELS['llama3-8b']);
/** Key/value heads of every Llama 3 model (Table 3); custom models keep 8 (fewer if they have fewer heads). */
export const KV_HEADS = MODELS['llama3-8b'].kvHeads;
export const CUSTOM_DIM_MIN = HEAD_DIM;
export const CUSTOM_DIM_MAX = 65_536;
export const CUSTOM_LAYERS_MIN = 1;
export const CUSTOM_LAYERS_MAX = 256;

/** The state the model needs (the widget's URL state). */
export interface TradeoffState {
  model: TradeoffModel;
  /** Highlighted vocabulary size V, rows. */
  vocab: number;
  sample: SampleId;
  /** Custom model width d. */
  dim: number;
  /** Custom number of blocks L. */
  layers: number;
}

/** A model body: every shape except the vocabulary, which the widget varies. */
export interface Body {
  /** Whose shapes these are: a Llama 3 model (its name and source in src/data), or the reader's custom width and layers. */
  model: TradeoffModel;
  shape: Omit<DecoderShape, 'vocab'>;
}

/** The custom width and layers the widget accepts (src/lib/llama validateShape; the head dimension stays HEAD_DIM). */
const CUSTOM_LIMITS = {
  dim: { min: CUSTOM_DIM_MIN, max: CUSTOM_DIM_MAX },
  layers: { min: CUSTOM_LAYERS_MIN, max: CUSTOM_LAYERS_MAX },
};

/**
 * The body to price, or the first issue of the custom shape (field `dim` or `layers`; messages.ts words it): the
 * width out of bounds or not a multiple of HEAD_DIM, else the layers out of bounds.
 */
export function bodyFor(state: Pick<TradeoffState, 'model' | 'dim' | 'layers'>): { body: Body; error: null } | { body: null; error: ShapeIssue } {
  if (state.model !== 'custom') {
    const model: ModelId = state.model in MODELS ? state.model : 'llama3-8b';
    const { dim, layers, heads, kvHeads, ffnDim, tiedEmbeddings } = MODELS[model];
    return { body: { model, shape: { dim, layers, heads, kvHeads, ffnDim, tiedEmbeddings } }, error: null };
  }
  const { dim, layers } = state;
  const [issue] = validateShape({ dim, layers, headDim: HEAD_DIM }, { limits: CUSTOM_LIMITS });
  if (issue) return { body: null, error: issue };
  const heads = dim / HEAD_DIM;
  return {
    body: {
      model: 'custom',
      shape: { dim, layers, heads, kvHeads: Math.min(KV_HEADS, heads), ffnDim: ffnHiddenDim(dim, MODELS['llama3-8b'].ffnRule), tiedEmbeddings: false },
    },
    error: null,
  };
}

/** Parameters that depend on V, for a body and a vocabulary size. Exact. */
export interface VocabCost {
  vocab: number;
  /** Input embedding + output projection: 2·V·d (Llama 3 does not tie them). */
  embedAndHead: bigint;
  /** All parameters with this V. */
  total: bigint;
  /** embedAndHead / total, 0…1. */
  share: number;
}

export function vocabCost(body: Body, vocab: number): VocabCost {
  const v = Math.max(0, Math.round(vocab));
  const shape = { ...body.shape, vocab: v };
  const total = parameterCount(shape);
  const embedAndHead = BigInt(v) * BigInt(shape.dim) * (shape.tiedEmbeddings ? 1n : 2n);
  return { vocab: v, embedAndHead, total, share: total > 0n ? ratio(embedAndHead, total) : 0 };
}

/** a / b as a float, exact enough for shares of bigint totals. */
function ratio(a: bigint, b: bigint): number {
  return Number((a * 1_000_000_000_000n) / b) / 1e12;
}

/**
 * Forward FLOPs per token of `body` with `vocab` rows: src/lib/llama forwardFlopsPerToken without the attention
 * term, 2 per weight in a matrix product (attention, feed-forward, and the LM head, 2·V·d of it); the embedding is a
 * lookup and the norm gains are elementwise. Attention over the context grows with the sequence, not with V.
 */
function weightFlopsPerToken(body: Body, vocab: number): number {
  const shape = { ...body.shape, vocab: Math.max(0, Math.round(vocab)) };
  return Number(forwardFlopsPerToken(shape, { contextTokens: null }).total);
}

/** A real tokenizer placed on the curve (where each count comes from: messages.ts, `tokenizerCite`). */
export interface TokenizerPoint {
  id: TokenizerId;
  /** Its name (a proper name, the same in every language). */
  name: string;
  /** Rows it would need in the embedding matrix. */
  vocab: number;
}

export const TOKENIZER_POINTS: readonly TokenizerPoint[] = [
  // SentencePiece BPE, 32,000 rows.
  { id: 'llama2', name: 'Llama 2', vocab: LLAMA2_VOCAB },
  // Its regular tokens (ids 0–100,255), the first 100K of Llama 3's.
  { id: 'cl100k', name: 'cl100k_base', vocab: CL100K_REGULAR_TOKENS },
  // 128,000 BPE tokens + 256 special tokens.
  { id: 'llama3', name: 'Llama 3', vocab: LLAMA3_VOCAB_ROWS },
];

/** One row of the trade-off: a tokenizer's vocabulary on this body, and what it costs the sample in tokens. */
export interface TradeoffRow {
  point: TokenizerPoint;
  cost: VocabCost;
  /** Tokens for the sample (no BOS/EOS), or null until measured. */
  tokens: number | null;
  charsPerToken: number | null;
  /** tokens / Llama 3's tokens for the same sample. */
  relativeTokens: number | null;
  /** ≈ forward FLOPs per character of the sample. */
  flopsPerChar: number | null;
  /** flopsPerChar / Llama 3's. */
  relativeFlops: number | null;
}

export function tradeoffRows(body: Body, text: string, tokens: Partial<Record<TokenizerId, number>>): TradeoffRow[] {
  const chars = countCodePoints(text);
  const valid = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;
  const base = TOKENIZER_POINTS.find((p) => p.id === 'llama3')!;
  const baseTokens = tokens.llama3;
  const baseFlops = valid(baseTokens) && chars > 0 ? (weightFlopsPerToken(body, base.vocab) * baseTokens) / chars : null;
  return TOKENIZER_POINTS.map((point) => {
    const t = tokens[point.id];
    const cost = vocabCost(body, point.vocab);
    if (!valid(t) || chars === 0) {
      return { point, cost, tokens: null, charsPerToken: null, relativeTokens: null, flopsPerChar: null, relativeFlops: null };
    }
    const flopsPerChar = (weightFlopsPerToken(body, point.vocab) * t) / chars;
    return {
      point, cost, tokens: t, charsPerToken: chars / t,
      relativeTokens: valid(baseTokens) ? t / baseTokens : null,
      flopsPerChar,
      relativeFlops: baseFlops ? flopsPerChar / baseFlops : null,
    };
  });
}

// ── Vocabulary slider: log-spaced stops, plus the exact sizes of the three tokenizers. ──

const STOPS_PER_DECADE = 48;

/** Sorted slider stops from VOCAB_MIN to VOCAB_MAX: 3 significant digits on a log grid, plus the tokenizers. */
export const VOCAB_STOPS: readonly number[] = (() => {
  const set = new Set<number>(TOKENIZER_POINTS.map((p) => p.vocab));
  const decades = Math.log10(VOCAB_MAX / VOCAB_MIN);
  for (let i = 0; i <= decades * STOPS_PER_DECADE; i++) {
    const v = VOCAB_MIN * 10 ** (i / STOPS_PER_DECADE);
    const mag = 10 ** (Math.floor(Math.log10(v)) - 2);
    set.add(Math.min(VOCAB_MAX, Math.round(v / mag) * mag));
  }
  return [...set].sort((a, b) => a - b);
})();

/** Index of the stop nearest to V (in log distance). */
export function nearestStop(vocab: number): number {
  const v = Math.min(VOCAB_MAX, Math.max(VOCAB_MIN, Number.isFinite(vocab) ? vocab : VOCAB_MIN));
  let best = 0;
  for (let i = 1; i < VOCAB_STOPS.length; i++) {
    if (Math.abs(Math.log(VOCAB_STOPS[i]! / v)) < Math.abs(Math.log(VOCAB_STOPS[best]! / v))) best = i;
  }
  return best;
}

// ── Chart: share of all parameters spent on embedding + LM head, against V on a log axis. ──

/** A point of the curve: V rows and the share of all parameters in the embedding and the LM head. */
export interface CurveEnd {
  vocab: number;
  share: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  domain: [number, number];
  path: string;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Labels sit above their dot; cl100k's ends at its dot (to its left) so it clears Llama 3's. */
  points: { id: TokenizerId; name: string; x: number; y: number; share: number; anchor: 'start' | 'end' }[];
  highlight: { x: number; y: number; share: number };
  /** The two ends of the curve (rows rounded, share of all parameters), for the chart's text alternative. */
  ends: [CurveEnd, CurveEnd];
}

const VOCAB_TICKS = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 512_000, 1_000_000];

/** Tick labels are printed with `fmt` (the reader's language): shares as percentages, sizes in short form ("128K"). */
export function chartGeometry(body: Body, highlight: number, width: number, height: number, fmt: Format): ChartGeometry {
  const margin = { top: 26, right: 18, bottom: 38, left: 46 };
  const w = Math.max(1, width - margin.left - margin.right);
  const h = Math.max(1, height - margin.top - margin.bottom);
  const v = Math.min(VOCAB_MAX, Math.max(VOCAB_MIN, highlight));
  const domain: [number, number] = [Math.min(CURVE_MIN, v) / 1.12, Math.max(CURVE_MAX, v) * 1.06];
  const x = scaleLog().domain(domain).range([0, w]);
  const n = 80;
  const samples = Array.from({ length: n + 1 }, (_, i) => domain[0] * (domain[1] / domain[0]) ** (i / n));
  const shares = samples.map((s) => vocabCost(body, s).share);
  const maxShare = Math.max(...shares, vocabCost(body, v).share, 1e-6);
  const y = scaleLinear().domain([0, maxShare * 1.1]).range([h, 0]).nice(4);
  const path = line<number>().x((_, i) => x(samples[i]!)).y((s) => y(s))(shares) ?? '';
  const yTicks = scaleTicks(y, 4, (t) => fmt.percent(t, { digits: 2, trim: true }));
  const xTicks = ticksAt(x, VOCAB_TICKS.filter((t) => t >= domain[0] && t <= domain[1]), (t) => fmt.short(t, { trim: true }));
  const points = TOKENIZER_POINTS.map((p) => {
    const share = vocabCost(body, p.vocab).share;
    return { id: p.id, name: p.name, x: x(p.vocab), y: y(share), share, anchor: p.id === 'cl100k' ? 'end' as const : 'start' as const };
  });
  const hs = vocabCost(body, v).share;
  const end = (vocab: number): CurveEnd => {
    const c = vocabCost(body, vocab);
    return { vocab: c.vocab, share: c.share };
  };
  return {
    width, height, margin, domain, path, xTicks, yTicks, points, highlight: { x: x(v), y: y(hs), share: hs },
    ends: [end(domain[0]), end(domain[1])],
  };
}

/** The sample a state names (the English one for anything else). */
export function sampleOf(sample: SampleId): SampleId {
  return sample in SAMPLES ? sample : 'english';
}

/** Sample text of a preset id (the English sample for anything else). */
export function sampleText(sample: SampleId): string {
  return SAMPLES[sampleOf(sample)].text;
}

/**
 * What a screen reader hears, as numbers (messages.ts words it): the custom shape's first issue, or the cost of the
 * chosen V on the body and the tokenizers measured so far on the sample.
 */
export type TradeoffSummary =
  | { ok: false; issue: ShapeIssue }
  | { ok: true; body: Body; cost: VocabCost; sample: SampleId; measured: (TradeoffRow & { tokens: number; charsPerToken: number })[] };

export function summarize(state: TradeoffState, tokens: Partial<Record<TokenizerId, number>> = {}): TradeoffSummary {
  const { body, error } = bodyFor(state);
  if (!body) return { ok: false, issue: error };
  const sample = sampleOf(state.sample);
  const measured = tradeoffRows(body, sampleText(sample), tokens)
    .filter((r): r is TradeoffRow & { tokens: number; charsPerToken: number } => r.tokens !== null && r.charsPerToken !== null);
  return { ok: true, body, cost: vocabCost(body, state.vocab), sample, measured };
}

/** Llama 2's vocabulary against Llama 3's on one body and sample: the trade-off in numbers. */
export interface TradeoffComparison {
  /** Rows of Llama 2's and Llama 3's vocabularies. */
  fromVocab: number;
  toVocab: number;
  /** Parameters Llama 3's vocabulary adds (embedding + LM head). */
  extraParams: number;
  /** Relative change of all parameters, (total₃ − total₂) / total₂. */
  totalChange: number;
  /** Tokens for the sample with each. */
  fromTokens: number;
  toTokens: number;
  /** Relative change of the token count, tokens₃ / tokens₂ − 1 (negative: fewer). */
  tokenChange: number;
  /** Relative change of forward FLOPs per character (negative: less). */
  flopsChange: number;
}

/** The trade-off from Llama 2's vocabulary to Llama 3's (null until both token counts are measured). */
export function tradeoffComparison(rows: readonly TradeoffRow[]): TradeoffComparison | null {
  const l2 = rows.find((r) => r.point.id === 'llama2');
  const l3 = rows.find((r) => r.point.id === 'llama3');
  if (!l2?.tokens || !l3?.tokens || !l2.flopsPerChar || !l3.flopsPerChar) return null;
  return {
    fromVocab: l2.point.vocab,
    toVocab: l3.point.vocab,
    extraParams: Number(l3.cost.embedAndHead - l2.cost.embedAndHead),
    totalChange: Number(l3.cost.total - l2.cost.total) / Number(l2.cost.total),
    fromTokens: l2.tokens,
    toTokens: l3.tokens,
    tokenChange: l3.tokens / l2.tokens - 1,
    flopsChange: l3.flopsPerChar / l2.flopsPerChar - 1,
  };
}
