// URL schema and registry entry (found by its folder) of the gqa-heads widget. Limits and defaults are the model's.
// `kvHeads` is capped like `heads`, not checked against it: a value that does not divide `heads` reaches the
// model, which picks the nearest divisor and the view says so (model.ts resolveConfig).
import { commonFields, intField, urlSchema, refined } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, MAX_HEADS, MAX_SEED, MAX_SEQ, MIN_SEQ } from './model';

export const fields = urlSchema({
  ...commonFields,
  /** Query heads H. */
  heads: intField(1, MAX_HEADS, DEFAULTS.heads),
  /** Key/value heads KV; should divide `heads` (KV = H: MHA, 1: MQA). */
  kvHeads: refined(intField(1, MAX_HEADS, DEFAULTS.kvHeads), { relation: { op: 'divides', key: 'heads' } }),
  /** Tokens in the demo sequence T. */
  seq: intField(MIN_SEQ, MAX_SEQ, DEFAULTS.seq),
  /** Seed of the random queries, keys and values. */
  seed: intField(0, MAX_SEED, DEFAULTS.seed),
  /** How alike the key (and value) heads of the multi-head layer are, percent (correlation ρ × 100). */
  similarity: refined(intField(0, 100, DEFAULTS.similarity), { percent: true }),
  /** Query head whose attention map is shown (0-based, must be below `heads`). */
  head: refined(intField(0, MAX_HEADS - 1, DEFAULTS.head), { relation: { op: 'below', key: 'heads' } }),
});

export const meta = defineWidget({
  id: 'gqa-heads',
  chapter: 'gqa',
  position: 1,
  reportRef: '§3.2, Table 3',
  height: { en: 1811, zh: 1752 },
  fields,
});
