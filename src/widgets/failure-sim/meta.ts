// URL schema and registry entry (found by its folder) of the failure-sim widget. Limits and defaults are the model's;
// units: rate in unexpected interruptions per day, ckpt in minutes, write in seconds, restart in minutes.
import { commonFields, enumField, intField, numberField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, LIMITS, SCALES } from './model';

export const fields = urlSchema({
  ...commonFields,
  /** Unexpected interruptions per day, 0.1 … 100; default the report's 419 in 54 days (7.76, one every 3.09 h). */
  rate: numberField(LIMITS.rate.min, LIMITS.rate.max, DEFAULTS.rate),
  /** Work between checkpoints τ, minutes, 1 … 1,440 (an assumption: the report does not give it). */
  ckpt: numberField(LIMITS.ckpt.min, LIMITS.ckpt.max, DEFAULTS.ckpt),
  /** Checkpoint write time δ, seconds, 0 … 3,600 (an assumption). */
  write: numberField(LIMITS.write.min, LIMITS.write.max, DEFAULTS.write),
  /** Restart time R after an interruption, minutes, 0 … 240 (an assumption). */
  restart: numberField(LIMITS.restart.min, LIMITS.restart.max, DEFAULTS.restart),
  /** GPUs as a multiple of the snapshot's: 1, 2 or 4; unexpected failures scale with it (an assumption). */
  scale: enumField(SCALES, DEFAULTS.scale),
  /** The simulation's seed, 0 … 999,999 (the chart's many runs use the seeds after it). */
  seed: intField(LIMITS.seed.min, LIMITS.seed.max, DEFAULTS.seed),
});

export const meta = defineWidget({
  id: 'failure-sim',
  chapter: 'training-at-scale',
  position: 2,
  reportRef: '§3.3.4, Table 5',
  height: { en: 1872, zh: 1773 },
  fields,
});
