// Named states of rope-frequencies whose view is snapshotted (src/widgets/contract.test.tsx): the default, every
// method, and the impossible and pointless states.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  /** Llama 3.1 as shipped: θ = 500,000, d = 128, factor 8, low 1, high 4, original 8,192; the error at 131,071. */
  default: {},
  /** No scaling, Llama 2's base: §B.5's 14 and 23 (no 2,048 line without Llama 3.1's bands, so the 8,192 count). */
  'none-llama2': { method: 'none', base: 10_000 },
  /** Llama 3.1's rule at position 8,192: 7.29 rad at pair 32, 9 pairs past π. */
  'llama31-8k': { position: 8_192 },
  /** Position interpolation: every pair ÷ 8, the error past π within a few positions. */
  pi: { method: 'pi' },
  /** NTK-aware: b′ = 4,134,231.13. */
  ntk: { method: 'ntk' },
  /** YaRN with both ramps, labelled paper and code; temperature 1.207944. */
  'yarn-both': { method: 'yarn' },
  /** YaRN with the code's ramp only, head dimension 64. */
  'yarn-code-d64': { method: 'yarn', ramp: 'code', headDim: '64' },
  /** HF dynamic NTK, the facts' example: base 10,000, factor 2, max 4,096, seqLen 8,192 → 30,527.74. */
  dynamic: { method: 'dynamic', base: 10_000, factor: 2, original: 4_096, seqLen: 8_192, position: 8_192 },
  /** Dynamic NTK at a sequence no longer than the original: nothing changes, and the note says why. */
  'dynamic-inactive': { method: 'dynamic', seqLen: 4_096 },
  /** Llama 3.1's rule with low ≥ high: the issue instead of the scaling; the original still drawn. */
  'low-not-below-high': { low: 4, high: 2 },
  /** Factor 1: nothing to scale. */
  'factor-one': { method: 'ntk', factor: 1 },
  /** Llama 3.1's rule on another schedule with other values: both labelled as not the shipped configuration. */
  'llama31-custom': { base: 10_000, headDim: '256', factor: 16, high: 8, context: 100_000 },
} satisfies Examples<typeof fields>;
