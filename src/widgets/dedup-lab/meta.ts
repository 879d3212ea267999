// URL schema and registry entry (found by its folder) of the dedup-lab widget. Limits and defaults are the model's.
import { commonFields, intField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, LIMITS } from './model';

export const fields = urlSchema({
  ...commonFields,
  /** Words per shingle k (a CJK character counts as one word). */
  shingle: intField(LIMITS.shingle.min, LIMITS.shingle.max, DEFAULTS.shingle),
  /** MinHash permutations (signature length). */
  perms: intField(LIMITS.perms.min, LIMITS.perms.max, DEFAULTS.perms),
  /** LSH bands; must divide perms (rows = perms / bands). Otherwise the nearest divisor is used, and the widget says so. */
  bands: intField(LIMITS.bands.min, LIMITS.bands.max, DEFAULTS.bands),
  /** Line level: lines seen more than this many times in the corpus go (the report: 6 per 30M-document bucket). */
  lineT: intField(LIMITS.lineT.min, LIMITS.lineT.max, DEFAULTS.lineT),
  /** Seed of the MinHash hash functions. */
  seed: intField(LIMITS.seed.min, LIMITS.seed.max, DEFAULTS.seed),
});

export const meta = defineWidget({
  id: 'dedup-lab',
  chapter: 'pretraining',
  position: 1,
  reportRef: '§3.1.1',
  height: { en: 1978, zh: 1981 },
  fields,
});
