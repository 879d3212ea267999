// KV-cache size: report §3.2 (GQA with 8 key/value heads "to reduce the size of key-value caches during decoding")
// and Table 3 shapes; Meta llama-models model.py keeps cache_k and cache_v of shape [batch, context, kvHeads, headDim]
// in every layer.
//   cache bytes = 2 (K and V) · layers · kvHeads · headDim · bytesPerElement · context · batch
// Exact in bigint. Element sizes are counted in bits and divided by 8 at the end; 2 · bits is a multiple of 8 for
// every format in dtypes.ts (int4 included), so the cache in bytes is always a whole number.
import { DTYPES, type DtypeId } from './dtypes';

/** The part of a model's shape that its KV cache depends on. */
export interface KvShape {
  /** Transformer blocks L. */
  layers: number;
  /** Key/value heads stored H_kv (the query heads H for multi-head attention, 1 for multi-query). */
  kvHeads: number;
  /** Dimension of one head d_h (d / H for the Llama models, headDim in shape.ts). */
  headDim: number;
}

/**
 * Bytes of keys and values stored per token over all layers, exact: 2 · layers · kvHeads · headDim · bits / 8.
 * Inputs must be positive integers (validateShape in shape.ts).
 */
export function kvBytesPerToken(shape: KvShape, dtype: DtypeId): bigint {
  const bits = 2n * BigInt(shape.layers) * BigInt(shape.kvHeads) * BigInt(shape.headDim) * BigInt(DTYPES[dtype].bits);
  return bits / 8n; // exact: 2 · bits-per-element is a multiple of 8
}

/** Total KV-cache bytes for `context` tokens in each of `batch` sequences, exact. */
export function kvCacheBytes(shape: KvShape, dtype: DtypeId, context: number, batch = 1): bigint {
  return kvBytesPerToken(shape, dtype) * BigInt(context) * BigInt(batch);
}
