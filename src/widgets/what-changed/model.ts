// Llama 2 → Llama 3 per size: report §1 (tokens, compute), §3.2 and Table 3 (vocabulary, GQA, θ, context), §4 (post-training).
// Pure: every number comes from src/data or is computed here from it (6·N·D estimates are marked `computed`).
// The Llama 3 side is the Llama 3.1 release the report's results are for; where the April 2024 Llama 3 release
// differs (its 8,192-token window), the cell carries both. Numbers and codes only: messages.ts words them.
import { COMPUTE_405B_FLOPS, POST_TRAINING_LLAMA2, POST_TRAINING_LLAMA3, type Fact } from '../../data/facts';
import { LLAMA3_BPE_TOKENS, LLAMA3_SPECIAL_TOKENS, MODELS, type ModelConfig, type TrainingTokens } from '../../data/models';
import { LLAMA2_PEER_OF, LLAMA3_OF, parameterCount, trainingFlops, type Llama3Size } from '../../lib/llama';

export type RowId = 'params' | 'tokens' | 'compute' | 'vocab' | 'context' | 'theta' | 'kvHeads' | 'postTraining';

/**
 * One side of a row: `value` drives the bar (null: not a number), `computed` says the value is derived here rather
 * than read from a source, and the rest is what messages.ts needs to word it. `model` is the side's config.
 */
export type Cell = { model: ModelConfig; computed: boolean } & (
  /** Exact parameter count N from the shapes (Llama 2: Meta's config; Llama 3: Table 3), src/lib/llama/params.ts. */
  | { row: 'params'; value: number; count: bigint }
  /** Pre-training tokens D as documented (src/data/models.ts: the figure, its words and its source). */
  | { row: 'tokens'; value: number; tokens: TrainingTokens }
  /** Training compute C, FLOPs: 6·N·D on the documented tokens (`stated` null), or the report's figure (`stated`). */
  | { row: 'compute'; value: number; stated: Fact | null }
  /**
   * Embedding rows n_vocab. Llama 3: `bpe` regular tokens of its tiktoken BPE (Table 3's 128,000) plus `special`
   * reserved tokens (Meta llama-models code); Llama 2: a SentencePiece BPE, `bpe` = the rows, `special` 0.
   */
  | { row: 'vocab'; value: number; tokenizer: 'sentencepiece' | 'tiktoken'; bpe: number; special: number }
  /** Longest sequence of the release, tokens (the model's `earlier` release and pre-training context on `model`). */
  | { row: 'context'; value: number }
  /** RoPE base θ. */
  | { row: 'theta'; value: number }
  /** Key/value heads H_kv of H query heads: multi-head attention when H_kv = H, else grouped-query. */
  | { row: 'kvHeads'; value: number; heads: number; attention: 'mha' | 'gqa' }
  /** The post-training recipe, as src/data/facts.ts words it. */
  | { row: 'postTraining'; value: null; recipe: Fact<string> }
);

export interface Row {
  id: RowId;
  /** Chapter slug that explains this row. */
  chapter: string;
  llama2: Cell;
  llama3: Cell;
  /** How bars compare the two values: log where they differ by orders of magnitude. */
  scale: 'log' | 'linear' | 'none';
  /** llama3 / llama2, or null when not numeric. */
  ratio: number | null;
}

/** The Llama 2 and Llama 3 models a size compares (src/lib/llama/sizes.ts). */
export function modelsFor(size: Llama3Size): { llama2: ModelConfig; llama3: ModelConfig } {
  return { llama2: MODELS[LLAMA2_PEER_OF[size]], llama3: MODELS[LLAMA3_OF[size]] };
}

/** The rows of the comparison for a Llama 3 size, in reading order. */
export function compareRows(size: Llama3Size): Row[] {
  const { llama2: l2, llama3: l3 } = modelsFor(size);
  /** A row: each side's cell from its own model; the ratio of their values when both are numbers. */
  const pair = (id: RowId, chapter: string, scale: Row['scale'], cell: (m: ModelConfig) => Cell): Row => {
    const llama2 = cell(l2), llama3 = cell(l3);
    const ratio = llama2.value === null || llama3.value === null ? null : llama3.value / llama2.value;
    return { id, chapter, scale, llama2, llama3, ratio };
  };
  return [
    pair('params', 'architecture', 'log', (m) => {
      const count = parameterCount(m);
      return { row: 'params', model: m, computed: true, value: Number(count), count };
    }),
    pair('tokens', 'pretraining', 'log', (m) => ({ row: 'tokens', model: m, computed: false, value: m.trainingTokens.value, tokens: m.trainingTokens })),
    // 6·N·D on each model's documented token count (src/data/models.ts); the report states the 405B's own figure (§1).
    pair('compute', 'pretraining', 'log', (m) => (m.id === 'llama3-405b'
      ? { row: 'compute', model: m, computed: false, value: COMPUTE_405B_FLOPS.value, stated: COMPUTE_405B_FLOPS }
      : { row: 'compute', model: m, computed: true, value: Number(trainingFlops(parameterCount(m), m.trainingTokens.value)), stated: null })),
    pair('vocab', 'tokenizer', 'log', (m) => (m.family === 'llama3'
      ? { row: 'vocab', model: m, computed: false, value: m.vocab, tokenizer: 'tiktoken', bpe: LLAMA3_BPE_TOKENS, special: LLAMA3_SPECIAL_TOKENS }
      : { row: 'vocab', model: m, computed: false, value: m.vocab, tokenizer: 'sentencepiece', bpe: m.vocab, special: 0 })),
    pair('context', 'long-context', 'log', (m) => ({ row: 'context', model: m, computed: false, value: m.contextTokens })),
    pair('theta', 'rope', 'log', (m) => ({ row: 'theta', model: m, computed: false, value: m.ropeTheta })),
    pair('kvHeads', 'gqa', 'linear', (m) => ({
      row: 'kvHeads', model: m, computed: false, value: m.kvHeads, heads: m.heads, attention: m.kvHeads === m.heads ? 'mha' : 'gqa',
    })),
    pair('postTraining', 'dpo-vs-ppo', 'none', (m) => ({
      row: 'postTraining', model: m, computed: false, value: null, recipe: m.family === 'llama3' ? POST_TRAINING_LLAMA3 : POST_TRAINING_LLAMA2,
    })),
  ];
}

/** Bar geometry for one row on a 0…1 axis: log rows span whole decades around both values. */
export function barExtent(row: Row): { domain: [number, number]; ticks: number[] } | null {
  const a = row.llama2.value, b = row.llama3.value;
  if (row.scale === 'none' || a === null || b === null || a <= 0 || b <= 0) return null;
  if (row.scale === 'linear') {
    const max = Math.max(a, b);
    return { domain: [0, max], ticks: [0, max] };
  }
  const lo = Math.floor(Math.log10(Math.min(a, b))) - 1;
  const hi = Math.ceil(Math.log10(Math.max(a, b) * 1.0001));
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e++) ticks.push(10 ** e);
  return { domain: [10 ** lo, 10 ** hi], ticks };
}

/** What the screen-reader description says: the two models and every row (messages.ts describe words it). */
export interface WhatChangedSummary {
  llama2: ModelConfig;
  llama3: ModelConfig;
  rows: Row[];
}

export function summarize(size: Llama3Size): WhatChangedSummary {
  return { ...modelsFor(size), rows: compareRows(size) };
}
