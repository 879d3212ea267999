// Named states of the tokenizer playground worth a snapshot of the view (src/widgets/contract.test.tsx). The server
// render has no tokens (the vocabularies load in the browser), so these show the controls, the columns waiting for
// their tokenizer, the notes and the screen-reader description of each mode.
import type { Examples } from '../types';
import type { fields } from './meta';
import { MAX_TEXT_CHARS } from './model';

export const examples = {
  default: {},
  /** The chat sample read as plain text, against cl100k_base: no Llama 2 note, the other column named cl100k_base (GPT-4). */
  'chat-plain-cl100k': { sample: 'chat', specials: 'plain', compare: 'cl100k' },
  /** A sample in one language other than English, Llama 3 alone: the text box carries lang="zh-Hans"; one column. */
  'chinese-alone': { sample: 'chinese', compare: 'none' },
  /** "Your own text", still empty. */
  'own-text-empty': { sample: 'custom', text: '' },
  /** A typed text one character over the cap: kept, refused with its sentence, not tokenized. */
  'over-limit': { sample: 'custom', text: 'x'.repeat(MAX_TEXT_CHARS + 1) },
} satisfies Examples<typeof fields>;
