// Named states of param-counter whose view is snapshotted (src/widgets/contract.test.tsx): a Llama 3 and a Llama 2
// preset (each with its own token count and context), the 405B with the report's compute check, a custom shape
// (tied, shares view), an impossible custom shape, and a run the reader set (own context, a token count it refuses).
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  default: {},
  'llama2-7b': { model: 'llama2-7b' },
  '405b': { model: 'llama3-405b' },
  'custom-tied-share': { model: 'custom', dim: 2048, layers: 16, heads: 32, kvHeads: 8, ffnDim: 8192, vocab: 128_256, tied: true, view: 'share' },
  'custom-invalid': { model: 'custom', layers: 0, heads: 48 },
  'own-run': { model: 'llama3-70b', ctx: 131_072, tokens: 1.5 },
} satisfies Examples<typeof fields>;
