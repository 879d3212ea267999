// URL schema and registry entry (found by its folder) of the vocab-tradeoff widget.
import { LLAMA3_VOCAB_ROWS, MODELS } from '../../data/models';
import { commonFields, enumField, intField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import {
  CUSTOM_DIM_MAX, CUSTOM_DIM_MIN, CUSTOM_LAYERS_MAX, CUSTOM_LAYERS_MIN, TRADEOFF_MODELS, VOCAB_MAX, VOCAB_MIN,
} from './model';
import { SAMPLE_IDS } from './samples';

export const fields = urlSchema({
  ...commonFields,
  /** Model body to price: a Llama 3 size, or "custom" (uses dim and layers). */
  model: enumField(TRADEOFF_MODELS, 'llama3-8b'),
  /** Highlighted vocabulary size V (embedding rows). */
  vocab: intField(VOCAB_MIN, VOCAB_MAX, LLAMA3_VOCAB_ROWS),
  /** Sample text whose characters per token are measured. */
  sample: enumField(SAMPLE_IDS, 'english'),
  /** Width d of the custom model (a multiple of 128). */
  dim: intField(CUSTOM_DIM_MIN, CUSTOM_DIM_MAX, MODELS['llama3-8b'].dim),
  /** Layers of the custom model. */
  layers: intField(CUSTOM_LAYERS_MIN, CUSTOM_LAYERS_MAX, MODELS['llama3-8b'].layers),
});

export const meta = defineWidget({
  id: 'vocab-tradeoff',
  chapter: 'tokenizer',
  position: 3,
  reportRef: '§3.2, Table 3',
  height: { en: 1315, zh: 1188 },
  fields,
});
