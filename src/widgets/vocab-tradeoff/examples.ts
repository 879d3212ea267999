// Named states of vocab-tradeoff whose view is snapshotted (src/widgets/contract.test.tsx): one per body kind and
// error state, and the ends of the vocabulary range. On the server no token is counted yet: the table shows its
// loading state.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  default: {},
  /** Llama 3 70B with Llama 2's 32,000 rows (exactly Llama 2 70B's count) on the Chinese sample. */
  '70b-llama2-vocab-chinese': { model: 'llama3-70b', vocab: 32_000, sample: 'chinese' },
  /** The largest V on the largest body: the curve's domain stretches to 1,000,000 rows. */
  '405b-largest-vocab': { model: 'llama3-405b', vocab: 1_000_000 },
  /** A custom body: 70B's width with 40 layers, feed-forward width by the 8B rule. */
  'custom-shape': { model: 'custom', dim: 8_192, layers: 40, vocab: 256_000 },
  /** A width that is not a multiple of the head dimension: the reason replaces the numbers. */
  'custom-impossible': { model: 'custom', dim: 1_000, layers: 32 },
} satisfies Examples<typeof fields>;
