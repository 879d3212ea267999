// Named states of gqa-heads whose view is snapshotted (src/widgets/contract.test.tsx): one per kind of sharing.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  /** 8 query heads in 2 groups of 4, 6 tokens, K/V heads 70 % alike. */
  default: {},
  /** Llama 3 8B's shape (Table 3): 32 query heads, 8 K/V heads; query head 13 shown (group 3). */
  'llama3-8b': { heads: 32, kvHeads: 8, head: 13 },
  /** Multi-head attention: groups of one, pooling changes nothing. */
  mha: { kvHeads: 8 },
  /** Multi-query attention over 16 tokens: one K/V head for all, maps too dense for printed weights. */
  'mqa-16-tokens': { kvHeads: 1, seq: 16, similarity: 30 },
  /** A single head: MHA and MQA coincide. */
  'one-head': { heads: 1, kvHeads: 1 },
  /** A URL's K/V heads that do not divide the query heads and a head beyond the last: the view shows 12 → 4, q11. */
  'kv-not-divisor': { heads: 12, kvHeads: 5, head: 20 },
} satisfies Examples<typeof fields>;
