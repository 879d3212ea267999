// Named states of attention-cost whose view is snapshotted (src/widgets/contract.test.tsx): one per mode and error state.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  /** 405B at 131,072, causal count, 380 TFLOP/s: attention 40.1% of 4.05 × 10¹² per token; the bill at both ends. */
  default: {},
  /** 8B at 65,536: past its crossover (57,256); the bill stays the 405B's, and says so. */
  '8b-64k': { model: 'llama3-8b', context: 65_536 },
  /** 70B at Llama 3's 8,192. */
  '70b-8k': { model: 'llama3-70b', context: 8_192 },
  /** 405B at 1M tokens with 8,192-token documents: the masked curve flat from 8K, never reaching the weights. */
  '405b-1m-docs': { context: 1_048_576, docLen: 8_192 },
  /** PaLM's full-matrix count at 8,192: design §2.3's 2.638 × 10¹² and 7.7%. */
  'full-8k': { count: 'full', context: 8_192 },
  /** PaLM's count at 131,072 with a lower throughput: 57.1%, and more GPU-days. */
  'full-128k-300tf': { count: 'full', tflops: 300 },
  /** A document longer than the context: the message, no masked curve. */
  'doc-too-long': { context: 8_192, docLen: 16_384 },
  /** A state no URL can give (the schema refuses context 10), as a direct caller could pass it: words, not numbers. */
  impossible: { context: 10 },
} satisfies Examples<typeof fields>;
