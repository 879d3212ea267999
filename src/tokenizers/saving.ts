// How much of Llama 3's token saving over Llama 2 comes from the 100K tiktoken base and how much from the
// 28K added tokens (report §3.2: "100K tokens from the tiktoken tokenizer with 28K additional tokens").
// Llama 3's ids 0–100,255 are cl100k_base's (tokenizers.test.ts), so cl100k_base's count on the same text
// separates the two: llama2 − cl100k is the base's part, cl100k − llama3 the additions'.
//
// splitSaving is pure and light. measureSaving runs the real tokenizers synchronously, building all three
// vocabularies (several MB): it is for build time (chapters) and tests only, never for a widget's island.
import { createCl100k } from './cl100k';
import { createLlama2 } from './llama2';
import { createLlama3 } from './llama3';
import type { Tokenizer } from './types';

/** Token counts of one text (no begin-of-text token), and how the Llama 2 → Llama 3 saving splits. */
export interface SavingSplit {
  /** Unicode code points. */
  characters: number;
  llama2: number;
  cl100k: number;
  llama3: number;
  /** Tokens Llama 3 saves against Llama 2: llama2 − llama3. */
  saved: number;
  /** The part cl100k_base's ids 0–100,255 (Llama 3's first 100K) already save: llama2 − cl100k. */
  fromBase: number;
  /** The part the added ids 100,256–127,999 save on top: cl100k − llama3. */
  fromAdded: number;
  /** fromBase / saved and fromAdded / saved (they sum to 1); null when nothing is saved. */
  shareFromBase: number | null;
  shareFromAdded: number | null;
}

/** The split, from three token counts. Pure. */
export function splitSaving(counts: { characters: number; llama2: number; cl100k: number; llama3: number }): SavingSplit {
  const { llama2, cl100k, llama3 } = counts;
  const saved = llama2 - llama3;
  const fromBase = llama2 - cl100k;
  const fromAdded = cl100k - llama3;
  return {
    ...counts,
    saved,
    fromBase,
    fromAdded,
    shareFromBase: saved > 0 ? fromBase / saved : null,
    shareFromAdded: saved > 0 ? fromAdded / saved : null,
  };
}

let tokenizers: { llama2: Tokenizer; cl100k: Tokenizer; llama3: Tokenizer } | undefined;

/** Counts `text` under the real Llama 2, cl100k_base and Llama 3 tokenizers (special-token text read as plain text). */
export function measureSaving(text: string): SavingSplit {
  tokenizers ??= { llama2: createLlama2(), cl100k: createCl100k(), llama3: createLlama3() };
  const t = tokenizers;
  return splitSaving({
    characters: [...text].length,
    llama2: t.llama2.encode(text, 'plain').length,
    cl100k: t.cl100k.encode(text, 'plain').length,
    llama3: t.llama3.encode(text, 'plain').length,
  });
}
