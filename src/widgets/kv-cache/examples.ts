// Named states of kv-cache whose view is snapshotted (src/widgets/contract.test.tsx): one per mode and error state.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  /** Llama 3.1 8B, GQA, bf16, 131,072 tokens, one sequence on an H100. */
  default: {},
  /** 405B with multi-head attention: the hypothetical 1,008 GiB cache, many H100s, the "hypothetical" note. */
  '405b-mha': { model: 'llama3-405b', attention: 'mha' },
  /** Decimal units on an H200, a batch of 8 at 8,192 tokens (the batch's tokens/s, GB labels on the chart). */
  'gb-h200-batch': { model: 'llama3-70b', unit: 'gb', gpu: 'h200', context: 8_192, batch: 8 },
  /** Llama 2 7B past its 4,096-token window in int4: every note at once (window, MHA model, int4 scales). */
  'llama2-int4-long': { model: 'llama2-7b', dtype: 'int4', context: 32_768 },
  /** A custom shape with MQA: no weights, the cache alone against the GPU. */
  'custom-mqa': { model: 'custom', attention: 'mqa', layers: 48, heads: 40, kvHeads: 8, headDim: 128 },
  /** A custom shape whose KV heads do not divide the query heads: the explanation instead of numbers. */
  'custom-impossible': { model: 'custom', heads: 32, kvHeads: 12 },
} satisfies Examples<typeof fields>;
