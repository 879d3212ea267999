// Every word context-parallel shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): controls,
// the chunk strip, the work per rank, one layer on one GPU, why the all-gather is cheap, Figure 5's layout, Table 4's
// check, notes, issues, the data table and the sources. Numbers come in as numbers and are printed with the reader's
// Format. The view draws every string through `latinTerms`: the abbreviations a language keeps in Latin letters
// (TP, CP, PP, DP, rank in Chinese) are marked translate="no" where they stand in running text.
import type { Cited } from '../../components/Cite';
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { CpSplit } from '../../lib/llama';
import type { CpIssue, CpNote, CpOk, Dim, FieldRefusal, ScalingRow, SplitWork, Table4Check } from './model';

export interface ContextParallelMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;
  /** Latin abbreviations this language keeps in its own text (drawn translate="no"); empty in English. */
  latinTerms: readonly string[];

  // ── Controls ──
  modelLabel: string;
  splitLegend: string;
  /** A split option: "Zigzag (the report’s)", "Naive (contiguous)". */
  splitOption: Record<CpSplit, string>;
  /** A split in a sentence or chart title. */
  splitName: Record<CpSplit, string>;
  cpSlider: string;
  cpField: string;
  /** CP beside its slider, and what a screen reader hears: "16 ranks". */
  cpValue: (cp: number, f: Format) => string;
  seqSlider: string;
  seqField: string;
  seqValue: (seqLen: number, f: Format) => string;
  /** "131,072 tokens (128K)". */
  seqValueText: (seqLen: number, f: Format) => string;
  /** Under a field whose text was refused (never repeats the text). */
  fieldError: (e: FieldRefusal, f: Format) => string;
  presetsLegend: string;
  /** A preset button: "Row 3: CP 16, 131,072 tokens". */
  presetButton: (c: Table4Check, f: Format) => string;

  // ── Impossible states ──
  impossible: string;
  issue: (issue: CpIssue, f: Format) => string;
  /** A button that sets a valid length: "Use 130,976". */
  useLength: (seqLen: number, f: Format) => string;
  /** Spoken once for an impossible state. */
  impossibleAnnounced: (issues: string[]) => string;

  // ── The sequence in chunks ──
  chunksHeading: (r: CpOk, f: Format) => string;
  /** One sentence: which rank holds which chunks (the strip's text alternative). */
  chunksDescribe: (r: CpOk, f: Format) => string;
  /** How to read the strip. */
  chunksKey: string;
  /** A chunk's number under its rank: "chunk 31". */
  chunkIndex: (j: number, f: Format) => string;

  // ── Work per rank ──
  workHeading: string;
  /** One line per split: equal work, or the busiest and idlest rank and max/min. */
  workLine: (w: SplitWork, f: Format) => string;
  /** The chart's text alternative. */
  workDescribe: (w: SplitWork, r: CpOk, f: Format) => string;
  /** The dashed line at an equal share: "equal share". */
  equalShare: string;
  /** The chosen split's chart is marked so: "(shown)". */
  chosenMark: string;

  // ── One layer on one GPU ──
  layerHeading: (r: CpOk, f: Format) => string;
  /** Where TP comes from: Table 4, or an assumption for 8B/70B. */
  layerTp: (r: CpOk, f: Format) => string;
  /** The number of causal pairs in a formula: "pairs". */
  pairsSymbol: string;
  layerRows: { gathered: string; received: string; localQ: string; flops: string };
  /** A size in bytes: "67,108,864 B = 64 MiB". */
  bytesValue: (bytes: bigint, f: Format) => string;
  /** FLOPs of one rank, chosen split: the value (with the busiest rank for the naive split). */
  flopsValue: (r: CpOk, f: Format) => string;

  // ── Why the all-gather is cheap ──
  whyHeading: string;
  whyGqa: (r: CpOk, f: Format) => string;
  whyScaling: (r: CpOk, f: Format) => string;
  /** The report's two reasons for all-gather over ring attention, one line. */
  whyRing: Cited;
  scalingLabel: string;
  scalingColumns: { seqLen: string; gathered: string; flops: string; perByte: string };
  scalingSeqLen: (row: ScalingRow, f: Format) => string;

  // ── Figure 5 ──
  fig5Heading: string;
  fig5Intro: string;
  gpuLabel: string;
  gpuOption: (rank: number, f: Format) => string;
  dimLegend: string;
  dimOption: Record<Dim, string>;
  /** "GPU0’s CP group: GPU0, GPU2 (TP, PP and DP coordinates the same)." */
  groupLine: (rank: number, dim: Dim, members: number[], f: Format) => string;
  /** The report's sentence for GPU0's groups, checked against the layout. */
  fig5Check: (dim: Dim, partner: number, holds: boolean, f: Format) => string;
  /** The grid's name (its text is the GPUs and their coordinates). */
  gridLabel: string;
  /** "in the group" marker under a GPU in the chosen group. */
  inGroup: string;

  // ── Table 4 ──
  t4Heading: string;
  t4Label: string;
  t4Columns: { row: string; product: string; computed: string };
  t4Row: (c: Table4Check, f: Format) => string;
  /** Under a computed cell: the printed value and whether it matches: "printed 16,384 ✗". */
  t4Printed: (n: number, ok: boolean, f: Format) => string;
  /** The computed cells: "8·16·16·4 = 8,192", "16 × 4 × 131,072 = 8,388,608". */
  t4Product: (c: Table4Check, f: Format) => string;
  t4Tokens: (c: Table4Check, f: Format) => string;
  /** Under the table: what does not add up, and that one DP fixes both. */
  t4Note: (c: Table4Check, f: Format) => string;
  /** What the widget takes from the table. */
  t4Uses: (f: Format) => string;

  // ── Notes, announcement, data, sources ──
  note: (n: CpNote, f: Format) => string;
  /** Spoken once after a change settles. */
  announce: (r: CpOk, f: Format) => string;
  dataSummary: string;
  dataLabel: string;
  dataColumns: { rank: string; chunks: (splitName: string) => string; pairs: (splitName: string) => string; flops: string };
  /** "0 and 31". */
  chunkPair: (pair: readonly [number, number], f: Format) => string;
  sources: Cited;
}

export const messages = catalogueKey<ContextParallelMessages>('context-parallel');
