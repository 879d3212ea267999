// URL schema and registry entry (found by its folder) of the dpo-loss widget. Limits and defaults are the model's:
// beta = DPO's β (Llama 3: 0.1, report §4.1.4); margin = the log-ratio margin m = Δ_w − Δ_l in nats at the marker
// (z = β·m); mask = Llama 3's masking of header and termination tokens (on | off); nll = the NLL coefficient (Llama 3:
// 0.2); tokennll = the assumed NLL per chosen token in nats (no Llama 3 weights run here); pair = the bundled chat
// pair (pair.ts); policy = the bandit's parametrisation (shared | tabular); step = DPO steps taken on the bandit.
import { commonFields, enumField, intField, numberField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, LIMITS, MASKS, POLICIES } from './model';
import { DEFAULT_PAIR, PAIR_IDS } from './pair';

export const fields = urlSchema({
  ...commonFields,
  /** DPO's β, 0.01 … 1. */
  beta: numberField(LIMITS.beta.min, LIMITS.beta.max, DEFAULTS.beta),
  /** The marker's log-ratio margin m (nats), −10 … 10. */
  margin: numberField(LIMITS.margin.min, LIMITS.margin.max, DEFAULTS.margin),
  /** Mask header and termination tokens: on | off. */
  mask: enumField(MASKS, DEFAULTS.mask),
  /** NLL coefficient on the chosen response, 0 … 1. */
  nll: numberField(LIMITS.nll.min, LIMITS.nll.max, DEFAULTS.nll),
  /** Assumed NLL per chosen token (nats), 0 … 5. */
  tokennll: numberField(LIMITS.tokennll.min, LIMITS.tokennll.max, DEFAULTS.tokennll),
  /** A bundled chat pair. */
  pair: enumField(PAIR_IDS, DEFAULT_PAIR),
  /** The bandit's policy: shared | tabular. */
  policy: enumField(POLICIES, DEFAULTS.policy),
  /** DPO steps taken on the bandit, 0 … 30. */
  step: intField(LIMITS.step.min, LIMITS.step.max, DEFAULTS.step),
});

export const meta = defineWidget({
  id: 'dpo-loss',
  chapter: 'dpo-vs-ppo',
  position: 2,
  reportRef: '§4.1.4',
  height: { en: 1973, zh: 1916 },
  fields,
});
