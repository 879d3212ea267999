// The Llama 3 tokenizer (report §3.2): tiktoken byte-level BPE with 128,000 tokens (cl100k_base's
// 100,256 + 27,744 added) plus 256 special tokens, split by Meta's pat_str. Loaded lazily (≈0.6 MB gz).
import cl100kRanks from 'js-tiktoken/ranks/cl100k_base';
import { LLAMA3_VOCAB_ROWS } from '../data/models';
import { parseRankLines } from './byteBpe';
import { byteLevelTokenizer } from './byteLevel';
import { LLAMA3_EXTRA_RANKS } from './data/llama3Extra';
import { LLAMA3_PATTERN } from './pattern';
import { LLAMA31_NAMES, llama3SpecialNames } from './specials';
import type { Tokenizer } from './types';


export function createLlama3(): Tokenizer {
  const tokens: string[] = [];
  parseRankLines(cl100kRanks.bpe_ranks, tokens);
  parseRankLines(LLAMA3_EXTRA_RANKS, tokens);
  const specialNames = llama3SpecialNames();
  const aliases = new Map<string, number>();
  for (const [id, name] of LLAMA31_NAMES) {
    aliases.set(specialNames.get(id)!, id); // the April 2024 name still parses
    specialNames.set(id, name);
  }
  return byteLevelTokenizer({
    id: 'llama3',
    tokens,
    pattern: LLAMA3_PATTERN,
    specialNames,
    aliases,
    vocabSize: LLAMA3_VOCAB_ROWS,
  });
}
