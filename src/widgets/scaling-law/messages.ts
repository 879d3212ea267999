// Every word scaling-law shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): controls, the
// readout of every law at the budget, both charts' titles, legends and descriptions, flatness, the Llama table,
// notes, the data table and the sources. Numbers come in as numbers and are printed with the reader's Format. A
// sentence with names in it is returned as parts: text and the nodes the view makes with `name` (a person's or a
// model's name, kept as written in every language), drawn by RichText.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { FieldRefusal, LawId, LawIssue, Placement, Reenactment, ScalingOk, StateIssue } from './model';

/** Words with slots the view fills (names set apart from the prose): a catalogue never imports React. */
export type Rich<N> = (string | N)[];

export interface ScalingLawMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  /** Said plainly above everything: the curves are Chinchilla's published surface, not Llama 3's measurements. */
  caveat: <N>(name: (text: string) => N) => Rich<N>;

  // ── Controls ──
  budgetSlider: string;
  /** The exact budget field's label. */
  budgetField: string;
  /** A budget beside the slider: "3.8 × 10²⁵ FLOPs (the 405B)". */
  budgetValue: (flops: number, f: Format) => string;
  /** Heading of the reader's own law. */
  customLegend: string;
  alphaField: string;
  AField: string;
  /** Under a field whose text was refused (never repeats the text). */
  fieldError: (e: FieldRefusal, f: Format) => string;
  /** The loss surface used (only one is offered), with its coefficients. */
  surfaceLine: <N>(f: Format, name: (text: string) => N) => Rich<N>;

  // ── Readout at the budget ──
  readoutHeading: (flops: number, f: Format) => string;
  readoutColumns: { law: string; tokens: string; params: string };
  /** Under the readout: where the parameters come from. */
  readoutKey: string;
  /** A law's name in the readout, legends and sentences. */
  lawName: Record<LawId, string>;
  /** Where a law comes from (under its name in the readout). */
  lawSource: (id: LawId, customIsText: boolean) => string;
  /** A law that gives no usable split at the budget (in its row). */
  lawIssue: (issue: LawIssue, f: Format) => string;
  /** Spoken once after a change settles. */
  announce: (r: ScalingOk, f: Format) => string;

  // ── IsoFLOP chart ──
  isoTitle: string;
  /** The chart's text description (role="img"). */
  isoLabel: (r: Reenactment, f: Format) => string;
  isoAxisX: string;
  isoAxisY: string;
  /** A budget's label on its curve: "6 × 10¹⁸". */
  isoBudget: (flops: number, f: Format) => string;
  isoLegend: { run: string; parabola: string; minimum: string };

  // ── Law chart ──
  lawTitle: string;
  lawLabel: (r: ScalingOk, f: Format) => string;
  lawAxisX: string;
  lawAxisY: string;
  lawLegend: { minima: string; stated: string; llama: string; runs: string; budget: string };
  /** A model's label on the chart: "8B", "Llama 2 70B". */
  placementLabel: (p: Placement) => string;

  // ── Flatness ──
  flatHeading: string;
  /** The loss penalty of a model `factor`× off the optimal size at the smallest and largest runs and at the budget, and the report's reason. */
  flatText: (r: ScalingOk, factor: number, f: Format) => string;

  // ── Llama models ──
  llamaHeading: string;
  llamaColumns: { model: string; tokens: string; flops: string; perParam: string; over: string };
  placementName: (p: Placement) => string;
  /** Where the model's token figure comes from (under its name). */
  placementSource: (p: Placement) => string;
  placementTokens: (p: Placement, f: Format) => string;
  llamaNote: (f: Format) => string;

  // ── Notes ──
  /** The report's stated 402B / 16.55T, and what each printed form gives. */
  statedNote: (r: ScalingOk, f: Format) => string;
  exponentNote: (r: ScalingOk, f: Format) => string;
  beyondNote: (r: ScalingOk, f: Format) => string;
  belowNote: (f: Format) => string;
  procedureNote: (f: Format) => string;

  // ── Data table of the runs ──
  /** Summary of the closed disclosure holding the notes. */
  notesSummary: string;
  dataSummary: string;
  dataLabel: string;
  dataColumns: { budget: string; sizes: string; fitted: string; fittedTokens: string; exact: string; loss: string; smaller: (factor: number, f: Format) => string; larger: (factor: number, f: Format) => string };

  sources: <N>(name: (text: string) => N) => Rich<N>;

  // ── Impossible states (no URL gives one: the schema refuses) ──
  impossible: string;
  issue: (e: StateIssue, f: Format) => string;
}

export const messages = catalogueKey<ScalingLawMessages>('scaling-law');
