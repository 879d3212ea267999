// Tokens and characters per token of the reader's text under Llama 3's 128K tokenizer and Llama 2's 32K one
// (report §3.2: 3.17 → 3.94 characters per token on Meta's English sample). Pure: the ids come from the
// tokenizer layer (src/tokenizers); this file decides what text is tokenized, checks it, computes the
// statistics and the visible form of every character, and words the result for screen readers.
import { CHARS_PER_TOKEN_LLAMA2, CHARS_PER_TOKEN_LLAMA3, VOCAB_EXTRA_NON_ENGLISH, VOCAB_FROM_TIKTOKEN } from '../../data/facts';
import { formatInt } from '../../lib/format';
import { CL100K_REGULAR_TOKENS, LLAMA3_BPE_TOKENS } from '../../data/models';
import {
  countCharacters, LLAMA31_NAMES, llama3SpecialNames, llama3SpecialNote, splitSaving, TOKENIZER_NAMES, type SavingSplit, type TokenizerId,
  type TokenLook,
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

/** The text to tokenize: the reader's text if any (or if they chose "your own text"), else the sample. */
export function resolveText(state: Pick<PlaygroundState, 'text' | 'sample'>): { text: string; source: string } {
  if (state.sample === 'custom' || state.text.length > 0) return { text: state.text, source: 'your text' };
  const s = sampleById(state.sample);
  return s ? { text: s.text, source: `the sample “${s.label}”` } : { text: state.text, source: 'your text' };
}

/** Characters as readers count them: Unicode code points (the tokenizer layer's count). */
export const countChars = countCharacters;

export type TextCheck = { ok: true; chars: number } | { ok: false; chars: number; message: string };

/** Refuses text over MAX_TEXT_CHARS with a message that says what to do. */
export function checkText(text: string): TextCheck {
  const chars = countChars(text);
  if (chars > MAX_TEXT_CHARS) {
    return {
      ok: false,
      chars,
      message: `This text has ${formatInt(chars)} characters; the playground tokenizes at most ${formatInt(MAX_TEXT_CHARS)}. Shorten it to see its tokens.`,
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

/** "4.63", or "—" when undefined. */
export function formatCharsPerToken(v: number | null): string {
  return v === null || !Number.isFinite(v) ? '—' : v.toFixed(2);
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
      : pct === 0 ? `about as many tokens as (${ratio.toFixed(3)}×)`
        : ratio < 1 ? `${pct}% fewer tokens than` : `${pct}% more tokens than`;
  return {
    tokenRatio: ratio,
    sentence: `Llama 3 needs ${formatInt(llama3.tokens)} tokens, ${how} ${name} (${formatInt(other.tokens)}); ${ratio.toFixed(2)}× the count.`,
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

const BASE = `the ${formatInt(VOCAB_FROM_TIKTOKEN.value / 1000)}K tokens Llama 3 took from cl100k_base`;
const ADDED = `the ${formatInt(VOCAB_EXTRA_NON_ENGLISH.value / 1000)}K tokens it added`;

const tokens = (n: number) => `${formatInt(Math.abs(n))} token${Math.abs(n) === 1 ? '' : 's'}`;
const percentOf = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

/** The split in one sentence (plain text, for the page and for screen readers). */
export function savingSentence(s: SavingSplit): string {
  const counts = `(Llama 2 ${formatInt(s.llama2)}, cl100k_base ${formatInt(s.cl100k)}, Llama 3 ${formatInt(s.llama3)} tokens)`;
  if (s.saved <= 0) {
    return `On this text Llama 3 saves no tokens against Llama 2 ${counts}.`;
  }
  if (s.fromBase >= 0 && s.fromAdded >= 0) {
    return `Of the ${tokens(s.saved)} Llama 3 saves against Llama 2 on this text, ${formatInt(s.fromBase)} (${percentOf(s.fromBase, s.saved)}) ` +
      `come with ${BASE} and ${formatInt(s.fromAdded)} (${percentOf(s.fromAdded, s.saved)}) with ${ADDED} ${counts}.`;
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

/** A piece of a token's text as drawn: ordinary text, a visible stand-in for whitespace, or a code label. */
export interface Glyph {
  text: string;
  kind: 'text' | 'space' | 'newline' | 'code';
  /** For stand-ins: what it stands for ("space", "U+202E RIGHT-TO-LEFT OVERRIDE"). */
  title?: string;
}

const NAMED: Record<number, string> = {
  0x09: 'TAB', 0x0a: 'LINE FEED', 0x0d: 'CARRIAGE RETURN', 0x20: 'SPACE', 0x85: 'NEXT LINE', 0xa0: 'NO-BREAK SPACE',
  0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER', 0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK', 0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING', 0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE', 0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR', 0xfeff: 'BYTE ORDER MARK',
  0x061c: 'ARABIC LETTER MARK', 0x3000: 'IDEOGRAPHIC SPACE', 0xfffd: 'REPLACEMENT CHARACTER',
};

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}\p{Co}\p{Cn}\p{Cs}\u034F\u115F\u1160\u3164\uFFA0\u180B-\u180F\uFE00-\uFE0F]/u;

export function codeLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The visible form of a token's text: a space is "·", a tab "→", a line feed "↵" (followed by a real
 * line break), a carriage return "\\r", and every other invisible or direction-changing character (bidi
 * controls, zero-width characters, other spaces, unassigned code points) its code, "⟨U+202E⟩". Variation
 * selectors and joiners inside emoji are shown as codes too, so nothing a reader typed is hidden.
 */
export function visibleGlyphs(text: string): Glyph[] {
  const out: Glyph[] = [];
  let plain = '';
  const flush = () => { if (plain) { out.push({ kind: 'text', text: plain }); plain = ''; } };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x20) { flush(); out.push({ kind: 'space', text: '·', title: 'space' }); continue; }
    if (cp === 0x0a) { flush(); out.push({ kind: 'newline', text: '↵', title: 'line feed' }); continue; }
    if (cp === 0x0d) { flush(); out.push({ kind: 'space', text: '\\r', title: 'carriage return' }); continue; }
    if (cp === 0x09) { flush(); out.push({ kind: 'space', text: '→', title: 'tab' }); continue; }
    if (INVISIBLE.test(ch)) {
      flush();
      const name = NAMED[cp];
      out.push({ kind: 'code', text: `⟨${codeLabel(cp)}⟩`, title: name ? `${codeLabel(cp)} ${name}` : codeLabel(cp) });
      continue;
    }
    plain += ch;
  }
  flush();
  return out;
}

/** Plain-text form of glyphs (for aria labels and tables). */
export function glyphsText(glyphs: readonly Glyph[]): string {
  return glyphs.map((g) => g.text).join('');
}

/** Hex bytes, "F0 9F A6 99". */
export function hexBytes(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
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
  const head = `Tokenizer playground: ${source}, ${formatInt(check.chars)} characters, tokenized by ${names}` +
    (state.specials === 'special' ? ', with special-token text read as special tokens.' : ', with special-token text read as plain text.');
  if (!check.ok) return `${head} ${check.message}`;
  if (!counts) return `${head} Vocabularies not loaded yet.`;
  const parts: string[] = [];
  for (const c of cols) {
    const n = counts[c];
    if (n === undefined) continue;
    const s = columnStats(c, n, check.chars);
    parts.push(`${TOKENIZER_NAMES[c]}: ${formatInt(s.tokens)} tokens, ${formatCharsPerToken(s.charsPerToken)} characters per token.`);
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
