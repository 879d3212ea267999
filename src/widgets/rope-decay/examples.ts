// Named states of rope-decay whose view is snapshotted (src/widgets/contract.test.tsx): one per mode and error state.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  /** 10,000 against 500,000 at d = 128, read at Llama 3's 8,192: §B.5's 14 and 29 pairs, design V4's row. */
  default: {},
  /** Llama 3.1's scaling on 500,000, read at 131,072: 25 pairs still on their first turn instead of 15. */
  'llama31-scaled-128k': { scaling: 'llama31', distance: 131_072 },
  /** Past 10,000's longest wavelength (54,410): every one of its pairs has turned at least once. */
  'past-wrap': { distance: 60_000 },
  /** A small second base whose own longest wavelength is on the axis (two dotted lines), at d = 256. */
  'small-base-d256': { base: 1_000, headDim: '256', distance: 100 },
  /** Scaling on another base with d = 64: both "what-if" notes. */
  'what-if-notes': { base: 1_000_000, scaling: 'llama31', headDim: '64', distance: 1 },
  /** The second base equal to the first: the two curves coincide, and the widget says so. */
  'same-base': { base: 10_000 },
  /** A state no URL can give (the schema refuses base 1), as a direct caller could pass it: words, not numbers. */
  impossible: { base: 1 },
} satisfies Examples<typeof fields>;
