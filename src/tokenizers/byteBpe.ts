// Byte-level BPE as tiktoken runs it (Llama 3 §3.2 uses tiktoken's scheme; Meta's tokenizer.py wraps
// tiktoken.Encoding): split the text at special tokens, split each stretch with a pre-tokenization regex,
// then merge each piece's UTF-8 bytes, always merging the adjacent pair whose concatenation has the lowest
// rank (rank = token id), leftmost first on ties, until no adjacent pair is a token.
import { utf8Binary, wellFormed } from './bytes';

/** Parses js-tiktoken's rank-file layout: lines "<any> <first rank> <base64> <base64> …". */
export function parseRankLines(src: string, into: string[]): void {
  for (const line of src.split('\n')) {
    if (!line) continue;
    const parts = line.split(' ');
    const first = Number(parts[1]);
    for (let i = 2; i < parts.length; i++) into[first + i - 2] = atob(parts[i]!);
  }
}

export interface ByteBpeOptions {
  /** Token bytes by id (binary strings, char code = byte); holes are unused ids. */
  tokens: readonly (string | undefined)[];
  /** Pre-tokenization regex; must have the `g` flag. */
  pattern: RegExp;
  /** Special-token text → id, recognised in 'special' mode. Several names may share an id (aliases). */
  specials: ReadonlyMap<string, number>;
}

/** How many pieces a cooperative encode handles between checks of its time budget. */
const PIECES_PER_SLICE = 256;
/** Pieces longer than this many bytes merge with a heap (O(n log n)) instead of repeated scans (O(n²)). */
const HEAP_THRESHOLD = 48;
/** The piece cache is cleared when it grows past this many entries (bounded memory). */
const CACHE_LIMIT = 200_000;

export class ByteBpe {
  readonly tokens: readonly (string | undefined)[];
  private readonly rank = new Map<string, number>();
  private readonly pattern: RegExp;
  private readonly specialRegex: RegExp | null;
  private readonly specials: ReadonlyMap<string, number>;
  private readonly cache = new Map<string, number | number[]>();

  constructor(o: ByteBpeOptions) {
    this.tokens = o.tokens;
    for (let id = 0; id < o.tokens.length; id++) {
      const t = o.tokens[id];
      if (t !== undefined) this.rank.set(t, id);
    }
    this.pattern = new RegExp(o.pattern.source, o.pattern.flags.includes('g') ? o.pattern.flags : `${o.pattern.flags}g`);
    this.specials = o.specials;
    // Longest names first, so a name that is a prefix of another never wins.
    const names = [...o.specials.keys()].sort((a, b) => b.length - a.length);
    this.specialRegex = names.length ? new RegExp(names.map(escapeRegex).join('|'), 'g') : null;
  }

  /** Token ids of `text` (no BOS/EOS). Never throws; lone surrogates count as U+FFFD. */
  encode(text: string, specials: 'special' | 'plain'): number[] {
    const out: number[] = [];
    const steps = this.encodeSteps(text, specials, out);
    while (!steps.next().done) { /* run to completion */ }
    return out;
  }

