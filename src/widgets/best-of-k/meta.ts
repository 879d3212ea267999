// URL schema and registry entry (found by its folder) of the best-of-k widget. Limits and defaults are the model's:
// k = K samples per prompt (1 … 64, default 16, inside the report's 10–30); rm = the scorer (blind: the prompt-blind RM,
// misspecified; full: the RM with all five features; gold: the hidden gold reward as an oracle); selection = best per
// prompt or top-k overall; seed = the preference pairs' seed (and the sampled selection comparison's).
import { commonFields, enumField, intField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, LIMITS, RM_KINDS, SELECTIONS } from './model';

export const fields = urlSchema({
  ...commonFields,
  /** K, samples drawn per prompt, 1 … 64. */
  k: intField(LIMITS.k.min, LIMITS.k.max, DEFAULTS.k),
  /** The scorer that picks the best: blind | full | gold. */
  rm: enumField(RM_KINDS, DEFAULTS.rm),
  /** per-prompt | top-overall. */
  selection: enumField(SELECTIONS, DEFAULTS.selection),
  /** Seed of the preference pairs (the reward model) and of the sampled selection rounds, 0 … 999,999. */
  seed: intField(LIMITS.seed.min, LIMITS.seed.max, DEFAULTS.seed),
});

export const meta = defineWidget({
  id: 'best-of-k',
  chapter: 'post-training',
  position: 2,
  reportRef: '§4.2.2',
  height: { en: 1962, zh: 1897 },
  fields,
});
