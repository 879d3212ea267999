// Every word document-mask shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): controls,
// the packing rule and the "illustrative lengths" caveat, the counts, the two matrices' titles, legend and text
// alternatives, the documents table, the attention demo and the sources. Numbers come in as numbers and are printed
// with the reader's Format. Sources are returned as pieces: text and `{ cite }` notes (CitedText draws them).
import type { Cited } from '../../components/Cite';
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { FieldRefusal, ListError, MaskIssue, MaskOk, Packing, Preset, TokenRow } from './model';

/** The two matrices. */
export type MaskKind = 'causal' | 'document';

export interface DocumentMaskMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  seqLenSlider: string;
  seqLenField: string;
  /** "8,192 tokens", beside the slider and spoken by it. */
  tokens: (n: number, f: Format) => string;
  presetLegend: string;
  presetOption: Record<Preset, string>;
  docsField: string;
  seedField: string;
  tokenToggle: string;
  tokenSlider: string;
  tokenField: string;
  /** What the token slider shows and speaks: "token 5,000 (document 3)". */
  tokenValue: (index: number, doc: number, f: Format) => string;
  /** A typed integer refused (seqLen, seed, token). */
  fieldError: (what: 'seqLen' | 'seed' | 'token', e: FieldRefusal, f: Format) => string;
  /** A typed list refused: names the document and the problem, never repeats the text. */
  listError: (e: ListError, f: Format) => string;

  // ── Rule and caveat ──
  /** The packing rule, stated once. */
  packingRule: string;
  /** The presets are made up: the report gives no document-length statistics. */
  illustrative: string;
  /** What the packing did with this list: repeats, the cut, documents left out. */
  packingSummary: (p: Packing, listCount: number, seqLen: number, f: Format) => string;

  // ── Counts ──
  countsCaption: string;
  countsColumns: { mask: string; pairs: string; share: string };
  maskName: Record<MaskKind, string>;
  removedRow: string;
  /** The headline: kept pairs and the share of attention FLOPs removed. */
  headline: (r: MaskOk, f: Format) => string;
  /** "Token 5,000 (document 3) attends 1,001 keys with the document mask, 5,001 without." */
  tokenSees: (t: TokenRow, f: Format) => string;
  /** Spoken once after a change settles. */
  announce: (r: MaskOk, f: Format) => string;

  // ── Matrices ──
  /** The text alternative of one matrix. */
  chartLabel: (kind: MaskKind, r: MaskOk, f: Format) => string;
  axisKeys: string;
  axisQueries: string;
  /** A document's label above the matrix: "D1". */
  docLabel: (doc: number, f: Format) => string;
  legendFull: string;
  legendPartial: string;
  legendMasked: string;
  legendBoundary: string;
  legendToken: string;
  /** How the cells aggregate tokens, exactly. */
  aggregationNote: (r: MaskOk, f: Format) => string;
  /** Too many documents for boundary lines. */
  boundariesHidden: (documents: number, f: Format) => string;

  // ── Documents table ──
  tableSummary: string;
  tableCaption: string;
  tableColumns: { doc: string; first: string; last: string; length: string; pairs: string };
  /** "cut from 250,000" in the length cell of a cut document. */
  cutNote: (listLength: number, f: Format) => string;
  /** Under a long table: how many rows are shown. */
  tableTruncated: (shown: number, total: number, f: Format) => string;

  // ── Attention demo ──
  demoHeading: string;
  /** What the demo computes (documents, head dimension, RoPE base). */
  demoIntro: (docs: readonly number[], headDim: number, base: number, f: Format) => string;
  demoEdit: string;
  /** How many times document 1 has been changed: "text version 3". */
  demoVersion: (version: number, f: Format) => string;
  demoTokenSlider: string;
  demoTokenValue: (token: number, doc: number, f: Format) => string;
  demoStrip: Record<'masked' | 'unmasked', string>;
  /** A strip's text alternative: the weight on document 1's keys (a non-zero share only once hydrated: it comes from exp). */
  demoStripLabel: (kind: 'masked' | 'unmasked', weightOnDoc1: number, hydrated: boolean, f: Format) => string;
  /** With the mask: the output difference (0 exactly, or the value if it were not). */
  demoMasked: (diff: number, f: Format) => string;
  /** Without the mask: the difference; `hydrated` false prints a placeholder (the value comes from exp, sin, cos). */
  demoUnmasked: (diff: number, norm: number, hydrated: boolean, f: Format) => string;
  demoResetToggle: string;
  /** Positions reset per document: the largest score change (rounding only). */
  demoReset: (scoreDiff: number, outputDiff: number, hydrated: boolean, f: Format) => string;
  /** Spoken after a demo change. */
  demoAnnounce: (diffMasked: number, diffUnmasked: number, f: Format) => string;

  // ── URL notice reasons (island adjust) ──
  /** A token past the sequence is shown at its last token. */
  tokenAdjusted: (seqLen: number, f: Format) => string;
  /** A preset given with a docs list is not used. */
  presetOverridden: string;

  // ── Impossible state, sources ──
  impossible: string;
  issue: (issue: MaskIssue, f: Format) => string;
  sources: (f: Format) => Cited;
}

export const messages = catalogueKey<DocumentMaskMessages>('document-mask');
