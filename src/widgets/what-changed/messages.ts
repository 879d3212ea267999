// The words of what-changed, one catalogue per language (messages.en.ts, messages.zh.ts): labels, the key, each
// row's name, each cell's value, note and source, the legend, the announcer's sentence and the screen-reader
// description. Model names, token counts and their sources come from src/data (carried on each cell); numbers are
// printed with the reader's Format.
import type { Cited } from '../../components/Cite';
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { Llama3Size } from '../../lib/llama';
import type { Cell, RowId, WhatChangedSummary } from './model';

/** A cell in words: the value printed, a short qualifier under it, and where it comes from. */
export interface CellText {
  text: string;
  note?: string;
  /** A source note (report references in it become links), or for a computed value how it was computed. */
  source: string;
}

export interface WhatChangedMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;
  sizeLegend: string;
  sizeLabel: Record<Llama3Size, string>;
  /** Spoken when the size changes. */
  announce: (llama2: string, llama3: string) => string;
  /** Under the size switch at 405B. */
  noPeer: string;
  /** The bar key, one entry per side (name first: the model's name from src/data). */
  keyLlama2: (name: string) => Cited;
  keyLlama3: (name: string) => Cited;
  columnWhat: string;
  columnChange: string;
  row: Record<RowId, string>;
  cell: (cell: Cell, f: Format) => CellText;
  /** Before a cell's source (not before the words of a computed value). */
  sourcePrefix: string;
  legend: Cited;
  /** After the legend (with its own leading space, if the language puts one), where the row names link to the chapters. */
  legendChapters: string;
  /** The table's caption: the whole comparison for a screen reader. */
  describe: (summary: WhatChangedSummary, f: Format) => string;
}

export const messages = catalogueKey<WhatChangedMessages>('what-changed');
