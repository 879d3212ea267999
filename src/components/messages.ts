// The words of the parts every widget shares (the shell around a view: URL notices, the Embed panel, the
// error box) and of the labels widgets share (one label for a custom model). The words are in messages.<lang>.ts.
import { catalogueKey } from '../i18n/react';
import type { Format } from '../lib/format';
import type { FieldSpec, Theme } from '../lib/urlState';

export interface ShellMessages {
  /** The site's name in this language (src/site.ts). */
  siteName: string;
  /** The end of a sentence (the error box's). */
  fullStop: string;
  /** A source note as src/data writes it ("Report §3.2, Table 3; Meta llama code (…)"), in this language (Cite uses it). */
  source: (text: string) => string;
  /** The one label for a model shape the reader types in (every widget's model list uses it). */
  customModel: string;
  ignoredHead: (n: number) => string;
  adjustedHead: (n: number) => string;
  expected: string;
  /** What a URL field accepts, in words ("one of 8b, 70b, 405b"). */
  accepts: (spec: FieldSpec, f: Format) => string;
  notUsed: string;
  embed: string;
  open: string;
  /** Screen-reader tail of the Open link. */
  openHidden: (title: string) => string;
  newTab: string;
  themeLegend: string;
  theme: Record<Theme, string>;
  pasteHint: string;
  /** The snippet carries only the first `kept` of `total` characters of a long text field. */
  shortened: (key: string, kept: string, total: string) => string;
  copy: string;
  copied: string;
  copyFailed: string;
  stopped: string;
  unknownError: string;
  reload: string;
}

export const shellMessages = catalogueKey<ShellMessages>('shell');
