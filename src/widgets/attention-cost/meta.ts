// URL schema and registry entry (found by its folder) of the attention-cost widget. Limits and defaults are the model's.
import { commonFields, enumField, intField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { COUNTINGS, DEFAULTS, LIMITS, MODEL_CHOICES } from './model';

export const fields = urlSchema({
  ...commonFields,
  /** Llama 3 size whose curves are emphasised and whose score matrix is sized (the kv-cache widget's ids). */
  model: enumField(MODEL_CHOICES, DEFAULTS.model),
  /** The chosen context T, tokens, 1,024 … 1,048,576 (default Llama 3.1's 131,072); marked on the chart. */
  context: intField(LIMITS.context.min, LIMITS.context.max, DEFAULTS.context),
  /** Tokens per packed document behind a document mask; 0 = no mask; must not exceed context. */
  docLen: intField(LIMITS.docLen.min, LIMITS.docLen.max, DEFAULTS.docLen),
  /** Achieved TFLOP/s per GPU for the GPU-days (default Table 4's long-context row, 380). */
  tflops: intField(LIMITS.tflops.min, LIMITS.tflops.max, DEFAULTS.tflops),
  /** Counting convention: causal (exact work, Kaplan et al.) or full (PaLM's MFU convention, no causal saving). */
  count: enumField(COUNTINGS, DEFAULTS.count),
});

export const meta = defineWidget({
  id: 'attention-cost',
  chapter: 'long-context',
  position: 1,
  reportRef: '§3.4.2',
  height: { en: 1685, zh: 1620 },
  fields,
});
