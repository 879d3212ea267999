// Every word attention-cost shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): labels, the
// readout, the chart's legend, labels and description, the memory and bill sections, the notes, the data table and the
// sources. Numbers come in as numbers (bigints for FLOPs and bytes) and are printed with the reader's Format. A
// sentence with inline parts is returned as pieces: text and `{ cite }` (drawn by CitedText), or text and what the
// view's `name` makes (a person's or a project's name, kept as written in every language).
import type { Cited } from '../../components/Cite';
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { AttentionCounting } from '../../lib/llama';
import type { LineKind } from './chart';
import type { Bill, BillRow, CostIssue, CostModel, CostOk, DocTooLong, FieldRefusal, LimitKey, ModelRow, ScoreMemory } from './model';

export interface AttentionCostMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  modelLegend: string;
  /** A model option: "8B". */
  modelOption: (model: CostModel) => string;
  /** A model in a sentence: "Llama 3.1 405B". */
  modelName: (model: CostModel) => string;
  contextSlider: string;
  contextField: string;
  /** A token count beside a slider and in fields' speech: "131,072 tokens". */
  tokens: (n: number, f: Format) => string;
  /** What a screen reader hears: "131,072 tokens (128K)". */
  tokensText: (n: number, f: Format) => string;
  docSlider: string;
  docField: string;
  /** The document slider's value: "none" for 0, else tokens. */
  docValue: (n: number, f: Format) => string;
  tflopsField: string;
  /** Under the TFLOP/s field: where 380 comes from. */
  tflopsHint: (f: Format) => string;
  countLegend: string;
  countOption: Record<AttentionCounting, string>;
  /** Under a field whose text was refused (never repeats the text). */
  fieldError: (e: FieldRefusal, f: Format) => string;

  // ── Readout ──
  /** "Llama 3.1 405B at 131,072 tokens, training FLOPs per token (3 × forward)". */
  readoutHeading: (r: CostOk, f: Format) => string;
  readoutRows: { weights: string; attention: string; total: string; share: string; masked: (docLen: number, f: Format) => string };
  /** The formula of the counting in use, with the chosen context. */
  formula: (r: CostOk, f: Format) => string;
  /** Where attention equals the weights for the selected model, and what the mask does to that. */
  crossover: (r: CostOk, f: Format) => string;
  /** A document longer than the context: not used, and why. */
  docTooLong: (d: DocTooLong, f: Format) => string;
  /** The reason in the embed page's "adjusted" notice. */
  docTooLongReason: (context: number, f: Format) => string;
  /** Spoken once after a change settles. */
  announce: (r: CostOk, f: Format) => string;

  // ── Chart ──
  chartTitle: string;
  legend: { weights: string; attention: string; masked: (docLen: number, f: Format) => string; crossover: string; chosen: string; selected: string };
  /** Right-margin labels of the selected model's lines. */
  endLabel: Record<LineKind, string>;
  axisTitle: readonly [string, string];
  axisTitleLine: string;
  /** The chosen context's label at the top of its line. */
  chosenLabel: (context: number, f: Format) => string;
  /** The chart's text alternative. */
  chartLabel: (r: CostOk, f: Format) => string;
  /** Under the chart: what is exact and what is approximate. */
  chartNote: (r: CostOk, f: Format) => string;
  /** Which counting the report used for its TFLOPs and MFU: it does not say. */
  conventionNote: <N>(r: CostOk, f: Format, name: (text: string) => N) => (string | N)[];

  // ── Memory ──
  memoryHeading: string;
  memory: (m: ScoreMemory, r: CostOk, f: Format) => string;
  memoryRows: { naive: string; flash: string; perHead: string; perLayer: (heads: number, f: Format) => string };
  memoryNote: <N>(name: (text: string) => N) => (string | N)[];

  // ── Bill ──
  billHeading: string;
  billIntro: (b: Bill, f: Format) => Cited;
  billColumns: { context: string; perToken: string; flops: string; gpuDays: (tflops: number, f: Format) => string };
  billRow: (row: BillRow, f: Format) => string;
  billDelta: (b: Bill, f: Format) => string;
  billHonesty: (f: Format) => Cited;
  /** When another model is selected: the bill stays the 405B's. */
  billOtherModel: (model: CostModel) => string;

  // ── Data table ──
  dataSummary: string;
  dataCaption: (context: number, counting: AttentionCounting, f: Format) => string;
  dataColumns: { model: string; weights: string; attention: string; share: string; crossover: string };
  dataRow: (row: ModelRow, selected: boolean) => string;

  sources: <N>(f: Format, name: (text: string) => N) => (string | N | Cited[number])[];

  // ── An impossible state (only from a direct call of the model) ──
  impossible: string;
  issue: (issue: CostIssue, f: Format) => string;
  fieldName: Record<LimitKey, string>;
}

export const messages = catalogueKey<AttentionCostMessages>('attention-cost');
