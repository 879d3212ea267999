// Tokens and characters per token of the reader's text under Llama 3's 128K tokenizer and Llama 2's 32K one
// (report §3.2: 3.17 → 3.94 characters per token on Meta's English sample). Pure: the ids come from the
// tokenizer layer (src/tokenizers); this file decides what text is tokenized, checks it, computes the
// statistics and the visible form of every character, and words the result for screen readers.
import { CHARS_PER_TOKEN_LLAMA2, CHARS_PER_TOKEN_LLAMA3, VOCAB_EXTRA_NON_ENGLISH, VOCAB_FROM_TIKTOKEN } from '../../data/facts';
import { CL100K_REGULAR_TOKENS, LLAMA3_BPE_TOKENS } from '../../data/models';
import { formatFor } from '../../lib/format';
import { countCodePoints } from '../../lib/text';
import {
  LLAMA31_NAMES, llama3SpecialNames, llama3SpecialNote, splitSaving, TOKENIZER_NAMES, type SavingSplit, type TokenizerId,
  type TokenLook,
} from '../../tokenizers';
import { pieceLangs } from '../../lib/textLang';
import { sampleById, SAMPLES, type Sample, type SampleId } from './samples';

/** Longest text tokenized at all, in characters (code points); longer text is refused, not cut. */
export const MAX_TEXT_CHARS = 50_000;

/** The sentences built here are English (screen-reader text and messages). */
const fmt = formatFor('en');
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

/** The text to tokenize: the reader's text if any (or if they chose "your own text"), else the sample. */
export function resolveText(state: Pick<PlaygroundState, 'text' | 'sample'>): { text: string; source: string } {
  if (state.sample === 'custom' || state.text.length > 0) return { text: state.text, source: 'your text' };
  const s = sampleById(state.sample);
  return s ? { text: s.text, source: `the sample “${s.label}”` } : { text: state.text, source: 'your text' };
}

export type TextCheck = { ok: true; chars: number } | { ok: false; chars: number; message: string };

