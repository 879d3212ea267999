// URL schema and registry entry (found by its folder) of the post-training-loop widget. Limits and defaults are the
// model's: `rounds` computed (1–6, the report's six by default), the `round` shown (0…6; past `rounds` it shows the
// last one and says so), the toy's `seed`, and model `averaging` (on/off).
import { commonFields, enumField, intField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, LIMITS } from './model';

export const AVERAGING = ['off', 'on'] as const;

export const fields = urlSchema({
  ...commonFields,
  /** Rounds of the loop computed, 1 … 6 (the report's six). */
  rounds: intField(LIMITS.rounds.min, LIMITS.rounds.max, DEFAULTS.rounds),
  /** The round shown, 0 (the base model) … 6; clamped to `rounds`. */
  round: intField(LIMITS.round.min, LIMITS.round.max, DEFAULTS.round),
  /** The toy's seed, 0 … 999,999 (base model, pairs, sampling, minibatches). */
  seed: intField(LIMITS.seed.min, LIMITS.seed.max, DEFAULTS.seed),
  /** Model averaging at the RM, SFT and DPO stages (3 variants each). */
  averaging: enumField(AVERAGING, DEFAULTS.averaging ? 'on' : 'off'),
});

export const meta = defineWidget({
  id: 'post-training-loop',
  chapter: 'post-training',
  position: 3,
  reportRef: '§4.1.6',
  height: { en: 1377, zh: 1290 },
  fields,
});
