// Every word rlhf-memory shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): the controls,
// the result line of the highlighted method, the three methods side by side (a stacked bar per resident model), the
// exact table, the notes on what is and is not counted, and the sources. Numbers come in as numbers and are printed
// with the reader's Format.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { FieldProblem } from '../param-counter/model';
import type { MemNote, MemResult, MethodResult, ModelChoice, ModelId, Optimizer, RlhfMethod, RlhfRole, ShapeField, WeightDtype } from './model';

/** The three kinds of state a model holds: weights (every model), gradients and optimizer state (trained ones). */
export type StateKind = 'weights' | 'gradients' | 'optimizer';

export interface RlhfMemoryMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  /** One line above the controls: what is counted. */
  intro: string;
  modelLabel: string;
  /** A model's name in the model select (the data's name is used; this may add words). */
  modelOption: (id: ModelId, name: string) => string;
  /** Under the custom fields: where they start and how large a shape may be (MAX_CUSTOM_PARAMS). */
  customHint: (maxParams: number, f: Format) => string;
  /** A custom shape field's label, with its symbol (param-counter's words). */
  fieldLabel: Record<ShapeField, string>;
  /** The tied-embedding toggle of a custom shape (param-counter's words). */
  tiedLabel: string;
  /** The words under a custom field for its problem (param-counter's: a parse failure or a validateShape issue). */
  fieldError: (field: ShapeField, problem: FieldProblem, f: Format) => string;
  /** In place of the results when a custom shape is not valid (announced). */
  invalid: string;
  /** In place of the results when a custom shape has more parameters than the widget counts exactly (announced). */
  tooLarge: (params: bigint, max: number, f: Format) => string;
  /** Why an embed URL's shape field or `tied` is not used with a released model. */
  unusedReason: (model: ModelChoice) => string;
  methodLegend: string;
  /** A method's short name (segmented control, card headings, table). */
  methodName: Record<RlhfMethod, string>;
  dtypeLegend: string;
  dtypeOption: Record<WeightDtype, string>;
  optimizerLabel: string;
  /** An optimizer with its bytes per trained parameter. */
  optimizerOption: Record<Optimizer, string>;
  /** Toggle: DPO's reference log-probabilities computed once and cached. */
  cachedLabel: string;
  /** Toggle: GRPO keeps its KL term (a reference model); off = β 0, TRL's default. */
  grpoklLabel: string;

  // ── Result of the highlighted method ──
  /** The result line (also announced): method, model, resident models, bytes, GPUs, generation. */
  result: (r: MemResult, f: Format) => string;
  /** Under the result: bytes per parameter of each kind in use. */
  precisionLine: (r: MemResult, f: Format) => string;
  note: (code: MemNote) => string;

  // ── Side by side ──
  sideHeading: (model: string) => string;
  /** Under the key: every bar is drawn on one scale. */
  scaleNote: string;
  /** The label on the highlighted method's card (not colour alone). */
  highlighted: string;
  /** The key of the bars' three kinds of state. */
  kind: Record<StateKind, string>;
  /** A key entry: the kind with its pattern ("Gradients (striped)"). */
  keyLabel: (k: StateKind) => string;
  role: Record<RlhfRole, string>;
  /** Beside a role: trained or frozen. */
  trained: (trained: boolean) => string;
  /** A bar's accessible name: the role and its bytes by kind. */
  barLabel: (role: RlhfRole, trained: boolean, w: number, g: number, o: number, f: Format) => string;
  /** The accessible name of a method's total bar: its bytes by kind. */
  totalBarLabel: (m: MethodResult, f: Format) => string;
  /** A card's total and GPUs. */
  cardTotal: (m: MethodResult, f: Format) => string;
  cardGpus: (m: MethodResult, f: Format) => string;
  /** Whether the method generates text from the policy at each step. */
  generates: (yes: boolean) => string;
  /** Model passes per training example. */
  passes: (m: MethodResult, f: Format) => string;

  // ── Exact table ──
  tableSummary: string;
  columns: { method: string; role: string; params: string; weights: string; gradients: string; optimizer: string; total: string };
  totalRow: (method: string) => string;

  // ── Notes and sources ──
  notesSummary: string;
  notes: (r: MemResult, f: Format) => string[];
  sources: string;
  /** Latin names this language keeps as they are (GRPO, AdamW, ZeRO …): marked translate="no" where the view prints them. */
  latinTerms: string[];
}

export const messages = catalogueKey<RlhfMemoryMessages>('rlhf-memory');
