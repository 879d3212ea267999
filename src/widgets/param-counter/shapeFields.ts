// The custom-shape URL fields (read only when model=custom), Llama 3 8B's shapes by default: param-counter's, in a
// file of their own so that every widget with a custom shape (rlhf-memory) has the same names, caps and defaults and
// imports only these. Their caps are deliberately wider than the model's limits (model.ts FIELD_LIMITS), so an
// out-of-range or inconsistent value reaches the model and gets its explanation per field.
import { MODELS } from '../../data/models';
import { boolField, intField } from '../../lib/urlState';

const DEFAULT = MODELS['llama3-8b'];
/** URL cap for every shape field: far beyond the model's limits, short of absurd. */
export const URL_MAX = 1_000_000_000;

/**
 * The custom-shape fields (read only when model=custom), Llama 3 8B's shapes by default: exported so that every widget
 * with a custom shape (rlhf-memory) has the same names, caps and defaults.
 */
export const shapeFields = {
  /** Model width d (custom only). */
  dim: intField(1, URL_MAX, DEFAULT.dim),
  /** Transformer blocks L (custom only). */
  layers: intField(1, URL_MAX, DEFAULT.layers),
  /** Query heads H (custom only). */
  heads: intField(1, URL_MAX, DEFAULT.heads),
  /** Key/value heads H_kv (custom only). */
  kvHeads: intField(1, URL_MAX, DEFAULT.kvHeads),
  /** SwiGLU hidden width d_ff (custom only). */
  ffnDim: intField(1, URL_MAX, DEFAULT.ffnDim),
  /** Embedding rows n_vocab (custom only). */
  vocab: intField(1, URL_MAX, DEFAULT.vocab),
  /** LM head shares the embedding matrix (custom only). */
  tied: boolField(DEFAULT.tiedEmbeddings),
};

