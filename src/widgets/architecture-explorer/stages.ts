// What the micro forward pass shows at each stage (report §3.2 block order): which tensors, their
// shapes, and checks computed from the numbers themselves (unit RMS after RMSNorm, attention rows
// summing to 1, RoPE keeping lengths). Pure, numbers and codes only: messages.ts words the captions and
// checks; the view only draws what this returns.
import { ffnBaseWidth } from '../../lib/llama';
import { MICRO_CONFIG, topK, vocabLabel, type ForwardTrace, type Matrix, type TokenizedInput } from './microModel';
import { STAGES, isLayerBlock, stageIndex, type BlockId, type Position } from './model';

/** What a heatmap shows, with the numbers its caption names (messages.ts, panelTitle). */
export type PanelWhat =
  /** Embedding rows x₀ = E[id]. */
  | { code: 'embedding' }
  /** RMSNorm of the layer's input x (before attention) or of h (before the FFN). */
  | { code: 'norm'; input: 'x' | 'h' }
  /** Q, K or V = x·W, `heads` heads of `headDim` numbers. */
  | { code: 'q' | 'k' | 'v'; heads: number; headDim: number }
  /** Queries or keys after RoPE. */
  | { code: 'qRot' | 'kRot' }
  /** Attention weights of one query head (1-based), which reads key/value head `kvHead` (1-based). */
  | { code: 'attention'; head: number; kvHead: number }
  /** The heads' outputs A·V, concatenated. */
  | { code: 'heads' }
  /** heads·W_o. */
  | { code: 'attnOut' }
  /** h = x + attention output. */
  | { code: 'attnResidual' }
  /** SiLU(x·W₁) ⊙ (x·W₃), `width` wide. */
  | { code: 'ffnHidden'; width: number }
  /** hidden·W₂. */
  | { code: 'ffnOut' }
  /** The output of layer `layer` (1-based), h + FFN output. */
  | { code: 'layerOutput'; layer: number }
  | { code: 'finalNorm' }
  /** z·W_out: one score per vocabulary token. */
  | { code: 'logits' };

/** One heatmap of a stage. */
export interface StagePanel {
  /** Stable key. */
  id: string;
  what: PanelWhat;
  matrix: Matrix;
  /** activation: diverging colours, tokens as columns; attention: weights 0…1, query rows × key columns. */
  kind: 'activation' | 'attention';
  /** Columns per head, to draw separators between heads (activation panels of Q/K/V). */
  group?: number;
  /** Names of the columns when they are not plain dimensions (the LM head's columns are tokens). */
  colLabels?: string[];
}

/** The smallest and largest of some values (both the same when there is one). */
export interface ValueRange {
  lo: number;
  hi: number;
}

/** A check computed from a stage's tensors, with its numbers (messages.ts, check, words it). */
export type StageCheck =
  /** Each token id picks one row of E [vocab × dim]. */
  | { code: 'embeddingRows'; vocab: number; dim: number }
  /** Root-mean-square of each token's vector before and after an RMSNorm with gain 1 and this ε. */
  | { code: 'normRms'; before: ValueRange; after: ValueRange; eps: number }
  /** W_q is [dim × heads·headDim], W_k and W_v [dim × kvHeads·headDim]. */
  | { code: 'gqaShapes'; dim: number; heads: number; kvHeads: number; headDim: number }
  /** Position 0 is not rotated; position m turns pair i by m·θ^(−2i/headDim). */
  | { code: 'ropeAngles'; headDim: number }
  /** Largest change of any head vector's length under RoPE (a rotation keeps it: ≈ 0). */
  | { code: 'ropeLengths'; maxChange: number }
  /** Largest |row sum − 1| of the attention weights, and the sum of |weights| above the diagonal (exactly 0). */
  | { code: 'attentionRows'; worstSum: number; future: number }
  /** Query head `head` shares key/value head `kvHead` with the query heads `mates` (all 1-based). */
  | { code: 'headGroup'; head: number; kvHead: number; mates: number[] }
  /** W_o is [heads·headDim × dim]. */
  | { code: 'woShape'; rows: number; dim: number }
  /** Root-mean-square of the residual stream before and after an add. */
  | { code: 'residualRms'; before: ValueRange; after: ValueRange }
  /** Meta's FFN rule: ⌊2·4·dim/3⌋ = base, rounded up to a multiple of 16: width. */
  | { code: 'ffnWidth'; dim: number; base: number; width: number }
  /** Root-mean-square before and after the final norm. */
  | { code: 'finalRms'; before: ValueRange; after: ValueRange }
  /** The untrained model's most probable next token after the last one, and a uniform guess's probability. */
  | { code: 'topGuess'; label: string; p: number; uniform: number };

export interface StageData {
  /** 0-based index in STAGES. */
  index: number;
  total: number;
  block: BlockId;
  /** For blocks inside a layer: which micro-model layer (1-based) of how many; null outside the layer. */
  layer: { n: number; of: number } | null;
  panels: StagePanel[];
  checks: StageCheck[];
}

const C = MICRO_CONFIG;

function rowRms(m: Matrix): number[] {
  const out: number[] = [];
  for (let i = 0; i < m.rows; i++) {
    let ss = 0;
    for (let j = 0; j < m.cols; j++) ss += m.data[i * m.cols + j]! ** 2;
    out.push(Math.sqrt(ss / m.cols));
  }
  return out;
}

