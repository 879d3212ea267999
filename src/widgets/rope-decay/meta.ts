// URL schema and registry entry (found by its folder) of the rope-decay widget. Limits and defaults are the model's.
import { commonFields, enumField, intField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, HEAD_DIMS, LIMITS, SCALINGS } from './model';

export const fields = urlSchema({
  ...commonFields,
  /** The second curve's base, drawn against 10,000 (Llama 2's); default Llama 3's 500,000 (report §3.2). */
  base: intField(LIMITS.base.min, LIMITS.base.max, DEFAULTS.base),
  /** Llama 3.1's frequency scaling on the second curve: none or llama31 (factor 8, low 1, high 4, original 8,192). */
  scaling: enumField(SCALINGS, DEFAULTS.scaling),
  /** Tokens between query and key (n − m) whose values are read out, 1 … 131,072. */
  distance: intField(LIMITS.distance.min, LIMITS.distance.max, DEFAULTS.distance),
  /** Head dimension d (d/2 rotating pairs); Llama 3's is 128. */
  headDim: enumField(HEAD_DIMS, DEFAULTS.headDim),
});

export const meta = defineWidget({
  id: 'rope-decay',
  chapter: 'rope',
  position: 3,
  reportRef: '§3.2',
  height: { en: 1794, zh: 1664 },
  fields,
});
