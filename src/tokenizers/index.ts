// The tokenizers: the real Llama 3 (report §3.2), Llama 2 and cl100k_base tokenizers, lazily loaded. This is the
// pure entry point (no React, no DOM): types, ids and names, Llama 3's pattern and special tokens, the saving
// split, and loadTokenizer() for code that encodes itself (tests, the worker). Importing it loads no vocabulary:
// each is a separate chunk, fetched the first time loadTokenizer() asks for it, then cached.
// The other entry points: client.ts (the worker client), react.ts (hooks for widgets), measure.ts (build time).
// Everything else in this folder is internal (boundary.test.ts keeps it so).
//
// Exactness (tests in this folder): every id in shared/reference/tokenizer-reference-ids.json, and the
// Llama 3 vocabulary rebuilds Meta's original/tokenizer.model byte for byte (sha256 82e9d319…5551b55).
import type { Tokenizer, TokenizerId } from './types';

export { byteTokenText, type ByteRun } from './bytes';
export { LLAMA3_PAT_STR, LLAMA3_PATTERN, PATTERN_PARTS } from './pattern';
export type { LoadState, TokenizeRequest, TokenizerResult, TokenLook } from './protocol';
export { splitSaving, type SavingSplit } from './saving';
export {
  HF_LLAMA31_NAME_OF_128005, LLAMA3_CHAT_TOKENS, LLAMA31_NAMES, llama31ReservedName, llama3SpecialName, llama3SpecialNames, llama3SpecialNaming,
  type SpecialNaming, type SpecialToolUse,
} from './specials';
export type { SpecialsMode, Tokenizer, TokenizerId } from './types';

/** Display names. */
export const TOKENIZER_NAMES: Record<TokenizerId, string> = {
  llama3: 'Llama 3',
  llama2: 'Llama 2',
  cl100k: 'cl100k_base (GPT-4)',
};

const loaded = new Map<TokenizerId, Promise<Tokenizer>>();

/** The tokenizer `id`, loading its vocabulary on first use. Rejected loads are retried on the next call. */
export function loadTokenizer(id: TokenizerId): Promise<Tokenizer> {
  let p = loaded.get(id);
  if (!p) {
    p = importTokenizer(id);
    p.catch(() => loaded.delete(id));
    loaded.set(id, p);
  }
  return p;
}

async function importTokenizer(id: TokenizerId): Promise<Tokenizer> {
  switch (id) {
    case 'llama3': return (await import('./llama3')).createLlama3();
    case 'llama2': return (await import('./llama2')).createLlama2();
    case 'cl100k': return (await import('./cl100k')).createCl100k();
    default: throw new Error(`unknown tokenizer "${String(id)}"`);
  }
}

