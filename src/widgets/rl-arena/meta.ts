// URL schema and registry entry (found by its folder) of the rl-arena widget. Limits and defaults are the model's:
// methods = a comma-separated set of bon, dpo, llama3, ppo, grpo ("" = none, named in the view); beta = DPO's β;
// kl = the KL coefficient of PPO and GRPO (DeepSeekMath's 0.04 by default; Llama 2's PPO used 0.01 / 0.005); clip = ε
// of both; group = GRPO's G; mask / nll / nllnorm = Llama 3's DPO changes; noise, gold, seed, rm = the task; steps =
// online iterations (DPO runs 3× as many steps); variant = GRPO's normalisation.
import * as z from 'zod/mini';
import { boolField, commonFields, described, enumField, intField, numberField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import {
  ARENA_RMS, DEFAULTS, GOLDS, GRPO_VARIANTS, LIMITS, METHODS, METHODS_PATTERN, NLL_NORMS, NOISES, methodsText, parseMethods,
} from './model';

/** A set of METHODS ids separated by commas, any order (read back in METHODS order); "" is the empty set, which the
 *  view names. */
const methodsField = described(
  z._default(
    z.pipe(z.string().check(z.regex(METHODS_PATTERN)), z.transform((s: string) => methodsText(parseMethods(s)))),
    DEFAULTS.methods,
  ),
  { kind: 'set', values: METHODS },
);

export const fields = urlSchema({
  ...commonFields,
  /** Methods shown: bon, dpo, llama3, ppo, grpo (comma-separated; default all). */
  methods: methodsField,
  /** DPO's β, 0.01 … 1 (Llama 3: 0.1). */
  beta: numberField(LIMITS.beta.min, LIMITS.beta.max, DEFAULTS.beta),
  /** KL coefficient of PPO's per-token penalty and GRPO's k3 term, 0 … 0.5 (default DeepSeekMath's 0.04). */
  kl: numberField(LIMITS.kl.min, LIMITS.kl.max, DEFAULTS.kl),
  /** ε of the clipped ratio (PPO and GRPO), 0.05 … 0.5. */
  clip: numberField(LIMITS.clip.min, LIMITS.clip.max, DEFAULTS.clip),
  /** GRPO's group size G, 2 … 64. */
  group: intField(LIMITS.group.min, LIMITS.group.max, DEFAULTS.group),
  /** Llama 3's DPO: mask EOT out of chosen and rejected. */
  mask: boolField(DEFAULTS.mask),
  /** Llama 3's DPO: coefficient of the NLL term on the chosen response, 0 … 1 (Llama 3: 0.2). */
  nll: numberField(LIMITS.nll.min, LIMITS.nll.max, DEFAULTS.nll),
  /** How that NLL is normalised: per token (Pang et al.) or summed over the sequence (the report does not say). */
  nllnorm: enumField(NLL_NORMS, DEFAULTS.nllnorm),
  /** Annotator noise of the preference pairs: low, medium, high, random. */
  noise: enumField(NOISES, DEFAULTS.noise),
  /** The hidden gold reward: length3 or lengthNeutral. */
  gold: enumField(GOLDS, DEFAULTS.gold),
  /** Online iterations of PPO and GRPO, 10 … 150 (DPO: 3× as many steps). */
  steps: intField(LIMITS.steps.min, LIMITS.steps.max, DEFAULTS.steps),
  /** Seed of the pairs, minibatches and samples, 0 … 999,999. */
  seed: intField(LIMITS.seed.min, LIMITS.seed.max, DEFAULTS.seed),
  /** The reward model PPO, GRPO and best-of-n optimise: blind (prompt-blind, misspecified) or full. */
  rm: enumField(ARENA_RMS, DEFAULTS.rm),
  /** GRPO's normalisation: grpo (DeepSeekMath), dr-grpo, dapo. */
  variant: enumField(GRPO_VARIANTS, DEFAULTS.variant),
});

export const meta = defineWidget({
  id: 'rl-arena',
  chapter: 'dpo-vs-ppo',
  position: 3,
  reportRef: '§4.1.4',
  height: { en: 1990, zh: 1986 },
  fields,
});
