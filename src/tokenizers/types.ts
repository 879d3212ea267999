// Types of the tokenizers (re-exported by index.ts). Kept apart so importing them costs no bytes.

export type TokenizerId = 'llama3' | 'llama2' | 'cl100k';

/** '<|eot_id|>' typed by the reader: one special token ('special'), or plain text ('plain'). */
export type SpecialsMode = 'special' | 'plain';

export interface Tokenizer {
  id: TokenizerId;
  /** Token ids of `text`, without BOS/EOS. Never throws; lone surrogates are encoded as U+FFFD. */
  encode(text: string, specials: SpecialsMode): number[];
  /** Text of a sequence of ids (invalid UTF-8 becomes U+FFFD; Llama 2 drops its dummy-prefix space). */
  decode(ids: number[]): string;
  /** Raw bytes of one token (empty for special tokens and unused ids). */
  tokenBytes(id: number): Uint8Array;
  /** Display form: decoded text if valid UTF-8, else bytes such as "<0xF0 0x9F>"; special tokens by name. */
  tokenLabel(id: number): string;
  /** True for special/control tokens (<|eot_id|>, <s>, …). */
  isSpecial(id: number): boolean;
  /**
   * The same encoding in slices (optional): appends ids to `out`, yielding every few hundred pieces so a
   * main-thread caller can let the browser paint; running it to the end gives exactly encode()'s ids.
   */
  encodeSteps?(text: string, specials: SpecialsMode, out: number[]): Generator<void, void, void>;
  /** Number of ids (embedding rows): 128,256 for Llama 3, 32,000 for Llama 2, 100,277 for cl100k_base. */
  vocabSize: number;
}
