// A micro Llama 3 decoder and its real forward pass: the block structure of report §3.2 / Table 3 as in
// Meta's llama-models model.py (pre-RMSNorm with ε, RoPE on interleaved pairs with θ = 500,000, GQA with
// repeat_kv, SwiGLU, untied LM head, causal mask), at toy width with seeded, untrained weights.
// Pure: no DOM, no Math.random. Row-major Float64Array matrices; y = x·W with W stored [in × out].
import { RMS_NORM_EPS_LLAMA3, ROPE_THETA_LLAMA3 } from '../../data/models';
import { ffnHiddenDim, parameterCount } from '../../lib/llama';
import { gaussian, mulberry32 } from '../../lib/rng';
import { softmaxInto } from '../../lib/softmax';

/** A dense matrix, row-major: element (i, j) is data[i·cols + j]. */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

/** Shapes of the micro model (same meaning as ModelConfig in src/data/models.ts). */
export interface MicroConfig {
  /** Residual-stream width d. */
  dim: number;
  /** Query heads H. */
  heads: number;
  /** Key/value heads (H / kvHeads query heads share each one). */
  kvHeads: number;
  /** Head dimension h = d / H. */
  headDim: number;
  /** Decoder layers L. */
  layers: number;
  /** SwiGLU hidden width F. */
  ffnDim: number;
  /** Vocabulary size V (rows of the embedding, columns of the LM head). */
  vocab: number;
  /** RoPE base θ. */
  ropeTheta: number;
  /** RMSNorm ε. */
  normEps: number;
}

/** Longest input text, in characters (Unicode code points). */
export const MAX_TEXT_CHARS = 64;

/** Id of the beginning-of-text token, always prepended (as Llama 3 prepends <|begin_of_text|>). */
export const BOS_ID = 0;
/** Id every character outside the micro vocabulary maps to. */
export const UNK_ID = 1;

/** The micro vocabulary: two special tokens, then one token per character. */
export const MICRO_VOCAB: readonly string[] = [
  '<|begin_of_text|>', '<unk>', ' ',
  ...'abcdefghijklmnopqrstuvwxyz0123456789',
  '.', ',', '!', '?', "'", '-',
];

const CHAR_TO_ID = new Map<string, number>(MICRO_VOCAB.map((t, i) => [t, i] as const).filter(([, i]) => i > UNK_ID));

export const MICRO_CONFIG: MicroConfig = {
  dim: 16,
  heads: 4,
  kvHeads: 2,
  headDim: 4,
  layers: 2,
  /** Meta's FeedForward rule with no multiplier, rounded to a multiple of 16: ⌊2·4·16/3⌋ = 42 → 48. */
  ffnDim: ffnHiddenDim(16, { multiplier: null, multipleOf: 16 }),
  vocab: MICRO_VOCAB.length,
  ropeTheta: ROPE_THETA_LLAMA3,
  normEps: RMS_NORM_EPS_LLAMA3,
};

/** Seed of the weights when the reader does not choose one. */
export const DEFAULT_SEED = 3;

// ── Tokens ────────────────────────────────────────────────────────────────────────────────────

export interface MicroToken {
  /** Vocabulary id. */
  id: number;
  /** What the reader sees: the character, "␣" for a space, "BOS", or ⟨U+XXXX⟩ for invisible characters. */
  label: string;
  /** True when the character is not in the micro vocabulary (mapped to <unk>). */
  unknown: boolean;
  /** Position m in the sequence (BOS is 0). */
  position: number;
}

export interface TokenizedInput {
  tokens: MicroToken[];
  /** How many characters were not in the vocabulary. */
  unknownCount: number;
  /** True when the text was longer than MAX_TEXT_CHARS and cut. */
  truncated: boolean;
}

