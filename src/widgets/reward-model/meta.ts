// URL schema and registry entry (found by its folder) of the reward-model widget. Limits and defaults are the model's.
// `levels` and `gold` are the two optional fields the brief allows; `features` is a comma-separated set.
import * as z from 'zod/mini';
import { RM_FEATURES } from '../../lib/toyLm';
import { commonFields, described, enumField, intField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, FEATURES_PATTERN, GOLDS, LEVEL_CHOICES, LIMITS, MARGINS, NOISES, featuresText, parseFeatures } from './model';

/** A set of RM_FEATURES ids separated by commas, any order (read back in RM_FEATURES order); "" is the empty set, an
 *  error state the view names. */
const featuresField = described(
  z._default(
    z.pipe(z.string().check(z.regex(FEATURES_PATTERN)), z.transform((s: string) => featuresText(parseFeatures(s)))),
    DEFAULTS.features,
  ),
  { kind: 'set', values: RM_FEATURES },
);

export const fields = urlSchema({
  ...commonFields,
  /** Llama 2's margin in the loss: none (Llama 3, the default), small or large (Llama 2 Table 27). */
  margin: enumField(MARGINS, DEFAULTS.margin),
  /** Annotator noise: low, medium, high, random = Bradley–Terry sharpness k 10, 3, 1, 0. */
  noise: enumField(NOISES, DEFAULTS.noise),
  /** The RM's features (default the prompt-blind three: tokens,length,truncated). */
  features: featuresField,
  /** Training pairs, 20 … 2,000 (200 held-out pairs are drawn after them). */
  pairs: intField(LIMITS.pairs.min, LIMITS.pairs.max, DEFAULTS.pairs),
  /** Seed of the pairs, 0 … 999,999 (the SFT reference is one fixed toy model). */
  seed: intField(LIMITS.seed.min, LIMITS.seed.max, DEFAULTS.seed),
  /** Strength levels kept for training: all, or llama3 (significantly better and better only). */
  levels: enumField(LEVEL_CHOICES, DEFAULTS.levels),
  /** The hidden gold reward: length3 (prefers three tokens, default) or lengthNeutral. */
  gold: enumField(GOLDS, DEFAULTS.gold),
});

export const meta = defineWidget({
  id: 'reward-model',
  chapter: 'post-training',
  position: 1,
  reportRef: '§4.1.2',
  height: { en: 1933, zh: 1846 },
  fields,
});
