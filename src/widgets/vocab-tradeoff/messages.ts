// Every word vocab-tradeoff shows or speaks, one catalogue per language (src/i18n/locale.ts): labels, the readout,
// the chart's text alternative, the table, the trade-off sentence, the screen-reader description, the sentences for
// an issue of the custom shape (src/lib/llama validateShape codes) and under "Exact V" (src/lib/text.ts parseNumber
// failure codes). Numbers come in as numbers and are printed with the reader's Format.
//
// A sentence with marked-up parts (a bold share, a citation link) takes those parts as slots `N` from the view and
// returns the sentence as a list of strings and slots, so each language puts them where its word order wants them.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { ShapeIssue } from '../../lib/llama';
import type { NumberFailure } from '../../lib/text';
import type { TokenizerId } from '../../tokenizers';
import type { Body, CurveEnd, TradeoffComparison, TradeoffSummary, VocabCost } from './model';
import type { SampleId } from './samples';

/** A sentence with slots: strings and the view's marked-up parts, in reading order. */
export type Rich<N> = (string | N)[];

export interface VocabTradeoffMessages {
  title: string;
  summary: string;
  /** The body's name in sentences: a model's name (src/data), or the custom width and layers. */
  bodyName: (body: Body, f: Format) => string;
  /** Where the custom body's shapes come from (report references in it become links). */
  customSource: string;
  /** Where each tokenizer's row count comes from (report references in it become links). */
  tokenizerCite: Record<TokenizerId, string>;
  /** Names of the sample texts. */
  samples: Record<SampleId, string>;

  model: string;
  width: string;
  layers: string;
  sample: string;
  /** Under the custom fields: the shapes that follow from the width. */
  customNote: (shape: Body['shape'], headDim: number, f: Format) => string;
  /** The slider, its visible value and its aria-valuetext, and the exact field. */
  vocabSlider: string;
  vocabValue: (rows: number, f: Format) => string;
  vocabValueText: (rows: number, f: Format) => string;
  exactVocab: string;
  /** The group of buttons that set V to a tokenizer's rows. */
  picks: string;

  /** The cost of V under the slider; `params` and `share` are the marked-up numbers. */
  readout: <N>(slots: { params: N; share: N }, cost: VocabCost, body: Body, f: Format) => Rich<N>;
  /** Spoken once the slider or field settles. */
  announce: (cost: VocabCost, body: Body, f: Format) => string;

  /** The chart's text alternative: the share at both ends of the curve. */
  chartLabel: (body: Body, ends: readonly [CurveEnd, CurveEnd], f: Format) => string;
  chartAxis: string;
  /** After a tokenizer's name on a wide chart, once its count is measured. */
  pointCharsPerToken: (charsPerToken: number, f: Format) => string;
  chartLegend: string;

  tableHeading: string;
  tableSample: (sample: SampleId, chars: number, f: Format) => string;
  loading: string;
  /** Tokenizers that failed to load, by name; `all` when none loaded. */
  loadFailed: (names: readonly string[], all: boolean) => string;
  /** A cell whose count is still loading, and one whose tokenizer failed. */
  pending: string;
  notLoaded: string;
  columns: {
    tokenizer: string; rows: string; params: string; share: string; tokens: string; charsPerToken: string; relativeTokens: string; flopsPerChar: string;
  };
  tableNote: (body: Body, cl100kRows: number, f: Format) => string;
  /** One tokenizer's row count and its citation (`cite`, a slot), for the sources line. */
  sourceRow: <N>(name: string, rows: number, cite: N, f: Format) => Rich<N>;
  /** The sources line: each tokenizer's `rows` (sourceRow), then the body's `shapes` citation. */
  sources: <N>(rows: readonly Rich<N>[], body: Body, shapes: N, f: Format) => Rich<N>;

  /** Llama 2's vocabulary against Llama 3's on this body and sample. */
  tradeoff: (c: TradeoffComparison, body: Body, f: Format) => string;
  /** What a screen reader hears. */
  describe: (s: TradeoffSummary, f: Format) => string;
  /** Under the width or layers field (and in place of the result). */
  shapeIssue: (issue: ShapeIssue, f: Format) => string;
  /** Under "Exact V"; `min` and `max` are the vocabulary sizes the field accepts. */
  vocabError: (failure: NumberFailure, range: { min: number; max: number }, f: Format) => string;
}

export const messages = catalogueKey<VocabTradeoffMessages>('vocab-tradeoff');
