// Named states of parallelism-planner whose view is snapshotted (src/widgets/contract.test.tsx).
import type { Examples } from '../types';
import type { fields } from './meta';
import { PRESETS } from './model';

export const examples = {
  /** Table 4 row 1 (8,192 GPUs), M = 32, V = 1. */
  default: {},
  row2: PRESETS[1]!.state,
  /** Row 3 as printed: 8·16·16·4 = 8,192 ≠ 16,384, the 'product' error offering DP = 8. */
  row3Printed: PRESETS[2]!.state,
  /** Row 3 with DP = 8 (16,384 GPUs, 16,777,216 tokens per step). */
  row3Fixed: { ...PRESETS[2]!.state, dp: 8 },
  /** Figure 5's 16 GPUs, all sizes 2: the grid. */
  figure5: { model: 'llama3-8b', gpus: 16, tp: 2, cp: 2, pp: 2, dp: 2, seqLen: 8_192, mbs: 4, m: 4, v: 1 },
  /** Gradients accumulated whole in fp32 (75.6 GB at row 1: still under 80 GB). */
  accumulated: { grads: 'accumulated' },
  /** Interleaved: V = 2, M = 16. */
  interleaved: { v: 2, m: 16, mbs: 16 },
  /** M does not divide the sequences per DP group; TP does not divide the 70B's 8 K/V heads. */
  errors: { model: 'llama3-70b', tp: 16, dp: 32, m: 5 },
} satisfies Examples<typeof fields>;