/** U+XXXX form of a code point (at least four hex digits). */
export function codePointName(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

const PRINTABLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

/**
 * A label that is safe to show for one character: letters, digits, punctuation and symbols as
 * themselves; anything else (controls, bidi overrides, zero-width and combining marks, lone
 * surrogates, unusual spaces) as ⟨U+XXXX⟩, so nothing invisible or reordering reaches the page.
 */
export function visibleChar(ch: string): string {
  if (ch === ' ') return '␣';
  return PRINTABLE.test(ch) ? ch : `⟨${codePointName(ch)}⟩`;
}

/** Character-level tokenizer: BOS, then one token per code point; unknown characters become <unk>. */
export function tokenize(text: string): TokenizedInput {
  const chars = Array.from(text);
  const truncated = chars.length > MAX_TEXT_CHARS;
  const kept = truncated ? chars.slice(0, MAX_TEXT_CHARS) : chars;
  const tokens: MicroToken[] = [{ id: BOS_ID, label: 'BOS', unknown: false, position: 0 }];
  let unknownCount = 0;
  kept.forEach((ch, i) => {
    const id = CHAR_TO_ID.get(ch);
    if (id === undefined) unknownCount++;
    tokens.push({ id: id ?? UNK_ID, label: visibleChar(ch), unknown: id === undefined, position: i + 1 });
  });
  return { tokens, unknownCount, truncated };
}

/** Label of a vocabulary entry for the next-token chart. */
export function vocabLabel(id: number): string {
  if (id === BOS_ID) return 'BOS';
  if (id === UNK_ID) return '<unk>';
  const t = MICRO_VOCAB[id];
  return t === undefined ? '?' : visibleChar(t);
}

// ── Weights ───────────────────────────────────────────────────────────────────────────────────

export interface LayerWeights {
  /** RMSNorm gain before attention, [d] (ones, as Meta initialises it). */
  attnNorm: Float64Array;
  /** [d × H·h] */
  wq: Matrix;
  /** [d × KV·h] */
  wk: Matrix;
  /** [d × KV·h] */
  wv: Matrix;
  /** [H·h × d] */
  wo: Matrix;
  /** RMSNorm gain before the FFN, [d]. */
  ffnNorm: Float64Array;
  /** Gate projection [d × F]. */
  w1: Matrix;
  /** Up projection [d × F]. */
  w3: Matrix;
  /** Down projection [F × d]. */
  w2: Matrix;
}

export interface MicroWeights {
  config: MicroConfig;
  seed: number;
  /** Token embedding E, [V × d]. */
  embedding: Matrix;
  layers: LayerWeights[];
  /** Final RMSNorm gain, [d]. */
  finalNorm: Float64Array;
  /** LM head, [d × V]: a separate matrix, not Eᵀ (untied, as in Llama 3). */
  output: Matrix;
}

function matrix(rows: number, cols: number): Matrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

function randomMatrix(rows: number, cols: number, sd: number, draw: () => number): Matrix {
  const m = matrix(rows, cols);
  for (let i = 0; i < m.data.length; i++) m.data[i] = sd * draw();
  return m;
}

function ones(n: number): Float64Array {
  return new Float64Array(n).fill(1);
}

/**
 * Untrained weights from a seed. Linear layers are drawn from N(0, 1/fan_in) so activations keep
 * roughly unit scale through the toy model (a trained model's weights are learned, not chosen);
 * the embedding from N(0, 1); RMSNorm gains are 1, as Meta initialises them.
 */
export function createWeights(seed: number, config: MicroConfig = MICRO_CONFIG): MicroWeights {
  const draw = gaussian(mulberry32(seed));
  const { dim: d, heads: H, kvHeads: KV, headDim: h, ffnDim: F, vocab: V } = config;
  const embedding = randomMatrix(V, d, 1, draw);
  const layers: LayerWeights[] = [];
  for (let l = 0; l < config.layers; l++) {
    layers.push({
      attnNorm: ones(d),
      wq: randomMatrix(d, H * h, 1 / Math.sqrt(d), draw),
      wk: randomMatrix(d, KV * h, 1 / Math.sqrt(d), draw),
      wv: randomMatrix(d, KV * h, 1 / Math.sqrt(d), draw),
      wo: randomMatrix(H * h, d, 1 / Math.sqrt(H * h), draw),
      ffnNorm: ones(d),
      w1: randomMatrix(d, F, 1 / Math.sqrt(d), draw),
      w3: randomMatrix(d, F, 1 / Math.sqrt(d), draw),
      w2: randomMatrix(F, d, 1 / Math.sqrt(F), draw),
    });
  }
  return { config, seed, embedding, layers, finalNorm: ones(d), output: randomMatrix(d, V, 1 / Math.sqrt(d), draw) };
}

/** Number of weights of the micro model (src/lib/llama parameterCount, untied like Llama 3). */
export function microParameterCount(c: MicroConfig = MICRO_CONFIG): number {
  return Number(parameterCount({ dim: c.dim, layers: c.layers, heads: c.heads, kvHeads: c.kvHeads, ffnDim: c.ffnDim, vocab: c.vocab, tiedEmbeddings: false }));
}

// ── Building blocks (each one exported for the tests) ───────────────────────────────────────────

/** x·W: [n × k]·[k × m] → [n × m]. */
export function matmul(x: Matrix, w: Matrix): Matrix {
  const out = matrix(x.rows, w.cols);
  const { data: a } = x, { data: b } = w, { data: c } = out;
  const k = x.cols, m = w.cols;
  for (let i = 0; i < x.rows; i++) {
    for (let p = 0; p < k; p++) {
      const aip = a[i * k + p]!;
      if (aip === 0) continue;
      const bRow = p * m, cRow = i * m;
      for (let j = 0; j < m; j++) c[cRow + j] = c[cRow + j]! + aip * b[bRow + j]!;
    }
  }
  return out;
}

/** Element-wise sum of two matrices of the same shape (the residual add). */
export function add(a: Matrix, b: Matrix): Matrix {
  const out = matrix(a.rows, a.cols);
  for (let i = 0; i < out.data.length; i++) out.data[i] = a.data[i]! + b.data[i]!;
  return out;
}

/**
 * RMSNorm, row by row: y = g ⊙ x / √(mean(x²) + ε). Returns y and each row's root-mean-square
 * before normalising, √mean(x²) (without ε), [rows].
 */
export function rmsNorm(x: Matrix, gain: Float64Array, eps: number): { y: Matrix; rms: Float64Array } {
  const y = matrix(x.rows, x.cols);
  const rms = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) {
    let ss = 0;
    for (let j = 0; j < x.cols; j++) ss += x.data[i * x.cols + j]! ** 2;
    const ms = ss / x.cols;
    rms[i] = Math.sqrt(ms);
    const inv = 1 / Math.sqrt(ms + eps);
    for (let j = 0; j < x.cols; j++) y.data[i * x.cols + j] = gain[j]! * x.data[i * x.cols + j]! * inv;
  }
  return { y, rms };
}

