// Every word gqa-heads shows or speaks, one catalogue per language (src/i18n/locale.ts): labels, sentences, the
// reasons it gives for changing a URL's kvHeads or head (an embed page lists them), the message under the seed field
// (src/lib/text parseNumber failure codes), the cell readout, the announcer's sentence and the screen-reader
// description. Numbers come in as numbers and are printed with the reader's Format; head and token indices are names
// (q5, token 3), printed as they are.
// A sentence with inline parts is returned as pieces: text and `{ cite }` notes (Cited, drawn by CitedText), or text and
// the parts the view makes with what it passes in (a bold number, a swatch), drawn by RichText (src/i18n/react.tsx).
import type { Cited } from '../../components/Cite';
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { NumberFailure } from '../../lib/text';
import { type AttentionKind, type CellReading, type GqaAdjustment, type GqaSummary, type GroupRange } from './model';

/** The numbers of the mode line and the announcement. */
type Sharing = Pick<GqaSummary, 'heads' | 'kvHeads' | 'kind' | 'groupSize' | 'cacheShare'>;

export interface GqaHeadsMessages {
  /** The widget's name and one-sentence summary (figure captions, gallery, embed page). */
  title: string;
  summary: string;
  // ── Controls ──
  headsLabel: string;
  headsValue: (heads: number, f: Format) => string;
  kvLabel: string;
  /** aria-valuetext of the K/V slider: the K/V heads and the query heads each one serves. */
  kvValue: (kvHeads: number, perGroup: number, f: Format) => string;
  /** Under the K/V slider: the counts it offers. */
  kvHint: (heads: number, allowed: readonly number[], f: Format) => string;
  presetsLabel: string;
  /** The note on each named setting's button: "8 K/V", "Llama 3.1 8B: 32 → 8", "1 K/V". */
  presetKv: (kvHeads: number, f: Format) => string;
  presetModel: (name: string, heads: number, kvHeads: number, f: Format) => string;
  tokensLabel: string;
  tokensValue: (tokens: number, f: Format) => string;
  similarityLabel: string;
  similarityValue: (percent: number, f: Format) => string;
  similarityHint: string;
  seedLabel: string;
  newSeed: string;
  seedError: (failure: NumberFailure, f: Format) => string;
  /** Why the widget changed a value a URL gave (after "kvHeads = 5 → 4 (…)"). */
  adjustReason: (a: GqaAdjustment, f: Format) => string;

  // ── Sharing ──
  kindShort: Record<AttentionKind, string>;
  mode: <N>(s: Sharing, f: Format, strong: (text: string) => N) => (string | N)[];
  diagramQueries: string;
  diagramKv: string;
  /** A query head's box, wide ("q5") or narrow ("5"). */
  queryBox: (h: number, wide: boolean) => string;
  /** A K/V head's box, wide ("K/V 1") or narrow ("1"). */
  kvBox: (g: number, wide: boolean) => string;
  group: (r: GroupRange) => string;
  /** The groups for a screen reader: "K/V head 0: query heads 0–3. K/V head 1: query heads 4–7." */
  groupsSentence: (groups: readonly GroupRange[]) => string;
  shapesNote: <N>(shapes: readonly { name: string; heads: number; kvHeads: number }[], f: Format, cite: (text: string) => N, code: (text: string) => N) => (string | N)[];

  // ── One query head ──
  shownLabel: string;
  /** The shown head and the K/V head it reads: visible "q6 → K/V 1", and for a screen reader. */
  shownValue: (h: number, g: number) => string;
  shownValueText: (h: number, g: number) => string;
  gridLabel: (h: number) => string;
  mapMha: (h: number) => string;
  /** The pooled map's title: the group's K/V head and the query heads whose K/V heads were averaged (null: groups of one). */
  mapPooled: (h: number, group: GroupRange | null) => string;
  mapKeys: string;
  mapQueries: string;
  mapLegend: string;
  cell: (c: CellReading, f: Format) => string;
  outputHeading: (h: number, channels: number, f: Format) => string;
  stripMha: string;
  stripPooled: (unchanged: boolean) => string;
  outputLegend: <N>(headError: number, f: Format, parts: { positive: N; negative: N; strong: (text: string) => N }) => (string | N)[];

  // ── All heads ──
  /** null: every group has one head, nothing changes. */
  errorSummary: <N>(totalError: number | null, f: Format, parts: { strong: (text: string) => N; big: (text: string) => N; formula: N }) => (string | N)[];
  barsHeading: string;
  dataNote: (channels: number, llama3HeadDim: number, f: Format) => Cited;

  // ── Data tables ──
  dataSummary: string;
  changeTable: string;
  changeCaption: string;
  changeColumns: readonly [string, string, string, string];
  weightsMha: (h: number) => string;
  weightsPooled: (h: number) => string;
  outputsTable: (h: number) => string;
  queryKeyCorner: string;
  masked: string;
  tokenColumn: string;
  channelColumn: (c: number) => string;
  outputPair: (mha: string, pooled: string) => string;

  /** Spoken once the controls settle: the sharing, the cache it saves and what pooling costs. */
  announce: (s: Sharing & { totalError: number }, f: Format) => string;
  /** The screen-reader description of the whole state (also the diagram's accessible name). */
  describe: (s: GqaSummary, f: Format) => string;
}

export const messages = catalogueKey<GqaHeadsMessages>('gqa-heads');
