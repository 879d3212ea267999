// View model of the BPE stepper (report §3.2: Llama 3's tokenizer is byte-level BPE): which text it trains on
// (presets in ./corpora.ts) and its validation, how a token's bytes are shown, the statistics at a step, chart
// geometry, and the numbers the screen-reader description is built from. Pure: the trainer is in ./bpe.ts; every
// number here comes from the text the reader chose. Numbers and codes only: the widget's words are in messages.ts.
import { scaleLinear } from 'd3-scale';
import { scaleTicks, ticksAt, type Tick } from '../../lib/axisTicks';
import { line } from 'd3-shape';
import type { Format } from '../../lib/format';
import { countCodePoints, visibleGlyphs } from '../../lib/text';
import { pieceLangs } from '../../lib/textLang';
import { byteTokenText } from '../../tokenizers';
import { type BpeTraining, type Merge, segmentationAt, trainBpe, utf8 } from './bpe';
import { CORPORA, type CorpusId } from './corpora';

/** Longest training text, in code points (the URL `text` cap). */
export const MAX_TEXT_CHARS = 2_000;
/** Most merges the stepper trains and shows (the URL `merges` cap). */
export const MAX_MERGES = 500;

/**
 * The `lang` of each chunk when the text is a preset in several languages (WCAG 3.1.2), else null. Chunks keep
 * their bytes through every merge, so their byte lengths are those at step 0 (one byte per id).
 */
export function chunkLangs(text: string, training: BpeTraining): (string | undefined)[] | null {
  const preset = Object.values(CORPORA).find((c) => c.text === text);
  if (!preset?.parts) return null;
  return pieceLangs(preset.parts, segmentationAt(training, 0).map((ids) => ids.length));
}

export interface CorpusInput {
  corpus: CorpusId;
  /** Reader's text, used when corpus is "custom". */
  text: string;
}

/**
 * A problem with the training text: an unknown preset (the English paragraph is used instead), a custom text over
 * MAX_TEXT_CHARS (`chars` of it; the first `max` are used), or an empty custom text.
 */
export type CorpusIssue = { code: 'unknownCorpus' } | { code: 'cut'; chars: number; max: number } | { code: 'empty' };

export interface ResolvedCorpus {
  /** Text the trainer runs on (at most MAX_TEXT_CHARS code points). */
  text: string;
  issue: CorpusIssue | null;
}

/** The text to train on, validated: empty custom text and over-long text give an issue, never a throw. */
export function resolveCorpus(input: CorpusInput): ResolvedCorpus {
  if (input.corpus !== 'custom') {
    const preset = CORPORA[input.corpus];
    if (preset) return { text: preset.text, issue: null };
    return { text: CORPORA.prose.text, issue: { code: 'unknownCorpus' } };
  }
  const text = typeof input.text === 'string' ? input.text : '';
  const cps = [...text];
  if (cps.length > MAX_TEXT_CHARS) {
    return { text: cps.slice(0, MAX_TEXT_CHARS).join(''), issue: { code: 'cut', chars: cps.length, max: MAX_TEXT_CHARS } };
  }
  if (text.length === 0) return { text: '', issue: { code: 'empty' } };
  return { text, issue: null };
}

/**
 * How part of a token is drawn: readable text, a visible stand-in for white space (`name`: the character's name,
 * src/lib/text.ts), or raw bytes (drawn as the tokenizers name them, "<0xE4 0xBD>": byteTokenText).
 */
export type TokenPart =
  | { kind: 'text'; text: string }
  | { kind: 'space'; symbol: string; name: string }
  | { kind: 'bytes'; bytes: number[] };

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Length of the UTF-8 sequence a lead byte starts, or 0 for a continuation or invalid byte. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Splits a token's bytes into displayable parts. Complete characters are shown as every widget shows them
 * (src/lib/text.ts): printable ones as text, white space as its symbol. What that module would show as a code point
 * (a control, an invisible or direction-changing character, a combining mark with nothing before it to sit on) is
 * shown here as its bytes, like a partial character: BPE works on bytes, so bytes are what the stepper names.
 */
export function tokenParts(bytes: Uint8Array): TokenPart[] {
  const parts: TokenPart[] = [];
  const pushText = (t: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += t; else parts.push({ kind: 'text', text: t });
  };
  const pushBytes = (from: number, to: number) => {
    const b = [...bytes.subarray(from, to)];
    const last = parts[parts.length - 1];
    if (last?.kind === 'bytes') last.bytes.push(...b); else parts.push({ kind: 'bytes', bytes: b });
  };
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes[i]!);
    let ch: string | null = null;
    if (n > 0 && i + n <= bytes.length) {
      try { ch = strictDecoder.decode(bytes.subarray(i, i + n)); } catch { ch = null; }
    }
    if (ch === null) { pushBytes(i, i + 1); i += 1; continue; }
    const afterText = parts[parts.length - 1]?.kind === 'text';
    const [g] = visibleGlyphs(ch, { space: 'symbol', loneMark: afterText ? 'keep' : 'code' });
    if (g?.kind === 'text') pushText(g.text);
    else if (g?.kind === 'space') parts.push({ kind: 'space', symbol: g.text, name: g.title });
    else pushBytes(i, i + n);
    i += n;
  }
  return parts;
}

const partsCache = new WeakMap<Uint8Array, TokenPart[]>();

/** tokenParts, computed once per token (vocabulary entries are never mutated). */
export function tokenPartsCached(bytes: Uint8Array): TokenPart[] {
  let parts = partsCache.get(bytes);
  if (!parts) partsCache.set(bytes, (parts = tokenParts(bytes)));
  return parts;
}

