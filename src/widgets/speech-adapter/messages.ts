// Every word speech-adapter shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): the
// controls and the reader's file, the timeline from mel frames to language-model tokens, the token counts, the
// spectrogram with its token grid and table, the parameters (◐) and the notes. Numbers come in as numbers and are
// printed with the reader's Format.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { FileProblem, SampleId, SpecResult, Stage, StageId, TokenSummary } from './model';

export interface SpeechAdapterMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  /** The seconds slider (the bundled sample's length). */
  secondsLabel: string;
  /** Beside the slider: "10 s". */
  secondsValue: (s: number, f: Format) => string;
  /** Under the slider while a file is shown: the slider sets the timeline only, the file keeps its own length. */
  secondsFileHint: string;
  sampleLegend: string;
  sampleOption: Record<SampleId, string>;
  /** The file input's visible button and name. */
  fileButton: string;
  /** Beside the button: nothing is uploaded. */
  fileLabel: string;
  /** While the browser decodes the file. */
  fileDecoding: (name: string) => string;
  /** The file in use: its name, the seconds used, and whether it was cut to 60 s. */
  fileLoaded: (name: string, seconds: number, fullSeconds: number, truncated: boolean, f: Format) => string;
  /** Why a file could not be used. */
  fileProblem: (p: FileProblem, f: Format) => string;
  /** Button: drop the file, show the bundled sample again. */
  backToSample: string;
  /** The ◐ mark's meaning, shown once near the top. */
  secondaryNote: string;

  // ── Timeline ──
  timelineTitle: string;
  /** A stage's numbers: the time one vector covers, vectors per second, vectors in the chosen seconds. */
  stageNums: (stage: Stage, seconds: number, f: Format) => string;
  stageName: Record<StageId, string>;
  /** What the stage is, with ◐ where the carriers give it. */
  stageDetail: (id: StageId, f: Format) => string;
  /** "10 ms" in a cell. */
  ms: (v: number, f: Format) => string;
  /** "12.5/s" in a cell. */
  perSecond: (v: number, f: Format) => string;
  /** The strip of the first 320 ms: title, row labels, the SVG's name. */
  stripTitle: (ms: number, f: Format) => string;
  stripRow: { mel: string; enc: string; tok: string };
  stripLabel: (ms: number, f: Format) => string;
  /** The token count readout for `seconds` (nominal and, under the widget's conventions, exact). */
  countLines: (seconds: number, stages: Stage[], f: Format) => string[];
  /** How the widget counts the edges (the report does not say). */
  conventionsNote: string;

  // ── Spectrogram ──
  spectroTitle: (seconds: number, file: string | null, f: Format) => string;
  pending: string;
  /** The overview picture's name (role="img"). */
  overviewLabel: (r: SpecResult, at: number, f: Format) => string;
  /** The detail window slider. */
  windowLabel: string;
  windowValue: (at: number, f: Format) => string;
  /** The detail picture's name. */
  detailLabel: (r: SpecResult, at: number, rows: TokenSummary[], f: Format) => string;
  /** What a keyboard cell of the detail picture says: the token, its time span, the band's centre and its mean power. */
  cellText: (token: TokenSummary, hz: number, value: number, f: Format) => string;
  /** Legend of the grid over the detail picture. */
  gridLegend: { enc: string; tok: string; shade: string };
  axisTime: string;
  axisHz: string;
  /** The table of the window's tokens: summary line, caption and columns. */
  tableSummary: (n: number, f: Format) => string;
  tableColumns: { token: string; span: string; mean: string; peak: string };
  span: (from: number, to: number, f: Format) => string;
  hz: (v: number, f: Format) => string;
  /** The mel conventions (the report states none) and the computation time. */
  melNote: (r: SpecResult, f: Format) => string;
  /** Spoken once when a spectrogram arrives. */
  announce: (r: SpecResult, f: Format) => string;

  // ── Parameters ──
  paramsTitle: string;
  paramLines: (f: Format) => string[];

  // ── Notes and sources ──
  notesSummary: string;
  notes: (f: Format) => string[];
  sources: string;
}

export const messages = catalogueKey<SpeechAdapterMessages>('speech-adapter');
