// URL schema and registry entry (found by its folder) of the context-parallel widget. Limits and defaults are the model's.
import { commonFields, enumField, intField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { CP_MODELS, DEFAULTS, LIMITS, SPLITS } from './model';

export const fields = urlSchema({
  ...commonFields,
  /** Context-parallel ranks CP, 1 … 64; default 16 (Table 4, the 131,072-token row). */
  cp: intField(LIMITS.cp.min, LIMITS.cp.max, DEFAULTS.cp),
  /** Sequence length S, tokens; must be a multiple of 2·CP (the widget says so, with the nearest valid lengths). */
  seqLen: intField(LIMITS.seqLen.min, LIMITS.seqLen.max, DEFAULTS.seqLen),
  /** Whose heads (Table 3): llama3-8b, llama3-70b or llama3-405b (the kv-cache widget's ids). */
  model: enumField(CP_MODELS, DEFAULTS.model),
  /** zigzag: the report's split (rank i holds chunks i and 2·CP−1−i); naive: one contiguous piece per rank. */
  split: enumField(SPLITS, DEFAULTS.split),
});

export const meta = defineWidget({
  id: 'context-parallel',
  chapter: 'long-context',
  position: 3,
  reportRef: '§3.3.2',
  height: { en: 1826, zh: 1781 },
  fields,
});
