// Every word rope-decay shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): labels, the
// readout, the charts' titles, legend and descriptions, the notes the model's codes call for, the caveat on what the
// decay does not explain, the data table and the sources. Numbers come in as numbers and are printed with the reader's
// Format. A sentence with inline parts is returned as pieces: text and `{ cite }` notes (Cited, drawn by CitedText), or
// text and the parts the view makes with the function it passes in (`name`: a person's or model's name, kept as
// written in every language), drawn by RichText (src/i18n/react.tsx).
import type { Cited } from '../../components/Cite';
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { Measure } from './chart';
import type { DecayIssue, DecayNote, DecayOk, FieldRefusal, LimitKey, Scaling, SeriesResult } from './model';

export interface RopeDecayMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  /** The base slider's label (the second curve's base, drawn against the reference base, 10,000). */
  baseSlider: (reference: number, f: Format) => string;
  /** The exact base field's label. */
  baseField: string;
  /** A base as the slider shows and speaks it: "500,000 (Llama 3)". */
  baseValue: (base: number, f: Format) => string;
  scalingLegend: string;
  /** A scaling option: "None", "Llama 3.1 (factor 8)". */
  scalingOption: (scaling: Scaling, f: Format) => string;
  headDimLegend: string;
  /** A head dimension option: "128 (Llama 3)". */
  headDimOption: (headDim: number, f: Format) => string;
  distanceSlider: string;
  distanceField: string;
  /** The distance beside the slider: "8,192 tokens". */
  distanceValue: (distance: number, f: Format) => string;
  /** What a screen reader hears on the distance slider: "8,192 tokens (8K)". */
  distanceValueText: (distance: number, f: Format) => string;
  /** Under a field whose text was refused (never repeats the text). */
  fieldError: (e: FieldRefusal, f: Format) => string;

  // ── Names ──
  /** A curve in a sentence, a legend or a table: "base 10,000 (Llama 2)", "base 500,000 with Llama 3.1 scaling". */
  seriesName: (s: Pick<SeriesResult, 'id' | 'base' | 'scaled'>, f: Format) => string;

  // ── Readout at the chosen distance ──
  readoutHeading: (distance: number, f: Format) => string;
  readoutColumns: { series: string; bound: string; ones: string; unturned: string };
  /** "14 of 64". */
  unturnedCell: (unturned: number, pairs: number, f: Format) => string;
  /** The readout table's name (its scroll region on narrow screens). */
  readoutLabel: (distance: number, f: Format) => string;
  /** One line under the readout: what the three columns are. */
  readoutKey: string;
  /** Spoken once after a change settles. */
  announce: (r: DecayOk, f: Format) => string;

  // ── Charts ──
  legendWrap: string;
  legendFall: string;
  legendDistance: string;
  panelTitle: Record<Measure, string>;
  /** The x axis title, in one line (wide) and two (narrow). */
  axisTitle: readonly [string, string];
  axisTitleLine: string;
  /** Label at a longest-wavelength line: "λ 54,410". */
  wrapLabel: (lambda: number, f: Format) => string;
  /** The panel's text alternative (aria-label of its SVG). */
  chartLabel: (measure: Measure, r: DecayOk, f: Format) => string;

  // ── Notes ──
  /** What the dotted line marks and what it does not mean. */
  wrapNote: (r: DecayOk, f: Format) => string;
  /** The bound is not a smooth decay: where it first rises, how often it rises between plotted distances. */
  fallNote: (r: DecayOk, f: Format) => string;
  /** How exact the plot is: every plotted distance exact, the segments between them not. */
  samplingNote: (points: number, pairs: number, fastestWavelength: number, f: Format) => string;
  /** With Llama 3.1's scaling on: the rule, in one sentence. */
  scalingNote: (f: Format) => string;
  note: (note: DecayNote, f: Format) => string;
  caveatHeading: string;
  caveat: <N>(name: (text: string) => N) => (string | N)[];
  /** Where every input comes from: report references as { cite } (they link), people's names through `name`. */
  sources: <N>(f: Format, name: (text: string) => N) => (string | N | Cited[number])[];

  // ── Data table ──
  dataSummary: string;
  dataLabel: string;
  distanceColumn: string;
  /** A measure column of one curve: "Bound, base 10,000". */
  measureColumn: (measure: Measure, seriesName: string) => string;
  /** A row's distance, marked when it is the chosen one or one of design V4's. */
  distanceRow: (distance: number, chosen: boolean, f: Format) => string;
  /** Under the table: which rows are special. */
  tableNote: (f: Format) => string;

  // ── An impossible state (only from a direct call of the model) ──
  impossible: string;
  issue: (issue: DecayIssue, f: Format) => string;
  /** The name of a field in an issue. */
  fieldName: Record<LimitKey, string>;
}

export const messages = catalogueKey<RopeDecayMessages>('rope-decay');
