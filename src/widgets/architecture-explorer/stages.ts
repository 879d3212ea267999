// What the micro forward pass shows at each stage (report §3.2 block order): which tensors, their
// shapes, and checks computed from the numbers themselves (unit RMS after RMSNorm, attention rows
// summing to 1, RoPE keeping lengths). Pure; the view only draws what this returns.
import { formatSci } from '../../lib/format';
import { ffnBaseWidth } from '../../lib/llama';
import { BLOCK_TEXT } from './blockText';
import { MICRO_CONFIG, topK, vocabLabel, type ForwardTrace, type Matrix, type TokenizedInput } from './microModel';
import { STAGES, stageIndex, type Position } from './model';

/** One heatmap of a stage. */
export interface StagePanel {
  /** Stable key. */
  id: string;
  /** Caption, e.g. "Queries Q = x·W_q". */
  title: string;
  /** Shape in words, e.g. "[T × 16] = 26 tokens × 16 numbers". */
  shape: string;
  matrix: Matrix;
  /** activation: diverging colours, tokens as columns; attention: weights 0…1, query rows × key columns. */
  kind: 'activation' | 'attention';
  /** Columns per head, to draw separators between heads (activation panels of Q/K/V). */
  group?: number;
  /** Names of the columns when they are not plain dimensions (the LM head's columns are tokens). */
  colLabels?: string[];
}

export interface StageData {
  /** 0-based index in STAGES. */
  index: number;
  total: number;
  /** "Layer 1 · Causal self-attention (GQA)". */
  title: string;
  panels: StagePanel[];
  /** Sentences with numbers computed from this stage's tensors. */
  checks: string[];
}

const C = MICRO_CONFIG;

/** Signed number with a real minus sign and fixed decimals; never "NaN" or "-0.000". */
export function formatValue(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return '—';
  const s = v.toFixed(digits);
  if (Number(s) === 0) return (0).toFixed(digits);
  return s.replace('-', '−');
}

/** Scientific form for tiny check values: 2.2e-16 → "2.2 × 10⁻¹⁶" (0 → "0"). */
export function formatTiny(v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const [m = '0', e = '0'] = v.toExponential(1).split('e');
  const sup: Record<string, string> = { '-': '⁻', '+': '', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
  return `${m} × 10${e.split('').map((c) => sup[c] ?? c).join('')}`;
}

function rowRms(m: Matrix): number[] {
  const out: number[] = [];
  for (let i = 0; i < m.rows; i++) {
    let ss = 0;
    for (let j = 0; j < m.cols; j++) ss += m.data[i * m.cols + j]! ** 2;
    out.push(Math.sqrt(ss / m.cols));
  }
  return out;
}

function range(xs: ArrayLike<number>): string {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < xs.length; i++) { lo = Math.min(lo, xs[i]!); hi = Math.max(hi, xs[i]!); }
  const a = formatValue(lo), b = formatValue(hi);
  return a === b ? a : `${a} to ${b}`;
}

/** Largest change of any head vector's length between two [T × heads·h] matrices. */
function maxNormChange(a: Matrix, b: Matrix, h: number): number {
  let worst = 0;
  for (let i = 0; i < a.rows; i++) {
    for (let s = 0; s < a.cols; s += h) {
      let na = 0, nb = 0;
      for (let e = 0; e < h; e++) { na += a.data[i * a.cols + s + e]! ** 2; nb += b.data[i * b.cols + s + e]! ** 2; }
      worst = Math.max(worst, Math.abs(Math.sqrt(na) - Math.sqrt(nb)));
    }
  }
  return worst;
}

const tokensText = (T: number) => `${T} token${T === 1 ? '' : 's'}`;

function act(id: string, title: string, matrix: Matrix, what: string, group?: number): StagePanel {
  const p: StagePanel = { id, title, shape: `[T × ${matrix.cols}]: ${tokensText(matrix.rows)} × ${matrix.cols} ${what}`, matrix, kind: 'activation' };
  if (group !== undefined) p.group = group;
  return p;
}

