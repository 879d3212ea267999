// Sizes of the three vocabularies (no data: safe to import from a widget's island). One source: src/data/models.
import { CL100K_REGULAR_TOKENS } from '../data/models';

export { LLAMA2_VOCAB, LLAMA3_BPE_TOKENS, LLAMA3_SPECIAL_TOKENS, LLAMA3_VOCAB_ROWS } from '../data/models';

/** cl100k_base's regular ranks, ids 0–100,255 (Llama 3 keeps all of them with the same bytes: tokenizers.test.ts). */
export const CL100K_RANKS = CL100K_REGULAR_TOKENS;
/** tiktoken's n_vocab for cl100k_base: its highest special id (100,276) + 1. */
export const CL100K_VOCAB_SIZE = 100_277;
