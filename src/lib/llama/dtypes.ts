// Number formats for weights and caches and the bytes they take: bf16 is the format the report trains in (Table 4,
// "BF16 MFU"; §3.3.2 accumulates gradients in FP32), and fp32, fp8 and int4 are the usual formats around it.

/** The formats, in the order widgets list them (widest first). */
export const DTYPE_IDS = ['fp32', 'bf16', 'fp8', 'int4'] as const;
export type DtypeId = (typeof DTYPE_IDS)[number];

export interface Dtype {
  id: DtypeId;
  /** Its usual name, the same in every language: "bf16". */
  label: string;
  /** Storage per number, bits: 32 / 16 / 8 / 4, that is 4 / 2 / 1 / ½ byte. */
  bits: 32 | 16 | 8 | 4;
}

/** One row per format (int4 counts half a byte and ignores the scale factors real 4-bit formats also store). */
export const DTYPES: { readonly [K in DtypeId]: Dtype & { id: K } } = {
  fp32: { id: 'fp32', label: 'fp32', bits: 32 },
  bf16: { id: 'bf16', label: 'bf16', bits: 16 },
  fp8: { id: 'fp8', label: 'fp8', bits: 8 },
  int4: { id: 'int4', label: 'int4', bits: 4 },
};

/**
 * Bytes to store `params` weights in `dtype`: ⌈params × bits / 8⌉ (an odd count in int4 leaves one half-filled
 * byte). Weights only: no KV cache, activations or optimizer state. Exact in bigint.
 */
export function weightBytes(params: bigint, dtype: DtypeId): bigint {
  return (params * BigInt(DTYPES[dtype].bits) + 7n) / 8n;
}
