// Tokens and characters per token of the reader's text under Llama 3's 128K tokenizer and Llama 2's 32K one
// (report §3.2: 3.17 → 3.94 characters per token on Meta's English sample). Pure: the ids come from the
// tokenizer layer (src/tokenizers); this file decides what text is tokenized, checks it, computes the statistics,
// the comparison, the split of the saving and what a token's details hold. Numbers and codes only: the widget's
// words are in messages.ts.
import { CHARS_PER_TOKEN_LLAMA2, CHARS_PER_TOKEN_LLAMA3 } from '../../data/facts';
import { CL100K_REGULAR_TOKENS, LLAMA3_BPE_TOKENS } from '../../data/models';
import { countCodePoints, visibleText, type VisibleOptions } from '../../lib/text';
import {
  byteTokenText, LLAMA31_NAMES, llama3SpecialNames, llama3SpecialNaming, splitSaving, type ByteRun, type SavingSplit,
  type SpecialNaming, type TokenizerId, type TokenizerResult, type TokenLook,
} from '../../tokenizers';
import { pieceLangs } from '../../lib/textLang';
import { sampleById, SAMPLES, type Sample, type SampleId } from './samples';

/** Longest text tokenized at all, in characters (code points); longer text is refused, not cut. */
export const MAX_TEXT_CHARS = 50_000;

/** Token spans drawn per tokenizer; the counts always cover the whole text. */
export const MAX_SPANS = 5_000;
/** First id that Llama 3 added to cl100k_base's 100,256 ranks. */
export const FIRST_LLAMA3_ONLY_ID = CL100K_REGULAR_TOKENS;

export type Compare = 'llama2' | 'cl100k' | 'none';

/** The paper's measurement, for the reader to set theirs against ([P] §3.2). */
export const PAPER_CHARS_PER_TOKEN = { llama2: CHARS_PER_TOKEN_LLAMA2, llama3: CHARS_PER_TOKEN_LLAMA3 } as const;

export interface PlaygroundState {
  /** Reader's text (used when non-empty, or when sample is 'custom'). */
  text: string;
  sample: SampleId;
  specials: 'special' | 'plain';
  compare: Compare;
}

/** Tokenizers shown, in column order: Llama 3 first, then the one it is compared with. */
export function columnsFor(compare: Compare): TokenizerId[] {
  return compare === 'none' ? ['llama3'] : ['llama3', compare];
}

/**
 * Tokenizers run: the columns, plus the third one whenever two are compared, so the saving against Llama 2 can be
 * split into its cl100k_base part and its added-tokens part (splitSaving, src/tokenizers).
 */
export function tokenizersFor(compare: Compare): TokenizerId[] {
  return compare === 'none' ? ['llama3'] : ['llama3', compare, compare === 'llama2' ? 'cl100k' : 'llama2'];
}

/**
 * The text to tokenize: the reader's text if any (or if they chose "your own text"), else the sample. `source` is
 * the sample's id, or 'custom' for the reader's text.
 */
export function resolveText(state: Pick<PlaygroundState, 'text' | 'sample'>): { text: string; source: SampleId } {
  if (state.sample === 'custom' || state.text.length > 0) return { text: state.text, source: 'custom' };
  const s = sampleById(state.sample);
  return s ? { text: s.text, source: s.id } : { text: state.text, source: 'custom' };
}

/** `chars`: the text's characters (code points); not `ok` when over MAX_TEXT_CHARS (refused, not cut). */
export interface TextCheck {
  ok: boolean;
  chars: number;
}

/** Refuses text over MAX_TEXT_CHARS (the widget says what to do: messages.ts tooLong). */
export function checkText(text: string): TextCheck {
  const chars = countCodePoints(text);
  return { ok: chars <= MAX_TEXT_CHARS, chars };
}

export interface ColumnStats {
  tokenizer: TokenizerId;
  /** Tokens, without BOS/EOS. */
  tokens: number;
  /** Characters (code points) of the text. */
  chars: number;
  /** chars / tokens, or null for an empty text. */
  charsPerToken: number | null;
}

export function columnStats(tokenizer: TokenizerId, tokens: number, chars: number): ColumnStats {
  const t = Number.isFinite(tokens) && tokens > 0 ? Math.floor(tokens) : 0;
  const c = Number.isFinite(chars) && chars > 0 ? Math.floor(chars) : 0;
  return { tokenizer, tokens: t, chars: c, charsPerToken: t > 0 ? c / t : null };
}

/**
 * How Llama 3's count compares with another's: 'none' when either count is zero (no text), 'same' for equal counts,
 * 'about' when they differ by less than half a percent (the difference rounds to 0%), else 'fewer' or 'more'.
 */
export type Relation = 'none' | 'same' | 'about' | 'fewer' | 'more';

