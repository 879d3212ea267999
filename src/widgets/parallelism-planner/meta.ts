// URL schema and registry entry (found by its folder) of the parallelism-planner widget. Limits and defaults are the
// model's (Table 4 row 1; M = 32 and V = 1 are the widget's choices, the report does not state the 405B's).
import { boolField, commonFields, enumField, intField, numberField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, FFN_SAVED, GRADS, LIMITS, MFU_LIMITS, OPT_BYTES, PLAN_MODELS } from './model';

const int = (k: keyof typeof LIMITS) => intField(LIMITS[k].min, LIMITS[k].max, DEFAULTS[k]);

export const fields = urlSchema({
  ...commonFields,
  /** Table 3 shape: llama3-8b, llama3-70b or llama3-405b (default). */
  model: enumField(PLAN_MODELS, DEFAULTS.model),
  /** GPUs; TP·CP·PP·DP must equal it (an inconsistent dp is named on embed pages and shown as an error). */
  gpus: int('gpus'),
  tp: int('tp'),
  cp: int('cp'),
  pp: int('pp'),
  dp: int('dp'),
  /** Sequence length, tokens. */
  seqLen: int('seqLen'),
  /** Sequences per DP group per step (Table 4's "Batch size/DP"). */
  mbs: int('mbs'),
  /** Micro-batches per step M. */
  m: int('m'),
  /** Interleaving V: model chunks per pipeline rank. */
  v: int('v'),
  /** Model FLOPs utilisation, a fraction. */
  mfu: numberField(MFU_LIMITS.min, MFU_LIMITS.max, DEFAULTS.mfu),
  /** Optimizer bytes per parameter: 12 (fp32 m, v, master) or 8 (no master copy). */
  optBytes: enumField(OPT_BYTES, DEFAULTS.optBytes),
  /** Gradients sharded over DP, or accumulated whole in fp32 until the reduce-scatter. */
  grads: enumField(GRADS, DEFAULTS.grads),
  /** SwiGLU tensors saved for backward, in d_ff per token: 2 (fused) or 4. */
  ffnSaved: enumField(FFN_SAVED, DEFAULTS.ffnSaved),
  /** Count attention FLOPs (12·L·H·Q·T) in the FLOPs per token, as PaLM's MFU does. */
  attnFlops: boolField(DEFAULTS.attnFlops),
});

export const meta = defineWidget({
  id: 'parallelism-planner',
  chapter: 'training-at-scale',
  position: 1,
  reportRef: '§3.3',
  height: { en: 1620, zh: 1727 },
  fields,
});
