// The words of param-counter: labels, headings, notes, each field's problem (a failure code of the shared number
// parser, src/lib/text.ts, or an issue of src/lib/llama validateShape), the equations' words, the announcer's
// sentences, the reason an embed URL's field is not used, and the screen-reader description. Model names, token
// counts and sources come from src/data; the label of a custom shape is the shell's (components/messages.ts).
import type { Cited } from '../../components/Cite';
import { type ModelConfig, type TrainingTokens } from '../../data/models';
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { type ComponentId, type FieldProblem, type InputField, type ModelChoice, type ParamCounterSummary, type ReportCheck, type ShapeField } from './model';
import type { BreakdownView } from './chart';

/** Which note goes under the context or token field: the model's default, or the reader's own value (runSources). */
type RunSource = 'default' | 'own';

export interface ParamCounterMessages {
  /** The widget's name and one-sentence summary (figure captions, gallery, embed page). */
  title: string;
  summary: string;
  /** A preset's name (src/data), or the shell's one label for a custom shape. */
  modelName: (choice: ModelChoice) => string;
  modelLabel: string;
  /** Under the model menu: a preset's shapes and source, or what a custom shape allows. */
  presetHint: (preset: ModelConfig) => Cited;
  customHint: string;
  /** Short field names, used in the field's messages and in the description. */
  fieldName: Record<InputField, string>;
  /** A shape field's label, with its symbol. */
  fieldLabel: Record<ShapeField, string>;
  tiedLabel: string;
  /** The words under a field for its problem. */
  fieldError: (field: InputField, problem: FieldProblem, f: Format) => string;
  /** Why an embed URL's shape field or `tied` is not used with a preset (model=custom uses them all). */
  unusedReason: (preset: ModelChoice) => string;
  parametersUnit: string;
  /** The total in short form, after the exact one. */
  totalShort: (total: bigint, f: Format) => string;
  /** Head dimension and group size, under the total. */
  derived: (headDim: number, groupSize: number, f: Format) => string;
  invalid: string;
  announceTotal: (choice: ModelChoice, total: bigint, f: Format) => string;
  announceInvalid: string;

  breakdownHeading: string;
  viewLegend: string;
  view: Record<BreakdownView, string>;
  /** A component's name, in the chart and the table. */
  component: Record<ComponentId, string>;
  /** The shape of a tied LM head. */
  sharedFormula: string;
  breakdownSummary: string;
  breakdownCaption: string;
  breakdownColumns: { component: string; shape: string; params: string; share: string };
  total: string;

  memoryHeading: string;
  memoryScroll: string;
  memoryCaption: string;
  memoryColumns: { precision: string; bytes: string; size: string };
  bytesPerParam: (bytes: number, f: Format) => string;
  memoryNote: string;

  computeHeading: string;
  forwardHeading: string;
  ctxLabel: string;
  /** Under the context field: what the default is and where it comes from, or that the value is the reader's own. */
  ctxNote: (source: RunSource, choice: ModelChoice, from: ModelConfig, ctx: number, f: Format) => Cited;
  /** The forward-FLOPs lines: text before each exact figure, and after the attention term. */
  eqLinear: (matmulParams: bigint, f: Format) => string;
  eqAttention: (layers: number, ctx: number, dim: number, f: Format) => string;
  eqAttentionAfter: string;
  eqForwardTotal: (total: bigint, f: Format) => string;
  forwardNote: (twoN: bigint, f: Format) => Cited;
  trainingHeading: string;
  tokensLabel: string;
  /** Under the token field: the model's documented count, or that the value is the reader's own. */
  tokensNote: (source: RunSource, choice: ModelChoice, tokens: TrainingTokens, f: Format) => Cited;
  eqTrainingProduct: (total: bigint, tokens: number, f: Format) => string;
  eqTrainingExact: { before: string; after: string };
  eqTrainingApprox: (flops: bigint, f: Format) => string;
  reportCheck: (check: ReportCheck, f: Format) => Cited;
  trainingNote: string;

  /** What a screen reader hears for the configuration on screen. */
  describe: (summary: ParamCounterSummary, f: Format) => string;
}

export const messages = catalogueKey<ParamCounterMessages>('param-counter');
