// Named states of what-changed whose view is snapshotted (src/widgets/contract.test.tsx): one per Llama 3 size, since
// each pairs a different Llama 2 model — 405B with the largest, 70B, and the report's stated compute instead of 6·N·D.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  default: {},
  '70b': { size: '70b' },
  '405b': { size: '405b' },
} satisfies Examples<typeof fields>;
