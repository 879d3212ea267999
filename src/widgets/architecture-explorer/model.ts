// The Llama 3 decoder stack as blocks with tensor shapes and exact parameter counts: report §3.2 and
// Table 3 (shapes), Meta llama-models model.py (block order, no biases, untied head); plus what the keyboard
// intents do in the diagram (src/lib/keys.ts reads the keys) and which blocks differ from Llama 2 and the 2017
// Transformer. Numbers and ids only: the words (block names, explanations, sentences) are in messages.ts.
import { MODELS, type ModelConfig, type ModelId } from '../../data/models';
import { intentDirection, moveInList, type Intent } from '../../lib/keys';
import { LLAMA2_PEER_OF, LLAMA3_OF, headDim, paramBreakdown, type Llama3Size } from '../../lib/llama';
import { MICRO_CONFIG } from './microModel';

export const COMPARES = ['llama3', 'llama2', 'transformer'] as const;
/** What Llama 3 is compared with: nothing (llama3), Llama 2, or the 2017 Transformer. */
export type Compare = (typeof COMPARES)[number];

/** The blocks of the diagram, in forward-pass order. */
export const BLOCK_IDS = [
  'embedding', 'attn-norm', 'qkv', 'rope', 'attention', 'wo', 'attn-residual',
  'ffn-norm', 'ffn', 'ffn-residual', 'final-norm', 'lm-head',
] as const;
export type BlockId = (typeof BLOCK_IDS)[number];

/** Blocks inside the repeated decoder layer. */
export const LAYER_BLOCKS: readonly BlockId[] = BLOCK_IDS.filter((b) => b !== 'embedding' && b !== 'final-norm' && b !== 'lm-head');

export function isLayerBlock(b: BlockId): boolean {
  return LAYER_BLOCKS.includes(b);
}

/** One weight tensor of a block. */
export interface Tensor {
  /** Name as in Meta's code: wq, wk, … */
  name: string;
  /** Shape as (input × output) for y = x·W, or [n] for a vector. */
  shape: number[];
  /** Parameters in this tensor (one layer). */
  params: bigint;
}

export interface Block {
  id: BlockId;
  /** Tensors with weights (empty for RoPE, attention scores and residual adds). */
  tensors: Tensor[];
  /** Parameters of one copy of the block. */
  perCopy: bigint;
  /** How many copies the model has: the layer count for blocks inside a layer, else 1. */
  copies: number;
  /** perCopy × copies. */
  total: bigint;
}

/** The blocks of a Llama-style decoder with exact counts; the totals add up to parameterCount(m). */
export function blocksFor(m: ModelConfig): Block[] {
  const d = m.dim, H = m.heads, KV = m.kvHeads, h = headDim(m), F = m.ffnDim, V = m.vocab, L = m.layers;
  const b = paramBreakdown(m);
  const t = (name: string, shape: number[]): Tensor => ({ name, shape, params: shape.reduce((a, x) => a * BigInt(x), 1n) });
  const make = (id: BlockId, tensors: Tensor[]): Block => {
    const perCopy = tensors.reduce((a, x) => a + x.params, 0n);
    const copies = isLayerBlock(id) ? L : 1;
    return { id, tensors, perCopy, copies, total: perCopy * BigInt(copies) };
  };
  const blocks: Block[] = [
    make('embedding', [t('tok_embeddings', [V, d])]),
    make('attn-norm', [t('attention_norm', [d])]),
    make('qkv', [t('wq', [d, H * h]), t('wk', [d, KV * h]), t('wv', [d, KV * h])]),
    make('rope', []),
    make('attention', []),
    make('wo', [t('wo', [H * h, d])]),
    make('attn-residual', []),
    make('ffn-norm', [t('ffn_norm', [d])]),
    make('ffn', [t('w1', [d, F]), t('w3', [d, F]), t('w2', [F, d])]),
    make('ffn-residual', []),
    make('final-norm', [t('norm', [d])]),
    make('lm-head', m.tiedEmbeddings ? [] : [t('output', [d, V])]),
  ];
  // Cross-check with the shared counter (one source of truth for totals): a mismatch is a bug here.
  const sum = blocks.reduce((a, x) => a + x.total, 0n);
  const byId = (id: BlockId) => blocks.find((x) => x.id === id)!.total;
  if (sum !== b.total || byId('embedding') !== b.embedding || byId('qkv') !== b.attnQ + b.attnKV || byId('wo') !== b.attnO
    || byId('ffn') !== b.ffn || byId('lm-head') !== b.lmHead) {
    throw new Error(`architecture-explorer: block counts (${sum}) disagree with paramBreakdown (${b.total})`);
  }
  return blocks;
}

/** All parameters of the model: the sum of its blocks. */
export function totalParams(blocks: readonly Block[]): bigint {
  return blocks.reduce((a, b) => a + b.total, 0n);
}

/** part / total as a float (0 when the total is 0), exact enough for shares of bigint counts. */
export function shareOf(part: bigint, total: bigint): number {
  return total > 0n ? Number((part * 10n ** 12n) / total) / 1e12 : 0;
}

/** Parameters of one decoder layer (every block inside the layer, once). */
export function perLayerParams(m: ModelConfig): bigint {
  return blocksFor(m).filter((b) => isLayerBlock(b.id)).reduce((a, b) => a + b.perCopy, 0n);
}

/** Fraction of one layer's parameters in the FFN: 3dF / (2d·Hh + 2d·KVh + 3dF + 2d) (wq and wo, wk and wv, w1–w3, two norms). */
export function ffnShareOfLayer(m: ModelConfig): number {
  const d = m.dim, h = headDim(m);
  const ffn = 3 * d * m.ffnDim;
  return ffn / (2 * d * m.heads * h + 2 * d * m.kvHeads * h + ffn + 2 * d);
}

