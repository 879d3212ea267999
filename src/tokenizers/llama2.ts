// The Llama 2 tokenizer: SentencePiece BPE with 32,000 pieces and byte fallback (Llama 2 paper §2.2),
// via llama-tokenizer-js (exact against SentencePiece with Meta's tokenizer.model). SentencePiece adds a
// "dummy prefix" space before the text, so "Hello" is encoded as "▁Hello". Loaded lazily (≈0.4 MB gz).
import llamaTokenizer from 'llama-tokenizer-js';
import { LLAMA2_VOCAB } from '../data/models';
import { bytesLabel, decodeUtf8, wellFormed } from './bytes';
import type { SpecialsMode, Tokenizer } from './types';

/** SentencePiece's control and unknown pieces: never produced from text. */
const LLAMA2_SPECIAL_NAMES: ReadonlyMap<number, string> = new Map([[0, '<unk>'], [1, '<s>'], [2, '</s>']]);
/** The whitespace marker SentencePiece writes for a space. */
const WS_MARK = '\u2581';

const CACHE_LIMIT = 100_000;
const CHUNKS_PER_SLICE = 256;
const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();

/**
 * Cut points for exact chunked encoding: no Llama 2 piece has "▁" after a character that is not "▁"
 * (checked over all 32,000 pieces in tokenizers.test.ts), so no merge can span a boundary placed before a
 * run of spaces. Each chunk (a run of spaces, then non-spaces) is encoded on its own, and cached.
 */
export function llama2Chunks(withPrefix: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  for (let i = 1; i < withPrefix.length; i++) {
    const c = withPrefix[i];
    const p = withPrefix[i - 1];
    if ((c === ' ' || c === WS_MARK) && p !== ' ' && p !== WS_MARK) {
      chunks.push(withPrefix.slice(start, i));
      start = i;
    }
  }
  if (start < withPrefix.length) chunks.push(withPrefix.slice(start));
  return chunks;
}

export function createLlama2(): Tokenizer {
  const vocab = llamaTokenizer.vocabById;
  const cache = new Map<string, number[]>();
  const bytesCache = new Map<number, Uint8Array>();

  function* encodeSteps(text: string, out: number[]): Generator<void, void, void> {
    const s = wellFormed(String(text ?? ''));
    if (!s) return;
    let n = 0;
    for (const chunk of llama2Chunks(` ${s}`)) {
      let ids = cache.get(chunk);
      if (!ids) {
        ids = llamaTokenizer.encode(chunk, false, false);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(chunk, ids);
      }
      for (const id of ids) out.push(id);
      if (++n % CHUNKS_PER_SLICE === 0) yield;
    }
  }

  const tokenBytes = (id: number): Uint8Array => {
    let b = bytesCache.get(id);
    if (b) return b;
    const piece = Number.isInteger(id) ? vocab[id] : undefined;
    if (piece === undefined || LLAMA2_SPECIAL_NAMES.has(id)) b = EMPTY;
    else if (/^<0x[0-9A-F]{2}>$/.test(piece)) b = Uint8Array.of(parseInt(piece.slice(3, 5), 16));
    else b = encoder.encode(piece.replaceAll(WS_MARK, ' '));
    bytesCache.set(id, b);
    return b;
  };

  return {
    id: 'llama2',
    vocabSize: LLAMA2_VOCAB,
    encodeSteps: (text: string, _specials: SpecialsMode, out: number[]) => encodeSteps(text, out),
    encode(text: string, _specials: SpecialsMode) {
      // SentencePiece never parses special-token text: <s> typed by a reader is plain text.
      const out: number[] = [];
      const it = encodeSteps(text, out);
      while (!it.next().done) { /* run to completion */ }
      return out;
    },
    decode(ids: number[]) {
      const parts: Uint8Array[] = [];
      let len = 0;
      for (const id of ids) {
        const b = id === 0 ? encoder.encode(' \u2047 ') : tokenBytes(id);
        parts.push(b);
        len += b.length;
      }
      const all = new Uint8Array(len);
      let o = 0;
      for (const p of parts) { all.set(p, o); o += p.length; }
      const text = decodeUtf8(all);
      return text.startsWith(' ') ? text.slice(1) : text; // drop the dummy prefix
    },
    tokenBytes,
    tokenLabel(id: number) {
      const name = LLAMA2_SPECIAL_NAMES.get(id);
      if (name !== undefined) return name;
      if (!Number.isInteger(id) || vocab[id] === undefined) return `<unused ${Number.isInteger(id) ? id : '?'}>`;
      return bytesLabel(tokenBytes(id));
    },
    isSpecial: (id: number) => LLAMA2_SPECIAL_NAMES.has(id),
  };
}
