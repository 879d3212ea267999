// Named states of architecture-explorer whose view is snapshotted (src/widgets/contract.test.tsx): each comparison,
// the three sizes, and stages of the micro pass with different panels and checks (projections, attention with
// its head group, the FFN, the LM head with characters outside the micro vocabulary).
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  default: {},
  /** Against Llama 2 7B, which has no GQA: six blocks differ; the Q, K, V stage of layer 2. */
  '8b-vs-llama2-qkv': { compare: 'llama2', block: 'qkv', layer: 2 },
  /** 405B has no Llama 2 peer (the note names 70B); attention of query head 3 in layer 2. */
  '405b-vs-llama2-attention': { size: '405b', compare: 'llama2', block: 'attention', layer: 2, head: 3 },
  /** Against the 2017 Transformer: eleven blocks differ; the SwiGLU stage. */
  '70b-vs-transformer-ffn': { size: '70b', compare: 'transformer', block: 'ffn' },
  /** Characters outside the micro vocabulary become <unk>; the next-token bars, another seed. */
  'lm-head-unknown-characters': { block: 'lm-head', text: 'Hi, Ünïcode!', seed: 42 },
} satisfies Examples<typeof fields>;
