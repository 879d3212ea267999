// Byte-level BPE training and encoding as in Llama 3's tiktoken tokenizer, report §3.2: text is split by the
// pre-tokenization regex (llama3-facts §C, Meta's `pat_str`), each chunk becomes its UTF-8 bytes (256 base tokens),
// and the most frequent adjacent pair inside chunks is merged into a new token, again and again.
// Pure: no DOM, no randomness. Tie-breaking is deterministic (see `PairHeap`).

// The pattern lives once, in src/tokenizers: Meta's `pat_str` verbatim (LLAMA3_PAT_STR) and its
// JavaScript translation (LLAMA3_PATTERN). The translation spells out `(?i:…)` (with ſ, which Unicode case
// folding matches to s, as Rust's regex in tiktoken does) and replaces `\s`/`\S` by Unicode White_Space:
// JavaScript's `\s` includes U+FEFF (byte order mark) and leaves out U+0085 (next line), unlike Rust's regex.
import { LLAMA3_PAT_STR, LLAMA3_PATTERN } from '../../tokenizers';

export { LLAMA3_PAT_STR };

/**
 * Splits text into pre-tokenization chunks, in order. Every code point matches some alternative (it is a
 * letter, a number, white space or something else), so the chunks concatenate back to the input exactly.
 */
export function preTokenize(text: string): string[] {
  // A fresh RegExp per call: the shared /g regex carries lastIndex state between callers.
  const re = new RegExp(LLAMA3_PATTERN.source, LLAMA3_PATTERN.flags);
  const chunks: string[] = [];
  for (const m of text.matchAll(re)) chunks.push(m[0]);
  return chunks;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. Lone surrogates become U+FFFD (EF BF BD), as in every UTF-8 encoder. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Token ids 0…255 are the bytes themselves; merge number r (0-based) creates token id 256 + r. */
export const BYTE_TOKENS = 256;

/** One learned merge: the pair (left, right) becomes token `id`. */
export interface Merge {
  /** 0-based merge order; the tokenizer applies lower ranks first. */
  rank: number;
  left: number;
  right: number;
  /** New token id = 256 + rank. */
  id: number;
  /** How many times the pair occurred in the corpus (adjacent positions inside chunks) when it was chosen. */
  count: number;
}

/** A distinct pre-tokenization chunk, with how often it occurs and how its tokens changed over training. */
export interface Word {
  /** The chunk's text. */
  text: string;
  /** Occurrences in the corpus. */
  count: number;
  /** Token ids after each merge that changed this word: history[0] is the bytes at step 0. Steps ascend. */
  history: { step: number; ids: number[] }[];
}

export interface BpeTraining {
  /** Pre-tokenization chunks in text order. */
  chunks: string[];
  /** chunks[i] is words[chunkWord[i]]. */
  chunkWord: number[];
  /** Distinct chunks in order of first appearance. */
  words: Word[];
  /** Learned merges, rank order. May be fewer than asked for: training stops when no pair is left. */
  merges: Merge[];
  /** Tokens in the whole corpus after 0, 1, …, merges.length merges (length merges.length + 1). */
  tokensAfter: number[];
  /** Bytes of every token id 0 … 255 + merges.length. */
  vocab: Uint8Array[];
  /** Token ids of every chunk after all the merges, in text order. */
  segmentation: number[][];
}

/** Largest number of merges the trainer accepts (pair keys pack two ids below 2^16). */
export const MAX_TRAIN_MERGES = 65_000;
const KEY_BASE = 65_536;
const pairKey = (a: number, b: number) => a * KEY_BASE + b;

/**
 * Max-heap of (count, pair key) candidates. Among pairs of equal count the smaller key wins: the pair whose first
 * token id is smaller, then whose second token id is smaller (Hugging Face's BPE trainer breaks ties the same
 * way). Raw bytes (ids < 256) therefore beat merged tokens, and among bytes the lower byte value wins.
 * Entries go stale when a count changes; `popBest` skips entries that no longer match the live count.
 */
class PairHeap {
  private counts: number[] = [];
  private keys: number[] = [];

  private before(i: number, j: number): boolean {
    const ci = this.counts[i]!, cj = this.counts[j]!;
    return ci > cj || (ci === cj && this.keys[i]! < this.keys[j]!);
  }

  private swap(i: number, j: number) {
    const c = this.counts[i]!; this.counts[i] = this.counts[j]!; this.counts[j] = c;
    const k = this.keys[i]!; this.keys[i] = this.keys[j]!; this.keys[j] = k;
  }

  push(count: number, key: number) {
    this.counts.push(count);
    this.keys.push(key);
    let i = this.counts.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private pop() {
    const last = this.counts.length - 1;
    this.swap(0, last);
    this.counts.pop();
    this.keys.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let top = i;
      if (l < last && this.before(l, top)) top = l;
      if (r < last && this.before(r, top)) top = r;
      if (top === i) break;
      this.swap(i, top);
      i = top;
    }
  }

  /** The most frequent pair whose entry matches its live count, or null when no pair is left. */
  popBest(live: Map<number, number>): { key: number; count: number } | null {
    while (this.counts.length > 0) {
      const count = this.counts[0]!, key = this.keys[0]!;
      this.pop();
      if (count > 0 && live.get(key) === count) return { key, count };
    }
    return null;
  }
}

/** Replaces every (left, right) in ids, scanning left to right without overlap: a a a → (aa) a. */
export function mergePair(ids: readonly number[], left: number, right: number, id: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (i < ids.length - 1 && ids[i] === left && ids[i + 1] === right) {
      out.push(id);
      i++;
    } else {
      out.push(ids[i]!);
    }
  }
  return out;
}

