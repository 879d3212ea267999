// OpenAI's cl100k_base (GPT-4's tokenizer), for comparison: Llama 3's first 100,256 ids are its ranks
// (report §3.2: "100K tokens from the tiktoken tokenizer"). Same pre-tokenization regex as Llama 3.
import cl100kRanks from 'js-tiktoken/ranks/cl100k_base';
import { parseRankLines } from './byteBpe';
import { byteLevelTokenizer } from './byteLevel';
import { LLAMA3_PATTERN } from './pattern';
import type { Tokenizer } from './types';

/** tiktoken's n_vocab for cl100k_base: its highest special id (100,276) + 1. */
const CL100K_VOCAB_SIZE = 100_277;

export function createCl100k(): Tokenizer {
  const tokens: string[] = [];
  parseRankLines(cl100kRanks.bpe_ranks, tokens);
  const specialNames = new Map<number, string>(
    Object.entries(cl100kRanks.special_tokens as Record<string, number>).map(([name, id]) => [id, name]),
  );
  return byteLevelTokenizer({ id: 'cl100k', tokens, pattern: LLAMA3_PATTERN, specialNames, vocabSize: CL100K_VOCAB_SIZE });
}