export interface Comparison {
  other: TokenizerId;
  llama3Tokens: number;
  otherTokens: number;
  /** Llama 3 tokens ÷ the other tokenizer's tokens, or null if either is zero. */
  tokenRatio: number | null;
  relation: Relation;
  /** |1 − tokenRatio|: the relative difference in tokens (0 without a ratio). */
  difference: number;
}

/** How Llama 3's count compares with another tokenizer's on the same text. */
export function compareColumns(llama3: ColumnStats, other: ColumnStats): Comparison {
  const base = { other: other.tokenizer, llama3Tokens: llama3.tokens, otherTokens: other.tokens };
  if (llama3.tokens === 0 || other.tokens === 0) return { ...base, tokenRatio: null, relation: 'none', difference: 0 };
  const ratio = llama3.tokens / other.tokens;
  const difference = Math.abs(1 - ratio);
  const relation: Relation = llama3.tokens === other.tokens ? 'same'
    : Math.round(difference * 100) === 0 ? 'about'
      : ratio < 1 ? 'fewer' : 'more';
  return { ...base, tokenRatio: ratio, relation, difference };
}

/** Llama 3 ids that cl100k_base also has (below 100,256) among `ids`. */
export function sharedWithCl100k(ids: readonly number[]): { shared: number; added: number } {
  let shared = 0, added = 0;
  for (const id of ids) {
    if (id < FIRST_LLAMA3_ONLY_ID) shared++;
    else if (id < LLAMA3_BPE_TOKENS) added++;
  }
  return { shared, added };
}

// ── Where the saving comes from ────────────────────────────────────────────────────────────────────
// The split is tokenizer math (splitSaving, src/tokenizers/saving.ts); messages.ts words it.

/**
 * What the widget says about where the saving comes from: the split, or 'plainOnly' when it is measured on plain
 * text only (see savingNote).
 */
export type SavingNote = { kind: 'split'; split: SavingSplit } | { kind: 'plainOnly' };

/** cl100k_base's special tokens (tiktoken openai_public.py), which it reads as one token each in 'special' mode. */
const CL100K_SPECIAL_NAMES = ['<|endoftext|>', '<|fim_prefix|>', '<|fim_middle|>', '<|fim_suffix|>', '<|endofprompt|>'];
const SPECIAL_NAMES: ReadonlySet<string> = new Set([...llama3SpecialNames().values(), ...LLAMA31_NAMES.values(), ...CL100K_SPECIAL_NAMES]);

/** True when Llama 3 or cl100k_base, reading special-token text as special tokens, would find one in `text`. */
export function hasLlama3SpecialText(text: string): boolean {
  for (const m of text.matchAll(/<\|[a-z0-9_]{1,40}\|>/g)) if (SPECIAL_NAMES.has(m[0])) return true;
  return false;
}

/**
 * The split for the state, or why there is none. With specials on, Llama 3 reads its special-token text as single
 * tokens (and cl100k_base its own) while the other tokenizers read it as text, so the split would credit those
 * tokens to a vocabulary: it then asks for plain text instead. Null while a count is missing, or on an empty text.
 */
export function savingNote(text: string, specials: PlaygroundState['specials'], counts: Partial<Record<TokenizerId, number>>): SavingNote | null {
  const { llama2, cl100k, llama3 } = counts;
  if (llama2 === undefined || cl100k === undefined || llama3 === undefined) return null;
  if (specials === 'special' && hasLlama3SpecialText(text)) return { kind: 'plainOnly' };
  // Nothing to split on an empty text (or counts that are not whole numbers of tokens).
  if (![llama2, cl100k, llama3].every((n) => Number.isInteger(n) && n > 0)) return null;
  return { kind: 'split', split: splitSaving({ llama2, cl100k, llama3 }) };
}

// ── One token ──────────────────────────────────────────────────────────────────────────────────────

/** A token's text as drawn in its box: spaces as "␣" too (src/lib/text.ts); a mark that starts a token stays readable. */
export const TOKEN_TEXT: VisibleOptions = { space: 'symbol' };

/** A token's runs as one string: text with its invisible characters made visible, raw bytes as "<0xF0 0x9F>". */
export function runsText(runs: readonly ByteRun[]): string {
  return runs.map((r) => (r.kind === 'text' ? visibleText(r.text, TOKEN_TEXT) : byteTokenText(r.bytes))).join('');
}

/** What the details line says about the token at `index` of a result. */
export interface TokenDetail {
  tokenizer: TokenizerId;
  /** 0-based position in the text. */
  index: number;
  /** Tokens of the whole text. */
  count: number;
  id: number;
  /** The token as drawn (runsText); a special token's name. */
  text: string;
  special: boolean;
  /** UTF-8 bytes of a non-special token. */
  bytes: number[];
  /** True when the token holds only part of a character (its other bytes are in the neighbouring tokens). */
  partial: boolean;
  /** How Llama 3 and Llama 3.1 name a special Llama 3 id, where they differ or reserve it. */
  naming: SpecialNaming | undefined;
}

const encoder = new TextEncoder();