/** RoPE inverse frequencies ωᵢ = θ^(−2i/h), i = 0 … h/2 − 1 (Meta: 1 / theta ** (arange(0, h, 2) / h)). */
export function ropeInverseFrequencies(headDim: number, theta: number): Float64Array {
  const f = new Float64Array(headDim / 2);
  for (let i = 0; i < f.length; i++) f[i] = 1 / theta ** ((2 * i) / headDim);
  return f;
}

/**
 * Rotary position embedding on interleaved pairs, as Meta's apply_rotary_emb: for each head and each
 * pair (2i, 2i+1) of token m, (a, b) ↦ (a·cos mωᵢ − b·sin mωᵢ, a·sin mωᵢ + b·cos mωᵢ).
 * `x` is [T × nHeads·h]; row t is at position positions[t] (default t).
 */
export function applyRope(x: Matrix, nHeads: number, headDim: number, invFreq: Float64Array, positions?: ArrayLike<number>): Matrix {
  const out = matrix(x.rows, x.cols);
  for (let t = 0; t < x.rows; t++) {
    const m = positions ? positions[t]! : t;
    for (let hd = 0; hd < nHeads; hd++) {
      for (let i = 0; i < headDim / 2; i++) {
        const angle = m * invFreq[i]!;
        const c = Math.cos(angle), s = Math.sin(angle);
        const base = t * x.cols + hd * headDim + 2 * i;
        const a = x.data[base]!, b = x.data[base + 1]!;
        out.data[base] = a * c - b * s;
        out.data[base + 1] = a * s + b * c;
      }
    }
  }
  return out;
}

