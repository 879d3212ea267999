// URL schema and registry entry (found by its folder) of the vision-adapter widget. Limits and defaults are the
// model's: model = the paper's set-up (paper-8b | paper-70b | paper-405b: 336-px tiles) or a released Llama 3.2
// Vision (llama32-11b | llama32-11b-instruct | llama32-90b); image = a bundled picture (its own size), or `custom` for width × height
// (1 … 8,192 px each); gate = the gate parameter g before tanh, 0 … 3 (the block adds tanh(g) × its update).
import { commonFields, enumField, intField, numberField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, IMAGE_IDS, LIMITS, VISION_MODEL_IDS } from './model';

export const fields = urlSchema({
  ...commonFields,
  /** The model: paper-8b | paper-70b | paper-405b | llama32-11b | llama32-11b-instruct | llama32-90b. */
  model: enumField(VISION_MODEL_IDS, DEFAULTS.model),
  /** A bundled picture whose size is used (photo, phone, slide, panorama, icon; images.ts), or custom: width × height below. */
  image: enumField(IMAGE_IDS, DEFAULTS.image),
  /** Image width in pixels, 1 … 8,192 (used when image = custom). */
  width: intField(LIMITS.side.min, LIMITS.side.max, DEFAULTS.width),
  /** Image height in pixels, 1 … 8,192 (used when image = custom). */
  height: intField(LIMITS.side.min, LIMITS.side.max, DEFAULTS.height),
  /** The gate parameter g (before tanh), 0 … 3: 0 is its initial value, and tanh(0) = 0. */
  gate: numberField(LIMITS.gate.min, LIMITS.gate.max, DEFAULTS.gate),
});

export const meta = defineWidget({
  id: 'vision-adapter',
  chapter: 'multimodal',
  position: 1,
  reportRef: '§7.2',
  height: { en: 1936, zh: 1851 },
  fields,
});