export function tokenDetail(result: TokenizerResult, index: number): TokenDetail {
  const id = result.ids[index]!;
  const look = result.looks[id] ?? { runs: [], special: false };
  return {
    tokenizer: result.tokenizer, index, count: result.count, id, text: runsText(look.runs), special: look.special,
    bytes: look.special ? [] : look.runs.flatMap((r) => (r.kind === 'bytes' ? r.bytes : [...encoder.encode(r.text)])),
    partial: look.runs.some((r) => r.kind === 'bytes'),
    naming: look.special && result.tokenizer === 'llama3' ? llama3SpecialNaming(id) : undefined,
  };
}

/** Most tokens drawn in one block when the text has no line break to split at. */
export const CHUNK_TOKENS = 300;

/** True when a token's text ends with a line feed (its block can end there without changing the layout). */
export function endsLine(look: { runs: readonly ({ kind: 'text'; text: string } | { kind: 'bytes'; bytes: number[] })[] }): boolean {
  const last = look.runs[look.runs.length - 1];
  return last !== undefined && last.kind === 'text' && last.text.endsWith('\n');
}

/**
 * Splits `endsLine.length` tokens into blocks [from, to): after every token that ends a line, and after at
 * most `max` tokens otherwise. Blocks after an edit keep their start indices, so a view keyed by them
 * redraws only the blocks that changed.
 */
export function chunkTokens(endsLineFlags: readonly boolean[], max: number): [number, number][] {
  const size = Math.max(1, Math.floor(Number.isFinite(max) ? max : 1));
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < endsLineFlags.length; i++) {
    if (endsLineFlags[i] || i + 1 - from >= size) { out.push([from, i + 1]); from = i + 1; }
  }
  if (from < endsLineFlags.length) out.push([from, endsLineFlags.length]);
  return out;
}

/** Tokens a PageUp/PageDown press moves in the token list (src/lib/keys.ts moveInList). */
export const PAGE_TOKENS = 20;

/** Bytes a tokenizer adds in front of every text: Llama 2's SentencePiece dummy-prefix space. */
const PREFIX_BYTES: Record<TokenizerId, number> = { llama3: 0, llama2: 1, cl100k: 0 };

/** The sample whose text this is, if any (a typed or pasted copy counts: its language is the same). */
export function sampleOfText(text: string): Sample | undefined {
  return SAMPLES.find((s) => s.text === text);
}

/**
 * The `lang` of each token shown, for a text in several languages (a sample with parts), from the tokens' bytes;
 * null when the text has no parts or the tokens do not add up to it (then no token is marked).
 */
export function tokenLangs(
  sample: Sample | undefined,
  result: { tokenizer: TokenizerId; count: number; ids: readonly number[]; looks: Record<number, TokenLook> },
): (string | undefined)[] | null {
  if (!sample?.parts) return null;
  const lengths = result.ids.map((id) => (result.looks[id]?.runs ?? [])
    .reduce((n, r) => n + (r.kind === 'text' ? encoder.encode(r.text).length : r.bytes.length), 0));
  return pieceLangs(sample.parts, lengths, PREFIX_BYTES[result.tokenizer], result.count === result.ids.length);
}

/** What the screen-reader description says (messages.ts describe words it). */
export interface PlaygroundSummary {
  /** The sample's id, or 'custom' for the reader's own text. */
  source: SampleId;
  /** Characters (code points) of the text. */
  chars: number;
  /** Over MAX_TEXT_CHARS: refused, not tokenized. */
  tooLong: boolean;
  columns: TokenizerId[];
  specials: PlaygroundState['specials'];
  /** The statistics of each column whose count is known; null before the counts are (vocabularies not loaded). */
  stats: ColumnStats[] | null;
  /** Llama 3 against the other column, when both counts are known. */
  comparison: Comparison | null;
  /** Where the saving comes from, when two tokenizers are compared and it can be said. */
  saving: SavingNote | null;
}

/** The numbers the screen-reader description is built from. `counts` are the finished token counts, when known. */
export function summarize(state: PlaygroundState, counts?: Partial<Record<TokenizerId, number>>): PlaygroundSummary {
  const { text, source } = resolveText(state);
  const check = checkText(text);
  const columns = columnsFor(state.compare);
  const head = { source, chars: check.chars, tooLong: !check.ok, columns, specials: state.specials };
  if (!check.ok || !counts) return { ...head, stats: null, comparison: null, saving: null };
  const stats = columns.flatMap((c) => (counts[c] === undefined ? [] : [columnStats(c, counts[c], check.chars)]));
  const n3 = counts.llama3;
  const other = columns[1];
  const no = other ? counts[other] : undefined;
  const comparison = other && n3 !== undefined && no !== undefined
    ? compareColumns(columnStats('llama3', n3, check.chars), columnStats(other, no, check.chars))
    : null;
  return { ...head, stats, comparison, saving: other ? savingNote(text, state.specials, counts) : null };
}
