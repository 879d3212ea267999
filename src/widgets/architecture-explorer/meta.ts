// URL schema and registry entry (found by its folder) of the architecture-explorer widget.
import { LLAMA3_SIZES } from '../../lib/llama';
import { commonFields, enumField, intField, textField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULT_SEED, MAX_TEXT_CHARS, MICRO_CONFIG } from './microModel';
import { BLOCK_IDS, COMPARES, MICRO_LAYERS } from './model';

/** Micro-model input shown first: every character is in the micro vocabulary. */
export const DEFAULT_TEXT = 'a llama reads the report.';

export const fields = urlSchema({
  ...commonFields,
  /** Which Llama 3 model labels the blocks with its shapes and parameter counts. */
  size: enumField(LLAMA3_SIZES, '8b'),
  /** What Llama 3 is compared with: nothing, Llama 2, or the 2017 Transformer. */
  compare: enumField(COMPARES, 'llama3'),
  /** The focused block (also the stage of the micro forward pass). */
  block: enumField(BLOCK_IDS, 'embedding'),
  /** Micro-model layer the forward pass is in, for blocks inside a layer (1-based). */
  layer: intField(1, MICRO_LAYERS, 1),
  /** Query head whose attention pattern is drawn (1-based). */
  head: intField(1, MICRO_CONFIG.heads, 1),
  /** Input of the micro model. */
  text: textField(MAX_TEXT_CHARS, DEFAULT_TEXT),
  /** Seed of the micro model's random, untrained weights. */
  seed: intField(1, 999_999, DEFAULT_SEED),
});

export const meta = defineWidget({
  id: 'architecture-explorer',
  chapter: 'architecture',
  position: 1,
  reportRef: '§3.2, Table 3',
  height: { en: 1979, zh: 1916 },
  fields,
});
