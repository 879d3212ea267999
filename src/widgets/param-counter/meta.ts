// URL schema and registry entry of the param-counter widget.
// Shape fields are read only when model=custom (a preset uses its Table 3 / Llama 2 shapes).
// Their URL caps are deliberately wider than the model's limits (model.ts FIELD_LIMITS), so an
// out-of-range or inconsistent value reaches the model and gets its explanation per field.
import { CONTEXT_LLAMA3, MODELS } from '../../data/models';
import { TOKENS_405B } from '../../data/facts';
import { boolParam, commonParams, enumParam, intParam, numberParam, paramsSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { MODEL_CHOICES } from './model';

const DEFAULT = MODELS['llama3-8b'];
/** URL cap for every shape field: far beyond the model's limits, short of absurd. */
const URL_MAX = 1_000_000_000;

export const VIEWS = ['absolute', 'share'] as const;

export const params = paramsSchema({
  ...commonParams,
  /** A preset model, or `custom` to use the shape fields below. */
  model: enumParam(MODEL_CHOICES, 'llama3-8b'),
  /** Model width d (custom only). */
  dim: intParam(1, URL_MAX, DEFAULT.dim),
  /** Transformer blocks L (custom only). */
  layers: intParam(1, URL_MAX, DEFAULT.layers),
  /** Query heads H (custom only). */
  heads: intParam(1, URL_MAX, DEFAULT.heads),
  /** Key/value heads KV (custom only). */
  kvHeads: intParam(1, URL_MAX, DEFAULT.kvHeads),
  /** SwiGLU hidden width F (custom only). */
  ffnDim: intParam(1, URL_MAX, DEFAULT.ffnDim),
  /** Embedding rows V (custom only). */
  vocab: intParam(1, URL_MAX, DEFAULT.vocab),
  /** LM head shares the embedding matrix (custom only). */
  tied: boolParam(DEFAULT.tiedEmbeddings),
  /** Training tokens D for C = 6·N·D (default: the 405B run, report §1). */
  tokens: numberParam(1, 1e16, TOKENS_405B.value),
  /** Context length n_ctx for the attention FLOPs term (default: the pre-training context, 8,192). */
  ctx: intParam(1, URL_MAX, CONTEXT_LLAMA3),
  /** Breakdown chart in parameters or in shares of the total. */
  view: enumParam(VIEWS, 'absolute'),
});

export const meta = defineWidget({
  id: 'param-counter',
  title: 'Parameter, memory and FLOPs counter',
  summary: 'Exact parameter count of any Llama-style decoder, where the parameters sit, the memory its weights take, and the FLOPs to run and train it.',
  chapter: 'architecture',
  reportRef: 'Table 3, §3.2',
  height: 1778,
  params,
});