/** A token as plain text, as its box draws it: "␣the", "a<0xE5 0x88>" (bytes as the tokenizers name them). */
export function tokenLabel(bytes: Uint8Array): string {
  return tokenParts(bytes).map((p) => (p.kind === 'text' ? p.text : p.kind === 'space' ? p.symbol : byteTokenText(p.bytes))).join('');
}

/** The merges shown at a step: the first `step` learned ones. */
export function mergesAt(training: BpeTraining, step: number): Merge[] {
  return training.merges.slice(0, clampStep(training, step));
}

/** A requested step limited to what the text allows (training stops when every chunk is one token). */
export function clampStep(training: BpeTraining, step: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.max(0, Math.min(training.merges.length, Math.floor(step)));
}

/** Corpus statistics at a step. */
export interface StepStats {
  step: number;
  /** Merges the text allows (≤ MAX_MERGES). */
  available: number;
  chars: number;
  bytes: number;
  chunks: number;
  /** Distinct chunks. */
  distinctChunks: number;
  tokens: number;
  /** UTF-8 bytes per token (1 before any merge). */
  bytesPerToken: number;
  charsPerToken: number;
}

export function stepStats(text: string, training: BpeTraining, step: number): StepStats {
  const s = clampStep(training, step);
  const bytes = utf8(text).length;
  const chars = countCodePoints(text);
  const tokens = training.tokensAfter[s] ?? bytes;
  return {
    step: s, available: training.merges.length, chars, bytes,
    chunks: training.chunks.length, distinctChunks: training.words.length, tokens,
    bytesPerToken: tokens > 0 ? bytes / tokens : 0,
    charsPerToken: tokens > 0 ? chars / tokens : 0,
  };
}

/** Geometry of the tokens-vs-merges chart, in SVG user units. */
export interface ChartGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Line through (merges, tokens) for every step trained. */
  path: string;
  /** The current step's point. */
  marker: { x: number; y: number };
  xTicks: Tick[];
  yTicks: Tick[];
}

/** Lays out tokens after k merges, k = 0…available, in a width × height box; tick labels printed with `f`. */
export function chartGeometry(tokensAfter: readonly number[], step: number, width: number, height: number, f: Format): ChartGeometry {
  const margin = { top: 10, right: 14, bottom: 34, left: 52 };
  const w = Math.max(1, width - margin.left - margin.right);
  const h = Math.max(1, height - margin.top - margin.bottom);
  const last = Math.max(1, tokensAfter.length - 1);
  const maxTokens = Math.max(1, ...tokensAfter);
  const x = scaleLinear().domain([0, last]).range([0, w]);
  const y = scaleLinear().domain([0, maxTokens]).range([h, 0]).nice();
  const path = line<number>().x((_, i) => x(i)).y((t) => y(t))(tokensAfter as number[]) ?? '';
  const s = Math.max(0, Math.min(tokensAfter.length - 1, step));
  return {
    width, height, margin, path,
    marker: { x: x(s), y: y(tokensAfter[s] ?? 0) },
    xTicks: ticksAt(x, x.ticks(Math.max(2, Math.min(6, Math.floor(w / 70)))).filter(Number.isInteger), f.int),
    yTicks: scaleTicks(y, 4, f.int),
  };
}

/** Rows of the chart's data table: every `every`-th step, the last one, and the current one. */
export function chartTableRows(tokensAfter: readonly number[], step: number, every = 25): { merges: number; tokens: number; current: boolean }[] {
  const last = tokensAfter.length - 1;
  const steps = new Set<number>();
  for (let k = 0; k <= last; k += every) steps.add(k);
  steps.add(last);
  if (step >= 0 && step <= last) steps.add(step);
  return [...steps].sort((a, b) => a - b).map((k) => ({ merges: k, tokens: tokensAfter[k]!, current: k === step }));
}

/** A merge as the stepper shows it: its number (1-based), the merge, and how its two tokens and the new one are drawn. */
export interface MergeShown {
  step: number;
  merge: Merge;
  left: TokenPart[];
  right: TokenPart[];
  made: TokenPart[];
}

/** The latest merge at a step (the step-th one), or null before any merge. */
export function mergeShown(training: BpeTraining, step: number): MergeShown | null {
  const s = clampStep(training, step);
  if (s === 0) return null;
  const merge = training.merges[s - 1]!;
  const v = training.vocab;
  return { step: s, merge, left: tokenPartsCached(v[merge.left]!), right: tokenPartsCached(v[merge.right]!), made: tokenPartsCached(v[merge.id]!) };
}

/** What describe() needs: the widget's URL state. */
export interface StepperState extends CorpusInput {
  /** Merges to show, 0…MAX_MERGES. */
  merges: number;
}

/** What the screen-reader description says (messages.ts describe words it). */
export interface StepperSummary {
  corpus: CorpusId;
  /** The statistics at the step; null when there is no training text. */
  stats: StepStats | null;
  /** The latest merge; null before any merge. */
  latest: MergeShown | null;
}

/** The numbers the description is built from (trains unless a training is passed in). */
export function summarize(state: StepperState, training?: BpeTraining): StepperSummary {
  const { text } = resolveCorpus(state);
  if (text.length === 0) return { corpus: state.corpus, stats: null, latest: null };
  const t = training ?? trainBpe(text, MAX_MERGES);
  return { corpus: state.corpus, stats: stepStats(text, t, state.merges), latest: mergeShown(t, state.merges) };
}
