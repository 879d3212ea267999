// Every word parallelism-planner shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts):
// controls, Table 4 presets, impossible states, per-GPU memory and its assumptions, the pipeline and the step, the
// time to train, the rank layout, notes and sources. Numbers come in as numbers and are printed with the reader's
// Format (never preformatted).
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { Table4Row } from '../../data/trainingAtScale';
import type { Coords, FieldRefusal, LayoutDim, PlanIssue, PlanModel, PlanOk } from './model';

export type MemoryTerm = 'weights' | 'gradients' | 'optimizer' | 'activations';

export interface ParallelismPlannerMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;
  /** Latin abbreviations this language keeps in its own text (drawn translate="no"); empty in English. */
  latinTerms: readonly string[];

  // ── Controls ──
  modelLabel: string;
  /** A model in the picker: "Llama 3.1 405B (405.9B parameters)". */
  modelOption: (model: PlanModel, params: number, f: Format) => string;
  presetsLegend: string;
  /** A preset button: "Row 1: 8,192 GPUs, 8K". */
  presetButton: (row: number, printed: Table4Row, f: Format) => string;
  layoutLegend: string;
  gpusField: string;
  /** The picker of TP, CP or PP (its options are the sizes that keep DP whole). */
  dimLabel: Record<'tp' | 'cp' | 'pp', string>;
  /** DP beside the pickers: its label, and its value (derived, or the printed value that does not fit). */
  dpLabel: string;
  dpValue: (dp: number, consistent: boolean, f: Format) => string;
  batchLegend: string;
  fieldLabel: Record<'seqLen' | 'mbs' | 'm' | 'v' | 'mfu', string>;
  /** Under a field whose text was refused (never repeats the text). */
  fieldError: (e: FieldRefusal, f: Format) => string;

  // ── Impossible states and warnings ──
  impossible: string;
  issue: (i: PlanIssue, f: Format) => string;
  /** The button that sets the DP which makes the product right. */
  fixDp: (dp: number, f: Format) => string;
  impossibleAnnounced: (issues: string[]) => string;
  /** Why the URL's dp was not used (the shell's notice on embed pages). */
  dpAdjusted: (fixDp: number | null, f: Format) => string;

  /** The results line, also announced once per change. */
  resultLine: (r: PlanOk, f: Format) => string;
  /** "Table 4 row 1" when the state is a printed row. */
  rowsMatch: (rows: number[], f: Format) => string;

  // ── Memory ──
  memHeading: string;
  memTotal: (r: PlanOk, f: Format) => string;
  memTerm: Record<MemoryTerm, string>;
  /** How a term is computed, with the state's numbers: "2 B × 1.61B parameters". */
  memFormula: (term: MemoryTerm, r: PlanOk, f: Format) => string;
  memTotalRow: string;
  memCapacityRow: string;
  /** The bar's text alternative. */
  memDescribe: (m: Record<MemoryTerm | 'total', number>, capacity: number, f: Format) => string;
  /** The 80 GB line's label. */
  capacityLabel: (bytes: number, f: Format) => string;
  /** What the first pipeline rank is and what is not counted. */
  memScope: string;
  assumptionsLegend: string;
  optLegend: string;
  optOption: Record<'12' | '8', string>;
  gradsLegend: string;
  gradsOption: Record<'sharded' | 'accumulated', string>;
  ffnLegend: string;
  ffnOption: Record<'2' | '4', string>;
  memTableLabel: string;

  // ── Pipeline and step ──
  stepHeading: string;
  /** Label and value rows: bubble, tokens per step, sequences per micro-batch, tokens/s, step time. */
  stepRows: (r: PlanOk, f: Format) => [string, string][];

  // ── Time to train ──
  trainHeading: string;
  attnToggle: string;
  trainRows: (r: PlanOk, f: Format) => [string, string][];
  /** The peak the site divides by, and that the report does not state its own. */
  peakNote: string;

  // ── Layout ──
  layoutHeading: string;
  /** The strides of the four dimensions in the global rank. */
  strides: (r: PlanOk, f: Format) => string;
  /** How to use the grid. */
  gridHelp: string;
  gridLabel: string;
  /** A GPU's accessible name: "GPU 5, TP 1, CP 0, PP 1, DP 0". */
  gpuName: (rank: number, c: Coords, f: Format) => string;
  /** The short mark of a group in a cell (not colour alone): "T", "C", "P", "D". */
  groupMark: Record<LayoutDim, string>;
  /** One line per group of the chosen GPU: "TP group (solid outline, T): GPU 4 and GPU 5". */
  groupLine: (dim: LayoutDim, rank: number, members: number[], f: Format) => string;
  /** For large counts: GPU 0's group along one dimension in words. */
  groupSummary: (dim: LayoutDim, g: { size: number; first: number; second: number | null; last: number; stride: number }, f: Format) => string;
  /** Figure 5's check: GPU0/1 TP, 0/2 CP, 0/4 PP, 0/8 DP. */
  fig5Note: string;

  notesSummary: string;
  notes: readonly string[];
  sources: string;
}

export const messages = catalogueKey<ParallelismPlannerMessages>('parallelism-planner');
