// URL schema and registry entry (found by its folder) of the rlhf-memory widget. Choices and defaults are the model's:
// model = a released shape (src/data/models.ts MODEL_IDS, as the kv-cache widget) or `custom`, whose shape fields
// (dim, layers, heads, kvHeads, ffnDim, vocab, tied) are param-counter's own definitions, imported; method = the
// highlighted one (all three are computed); dtype = weights in bf16 or fp32; optimizer = AdamW with master (12 B), AdamW (8 B) or SGD with
// momentum (4 B); cached = DPO's reference log-probabilities cached; grpokl = GRPO keeps its KL term (a reference).
import { boolField, commonFields, enumField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { shapeFields } from '../param-counter/shapeFields';
import { DEFAULTS, METHODS, MODEL_CHOICES, OPTIMIZERS, WEIGHT_DTYPES } from './model';

export const fields = urlSchema({
  ...commonFields,
  /** A released model's shapes (Table 3; Llama 2 Table 1), or `custom`: the shape fields at the end. */
  model: enumField(MODEL_CHOICES, DEFAULTS.model),
  /** The method the result line speaks of (ppo | grpo | dpo); the three are shown side by side. */
  method: enumField(METHODS, DEFAULTS.method),
  /** Bytes per weight: bf16 (2) or fp32 (4). */
  dtype: enumField(WEIGHT_DTYPES, DEFAULTS.dtype),
  /** Optimizer state per trained parameter: adamw-master (12 B) | adamw (8 B) | sgd-momentum (4 B). */
  optimizer: enumField(OPTIMIZERS, DEFAULTS.optimizer),
  /** DPO: reference log-probabilities computed once and cached (no reference model resident). */
  cached: boolField(DEFAULTS.cached),
  /** GRPO: KL term on (a reference model resident); false = β 0, TRL's default. */
  grpokl: boolField(DEFAULTS.grpokl),
  /** Custom shape only (param-counter's fields: same names, URL caps and Llama 3 8B defaults; its FIELD_LIMITS apply). */
  ...shapeFields,
});

export const meta = defineWidget({
  id: 'rlhf-memory',
  chapter: 'dpo-vs-ppo',
  position: 1,
  reportRef: '§4.1.4',
  height: { en: 1300, zh: 1151 },
  fields,
});
