// Every word rope-frequencies shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): labels,
// the chart's axes and lines, the methods' formulas and constants with their sources, the issues and notes, the
// forgotten-rope_scaling panel, the data table, the announcer's sentence and the screen-reader description. Numbers
// come in as numbers (model.ts) and are printed with the reader's Format.
// A sentence with inline parts is a list of Parts: text, a source note ({ cite }: drawn by Cite, which links the
// report's sections), code ({ code }: names from the code, never translated), a formula ({ math }: notation, not
// prose) or a figure to stress ({ strong }). The view draws them (RopeFrequencies.tsx PartsText).
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type {
  Band, CurveId, ErrorSummary, LimitKey, Method, MethodDetail, MethodField, NumberRefusal, RampChoice, RefLine, RopeIssue,
  RopeNote, RopeSummary,
} from './model';

export type Part = string | { cite: string } | { code: string } | { math: string } | { strong: string };
export type Parts = readonly Part[];

/** The fields a reader types, by their LIMITS key. */
export type TypedField = LimitKey;

export interface RopeFrequenciesMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  /** The group of the schedule's controls (base, head dimension, the reader's line). */
  scheduleLegend: string;
  /** The group of the scaling's controls. */
  scalingLegend: string;
  /** Label of each typed field. */
  fieldLabel: Record<TypedField, string>;
  /** A preset base button: "10,000 · Llama 2". */
  basePreset: (base: number, f: Format) => string;
  /** The group of base preset buttons (its accessible name). */
  basePresetsLabel: string;
  headDimLegend: string;
  headDimOption: (headDim: number, f: Format) => string;
  methodLabel: string;
  methodOption: Record<Method, string>;
  rampLegend: string;
  rampOption: Record<RampChoice, string>;
  /** The sequence-length and position sliders (powers of two), beside their exact fields. */
  seqLenSlider: string;
  positionSlider: string;
  /** A length with its unit: "8,192 tokens". */
  tokens: (n: number, f: Format) => string;
  /** A position: "position 131,071". */
  positionValue: (n: number, f: Format) => string;
  /** The buttons that jump to a named position, and their group's name. */
  positionPreset: (n: number, f: Format) => string;
  positionPresetsLabel: string;
  /** Under a typed field: why the text was refused (never repeats it). */
  numberError: (e: NumberRefusal, f: Format) => string;

  // ── The spectrum ──
  /** One line above the chart: pairs, the wavelength range. */
  headline: (s: RopeSummary, f: Format) => Parts;
  legendOriginal: string;
  /** A scaled curve in the legends and column heads. */
  curveName: Record<CurveId, string>;
  /** Axis titles: wavelength (left), θ (right), pair index (below). */
  axisWavelength: string;
  axisTheta: string;
  axisPair: string;
  /** A reference line's label in the chart (short: "4K", "2,048"). */
  lineLabel: (line: RefLine, f: Format) => string;
  spectrumTitle: (description: string) => string;
  /** The table of reference lines and counts. */
  linesCaption: string;
  lineColumn: string;
  /** Heads of the count columns: the original (with the number of pairs), then each scaled curve. */
  longerColumn: (pairs: number, f: Format) => string;
  longerScaledColumn: (curve: CurveId) => string;
  /** A reference line named: "8,192 — Llama 3’s context; Llama 3.1’s ÷ 8 bound". */
  lineName: (line: RefLine, f: Format) => string;


  // ── The scaling ──
  impossible: string;
  issue: (issue: RopeIssue, f: Format) => string;
  /** What the announcer says instead of a result. */
  impossibleAnnounced: (issues: string[]) => string;
  /** The method's formula, constants and derived values. */
  detail: (d: MethodDetail, pairs: number, f: Format) => Parts;
  note: (note: RopeNote, f: Format) => string;
  /** Heading of the ratio chart (stable text). */
  ratioHeading: string;
  ratioTitle: (description: string) => string;
  /** Left of a band strip (which curve's bands). */
  stripLabel: Record<CurveId, string>;
  /** A band's name in the strip, the legend and the table: "keep", "blend", "÷ 8". */
  bandName: (band: Band, factor: number, f: Format) => string;
  /** The legend of a band, with what its ratio is. */
  bandLegend: (band: Band, factor: number, f: Format) => string;
  /** "29 kept, 6 blended, 29 ÷ 8". */
  bandCounts: (counts: Record<Band, number>, factor: number, f: Format) => string;
  /** The band counts of the banded curves, named, as a sentence after the rule's detail, with the
   *  language's separator before it (English: a space): " Llama 3.1’s rule: 29 kept, 6 blended, 29 ÷ 8." */
  bandSummary: (curves: readonly { id: CurveId; counts: Record<Band, number> }[], factor: number, f: Format) => string;
  /** A run of one band inside a strip, when there is room: "keep: 29". */
  bandRun: (band: Band, count: number, factor: number, f: Format) => string;
  /** The 1/s line of the ratio chart. */
  divideLine: (factor: number, f: Format) => string;
  /** Axis title of the ratio chart. */
  axisRatio: string;

  // ── Forgotten rope_scaling ──
  forgotHeading: Parts;
  /** What the panel computes, for the state's method (true: Llama 3.1 as shipped, the bug proper). */
  forgotWhat: (method: Exclude<Method, 'none'>, asShipped: boolean) => Parts;
  /** The numbers at the chosen position, for one curve (named when there are two). */
  forgotResult: (e: ErrorSummary, pairs: number, curve: CurveId | null, f: Format) => Parts;
  /** Why such ports pass short prompts (Llama 3.1) or how the error grows (other methods). */
  forgotWhy: (e: ErrorSummary, asShipped: boolean, f: Format) => Parts;
  /** Method none, or an impossible scaling: nothing to forget. */
  forgotNothing: string;
  errorTitle: (description: string) => string;
  axisError: string;
  /** The π line, and the hatched zone above it. */
  piLabel: string;
  piLegend: string;

  // ── Data table ──
  /** The summary of the closed disclosure that holds the table: what it holds (scaled: a method's columns are there). */
  tableSummary: (pairs: number, scaled: boolean, f: Format) => string;
  tableScroll: (pairs: number, f: Format) => string;
  tableCaption: string;
  colPair: string;
  colWavelength: string;
  colOriginal: string;
  colScaled: (curve: CurveId) => string;
  colRatio: (curve: CurveId) => string;
  colBand: (curve: CurveId) => string;
  colGamma: (curve: CurveId) => string;
  /** A note under the table: the precision. */
  tableNote: string;

  /** The summary of the closed disclosure that holds the sources. */
  sourcesSummary: string;
  /** Where every input number and formula comes from (inside that disclosure). */
  sources: (method: Method, f: Format) => Parts;
  /** Why a URL field is not used by the method (the embed page's notice). */
  unusedReason: (field: MethodField, usedBy: readonly Method[]) => string;

  /** Spoken once the controls settle. */
  announce: (s: RopeSummary, position: number, f: Format) => string;
  /** The screen-reader description of the whole state (the spectrum chart's name). */
  describe: (s: RopeSummary, f: Format) => string;
  /** Names of the ratio and error charts. */
  describeRatio: (s: RopeSummary, f: Format) => string;
  describeErrors: (s: RopeSummary, f: Format) => string;
}

export const messages = catalogueKey<RopeFrequenciesMessages>('rope-frequencies');