// ── Comparison ──────────────────────────────────────────────────────────────────────────────────

/** The two models a comparison with Llama 2 sets side by side: the Llama 3 size and Llama 2's peer (its largest for 405B). */
export interface ComparedModels {
  l3: ModelConfig;
  l2: ModelConfig;
}

export function comparedModels(size: Llama3Size): ComparedModels {
  return { l3: MODELS[LLAMA3_OF[size]], l2: MODELS[LLAMA2_PEER_OF[size]] };
}

/** Blocks that can differ from Llama 2 (Report §3.2, Table 3; Llama 2 paper, Table 1): vocabulary, GQA, Θ, context, FFN width. */
export const LLAMA2_DIFFERENCES = ['embedding', 'qkv', 'rope', 'attention', 'ffn', 'lm-head'] as const;
export type Llama2Difference = (typeof LLAMA2_DIFFERENCES)[number];

/** Blocks that differ from the 2017 Transformer's decoder (Vaswani et al. §3): every one but the output projection. */
export const TRANSFORMER_DIFFERENCES = [
  'embedding', 'attn-norm', 'qkv', 'rope', 'attention', 'attn-residual', 'ffn-norm', 'ffn', 'ffn-residual', 'final-norm', 'lm-head',
] as const satisfies readonly BlockId[];
export type TransformerDifference = (typeof TRANSFORMER_DIFFERENCES)[number];

/**
 * Blocks of this Llama 3 size that differ from its Llama 2 peer: vocabulary (embedding and LM head), RoPE Θ and the
 * context always; the K and V projections when Llama 2 had no GQA at that size (7B); the FFN when its width differs.
 */
export function llama2Differences(size: Llama3Size): Llama2Difference[] {
  const { l3, l2 } = comparedModels(size);
  return LLAMA2_DIFFERENCES.filter((id) =>
    id === 'qkv' ? l2.kvHeads !== l3.kvHeads : id === 'ffn' ? l2.ffnDim !== l3.ffnDim || l2.dim !== l3.dim : true);
}

/** Blocks of Llama 3 that differ from the chosen comparison, in forward-pass order. */
export function differingBlocks(compare: Compare, size: Llama3Size): BlockId[] {
  if (compare === 'llama3') return [];
  return compare === 'llama2' ? llama2Differences(size) : [...TRANSFORMER_DIFFERENCES];
}

// ── Position and keyboard ───────────────────────────────────────────────────────────────────────

/** Where the reader is: a block, and for blocks inside a layer, which micro-model layer (1-based). */
export interface Position {
  block: BlockId;
  layer: number;
}

/** Layers of the micro model the forward pass steps through. */
export const MICRO_LAYERS = MICRO_CONFIG.layers;

/** Every stage of the forward pass in order: embedding, each layer's blocks, final norm, LM head. */
export const STAGES: readonly Position[] = [
  { block: 'embedding', layer: 1 },
  ...Array.from({ length: MICRO_LAYERS }, (_, l) => LAYER_BLOCKS.map((block) => ({ block, layer: l + 1 }))).flat(),
  { block: 'final-norm', layer: 1 },
  { block: 'lm-head', layer: 1 },
];

/** Index of a position in STAGES (layer ignored outside the layer; out-of-range layers clamp). */
export function stageIndex(p: Position): number {
  const layer = isLayerBlock(p.block) ? Math.min(Math.max(1, Math.trunc(p.layer) || 1), MICRO_LAYERS) : 1;
  const i = STAGES.findIndex((s) => s.block === p.block && s.layer === layer);
  return i < 0 ? 0 : i;
}

export function stageAt(i: number): Position {
  return STAGES[Math.min(Math.max(0, i), STAGES.length - 1)]!;
}

/**
 * The diagram's own meaning of the keyboard intents (src/lib/keys.ts reads the keys). The forward pass is a list:
 * next/down step forward, prev/up back, Home/End (and Ctrl+Home/End) jump to the first/last stage. Page Down/Page Up
 * move to the same block one layer later/earlier (outside the layer, or past the last layer, they stay).
 */
export function transition(p: Position, intent: Intent): Position {
  const i = stageIndex(p);
  if (intent === 'pageNext' || intent === 'pagePrev') {
    const here = stageAt(i);
    if (!isLayerBlock(here.block)) return here;
    const layer = here.layer + intentDirection(intent);
    return layer < 1 || layer > MICRO_LAYERS ? here : { block: here.block, layer };
  }
  return stageAt(moveInList(i, STAGES.length, intent) ?? i);
}

// ── Summary ─────────────────────────────────────────────────────────────────────────────────────

export interface DiagramState {
  size: Llama3Size;
  compare: Compare;
  block: BlockId;
}

/** What a screen reader hears about the diagram, as numbers and ids (messages.ts words it). */
export interface DiagramSummary {
  size: Llama3Size;
  model: ModelId;
  layers: number;
  /** All parameters. */
  total: bigint;
  /** The focused block. */
  block: Block;
  compare: Compare;
  /** Blocks that differ from the comparison, in forward-pass order. */
  differing: BlockId[];
}

export function summarize(state: DiagramState): DiagramSummary {
  const model = LLAMA3_OF[state.size];
  const blocks = blocksFor(MODELS[model]);
  return {
    size: state.size,
    model,
    layers: MODELS[model].layers,
    total: totalParams(blocks),
    block: blocks.find((b) => b.id === state.block) ?? blocks[0]!,
    compare: state.compare,
    differing: differingBlocks(state.compare, state.size),
  };
}