/** Refuses text over MAX_TEXT_CHARS with a message that says what to do. */
export function checkText(text: string): TextCheck {
  const chars = countCodePoints(text);
  if (chars > MAX_TEXT_CHARS) {
    return {
      ok: false,
      chars,
      message: `This text has ${fmt.int(chars)} characters; the playground tokenizes at most ${fmt.int(MAX_TEXT_CHARS)}. Shorten it to see its tokens.`,
    };
  }
  return { ok: true, chars };
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

export interface Comparison {
  /** Llama 3 tokens ÷ the other tokenizer's tokens, or null if either is zero. */
  tokenRatio: number | null;
  /** One sentence for the page. */
  sentence: string;
}

/** How Llama 3's count compares with another tokenizer's on the same text. */
export function compareColumns(llama3: ColumnStats, other: ColumnStats): Comparison {
  const name = TOKENIZER_NAMES[other.tokenizer];
  if (llama3.tokens === 0 || other.tokens === 0) {
    return { tokenRatio: null, sentence: 'Type or pick a text to compare token counts.' };
  }
  const ratio = llama3.tokens / other.tokens;
  const pct = Math.round(Math.abs(1 - ratio) * 100);
  const how =
    llama3.tokens === other.tokens ? 'the same number of tokens as'
      : pct === 0 ? `about as many tokens as (${fmt.ratio(ratio, { digits: 3 })})`
        : ratio < 1 ? `${fmt.percent(Math.abs(1 - ratio), { digits: 0 })} fewer tokens than` : `${fmt.percent(Math.abs(1 - ratio), { digits: 0 })} more tokens than`;
  return {
    tokenRatio: ratio,
    sentence: `Llama 3 needs ${fmt.int(llama3.tokens)} tokens, ${how} ${name} (${fmt.int(other.tokens)}); ${fmt.ratio(ratio)} the count.`,
  };
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
// The split is tokenizer math (splitSaving, src/tokenizers/saving.ts); this part words it.

const BASE = `the ${fmt.short(VOCAB_FROM_TIKTOKEN.value, { trim: true })} tokens Llama 3 took from cl100k_base`;
const ADDED = `the ${fmt.short(VOCAB_EXTRA_NON_ENGLISH.value, { trim: true })} tokens it added`;

const tokens = (n: number) => `${fmt.int(Math.abs(n))} token${Math.abs(n) === 1 ? '' : 's'}`;
const percentOf = (part: number, whole: number) => fmt.percent(part / whole, { digits: 0 });

/** The split in one sentence (plain text, for the page and for screen readers). */
export function savingSentence(s: SavingSplit): string {
  const counts = `(Llama 2 ${fmt.int(s.llama2)}, cl100k_base ${fmt.int(s.cl100k)}, Llama 3 ${fmt.int(s.llama3)} tokens)`;
  if (s.saved <= 0) {
    return `On this text Llama 3 saves no tokens against Llama 2 ${counts}.`;
  }
  if (s.fromBase >= 0 && s.fromAdded >= 0) {
    return `Of the ${tokens(s.saved)} Llama 3 saves against Llama 2 on this text, ${fmt.int(s.fromBase)} (${percentOf(s.fromBase, s.saved)}) ` +
      `come with ${BASE} and ${fmt.int(s.fromAdded)} (${percentOf(s.fromAdded, s.saved)}) with ${ADDED} ${counts}.`;
  }
  if (s.fromBase < 0) {
    return `Llama 3 saves ${tokens(s.saved)} against Llama 2 on this text. With only ${BASE} it would need ${tokens(s.fromBase)} more ` +
      `than Llama 2, so ${ADDED} save ${tokens(s.fromAdded)} ${counts}.`;
  }
  return `Llama 3 saves ${tokens(s.saved)} against Llama 2 on this text. ${BASE.charAt(0).toUpperCase()}${BASE.slice(1)} alone would save ` +
    `${tokens(s.fromBase)}; ${ADDED} give back ${tokens(s.fromAdded)} ${counts}.`;
}

/** cl100k_base's special tokens (tiktoken openai_public.py), which it reads as one token each in 'special' mode. */
const CL100K_SPECIAL_NAMES = ['<|endoftext|>', '<|fim_prefix|>', '<|fim_middle|>', '<|fim_suffix|>', '<|endofprompt|>'];
const SPECIAL_NAMES: ReadonlySet<string> = new Set([...llama3SpecialNames().values(), ...LLAMA31_NAMES.values(), ...CL100K_SPECIAL_NAMES]);

/** True when Llama 3 or cl100k_base, reading special-token text as special tokens, would find one in `text`. */
export function hasLlama3SpecialText(text: string): boolean {
  for (const m of text.matchAll(/<\|[a-z0-9_]{1,40}\|>/g)) if (SPECIAL_NAMES.has(m[0])) return true;
  return false;
}

/**
 * The split sentence for the state, or why there is none. With specials on, Llama 3 reads its special-token text
 * as single tokens (and cl100k_base its own) while the other tokenizers read it as text, so the split would credit
 * those tokens to a vocabulary: it then asks for plain text instead.
 */
export function savingNote(text: string, specials: PlaygroundState['specials'], counts: Partial<Record<TokenizerId, number>>): string | null {
  const { llama2, cl100k, llama3 } = counts;
  if (llama2 === undefined || cl100k === undefined || llama3 === undefined) return null;
  if (specials === 'special' && hasLlama3SpecialText(text)) {
    return 'Where the saving comes from is measured on text without special tokens: choose “plain text” above to see it for this text.';
  }
  // Nothing to split on an empty text (or counts that are not whole numbers of tokens).
  if (![llama2, cl100k, llama3].every((n) => Number.isInteger(n) && n > 0)) return null;
  return savingSentence(splitSaving({ llama2, cl100k, llama3 }));
}

/** A note on a special id's names in Llama 3 and Llama 3.1 (for the token details), or '' for other ids. */
export function specialTokenNote(tokenizer: TokenizerId, id: number): string {
  return tokenizer === 'llama3' ? llama3SpecialNote(id) ?? '' : '';
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
  const encoder = new TextEncoder();
  const lengths = result.ids.map((id) => (result.looks[id]?.runs ?? [])
    .reduce((n, r) => n + (r.kind === 'text' ? encoder.encode(r.text).length : r.bytes.length), 0));
  return pieceLangs(sample.parts, lengths, PREFIX_BYTES[result.tokenizer], result.count === result.ids.length);
}

/** The sentence a screen reader hears. `counts` are the finished token counts, when known. */
export function describe(state: PlaygroundState, counts?: Partial<Record<TokenizerId, number>>): string {
  const { text, source } = resolveText(state);
  const check = checkText(text);
  const cols = columnsFor(state.compare);
  const names = cols.map((c) => TOKENIZER_NAMES[c]).join(' and ');
  const head = `Tokenizer playground: ${source}, ${fmt.int(check.chars)} characters, tokenized by ${names}` +
    (state.specials === 'special' ? ', with special-token text read as special tokens.' : ', with special-token text read as plain text.');
  if (!check.ok) return `${head} ${check.message}`;
  if (!counts) return `${head} Vocabularies not loaded yet.`;
  const parts: string[] = [];
  for (const c of cols) {
    const n = counts[c];
    if (n === undefined) continue;
    const s = columnStats(c, n, check.chars);
    parts.push(`${TOKENIZER_NAMES[c]}: ${fmt.int(s.tokens)} tokens, ${fmt.decimal(s.charsPerToken)} characters per token.`);
  }
  const n3 = counts.llama3;
  const other = cols[1];
  const no = other ? counts[other] : undefined;
  if (other && n3 !== undefined && no !== undefined) {
    parts.push(compareColumns(columnStats('llama3', n3, check.chars), columnStats(other, no, check.chars)).sentence);
  }
  const split = other ? savingNote(text, state.specials, counts) : null;
  if (split) parts.push(split);
  return [head, ...parts].join(' ');
}
