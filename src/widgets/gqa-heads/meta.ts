// URL schema and registry entry (found by its folder) of the gqa-heads widget.
// `kvHeads` is capped like `heads`, not checked against it: a value that does not divide `heads` reaches the
// model, which picks the nearest divisor and the view says so (model.ts resolveConfig).
import { commonFields, intField, urlSchema, refined } from '../../lib/urlState';
import { defineWidget } from '../types';

/** Most query heads the widget draws (Llama 3 8B has 32). */
export const MAX_HEADS = 32;
/** Longest demo sequence, tokens. */
export const MAX_SEQ = 16;
/** Largest seed: seeds are 31-bit so they read well in a URL. */
export const MAX_SEED = 2 ** 31 - 1;

export const fields = urlSchema({
  ...commonFields,
  /** Query heads H. */
  heads: intField(1, MAX_HEADS, 8),
  /** Key/value heads KV; should divide `heads` (KV = H: MHA, 1: MQA). */
  kvHeads: refined(intField(1, MAX_HEADS, 2), { relation: { op: 'divides', key: 'heads' } }),
  /** Tokens in the demo sequence T. */
  seq: intField(2, MAX_SEQ, 6),
  /** Seed of the random queries, keys and values. */
  seed: intField(0, MAX_SEED, 7),
  /** How alike the key (and value) heads of the multi-head layer are, percent (correlation ρ × 100). */
  similarity: refined(intField(0, 100, 70), { percent: true }),
  /** Query head whose attention map is shown (0-based, must be below `heads`). */
  head: refined(intField(0, MAX_HEADS - 1, 0), { relation: { op: 'below', key: 'heads' } }),
});

export const meta = defineWidget({
  id: 'gqa-heads',
  title: 'Grouped-query attention: which query heads share keys and values',
  summary:
    'Choose query and key/value heads (MHA, GQA, MQA), see which query heads read which K/V head, and run real causal attention to measure how much mean-pooling the K/V heads changes the output.',
  chapter: 'gqa',
  position: 1,
  reportRef: '§3.2, Table 3',
  height: 1801,
  fields,
});
