// Messages between the tokenizer worker and its client, and the work both sides share (the main-thread
// fallback runs the same `tokenizeFor`). Results carry only what a view draws: the first `maxTokens` ids,
// the total count, and the bytes of each distinct id shown (so the view needs no vocabulary).
import { byteRuns, type ByteRun } from './bytes';
import type { SpecialsMode, Tokenizer, TokenizerId } from './types';

export interface TokenizeRequest {
  text: string;
  specials: SpecialsMode;
  tokenizers: readonly TokenizerId[];
  /** Ids returned per tokenizer (the view draws at most this many spans). */
  maxTokens: number;
}

/** How one token looks: its bytes split into valid text and partial-UTF-8 bytes, or a special token's name. */
export interface TokenLook {
  runs: ByteRun[];
  special: boolean;
}

export interface TokenizerResult {
  tokenizer: TokenizerId;
  /** All tokens of the text (no BOS/EOS). */
  count: number;
  /** The first min(count, maxTokens) ids. */
  ids: number[];
  /** Look of every distinct id in `ids`. */
  looks: Record<number, TokenLook>;
  /** Encode time in ms (where it ran). */
  ms: number;
}

export type LoadState = 'loading' | 'ready' | 'error';

export type WorkerRequest =
  | { type: 'load'; tokenizers: readonly TokenizerId[] }
  | { type: 'tokenize'; seq: number; request: TokenizeRequest };

export type WorkerResponse =
  | { type: 'status'; tokenizer: TokenizerId; state: LoadState; message?: string }
  | { type: 'result'; seq: number; results: TokenizerResult[] }
  | { type: 'error'; seq: number; message: string };

const looks = new WeakMap<Tokenizer, Map<number, TokenLook>>();

/** How token `id` looks (computed once per tokenizer and id). */
export function tokenLook(t: Tokenizer, id: number): TokenLook {
  let cache = looks.get(t);
  if (!cache) { cache = new Map(); looks.set(t, cache); }
  let look = cache.get(id);
  if (!look) {
    look = t.isSpecial(id)
      ? { runs: [{ kind: 'text', text: t.tokenLabel(id) }], special: true }
      : { runs: byteRuns(t.tokenBytes(id)), special: false };
    cache.set(id, look);
  }
  return look;
}

/** Builds the result from finished ids. */
export function resultFor(t: Tokenizer, ids: number[], maxTokens: number, ms: number): TokenizerResult {
  const shown = ids.length > maxTokens ? ids.slice(0, maxTokens) : ids;
  const looks: Record<number, TokenLook> = {};
  for (const id of shown) if (!(id in looks)) looks[id] = tokenLook(t, id);
  return { tokenizer: t.id, count: ids.length, ids: shown, looks, ms };
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Tokenizes in one go (inside the worker). */
export function tokenizeFor(t: Tokenizer, request: TokenizeRequest): TokenizerResult {
  const start = now();
  const ids = t.encode(request.text, request.specials);
  return resultFor(t, ids, request.maxTokens, now() - start);
}
