// URL schema and registry entry (found by its folder) of the kv-cache widget.
import { GPU_IDS } from '../../data/gpus';
import { CONTEXT_LLAMA31, MODELS } from '../../data/models';
import { DTYPE_IDS, headDim } from '../../lib/llama';
import { commonFields, enumField, intField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { ATTENTION_KINDS, LIMITS, MODEL_CHOICES, UNIT_SYSTEMS } from './model';

/** Custom-shape fields start as Llama 3 8B (Table 3), so switching to "custom" changes nothing at first. */
const base = MODELS['llama3-8b'];

export const fields = urlSchema({
  ...commonFields,
  /** A released model's shapes (Table 3; Llama 2 Table 1) or a custom shape from the fields below. */
  model: enumField(MODEL_CHOICES, 'llama3-8b'),
  /** Which KV heads are stored: all query heads (mha), the model's own (gqa) or one (mqa). */
  attention: enumField(ATTENTION_KINDS, 'gqa'),
  /** Element type of cache and weights: 4, 2, 1 or 0.5 bytes. */
  dtype: enumField(DTYPE_IDS, 'bf16'),
  /** Tokens in the cache per sequence (default: Llama 3.1's window, "128K" = 131,072; Llama 3 of April 2024 had 8,192). */
  context: intField(LIMITS.context.min, LIMITS.context.max, CONTEXT_LLAMA31),
  /** Sequences decoded together. */
  batch: intField(LIMITS.batch.min, LIMITS.batch.max, 1),
  /** GPU whose memory and bandwidth the result is compared with. */
  gpu: enumField(GPU_IDS, 'h100'),
  /** Binary (GiB) or decimal (GB) units for the human-readable sizes. */
  unit: enumField(UNIT_SYSTEMS, 'gib'),
  /** Custom shape: transformer blocks. */
  layers: intField(LIMITS.layers.min, LIMITS.layers.max, base.layers),
  /** Custom shape: query heads. */
  heads: intField(LIMITS.heads.min, LIMITS.heads.max, base.heads),
  /** Custom shape: key/value heads used by GQA. */
  kvHeads: intField(LIMITS.kvHeads.min, LIMITS.kvHeads.max, base.kvHeads),
  /** Custom shape: dimension of one head. */
  headDim: intField(LIMITS.headDim.min, LIMITS.headDim.max, headDim(base)),
});

export const meta = defineWidget({
  id: 'kv-cache',
  chapter: 'gqa',
  position: 2,
  reportRef: '§3.2, Table 3',
  height: { en: 1500, zh: 1367 },
  fields,
});
