// How much of Llama 3's token saving over Llama 2 comes from the 100K tiktoken base and how much from the
// 28K added tokens (report §3.2: Llama 3 "combines 100K tokens from the tiktoken tokenizer with 28K additional
// tokens"). Llama 3's ids 0–100,255 are cl100k_base's, split by the same pattern (tokenizers.test.ts), so
// cl100k_base is Llama 3 without the additions, and its count on the same text separates the two:
//   saved     = Llama 2 − Llama 3 tokens
//   fromBase  = Llama 2 − cl100k_base tokens   (what the 100K base alone already saves)
//   fromAdded = cl100k_base − Llama 3 tokens   (what the 28K added tokens save on top)
// so saved = fromBase + fromAdded. Either part can be negative on some texts. Pure and light (index.ts);
// measure.ts counts a text with the real tokenizers at build time.

/** Token counts of one text (no begin-of-text token), and how the Llama 2 → Llama 3 saving splits. */
export interface SavingSplit {
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

/** The split, from the three token counts of one text. */
export function splitSaving(counts: { llama2: number; cl100k: number; llama3: number }): SavingSplit {
  const { llama2, cl100k, llama3 } = counts;
  const saved = llama2 - llama3;
  const fromBase = llama2 - cl100k;
  const fromAdded = cl100k - llama3;
  return {
    llama2,
    cl100k,
    llama3,
    saved,
    fromBase,
    fromAdded,
    shareFromBase: saved > 0 ? fromBase / saved : null,
    shareFromAdded: saved > 0 ? fromAdded / saved : null,
  };
}
