// Named states of document-mask whose view is snapshotted (src/widgets/contract.test.tsx): the default, each preset,
// a typed list, a highlighted token, the packing cases (repeat, cut) and the error states.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  /** The worked example: 8,192 tokens as 1,000 + 3,000 + 4,192; 13,790,528 of 33,558,528 pairs kept, 58.9% removed. */
  default: {},
  /** Short web pages (illustrative lengths) at 131,072 tokens: the list repeats to fill the sequence. */
  web: { preset: 'web', seqLen: 131_072 },
  /** Code files (illustrative) at 32,768. */
  code: { preset: 'code', seqLen: 32_768 },
  /** One book longer than the sequence: cut at 131,072, the mask removes nothing. */
  book: { preset: 'book', seqLen: 131_072 },
  /** Seeded draws from the four length bands. */
  random: { preset: 'random', seed: 7, seqLen: 16_384 },
  /** A typed list shorter than the sequence (repeats) with the last document cut. */
  'custom-repeat': { docs: '1000,3000', seqLen: 8_192 },
  /** A token's row highlighted: token 5,000 in document 3 sees 1,001 keys with the mask, 5,001 without. */
  'token-highlighted': { token: 5_000 },
  /** 64 tokens: one cell per token. */
  'small-exact': { seqLen: 64, docs: '10,20,34', token: 40 },
  /** Too many documents to draw their boundaries: 8,192 documents of 16 tokens (the most one sequence may hold). */
  'many-documents': { seqLen: 131_072, docs: '16' },
  /** One-token documents at 131,072: 131,072 documents, more than the widget draws: a message, not a frozen tab. */
  'error-too-many-packed': { seqLen: 131_072, docs: '1' },
  /** Error states: not a number, a zero length, a sum past 2⁵³ − 1. */
  'error-not-number': { docs: '1000,abc,300' },
  'error-zero': { docs: '1000,0' },
  'error-overflow': { docs: '9007199254740991,1' },
} satisfies Examples<typeof fields>;