function addPairs(
  ids: readonly number[], weight: number, wordIndex: number,
  counts: Map<number, number>, where: Map<number, Set<number>>, touched: Set<number>,
) {
  for (let i = 0; i + 1 < ids.length; i++) {
    const key = pairKey(ids[i]!, ids[i + 1]!);
    const c = (counts.get(key) ?? 0) + weight;
    if (c === 0) counts.delete(key); else counts.set(key, c);
    touched.add(key);
    if (weight > 0) {
      let set = where.get(key);
      if (!set) where.set(key, (set = new Set()));
      set.add(wordIndex);
    }
  }
}

/**
 * Trains byte-level BPE on `text` for up to `merges` merges. Pair counts cover adjacent tokens inside each
 * chunk (never across chunks), weighted by how often the chunk occurs; overlapping runs count every position
 * ("aaa" has the pair (a, a) twice although only one can merge). Counts are updated incrementally: only
 * the words that contain the chosen pair are recounted.
 */
export function trainBpe(text: string, merges: number): BpeTraining {
  const target = Math.max(0, Math.min(MAX_TRAIN_MERGES, Math.floor(Number.isFinite(merges) ? merges : 0)));
  const chunks = preTokenize(text);
  const index = new Map<string, number>();
  const words: Word[] = [];
  const chunkWord: number[] = [];
  for (const chunk of chunks) {
    let w = index.get(chunk);
    if (w === undefined) {
      w = words.length;
      index.set(chunk, w);
      words.push({ text: chunk, count: 0, history: [{ step: 0, ids: Array.from(utf8(chunk)) }] });
    }
    words[w]!.count++;
    chunkWord.push(w);
  }

  const current = words.map((w) => w.history[0]!.ids);
  const counts = new Map<number, number>();
  const where = new Map<number, Set<number>>();
  const touched = new Set<number>();
  const heap = new PairHeap();
  let tokens = 0;
  current.forEach((ids, w) => {
    addPairs(ids, words[w]!.count, w, counts, where, touched);
    tokens += ids.length * words[w]!.count;
  });
  for (const [key, count] of counts) heap.push(count, key);

  const vocab: Uint8Array[] = [];
  for (let b = 0; b < BYTE_TOKENS; b++) vocab.push(Uint8Array.of(b));
  const learned: Merge[] = [];
  const tokensAfter = [tokens];

  for (let rank = 0; rank < target; rank++) {
    const best = heap.popBest(counts);
    if (!best) break;
    const left = Math.floor(best.key / KEY_BASE);
    const right = best.key % KEY_BASE;
    const id = BYTE_TOKENS + rank;
    learned.push({ rank, left, right, id, count: best.count });
    const a = vocab[left]!, b = vocab[right]!;
    const bytes = new Uint8Array(a.length + b.length);
    bytes.set(a);
    bytes.set(b, a.length);
    vocab.push(bytes);

    const affected = where.get(best.key);
    where.delete(best.key);
    touched.clear();
    // Ascending word order keeps the result independent of Set insertion history.
    for (const w of affected ? [...affected].sort((x, y) => x - y) : []) {
      const before = current[w]!;
      const after = mergePair(before, left, right, id);
      if (after.length === before.length) continue; // stale entry: the pair left this word earlier
      const weight = words[w]!.count;
      addPairs(before, -weight, w, counts, where, touched);
      addPairs(after, weight, w, counts, where, touched);
      tokens -= (before.length - after.length) * weight;
      current[w] = after;
      words[w]!.history.push({ step: rank + 1, ids: after });
    }
    counts.delete(best.key);
    for (const key of touched) {
      const c = counts.get(key);
      if (c !== undefined && c > 0) heap.push(c, key);
    }
    tokensAfter.push(tokens);
  }

  return { chunks, chunkWord, words, merges: learned, tokensAfter, vocab, segmentation: chunkWord.map((w) => current[w]!) };
}

