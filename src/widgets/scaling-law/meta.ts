// URL schema and registry entry (found by its folder) of the scaling-law widget. Limits and defaults are the model's.
import { commonFields, enumField, numberField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, LIMITS, SURFACES } from './model';

export const fields = urlSchema({
  ...commonFields,
  /** Compute budget in FLOPs, 10¹⁸ … 10²⁷, scientific notation accepted (`3.8e25`); default the 405B's 3.8 × 10²⁵. */
  budget: numberField(LIMITS.budget.min, LIMITS.budget.max, DEFAULTS.budget),
  /** The reader's own power law N*(C) = A·C^α (tokens): exponent, default the report text's 0.53. */
  alpha: numberField(LIMITS.alpha.min, LIMITS.alpha.max, DEFAULTS.alpha),
  /** … and coefficient, default the text's 0.29. */
  A: numberField(LIMITS.A.min, LIMITS.A.max, DEFAULTS.A),
  /** The loss surface the IsoFLOP runs are re-enacted on: Chinchilla's (Hoffmann et al. 2022, eq. 10), the only one. */
  surface: enumField(SURFACES, DEFAULTS.surface),
});

export const meta = defineWidget({
  id: 'scaling-law',
  chapter: 'pretraining',
  position: 2,
  reportRef: '§3.2.1',
  height: { en: 1971, zh: 1782 },
  fields,
});