function range(xs: ArrayLike<number>): ValueRange {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < xs.length; i++) { lo = Math.min(lo, xs[i]!); hi = Math.max(hi, xs[i]!); }
  return { lo, hi };
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

function act(id: string, what: PanelWhat, matrix: Matrix, group?: number): StagePanel {
  const p: StagePanel = { id, what, matrix, kind: 'activation' };
  if (group !== undefined) p.group = group;
  return p;
}

/** The tensors and checks of the stage at `pos` (head: 1-based query head for the attention stage). */
export function stageData(trace: ForwardTrace, pos: Position, head: number): StageData {
  const index = stageIndex(pos);
  const stage = STAGES[index]!;
  const L = trace.layers[stage.layer - 1]!;
  const base = { index, total: STAGES.length, block: stage.block, layer: isLayerBlock(stage.block) ? { n: stage.layer, of: C.layers } : null };
  const h = C.headDim;
  switch (stage.block) {
    case 'embedding':
      return { ...base, panels: [act('x0', { code: 'embedding' }, trace.embedding)], checks: [
        { code: 'embeddingRows', vocab: C.vocab, dim: C.dim },
      ] };
    case 'attn-norm':
    case 'ffn-norm': {
      const first = stage.block === 'attn-norm';
      const y = first ? L.attnNorm : L.ffnNorm;
      const before = first ? L.attnNormRms : L.ffnNormRms;
      return { ...base, panels: [act(stage.block, { code: 'norm', input: first ? 'x' : 'h' }, y)], checks: [
        { code: 'normRms', before: range(before), after: range(rowRms(y)), eps: C.normEps },
      ] };
    }
    case 'qkv':
      return { ...base, panels: [
        act('q', { code: 'q', heads: C.heads, headDim: h }, L.q, h),
        act('k', { code: 'k', heads: C.kvHeads, headDim: h }, L.k, h),
        act('v', { code: 'v', heads: C.kvHeads, headDim: h }, L.v, h),
      ], checks: [
        { code: 'gqaShapes', dim: C.dim, heads: C.heads, kvHeads: C.kvHeads, headDim: h },
      ] };
    case 'rope':
      return { ...base, panels: [
        act('qr', { code: 'qRot' }, L.qRot, h),
        act('kr', { code: 'kRot' }, L.kRot, h),
      ], checks: [
        { code: 'ropeAngles', headDim: h },
        { code: 'ropeLengths', maxChange: Math.max(maxNormChange(L.q, L.qRot, h), maxNormChange(L.k, L.kRot, h)) },
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
        { id: `att${hd}`, what: { code: 'attention', head: hd + 1, kvHead: kv + 1 }, matrix: w, kind: 'attention' },
        act('heads', { code: 'heads' }, L.heads, h),
      ], checks: [
        { code: 'attentionRows', worstSum, future },
        { code: 'headGroup', head: hd + 1, kvHead: kv + 1, mates },
      ] };
    }
    case 'wo':
      return { ...base, panels: [act('wo', { code: 'attnOut' }, L.attnOut)], checks: [
        { code: 'woShape', rows: C.heads * h, dim: C.dim },
      ] };
    case 'attn-residual':
      return { ...base, panels: [act('h', { code: 'attnResidual' }, L.afterAttn)], checks: [
        { code: 'residualRms', before: range(rowRms(L.input)), after: range(rowRms(L.afterAttn)) },
      ] };
    case 'ffn':
      return { ...base, panels: [
        act('hidden', { code: 'ffnHidden', width: C.ffnDim }, L.ffnHidden),
        act('down', { code: 'ffnOut' }, L.ffnOut),
      ], checks: [
        { code: 'ffnWidth', dim: C.dim, base: ffnBaseWidth(C.dim), width: C.ffnDim },
      ] };
    case 'ffn-residual':
      return { ...base, panels: [act('out', { code: 'layerOutput', layer: stage.layer }, L.output)], checks: [
        { code: 'residualRms', before: range(rowRms(L.afterAttn)), after: range(rowRms(L.output)) },
      ] };
    case 'final-norm':
      return { ...base, panels: [act('final', { code: 'finalNorm' }, trace.finalNorm)], checks: [
        { code: 'finalRms', before: range(trace.finalNormRms), after: range(rowRms(trace.finalNorm)) },
      ] };
    case 'lm-head': {
      const T = trace.ids.length;
      const best = topK(trace, T - 1, 1)[0]!;
      const logits = act('logits', { code: 'logits' }, trace.logits);
      logits.colLabels = Array.from({ length: C.vocab }, (_, id) => vocabLabel(id));
      return { ...base, panels: [logits], checks: [
        { code: 'topGuess', label: best.label, p: best.p, uniform: 1 / C.vocab },
      ] };
    }
  }
}

/** What a screen reader hears about the micro pass, as numbers (messages.ts, describeStage, words it). */
export interface StageSummary {
  /** Tokens in the pass, BOS included. */
  tokens: number;
  /** Characters outside the micro vocabulary (they became <unk>). */
  unknownCount: number;
  stage: StageData;
}

export function summarizeStage(trace: ForwardTrace, input: TokenizedInput, pos: Position, head: number): StageSummary {
  return { tokens: trace.ids.length, unknownCount: input.unknownCount, stage: stageData(trace, pos, head) };
}