/** Token ids of one word after the first `step` merges (the latest history entry at or before `step`). */
export function wordIdsAt(word: Word, step: number): number[] {
  let ids = word.history[0]!.ids;
  for (const h of word.history) {
    if (h.step > step) break;
    ids = h.ids;
  }
  return ids;
}

/**
 * Segmentation after the first `step` merges, per chunk in text order. Chunks that are the same word share
 * one array, so a view can skip chunks whose array did not change.
 */
export function segmentationAt(training: BpeTraining, step: number): number[][] {
  const perWord = training.words.map((w) => wordIdsAt(w, step));
  return training.chunkWord.map((w) => perWord[w]!);
}

/**
 * Encodes text with a list of merges the way tiktoken's `byte_pair_merge` does: split with the regex, start
 * from bytes, and repeatedly merge the adjacent pair of lowest rank (leftmost on ties) until no pair has a rank.
 * (tiktoken looks the concatenated bytes up in its rank table; here ranks belong to pairs, which is what a
 * merge list states.) Returns token ids per chunk.
 */
export function encodeWithMerges(text: string, merges: readonly Pick<Merge, 'left' | 'right' | 'id'>[]): number[][] {
  const rankOf = new Map<number, number>();
  merges.forEach((m, r) => {
    const key = pairKey(m.left, m.right);
    if (!rankOf.has(key)) rankOf.set(key, r);
  });
  const cache = new Map<string, number[]>();
  return preTokenize(text).map((chunk) => {
    const hit = cache.get(chunk);
    if (hit) return hit;
    const ids = Array.from(utf8(chunk));
    for (;;) {
      let bestRank = Infinity;
      let at = -1;
      for (let i = 0; i + 1 < ids.length; i++) {
        const r = rankOf.get(pairKey(ids[i]!, ids[i + 1]!));
        if (r !== undefined && r < bestRank) { bestRank = r; at = i; }
      }
      if (at < 0) break;
      ids.splice(at, 2, merges[bestRank]!.id);
    }
    cache.set(chunk, ids);
    return ids;
  });
}

/** Bytes of a token sequence, concatenated: the inverse of encoding. */
export function decodeToBytes(ids: readonly number[], vocab: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const id of ids) n += vocab[id]?.length ?? 0;
  const out = new Uint8Array(n);
  let o = 0;
  for (const id of ids) {
    const b = vocab[id];
    if (b) { out.set(b, o); o += b.length; }
  }
  return out;
}