  /**
   * The same encoding, done in slices: appends ids to `out` and yields every few hundred pieces so a
   * caller on the main thread can give the browser a frame. Finishing the iterator finishes the encode.
   */
  *encodeSteps(text: string, specials: 'special' | 'plain', out: number[]): Generator<void, void, void> {
    const s = wellFormed(text);
    if (specials === 'special' && this.specialRegex) {
      const re = new RegExp(this.specialRegex.source, 'g');
      let last = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        yield* this.encodeOrdinary(s.slice(last, m.index), out);
        out.push(this.specials.get(m[0])!);
        last = m.index + m[0].length;
      }
      yield* this.encodeOrdinary(s.slice(last), out);
    } else {
      yield* this.encodeOrdinary(s, out);
    }
  }

  /** The pre-tokenization pieces of text without special tokens (for display and tests). */
  pieces(text: string): string[] {
    const re = new RegExp(this.pattern.source, this.pattern.flags);
    return Array.from(wellFormed(text).matchAll(re), (m) => m[0]);
  }

  private *encodeOrdinary(text: string, out: number[]): Generator<void, void, void> {
    if (!text) return;
    const re = new RegExp(this.pattern.source, this.pattern.flags);
    let n = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const piece = m[0];
      if (piece.length === 0) { re.lastIndex++; continue; }
      const cached = this.cache.get(piece);
      if (cached !== undefined) {
        if (typeof cached === 'number') out.push(cached);
        else for (const id of cached) out.push(id);
      } else {
        const ids = this.encodePiece(utf8Binary(piece));
        if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
        this.cache.set(piece, ids.length === 1 ? ids[0]! : ids);
        for (const id of ids) out.push(id);
      }
      if (++n % PIECES_PER_SLICE === 0) yield;
    }
  }

  /** BPE of one piece's bytes (a binary string). */
  encodePiece(bytes: string): number[] {
    const whole = this.rank.get(bytes);
    if (whole !== undefined) return [whole];
    return bytes.length > HEAP_THRESHOLD ? this.mergeWithHeap(bytes) : this.mergeByScan(bytes);
  }

  /** tiktoken's byte_pair_merge: boundaries with the rank of the pair starting there, min found by scan. */
  mergeByScan(bytes: string): number[] {
    const n = bytes.length;
    // starts[i] = byte offset where part i begins; starts[last] = n.
    const starts: number[] = [];
    for (let i = 0; i <= n; i++) starts.push(i);
    const ranks: number[] = [];
    const pairRank = (i: number): number => {
      if (i + 2 >= starts.length) return Infinity;
      return this.rank.get(bytes.slice(starts[i]!, starts[i + 2]!)) ?? Infinity;
    };
    for (let i = 0; i < starts.length - 1; i++) ranks.push(pairRank(i));
    for (;;) {
      let min = Infinity, at = -1;
      for (let i = 0; i < ranks.length; i++) if (ranks[i]! < min) { min = ranks[i]!; at = i; }
      if (at < 0) break;
      starts.splice(at + 1, 1);
      ranks.splice(at + 1, 1);
      ranks[at] = pairRank(at);
      if (at > 0) ranks[at - 1] = pairRank(at - 1);
    }
    const ids: number[] = [];
    for (let i = 0; i + 1 < starts.length; i++) ids.push(this.partId(bytes.slice(starts[i]!, starts[i + 1]!)));
    return ids;
  }

  /**
   * Same merges with a binary heap of candidate pairs keyed by (rank, start offset), so the lowest rank
   * and then the leftmost pair comes out first, exactly as in the scan. Stale entries are skipped.
   */
  mergeWithHeap(bytes: string): number[] {
    const n = bytes.length;
    const next = new Int32Array(n + 1); // next part's start, for each live part start
    const prev = new Int32Array(n + 1);
    const alive = new Uint8Array(n + 1);
    for (let i = 0; i <= n; i++) { next[i] = i + 1; prev[i] = i - 1; alive[i] = 1; }
    const heap: number[] = [];
    const KEY = 2 ** 24; // key = rank · 2^24 + start (bytes < 2^24, ranks < 2^29: exact in a double)
    const push = (key: number) => {
      heap.push(key);
      let i = heap.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (heap[p]! <= key) break;
        heap[i] = heap[p]!; i = p;
      }
      heap[i] = key;
    };
    const pop = (): number => {
      const top = heap[0]!;
      const last = heap.pop()!;
      if (heap.length) {
        let i = 0;
        for (;;) {
          const l = 2 * i + 1, r = l + 1;
          let m = i, mv = last;
          if (l < heap.length && heap[l]! < mv) { m = l; mv = heap[l]!; }
          if (r < heap.length && heap[r]! < mv) { m = r; mv = heap[r]!; }
          if (m === i) break;
          heap[i] = heap[m]!; i = m;
        }
        heap[i] = last;
      }
      return top;
    };
    const pairRank = (start: number): number | undefined => {
      const mid = next[start]!;
      if (mid >= n) return undefined;
      return this.rank.get(bytes.slice(start, next[mid]!));
    };
    const consider = (start: number) => {
      const r = pairRank(start);
      if (r !== undefined) push(r * KEY + start);
    };
    for (let i = 0; i < n - 1; i++) consider(i);
    while (heap.length) {
      const key = pop();
      const start = key % KEY;
      const r = (key - start) / KEY;
      if (!alive[start] || pairRank(start) !== r) continue; // stale
      const mid = next[start]!;
      alive[mid] = 0;
      next[start] = next[mid]!;
      prev[next[mid]!] = start;
      consider(start);
      if (start > 0) consider(prev[start]!);
    }
    const ids: number[] = [];
    for (let i = 0; i < n; i = next[i]!) ids.push(this.partId(bytes.slice(i, next[i]!)));
    return ids;
  }

  private partId(part: string): number {
    const id = this.rank.get(part);
    // Every single byte is a token in a byte-level vocabulary, so a part always has an id.
    if (id === undefined) throw new Error('byte-level BPE: a part has no token (incomplete vocabulary)');
    return id;
  }
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
