// URL schema and registry entry (found by its folder) of the rope-frequencies widget. Limits and defaults are the
// model's (model.ts LIMITS, DEFAULTS: Llama 3.1 as shipped, src/data/rope.ts LLAMA31_ROPE_SCALING). Fields a method
// does not read are still parsed (and listed as not used when a URL sets them: RopeFrequencies.tsx adjust); impossible
// combinations (factor 1, low ≥ high) reach the model, which explains them.
import { commonFields, enumField, intField, numberField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, HEAD_DIMS, LIMITS, METHODS, RAMPS } from './model';

const L = LIMITS;

export const fields = urlSchema({
  ...commonFields,
  /** RoPE base b (θ in Meta's code): 500,000 for Llama 3 (§3.2), 10,000 for Llama 2. */
  base: numberField(L.base.min, L.base.max, DEFAULTS.base),
  /** Head dimension d: d/2 rotated pairs. */
  headDim: enumField(HEAD_DIMS, DEFAULTS.headDim),
  /** Scaling rule overlaid on the original schedule. */
  method: enumField(METHODS, DEFAULTS.method),
  /** Scale factor s (PI, NTK-aware, YaRN, Llama 3.1, dynamic NTK). */
  factor: numberField(L.factor.min, L.factor.max, DEFAULTS.factor),
  /** Llama 3.1 low_freq_factor. */
  low: numberField(L.low.min, L.low.max, DEFAULTS.low),
  /** Llama 3.1 high_freq_factor. */
  high: numberField(L.high.min, L.high.max, DEFAULTS.high),
  /** Original context L, tokens (YaRN, Llama 3.1 old_context_len, dynamic NTK max_position_embeddings). */
  original: intField(L.original.min, L.original.max, DEFAULTS.original),
  /** Sequence length at which dynamic NTK is evaluated, tokens. */
  seqLen: intField(L.seqLen.min, L.seqLen.max, DEFAULTS.seqLen),
  /** The reader's own reference line, tokens. */
  context: intField(L.context.min, L.context.max, DEFAULTS.context),
  /** Position of the forgotten-rope_scaling panel. */
  position: intField(L.position.min, L.position.max, DEFAULTS.position),
  /** YaRN's ramp: the paper's (in r = L/λ), the code's (in pair index), or both. */
  ramp: enumField(RAMPS, DEFAULTS.ramp),
});

export const meta = defineWidget({
  id: 'rope-frequencies',
  chapter: 'rope',
  position: 2,
  reportRef: '§3.2, Table 3',
  height: { en: 1828, zh: 1808 },
  fields,
});
