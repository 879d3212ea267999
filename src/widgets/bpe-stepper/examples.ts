// Named states of the BPE stepper worth a snapshot of the view (src/widgets/contract.test.tsx): before any merge,
// training run to its end, a text in two languages with bytes on screen, and the two problems a custom text can have.
import type { Examples } from '../types';
import type { fields } from './meta';
import { MAX_TEXT_CHARS } from './model';

export const examples = {
  default: {},
  /** The rhyme before any merge: every byte a token, no merge table yet. */
  'rhyme-bytes': { corpus: 'rhyme', merges: 0 },
  /** The rhyme trained to its end (it allows 24 merges, so 500 is clamped): the slider's hint says so. */
  'rhyme-done': { corpus: 'rhyme', merges: 500 },
  /** English, Chinese and an emoji: chunks carry lang, partial characters show as bytes (<0xF0 0x9F>). */
  'multilingual': { corpus: 'multilingual', merges: 40 },
  /** "Your own text", empty: what to do, no chart of nothing. */
  'custom-empty': { corpus: 'custom', text: '', merges: 10 },
  /**
   * A custom text over the cap (only a state can hold one: the URL and the text box cut it), of which the first 2,000
   * characters are used: two long words, two chunks that the merges fold into a few long tokens.
   */
  'custom-over-cap': { corpus: 'custom', text: `${'a'.repeat(MAX_TEXT_CHARS / 2)} ${'b'.repeat(MAX_TEXT_CHARS / 2)}`, merges: 500 },
} satisfies Examples<typeof fields>;
