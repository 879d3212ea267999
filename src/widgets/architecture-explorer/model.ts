// The Llama 3 decoder stack as blocks with tensor shapes and exact parameter counts: report §3.2 and
// Table 3 (shapes), Meta llama-models model.py (block order, no biases, untied head); plus what the keyboard
// intents do in the diagram (src/lib/keys.ts reads the keys) and the comparison with Llama 2 and the 2017 Transformer.
import { MODELS, type ModelConfig } from '../../data/models';
import { formatFor } from '../../lib/format';
import { intentDirection, moveInList, type Intent } from '../../lib/keys';
import { LLAMA2_PEER_OF, LLAMA3_OF, headDim, paramBreakdown, type Llama3Size } from '../../lib/llama';
import { BLOCK_TEXT, differenceText, type Difference } from './blockText';
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
  /** Activation shapes in and out, e.g. "[T × 4,096] → [T × 4,096]" (T = tokens). */
  io: string;
}

/** The sentences built here are English (screen-reader text and activation shapes). */
const fmt = formatFor('en');
const n = (x: number) => fmt.int(x);

/** The blocks of a Llama-style decoder with exact counts; the totals add up to parameterCount(m). */
export function blocksFor(m: ModelConfig): Block[] {
  const d = m.dim, H = m.heads, KV = m.kvHeads, h = headDim(m), F = m.ffnDim, V = m.vocab, L = m.layers;
  const b = paramBreakdown(m);
  const t = (name: string, shape: number[]): Tensor => ({ name, shape, params: shape.reduce((a, x) => a * BigInt(x), 1n) });
  const make = (id: BlockId, tensors: Tensor[], io: string): Block => {
    const perCopy = tensors.reduce((a, x) => a + x.params, 0n);
    const copies = isLayerBlock(id) ? L : 1;
    return { id, tensors, perCopy, copies, total: perCopy * BigInt(copies), io };
  };
  const blocks: Block[] = [
    make('embedding', [t('tok_embeddings', [V, d])], `token ids [T] → [T × ${n(d)}]`),
    make('attn-norm', [t('attention_norm', [d])], `[T × ${n(d)}] → [T × ${n(d)}]`),
    make('qkv', [t('wq', [d, H * h]), t('wk', [d, KV * h]), t('wv', [d, KV * h])],
      `[T × ${n(d)}] → Q [T × ${H} × ${h}], K and V [T × ${KV} × ${h}]`),
    make('rope', [], `Q [T × ${H} × ${h}] and K [T × ${KV} × ${h}], rotated in place`),
    make('attention', [], `weights ${H} × [T × T]; output [T × ${H} × ${h}]`),
    make('wo', [t('wo', [H * h, d])], `[T × ${n(H * h)}] → [T × ${n(d)}]`),
    make('attn-residual', [], `[T × ${n(d)}] + [T × ${n(d)}]`),
    make('ffn-norm', [t('ffn_norm', [d])], `[T × ${n(d)}] → [T × ${n(d)}]`),
    make('ffn', [t('w1', [d, F]), t('w3', [d, F]), t('w2', [F, d])], `[T × ${n(d)}] → [T × ${n(F)}] → [T × ${n(d)}]`),
    make('ffn-residual', [], `[T × ${n(d)}] + [T × ${n(d)}]`),
    make('final-norm', [t('norm', [d])], `[T × ${n(d)}] → [T × ${n(d)}]`),
    make('lm-head', m.tiedEmbeddings ? [] : [t('output', [d, V])], `[T × ${n(d)}] → logits [T × ${n(V)}]`),
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

/** Parameters of one decoder layer (every block inside the layer, once). */
export function perLayerParams(m: ModelConfig): bigint {
  return blocksFor(m).filter((b) => isLayerBlock(b.id)).reduce((a, b) => a + b.perCopy, 0n);
}

// ── Comparison ──────────────────────────────────────────────────────────────────────────────────

/** Blocks of Llama 3 that differ from the chosen comparison, each with its explanation and source. */
export function differences(compare: Compare, size: Llama3Size): Partial<Record<BlockId, Difference>> {
  if (compare === 'llama3') return {};
  return differenceText(compare, MODELS[LLAMA3_OF[size]], MODELS[LLAMA2_PEER_OF[size]]);
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

// ── Words ───────────────────────────────────────────────────────────────────────────────────────

export interface DiagramState {
  size: Llama3Size;
  compare: Compare;
  block: BlockId;
}

/** The sentence a screen reader hears for the diagram. */
export function describe(state: DiagramState): string {
  const m = MODELS[LLAMA3_OF[state.size]];
  const blocks = blocksFor(m);
  const blk = blocks.find((b) => b.id === state.block) ?? blocks[0]!;
  const text = BLOCK_TEXT[blk.id];
  const total = blocks.reduce((a, b) => a + b.total, 0n);
  const tensors = blk.tensors.length
    ? `${blk.tensors.map((x) => `${x.name} ${fmt.shape(x.shape)}`).join(', ')}; ${fmt.int(blk.perCopy)} parameters` +
      (blk.copies > 1 ? ` per layer, ${fmt.int(blk.total)} in all ${blk.copies} layers` : '')
    : 'no parameters';
  const diffs = differences(state.compare, state.size);
  const diffIds = BLOCK_IDS.filter((id) => diffs[id]);
  const compareText = state.compare === 'llama3'
    ? ''
    : ` Compared with ${state.compare === 'llama2' ? MODELS[LLAMA2_PEER_OF[state.size]].name : 'the 2017 Transformer'}, ${diffIds.length} blocks differ: ${diffIds.map((id) => BLOCK_TEXT[id].title).join(', ')}.`;
  return `${m.name} decoder: ${m.layers} layers, ${fmt.int(total)} parameters. Focused block: ${text.title}, ${tensors}.${compareText}`;
}