/** The tensors and checks of the stage at `pos` (head: 1-based query head for the attention stage). */
export function stageData(trace: ForwardTrace, pos: Position, head: number): StageData {
  const index = stageIndex(pos);
  const stage = STAGES[index]!;
  const L = trace.layers[stage.layer - 1]!;
  const text = BLOCK_TEXT[stage.block];
  const inLayer = stage.block !== 'embedding' && stage.block !== 'final-norm' && stage.block !== 'lm-head';
  const title = inLayer ? `Layer ${stage.layer} of ${C.layers} · ${text.title}` : text.title;
  const base = { index, total: STAGES.length, title };
  const h = C.headDim;
  switch (stage.block) {
    case 'embedding':
      return { ...base, panels: [act('x0', 'Embedding rows x₀ = E[id]', trace.embedding, 'numbers')], checks: [
        `Each token id picks one row of E [${C.vocab} × ${C.dim}]; repeated characters get identical columns.`,
      ] };
    case 'attn-norm':
    case 'ffn-norm': {
      const first = stage.block === 'attn-norm';
      const y = first ? L.attnNorm : L.ffnNorm;
      const before = first ? L.attnNormRms : L.ffnNormRms;
      return { ...base, panels: [act(stage.block, first ? 'RMSNorm(x)' : 'RMSNorm(h)', y, 'numbers')], checks: [
        `Root-mean-square of each token's vector before the norm: ${range(before)}; after: ${range(rowRms(y))} (gain g = 1; ε = ${formatSci(C.normEps, 1)} keeps it a hair under 1).`,
      ] };
    }
    case 'qkv':
      return { ...base, panels: [
        act('q', `Queries Q = x·W_q (${C.heads} heads × ${h})`, L.q, 'numbers', h),
        act('k', `Keys K = x·W_k (${C.kvHeads} heads × ${h})`, L.k, 'numbers', h),
        act('v', `Values V = x·W_v (${C.kvHeads} heads × ${h})`, L.v, 'numbers', h),
      ], checks: [
        `W_q is [${C.dim} × ${C.heads * h}] but W_k and W_v are [${C.dim} × ${C.kvHeads * h}]: ${C.kvHeads} key/value heads serve ${C.heads} query heads.`,
      ] };
    case 'rope':
      return { ...base, panels: [
        act('qr', 'Queries after RoPE', L.qRot, 'numbers', h),
        act('kr', 'Keys after RoPE', L.kRot, 'numbers', h),
      ], checks: [
        `Position 0 (BOS) is not rotated; position m turns pair i by m·θ^(−2i/${h}) radians.`,
        `Largest change in any head vector's length: ${formatTiny(Math.max(maxNormChange(L.q, L.qRot, h), maxNormChange(L.k, L.kRot, h)))} (a rotation keeps lengths).`,
      ] };
    case 'attention': {
      const hd = Math.min(Math.max(1, Math.trunc(head) || 1), C.heads) - 1;
      const w = L.attention[hd]!;
      let worstSum = 0, future = 0;
      for (let i = 0; i < w.rows; i++) {
        let s = 0;
        for (let j = 0; j < w.cols; j++) { s += w.data[i * w.cols + j]!; if (j > i) future += Math.abs(w.data[i * w.cols + j]!); }
        worstSum = Math.max(worstSum, Math.abs(s - 1));
      }
      const group = C.heads / C.kvHeads;
      const kv = Math.floor(hd / group);
      const mates = Array.from({ length: group }, (_, g) => kv * group + g + 1).filter((x) => x !== hd + 1);
      return { ...base, panels: [
        { id: `att${hd}`, title: `Attention weights, query head ${hd + 1} (reads key/value head ${kv + 1})`, shape: `[T × T]: ${tokensText(w.rows)} (rows: queries) × ${tokensText(w.cols)} (columns: keys)`, matrix: w, kind: 'attention' },
        act('heads', 'Heads\u2019 outputs A·V, concatenated', L.heads, 'numbers', h),
      ], checks: [
        `Every row sums to 1 (largest deviation ${formatTiny(worstSum)}); above the diagonal the weights are exactly ${future === 0 ? '0' : formatTiny(future)}.`,
        `Query head ${hd + 1} shares key/value head ${kv + 1} with head${mates.length > 1 ? 's' : ''} ${mates.join(', ')}.`,
      ] };
    }
    case 'wo':
      return { ...base, panels: [act('wo', 'Attention output = heads·W_o', L.attnOut, 'numbers')], checks: [
        `W_o is [${C.heads * h} × ${C.dim}]: the heads are mixed back into the model width.`,
      ] };
    case 'attn-residual':
      return { ...base, panels: [act('h', 'h = x + attention output', L.afterAttn, 'numbers')], checks: [
        `Root-mean-square of the stream: ${range(rowRms(L.input))} before, ${range(rowRms(L.afterAttn))} after the add.`,
      ] };
    case 'ffn':
      return { ...base, panels: [
        act('hidden', `SiLU(x·W₁) ⊙ (x·W₃), width ${C.ffnDim}`, L.ffnHidden, 'numbers'),
        act('down', 'FFN output = hidden·W₂', L.ffnOut, 'numbers'),
      ], checks: [
        `Hidden width ${C.ffnDim} comes from Meta's rule: ⌊2·4·${C.dim}/3⌋ = ${ffnBaseWidth(C.dim)}, rounded up to a multiple of 16.`,
      ] };
    case 'ffn-residual':
      return { ...base, panels: [act('out', `Layer ${stage.layer} output = h + FFN output`, L.output, 'numbers')], checks: [
        `Root-mean-square of the stream: ${range(rowRms(L.afterAttn))} before, ${range(rowRms(L.output))} after the add.`,
      ] };
    case 'final-norm':
      return { ...base, panels: [act('final', 'Final RMSNorm', trace.finalNorm, 'numbers')], checks: [
        `Root-mean-square before: ${range(trace.finalNormRms)}; after: ${range(rowRms(trace.finalNorm))}.`,
      ] };
    case 'lm-head': {
      const T = trace.ids.length;
      const best = topK(trace, T - 1, 1)[0]!;
      const logits = act('logits', 'Logits = z·W_out', trace.logits, 'scores, one per vocabulary token');
      logits.colLabels = Array.from({ length: C.vocab }, (_, id) => vocabLabel(id));
      return { ...base, panels: [logits], checks: [
        `After the last token the untrained model's top guess is “${best.label}” with ${(best.p * 100).toFixed(1)}%; a uniform guess would be ${(100 / C.vocab).toFixed(1)}%.`,
      ] };
    }
  }
}

/** The sentence a screen reader hears for the micro pass. */
export function describeStage(trace: ForwardTrace, input: TokenizedInput, pos: Position, head: number): string {
  const s = stageData(trace, pos, head);
  const unk = input.unknownCount ? ` ${input.unknownCount} character${input.unknownCount === 1 ? ' is' : 's are'} outside the micro vocabulary and became <unk>.` : '';
  return `Micro model forward pass over ${tokensText(trace.ids.length)} (BOS and ${trace.ids.length - 1} characters).${unk} Stage ${s.index + 1} of ${s.total}: ${s.title}. ${s.checks.join(' ')}`;
}