/** SiLU(z) = z·σ(z) = z / (1 + e^(−z)). */
export function silu(z: number): number {
  return z / (1 + Math.exp(-z));
}

// ── The forward pass ──────────────────────────────────────────────────────────────────────────

/** Every intermediate tensor of one decoder layer (T = tokens). */
export interface LayerTrace {
  /** Residual stream entering the layer, [T × d]. */
  input: Matrix;
  /** RMSNorm(input), [T × d]. */
  attnNorm: Matrix;
  /** √mean(x²) of each input row before the norm, [T]. */
  attnNormRms: Float64Array;
  /** Queries before RoPE, [T × H·h] (head k occupies columns k·h … k·h + h − 1). */
  q: Matrix;
  /** Keys before RoPE, [T × KV·h]. */
  k: Matrix;
  /** Values, [T × KV·h]. */
  v: Matrix;
  /** Queries after RoPE, [T × H·h]. */
  qRot: Matrix;
  /** Keys after RoPE, [T × KV·h]. */
  kRot: Matrix;
  /** Attention weights per query head, H × [T × T]; row i sums to 1, entries j > i are exactly 0. */
  attention: Matrix[];
  /** Heads' outputs concatenated, [T × H·h]. */
  heads: Matrix;
  /** Output projection heads·wo, [T × d]. */
  attnOut: Matrix;
  /** After the first residual add, input + attnOut, [T × d]. */
  afterAttn: Matrix;
  /** RMSNorm(afterAttn), [T × d]. */
  ffnNorm: Matrix;
  /** √mean(x²) of each afterAttn row, [T]. */
  ffnNormRms: Float64Array;
  /** SiLU(x·w1) ⊙ (x·w3), the SwiGLU hidden activations, [T × F]. */
  ffnHidden: Matrix;
  /** Down projection hidden·w2, [T × d]. */
  ffnOut: Matrix;
  /** After the second residual add, afterAttn + ffnOut, [T × d]: the layer's output. */
  output: Matrix;
}

export interface ForwardTrace {
  /** Token ids, [T]. */
  ids: number[];
  /** Embedding rows E[idₜ], [T × d]. */
  embedding: Matrix;
  layers: LayerTrace[];
  /** Final RMSNorm of the last layer's output, [T × d]. */
  finalNorm: Matrix;
  finalNormRms: Float64Array;
  /** LM-head scores, [T × V]. */
  logits: Matrix;
  /** softmax of each logits row: next-token probabilities after position t, [T × V]. */
  probs: Matrix;
}

/** Query head k reads key/value head ⌊k / (H/KV)⌋ (Meta's repeat_kv repeats each KV head H/KV times). */
export function kvHeadOf(queryHead: number, heads: number, kvHeads: number): number {
  return Math.floor(queryHead / (heads / kvHeads));
}

/** Causal grouped-query attention of one layer: weights per query head and the concatenated outputs. */
export function attention(qRot: Matrix, kRot: Matrix, v: Matrix, c: MicroConfig): { weights: Matrix[]; heads: Matrix } {
  const T = qRot.rows, h = c.headDim;
  const scale = 1 / Math.sqrt(h);
  const weights: Matrix[] = [];
  const heads = matrix(T, c.heads * h);
  const qd = qRot.data, kd = kRot.data, vd = v.data, od = heads.data;
  const qc = qRot.cols, kc = kRot.cols, vc = v.cols, oc = heads.cols;
  const scores = new Float64Array(T);
  for (let head = 0; head < c.heads; head++) {
    const kv = kvHeadOf(head, c.heads, c.kvHeads);
    const w = matrix(T, T); // entries j > i stay exactly 0: the causal mask (−∞ before the softmax)
    const wd = w.data;
    for (let i = 0; i < T; i++) {
      // Scores only for keys j ≤ i; later keys are masked out.
      for (let j = 0; j <= i; j++) {
        let dot = 0;
        for (let e = 0; e < h; e++) dot += qd[i * qc + head * h + e]! * kd[j * kc + kv * h + e]!;
        scores[j] = dot * scale;
      }
      softmaxInto(scores, scores, 0, i + 1);
      wd.set(scores.subarray(0, i + 1), i * T);
      for (let e = 0; e < h; e++) {
        let acc = 0;
        for (let j = 0; j <= i; j++) acc += scores[j]! * vd[j * vc + kv * h + e]!;
        od[i * oc + head * h + e] = acc;
      }
    }
    weights.push(w);
  }
  return { weights, heads };
}

