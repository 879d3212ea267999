// Named states of lr-schedule whose view is snapshotted (src/widgets/contract.test.tsx): the default, the steps axis,
// every named point of the run, the 8B and 70B peaks, and the error states.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  /** At the second doubling, 2.87T tokens: step 358,781.5, batch 16M. */
  default: {},
  /** The steps axis, at the cosine's midpoint step 604,000: (8×10⁻⁵ + 8×10⁻⁷) / 2 = 4.04×10⁻⁵. */
  'steps-cosine-mid': { axis: 'steps', at: 604_000 },
  /** The first doubling, 252M tokens: step 63, batch 8M, sequences 8,192; still warming up (6.3×10⁻⁷). */
  'boundary-8m': { at: 252e6 },
  /** The end of the warm-up on the steps axis: step 8,000, 8×10⁻⁵. */
  'warmup-end-steps': { axis: 'steps', at: 8_000 },
  /** Inside the drawn long-context span: sequence length "8K → 128K in six stages". */
  'long-context': { at: 15.2e12 },
  /** Inside the final anneal, 20M tokens before the end: half the rate at the anneal's start. */
  anneal: { at: 15.59998e12 },
  /** The end of the run: learning rate 0. */
  end: { at: 15.6e12 },
  /** The 8B's Table 3 peak marked (3×10⁻⁴); its schedule is not given. */
  'peak-8b': { model: 'llama3-8b' },
  /** The 70B's Table 3 peak marked (1.5×10⁻⁴). */
  'peak-70b': { model: 'llama3-70b', axis: 'steps', at: 100_000 },
  /** A link past the run's end on the steps axis: clamped to step 1,154,406.5, with a message. */
  'clamped-steps': { axis: 'steps', at: 2e6 },
  /** A link past the run's end in tokens (the schema takes up to 10¹⁵): clamped to 15.6T, with a message. */
  'clamped-tokens': { at: 9e14 },
} satisfies Examples<typeof fields>;
