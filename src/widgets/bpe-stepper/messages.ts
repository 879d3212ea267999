// The words of the BPE stepper, one catalogue per language (src/i18n/locale.ts): the corpus names, controls,
// the status line and the announcer's sentences, notes, the merge table, the chart and its table, how the trainer
// works, and the screen-reader description. Numbers come in as numbers and are printed with the reader's Format;
// sentences that hold elements (a token box, a citation, code) take them as `N` and return their pieces in order.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { CorpusId } from './corpora';
import type { CorpusIssue, MergeShown, StepStats, StepperSummary, TokenPart } from './model';

export interface BpeStepperMessages {
  title: string;
  summary: string;
  corpusLabel: string;
  /** Each corpus's name in the menu ('custom': the reader's own text). */
  corpora: Record<CorpusId, string>;
  textBox: (max: number, f: Format) => string[];
  corpusIssue: (issue: CorpusIssue, f: Format) => string;

  steps: string;
  merge: string;
  slider: string;
  sliderValue: (step: number, available: number, f: Format) => string;
  sliderValueText: (step: number, available: number, f: Format) => string;
  /** Under the slider when the text allows fewer merges than the trainer's cap. */
  allows: (available: number, f: Format) => string;

  /** The status line: the latest merge with its token boxes (`tok` draws one), or the state before any merge. */
  status: <N>(m: MergeShown, tok: (which: 'left' | 'right' | 'made') => N, f: Format) => (string | N)[];
  noMerges: string;
  stats: (s: StepStats, f: Format) => string[];
  /** What the announcer says after a step: the latest merge or none, then the counts; '' with no text (`stats` null). */
  announce: (m: MergeShown | null, stats: StepStats | null, f: Format) => string;
  /** A token in words, for a screen reader: "space the", "bytes E4 BD". */
  tokenSpoken: (parts: readonly TokenPart[]) => string;
  /** The name of a white-space character drawn as `symbol` (its tooltip); `name` is src/lib/text.ts's English name. */
  whitespaceName: (symbol: string, name: string) => string;

  segHeading: string;
  segNote: (s: StepStats, f: Format) => string[];
  segRegion: string;

  tableHeading: string;
  noMergesTable: string;
  allMergesRegion: string;
  tableCaption: (rows: number, all: boolean, f: Format) => string;
  columns: { rank: string; pair: string; made: string; count: string };
  tokenId: (id: number, f: Format) => string[];
  showRecent: (n: number, f: Format) => string;
  showAll: (n: number, f: Format) => string;

  chartHeading: string;
  chartLabel: (before: number, after: number, merges: number, step: number, f: Format) => string;
  chartAxis: string;
  dataTable: string;
  chartCaption: string;
  chartColumns: { merges: string; tokens: string };
  chartRow: (merges: number, current: boolean, f: Format) => string[];

  howSummary: string;
  /** The steps of "How this trainer works", each as pieces: `code` sets code, `pattern` is Llama 3's pattern, `cite` the source. */
  how: <N>(x: { code: (text: string) => N; pattern: N; cite: N; maxMerges: number }, f: Format) => (string | N)[][];
  reportCite: string;

  describe: (s: StepperSummary, f: Format) => string;
}

export const messages = catalogueKey<BpeStepperMessages>('bpe-stepper');
