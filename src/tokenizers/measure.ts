// Build-time entry point of the tokenizers (chapters and tests; never a widget's island): counts a text with the
// real Llama 2, cl100k_base and Llama 3 tokenizers, built synchronously from all three vocabularies (several MB).
// In the browser the vocabularies load lazily instead: client.ts and react.ts.
import { createCl100k } from './cl100k';
import { createLlama2 } from './llama2';
import { createLlama3 } from './llama3';
import { splitSaving, type SavingSplit } from './saving';
import type { Tokenizer } from './types';

/** The saving split of one text (saving.ts), with the text's length. */
export interface MeasuredSaving extends SavingSplit {
  /** Unicode code points. */
  characters: number;
}

let tokenizers: { llama2: Tokenizer; cl100k: Tokenizer; llama3: Tokenizer } | undefined;

/** Counts `text` under the real Llama 2, cl100k_base and Llama 3 tokenizers (special-token text read as plain text). */
export function measureSaving(text: string): MeasuredSaving {
  tokenizers ??= { llama2: createLlama2(), cl100k: createCl100k(), llama3: createLlama3() };
  const t = tokenizers;
  return {
    characters: [...text].length,
    ...splitSaving({
      llama2: t.llama2.encode(text, 'plain').length,
      cl100k: t.cl100k.encode(text, 'plain').length,
      llama3: t.llama3.encode(text, 'plain').length,
    }),
  };
}