/** The whole forward pass over token ids (T ≥ 1), keeping every intermediate tensor. */
export function forward(weights: MicroWeights, ids: readonly number[]): ForwardTrace {
  const c = weights.config;
  const T = ids.length;
  const embedding = matrix(T, c.dim);
  ids.forEach((id, t) => embedding.data.set(weights.embedding.data.subarray(id * c.dim, (id + 1) * c.dim), t * c.dim));
  const invFreq = ropeInverseFrequencies(c.headDim, c.ropeTheta);
  const layers: LayerTrace[] = [];
  let x = embedding;
  for (const lw of weights.layers) {
    const n1 = rmsNorm(x, lw.attnNorm, c.normEps);
    const q = matmul(n1.y, lw.wq), k = matmul(n1.y, lw.wk), v = matmul(n1.y, lw.wv);
    const qRot = applyRope(q, c.heads, c.headDim, invFreq);
    const kRot = applyRope(k, c.kvHeads, c.headDim, invFreq);
    const att = attention(qRot, kRot, v, c);
    const attnOut = matmul(att.heads, lw.wo);
    const afterAttn = add(x, attnOut);
    const n2 = rmsNorm(afterAttn, lw.ffnNorm, c.normEps);
    const gate = matmul(n2.y, lw.w1), up = matmul(n2.y, lw.w3);
    const ffnHidden = matrix(T, c.ffnDim);
    for (let i = 0; i < ffnHidden.data.length; i++) ffnHidden.data[i] = silu(gate.data[i]!) * up.data[i]!;
    const ffnOut = matmul(ffnHidden, lw.w2);
    const output = add(afterAttn, ffnOut);
    layers.push({
      input: x, attnNorm: n1.y, attnNormRms: n1.rms, q, k, v, qRot, kRot, attention: att.weights, heads: att.heads,
      attnOut, afterAttn, ffnNorm: n2.y, ffnNormRms: n2.rms, ffnHidden, ffnOut, output,
    });
    x = output;
  }
  const fin = rmsNorm(x, weights.finalNorm, c.normEps);
  const logits = matmul(fin.y, weights.output);
  const probs = matrix(T, c.vocab);
  for (let t = 0; t < T; t++) softmaxInto(logits.data, probs.data, t * c.vocab, c.vocab);
  return { ids: [...ids], embedding, layers, finalNorm: fin.y, finalNormRms: fin.rms, logits, probs };
}

/** The k most probable next tokens after position t, most probable first (ties: lower id first). */
export function topK(trace: ForwardTrace, t: number, k: number): { id: number; label: string; p: number }[] {
  const V = trace.probs.cols;
  const row = Array.from(trace.probs.data.subarray(t * V, (t + 1) * V), (p, id) => ({ id, p }));
  row.sort((a, b) => b.p - a.p || a.id - b.id);
  return row.slice(0, k).map(({ id, p }) => ({ id, label: vocabLabel(id), p }));
}

let cached: MicroWeights | null = null;

/** Weights for a seed, remembered for the last seed asked (drawing them is cheap, but typing is hot). */
export function weightsFor(seed: number): MicroWeights {
  if (!cached || cached.seed !== seed) cached = createWeights(seed);
  return cached;
}

/** Tokenize and run the pass. */
export function runMicro(text: string, seed: number = DEFAULT_SEED): { input: TokenizedInput; trace: ForwardTrace } {
  const input = tokenize(text);
  return { input, trace: forward(weightsFor(seed), input.tokens.map((t) => t.id)) };
}

/** Largest |value| of a matrix (0 for an empty or all-zero matrix). */
export function maxAbs(m: Matrix): number {
  let a = 0;
  for (const v of m.data) if (Math.abs(v) > a) a = Math.abs(v);
  return a;
}
