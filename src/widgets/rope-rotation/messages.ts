// Every word rope-rotation shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): the controls,
// the pair's facts, the two diagrams, the "shift both" comparison, the dials, the data table, the notes, the errors
// under the fields (src/lib/text parseNumber failure codes; they never repeat what was typed), the announcer's
// sentence and the screen-reader descriptions. Numbers come in as numbers and are printed with the reader's Format.
// Symbols are notation, the same in every language: q, k, m, n, i, θ, λ, Δ, qₘ·kₙ.
import type { Cited } from '../../components/Cite';
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { BaseChoice, PairView, Refusal, RotationIssue, RotationNote, RotationOk } from './model';

/** The fields a reader types into. */
export type FieldKey = 'm' | 'n' | 'base' | 'seed' | 'shift';

export interface RopeRotationMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  /** The two position sliders: their name, the exact field's name, and the value with its unit. */
  position: Record<'m' | 'n', { label: string; fieldLabel: string }>;
  positionValue: (position: number, f: Format) => string;
  baseLegend: string;
  /** A base option: Llama 2's 10,000, Llama 3's 500,000, or a custom one. */
  baseOption: (choice: BaseChoice, f: Format) => string;
  customBaseLabel: string;
  /** The custom base, with its bounds and what they mean (model.ts baseEdges), below the field. */
  customBaseHint: (min: number, max: number, edges: { slowestWavelengthAtMin: number; slowestTurnsAtMax: number }, f: Format) => string;
  pairLabel: string;
  /** The pair slider's visible value: "16 · dims 32, 33". */
  pairValue: (pair: number, f: Format) => string;
  /** What a screen reader hears on the pair slider. */
  pairValueText: (pair: number, wavelength: number, f: Format) => string;
  seedLabel: string;
  newSeed: string;
  shiftLabel: string;
  shiftFieldLabel: string;
  shiftValue: (shift: number, f: Format) => string;
  /** Under a field; `key` names it. */
  fieldError: (key: FieldKey, e: Refusal, f: Format) => string;
  /** Why a URL's shift was changed (the shell's URL notice): the shifts that keep both positions in range. */
  adjustShift: (min: number, max: number, f: Format) => string;

  // ── An impossible state (only code can make one: the URL schema keeps values in bounds) ──
  impossible: string;
  issue: (issue: RotationIssue, f: Format) => string;
  impossibleAnnounced: (issues: string[]) => string;

  // ── The shown pair ──
  pairHeading: (r: RotationOk, f: Format) => string;
  /** θᵢ, its formula, the wavelength. */
  pairFrequency: (r: RotationOk, f: Format) => string;
  /** Turns completed at m and n, and over 8,192 and 131,072 positions. */
  pairTurns: (r: RotationOk, f: Format) => string;
  /** A frequency θ, radians per position: the same digits in the readout and the table. */
  frequency: (theta: number, f: Format) => string;
  /** The pair's lengths, which no rotation changes (the drawings show directions only), and its term of the score. */
  pairLengths: (r: RotationOk, f: Format) => string;
  /** A wavelength, positions: the same digits in the readout, the dials and the table. */
  wavelength: (lambda: number, f: Format) => string;
  /** A number of turns: decimals, or scientific form when tiny. */
  turns: (n: number, f: Format) => string;
  /** An angle between two vectors, in radians and degrees: "1.234 rad (70.7°)". */
  angle: (radians: number, f: Format) => string;
  /** A rotation in radians (it may be many turns): "3.761 rad". */
  radians: (radians: number, f: Format) => string;

  // ── The two diagrams ──
  diagramAt: (v: PairView, f: Format) => string;
  diagramShifted: (v: PairView, shift: number, f: Format) => string;
  /** Under each diagram: how far each vector turned and the angle between them. */
  diagramReadout: (v: PairView, f: Format) => string;
  diagramBetween: (v: PairView, f: Format) => string;
  /** Labels at the tips of the vectors in the drawing. */
  qLabel: string;
  kLabel: string;
  legend: string;
  /** The text alternative of one diagram. */
  describeDiagram: (r: RotationOk, v: PairView, f: Format) => string;

  // ── Shift both ──
  shiftHeading: string;
  shiftIntro: (f: Format) => string;
  scoresCaption: (f: Format) => string;
  scoreAt: (r: RotationOk, f: Format) => string;
  scoreShifted: (r: RotationOk, f: Format) => string;
  scoreDifference: string;
  scoreOffsetOnly: (r: RotationOk, f: Format) => string;
  scoreKeyOnly: (r: RotationOk, f: Format) => string;
  /**
   * The difference cell. null in the server's HTML and the render that hydrates it: the last bits of sin and cos
   * differ between engines (Node and Chromium), so the exact rounding residue is shown only once the page runs.
   */
  difference: (d: number | null, f: Format) => string;
  /** The change when only the key moves. */
  keyOnlyChange: (change: number, f: Format) => string;
  /** The sentence under the table: what stayed, what changed, and why (exact: false before hydration, as `difference`). */
  verdict: (r: RotationOk, f: Format, exact: boolean) => string;
  note: (note: RotationNote, f: Format) => string;

  // ── Dials ──
  dialsHeading: (m: number, f: Format) => string;
  dialsHint: string;
  /** The radio group's name. */
  dialsLabel: (m: number, f: Format) => string;
  /** Each dial's accessible name. */
  dialName: (pair: number, d: RotationOk['dials'][number], m: number, f: Format) => string;

  // ── Data table ──
  dataSummary: (m: number, n: number, f: Format) => string;
  dataScroll: string;
  dataCaption: (r: RotationOk, f: Format) => string;
  dataColumns: readonly [string, string, string, string, string, string, string];
  /** The dimensions of pair i in a table cell: "32, 33". */
  dimsCell: (pair: number, f: Format) => string;
  /** The table's last row: the sum of the pair terms, which is the score. */
  dataTotal: string;

  /** Where every input number comes from, and what the vectors are. */
  sources: (r: RotationOk, f: Format) => Cited;

  // ── What a screen reader hears ──
  /** Spoken once the controls settle. */
  announce: (r: RotationOk, f: Format) => string;
}

export const messages = catalogueKey<RopeRotationMessages>('rope-rotation');
