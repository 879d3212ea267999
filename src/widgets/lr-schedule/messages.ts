// Every word lr-schedule shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): controls, the
// readout, the clamp message, the panels' titles, legends and descriptions, the step-count check, the notes on what
// the report does not give, the data table and the sources. Numbers come in as numbers and are printed with the
// reader's Format.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { Axis, Clamp, FieldRefusal, MarkId, ModelId, Reading, ScheduleResult, Stage, StepCheck } from './model';

export interface LrScheduleMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  axisLegend: string;
  /** "Tokens seen", "Optimizer steps". */
  axisOption: (axis: Axis) => string;
  modelLegend: string;
  /** "405B (drawn)", "70B (peak only)". */
  modelOption: (model: ModelId) => string;
  /** The log-scale toggle of the learning-rate panel. */
  logToggle: string;
  /** The scrub slider's label on an axis. */
  atSlider: (axis: Axis) => string;
  /** The position beside the slider: "2.87T tokens", "step 358,782". */
  atValue: (at: number, axis: Axis, f: Format) => string;
  /** What a screen reader hears on the slider (the position with the learning rate there). */
  atValueText: (at: number, axis: Axis, r: Reading, f: Format) => string;
  /** The exact field's label. */
  atField: (axis: Axis) => string;
  /** Under the exact field when its text was refused (never repeats the text). */
  fieldError: (e: FieldRefusal, f: Format) => string;

  // ── A URL `at` past the run ──
  /** Shown above the readout: what was asked, and that the end is shown. */
  clampMessage: (c: Clamp, f: Format) => string;
  /** The same as a phrase for the shell's URL notice ("past the run's end, 15.6T tokens"). */
  clampReason: (c: Clamp, f: Format) => string;

  // ── Readout ──
  readoutHeading: string;
  readoutRows: { tokens: string; step: string; lr: string; batch: string; seq: string; stage: string };
  /** `exact`: with every digit in brackets (the data table); the readout shows the short form. */
  tokensCell: (tokens: number, exact: boolean, f: Format) => string;
  stepCell: (steps: number, f: Format) => string;
  lrCell: (lr: number, f: Format) => string;
  batchCell: (batchTokens: number, f: Format) => string;
  /** null: inside the long-context span (six stages, 8K to 128K, lengths not given). */
  seqCell: (seqLen: number | null, stages: number, f: Format) => string;
  stageName: (stage: Stage) => string;
  /** Spoken once after a change settles. */
  announce: (r: ScheduleResult, f: Format) => string;
  /** Under the readout for 8B and 70B: their peak, and that nothing else of their schedule is given. */
  modelNote: (model: ModelId, peak: number, f: Format) => string;

  // ── Charts ──
  lrTitle: string;
  batchTitle: string;
  compareTitle: string;
  /** The comparison's x axis: the fraction of the cosine. */
  compareAxisTitle: string;
  /** The shared x axis's title. */
  axisTitle: (axis: Axis) => string;
  lrChartLabel: (r: ScheduleResult, log: boolean, f: Format) => string;
  batchChartLabel: (r: ScheduleResult, f: Format) => string;
  compareChartLabel: (check: StepCheck, f: Format) => string;
  legendLr: string;
  legendLongContext: (f: Format) => string;
  legendAnneal: (f: Format) => string;
  legendCursor: string;
  legendPeak: (model: ModelId, peak: number, f: Format) => string;
  /** The peak marker's label on the chart (short). */
  peakLabel: (model: ModelId, peak: number, f: Format) => string;
  legendBatch: string;
  legendSeq: (f: Format) => string;
  /** A sequence length inside the strip: "8,192". */
  stripLabel: (seqLen: number, f: Format) => string;
  legendLlamaNorm: (f: Format) => string;
  legendIsoflop: (f: Format) => string;
  legendRunEnd: (check: StepCheck, f: Format) => string;
  /** Under the comparison, one line: why it is normalised. */
  compareCaption: string;
  /** In the notes: what is and is not drawn in the comparison. */
  compareNote: (f: Format) => string;
  /** The hint under the chart: pointer and keyboard. */
  chartHint: string;

  // ── Step-count check ──
  checkHeading: string;
  /** Paragraphs: the sum, the comparison with 1.2M, powers of two, what the report does not give. */
  checkBody: (check: StepCheck, f: Format) => string[];

  // ── Notes ──
  /** The 1.2M-includes-the-warm-up assumption, always shown (in the step-count check). */
  assumption: (f: Format) => string;
  /** The disclosure holding the notes. */
  notesSummary: string;
  notes: (r: ScheduleResult, f: Format) => string[];

  // ── Data table ──
  dataSummary: string;
  dataLabel: string;
  markName: (id: MarkId, f: Format) => string;
  dataColumns: { point: string; tokens: string; step: string; lr: string; batch: string; seq: string };
  /** The sources line. */
  sources: (f: Format) => string;
}

export const messages = catalogueKey<LrScheduleMessages>('lr-schedule');
