// Named states of rope-rotation whose view is snapshotted (src/widgets/contract.test.tsx): the default, each base,
// fast and slow pairs, the edges of a custom base, and the states the model has to limit or annotate.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  /** The design notes' example: q at 100, k at 37, both shifted by 5,000; pair 16 (λ = 167.08), base 500,000. */
  default: {},
  /** Llama 2's base 10,000: the shifted key at 5,037 is past Llama 2's 4,096 positions (noted). */
  'llama2-base': { base: 10_000 },
  /** A custom base (the NTK-aware base for s = 8, facts §B.7): the number field is shown. */
  'custom-base': { base: 4_134_231.1 },
  /** The fastest pair at the end of Llama 3.1's window, shifted back by 100,000: 1 rad per position. */
  'fast-pair': { pair: 0, m: 131_071, n: 131_000, shift: -100_000 },
  /** The slowest pair over Llama 3's 8,192 positions: it barely turns. */
  'slow-pair': { pair: 63, m: 8_191, n: 0, shift: 100_000 },
  /** The lower edge of a custom base: even the slowest pair's wavelength is 12.4 positions. */
  'base-2': { base: 2, pair: 63 },
  /** The upper edge: 10⁹; the slowest pair turns 3 × 10⁻⁵ of a turn in 131,071 positions. */
  'base-1e9': { base: 1e9, pair: 63, m: 131_071 },
  /** Query and key at the same position: the offset is 0 and the angle between them is their own. */
  'same-position': { m: 2_048, n: 2_048, shift: 1 },
  /** A shift that would leave 0 … 131,071: limited to 0 (m at the end, n at the start), and said so. */
  'shift-limited': { m: 131_071, n: 0, shift: 5_000 },
  /** A negative shift past position 0: limited to −37. */
  'negative-shift': { shift: -200 },
} satisfies Examples<typeof fields>;
