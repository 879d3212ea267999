// Named states of context-parallel whose view is snapshotted (src/widgets/contract.test.tsx): default, each split,
// small and large CP, each Table 4 row as its preset sets it, the assumed-TP models, and the error states.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  /** Table 4 row 3: 405B, CP 16, 131,072 tokens, the report's zigzag split (equal work; 64 MiB K/V vs 32 MiB Q). */
  default: {},
  /** The same with the naive contiguous split: rank 15 does 1,040,191,488 pairs, rank 0 33,558,528 (≈ 31.0×). */
  naive: { split: 'naive' },
  /** CP 2 on a short sequence: four chunks, rank 0 holds 0 and 3, rank 1 holds 1 and 2. */
  'small-cp': { cp: 2, seqLen: 1_024 },
  /** Table 4 rows 1 and 2 as their presets set them: CP 1 at 8,192 (no context parallelism). */
  'table4-row1-2': { cp: 1, seqLen: 8_192 },
  /** Table 4 row 3 as its preset sets it (= the default). */
  'table4-row3': { cp: 16, seqLen: 131_072, model: 'llama3-405b' },
  /** The largest CP at 2²⁰ tokens: 128 chunks, beyond Llama 3.1's window (a what-if note). */
  'cp64-1m': { cp: 64, seqLen: 1_048_576, split: 'naive' },
  /** The 8B: the report gives no CP or TP for it, TP = 8 assumed and said. */
  'llama3-8b': { model: 'llama3-8b' },
  /** A length that is not a multiple of 2·CP: the message names 130,976 and 131,008. */
  'bad-seqlen': { seqLen: 131_000 },
  /** A CP that does not divide the length evenly into 2·CP chunks (6 chunks of 131,072 tokens). */
  'bad-cp': { cp: 3 },
  /** A length shorter than 2·CP: only the next valid length above is offered. */
  'too-short': { cp: 64, seqLen: 100 },
} satisfies Examples<typeof fields>;
