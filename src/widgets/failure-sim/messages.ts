// Every word failure-sim shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): controls, the
// closed-form readout and its messages, the run and the spread over runs, the two charts' titles, legends and
// descriptions, Table 5 (component and category names keyed by TABLE_5's ids), the notes and the sources. Numbers come
// in as numbers and are printed with the reader's Format.
import { catalogueKey } from '../../i18n/react';
import type { Table5Category } from '../../data/trainingAtScale';
import type { Format } from '../../lib/format';
import type { FieldRefusal } from '../../lib/text';
import type { Closed, Code, Run, Scale, SimState, Spread } from './model';

export interface FailureSimMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  rateLabel: string;
  /** Beside the rate slider: "7.76 a day (one every 3.09 h)"; `report` when it is the report's rate. */
  rateValue: (perDay: number, report: boolean, f: Format) => string;
  ckptLabel: string;
  writeLabel: string;
  restartLabel: string;
  /** A duration given in minutes or seconds, for the sliders: "30 min", "30 s". */
  minutes: (m: number, f: Format) => string;
  seconds: (s: number, f: Format) => string;
  scaleLegend: string;
  scaleOption: (scale: Scale) => string;
  seedLabel: string;
  seedError: (e: FieldRefusal<'seed'>, f: Format) => string;
  anotherRun: string;

  // ── Closed form ──
  closedHeading: string;
  /** The lines of the closed-form readout: the rates, E at τ, τ* and E at τ*. */
  closedLines: (c: Closed, s: SimState, f: Format) => string[];
  /** What a code means (below the target, free writes, τ* off the slider, a write longer than τ). */
  codeMessage: (code: Code, c: Closed, s: SimState, f: Format) => string;
  /** Spoken once after a change settles (the closed form; the runs arrive later and are not spoken). */
  announce: (c: Closed, s: SimState, f: Format) => string;

  // ── The runs ──
  runHeading: (seed: number, f: Format) => string;
  /** While the runs are computed (same height as the result). */
  pending: string;
  runLine: (run: Run, f: Format) => string;
  shareNames: { useful: string; lost: string; writing: string; restarting: string };
  /** "Useful 87.9%" in the stacked bar's key. */
  shareItem: (name: string, share: number, f: Format) => string;
  spreadHeading: (runs: number, f: Format) => string;
  spreadLine: (sp: Spread, c: Closed, f: Format) => string;

  // ── Efficiency chart ──
  chartTitle: string;
  chartLabel: (c: Closed, s: SimState, f: Format) => string;
  axisTitle: string;
  /** Tick labels of the interval axis: "1 min", "1 h". */
  minutesShort: (m: number, f: Format) => string;
  legendCurve: string;
  legendRuns: (runs: number, f: Format) => string;
  legendSweep: string;
  legendTau: string;
  legendYoung: string;
  legendTarget: string;
  targetLabel: string;
  youngLabel: string;
  dataSummary: string;
  dataColumns: { interval: string; closed: string; simulated: string };
  /** The row names of the data table: the chosen τ, τ*, a sweep point. */
  dataRow: (kind: 'tau' | 'young' | 'sweep', minutes: number, f: Format) => string;

  // ── Timeline ──
  timelineTitle: (seed: number, f: Format) => string;
  timelineLabel: (run: Run, f: Format) => string;
  legendFailure: string;
  legendPlanned: string;
  dayLabel: (d: number, f: Format) => string;

  // ── Table 5 ──
  t5Heading: string;
  t5Columns: { component: string; count: string; share: string; printed: string };
  component: Record<string, string>;
  category: Record<Table5Category, string>;
  /** A category's header row: "GPU: 268 = 64.0% (printed 58.7%)". */
  categoryRow: (category: Table5Category, count: number, share: number, printedPercent: number, f: Format) => string;
  typoMark: string;
  totalRow: string;
  /** Below the table: the typo and what it does to the sum and to "GPU issues 58.7%". */
  typoNote: (f: Format) => string;

  // ── Notes and sources ──
  notesSummary: string;
  notes: (s: SimState, c: Closed, f: Format) => string[];
  sources: string;
}

export const messages = catalogueKey<FailureSimMessages>('failure-sim');
