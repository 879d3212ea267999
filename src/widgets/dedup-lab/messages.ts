// Every word dedup-lab shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): controls, the
// three levels with the report's own words, the document list, the pairs, the S-curve and its table, the notes and
// the errors. Numbers come in as numbers and are printed with the reader's Format. A sentence with a name kept as
// written in every language (MinHash, ccNet, LSH) is returned as parts, the name made by the view's `name` function
// (a span with translate="no"), drawn by RichText.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { DedupResult, DocFate, LimitKey, ParamIssue, PasteIssue } from './model';

/** Words with slots the view fills (names set apart from the prose): a catalogue never imports React. */
type Rich<N> = (string | N)[];

export type CorpusChoice = 'bundled' | 'pasted';

export interface DedupLabMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  corpusLegend: string;
  corpusOption: (c: CorpusChoice, docs: number, f: Format) => string;
  pasteLabel: string;
  /** Under the box: how to separate documents and give a URL, and the caps. */
  pasteHint: (maxDocs: number, maxChars: number, f: Format) => string;
  /** Why the reader's text is not run. */
  pasteIssue: (i: PasteIssue, f: Format) => string;
  /** The text box's own refusal past the character cap. */
  tooLong: (chars: number, max: number, f: Format) => string;
  shingleLabel: string;
  /** "5 words" (the slider's value and what a screen reader hears). */
  shingleValue: (k: number, f: Format) => string;
  permsLabel: string;
  permsOption: (perms: number, f: Format) => string;
  bandsLabel: string;
  /** "32 bands × 4 rows". */
  bandsOption: (bands: number, rows: number, f: Format) => string;
  lineTLabel: string;
  /** "more than 2 times". */
  lineTValue: (t: number, f: Format) => string;
  seedLabel: string;
  seedError: (min: number, max: number, f: Format) => string;
  /** A parameter problem (bands not dividing perms: corrected; out of range: refused). */
  issue: (i: ParamIssue, f: Format) => string;
  /** Heading of the refusal when the parameters cannot be run. */
  impossible: string;

  // ── Summary ──
  /** The one-line outcome, shown and spoken once per change. */
  outcome: (r: DedupResult, f: Format) => string;

  // ── The three levels ──
  levelHeading: { url: string; doc: string; line: string };
  /** The report's own sentence for each level (English, quoted), and a rendering where the page is not English. */
  reportQuote: { url: string; doc: string; line: string };
  quoteRendering: { url: string; doc: string; line: string } | null;
  /** What this widget does at each level, in the reader's language (parts: `name` keeps MinHash, ccNet as written). */
  levelHow: {
    url: string;
    doc: <N>(r: DedupResult, f: Format, name: (text: string) => N) => Rich<N>;
    line: <N>(r: DedupResult, f: Format, name: (text: string) => N) => Rich<N>;
  };
  /** What each level removed here. */
  levelRemoved: {
    url: (n: number, f: Format) => string;
    doc: (n: number, flagged: number, f: Format) => string;
    line: (lines: number, total: number, emptied: number, f: Format) => string;
  };

  // ── Documents ──
  docsHeading: string;
  /** The document list's scroll region name. */
  docsLabel: string;
  /** One line above the list: how to read the marks. */
  docsKey: string;
  /** The state word of a document ("Kept", "Removed: URL level"). */
  fateBadge: (fate: DocFate) => string;
  /** Why, naming the other document by its number and URL: "An older crawl of this URL; #2 (2023-06-14) is kept." */
  fateReason: (fate: DocFate, other: { number: number; date: string | null } | null, f: Format) => string;
  /** "#3". */
  docNumber: (n: number, f: Format) => string;
  noUrl: string;
  noDate: string;
  /** Beside a removed line: "seen 3 times". */
  lineCount: (count: number, f: Format) => string;

  // ── Pairs ──
  pairsHeading: string;
  pairsCaption: string;
  pairColumns: { pair: string; exact: string; estimate: string; probability: string; flagged: string };
  /** "#2 and #3". */
  pairName: (a: number, b: number, f: Format) => string;
  flaggedCell: (flagged: boolean) => string;
  /** Under the table: how close the estimates are to the exact values here. */
  pairsNote: (perms: number, f: Format) => string;
  noPairs: string;

  // ── S-curve ──
  curveHeading: string;
  /** The chart's accessible name: bands, rows, threshold, how many pairs flagged. */
  curveLabel: (r: DedupResult, f: Format) => string;
  axisX: string;
  axisY: string;
  legendCurve: (bands: number, rows: number, f: Format) => string;
  legendFlagged: string;
  legendMissed: string;
  legendThreshold: (t: number, f: Format) => string;
  /** Pairs with nothing in common, all at the origin. */
  zeroPairs: (n: number, f: Format) => string;
  curveDataSummary: string;
  curveDataCaption: string;

  // ── Notes ──
  notesHeading: string;
  /** The report's T = 6 per 30M documents against this widget's scaled T. */
  noteScale: (reportT: number, bucket: number, t: number, defaultT: number, docs: number, f: Format) => string;
  /** The report gives no MinHash parameters; these are this widget's. */
  noteParams: <N>(name: (text: string) => N) => Rich<N>;
  /** Which copy survives a flagged pair, and that nothing re-checks the estimate. */
  noteKeep: string;
  /** Chinese and other CJK text: one character per word. */
  noteCjk: (cjkDocs: number, f: Format) => string;
  /** The report de-duplicates within each language. */
  noteLanguages: string;
  /** The bundled pages are invented for this site. */
  noteCorpus: string;
  /** Where the Chinese page's pages are English: said only on pages not in English. */
  noteCorpusLanguage: string | null;
}

export const messages = catalogueKey<DedupLabMessages>('dedup-lab');

/** Report field names, for issue wording. */
export type FieldName = Record<LimitKey, string>;
