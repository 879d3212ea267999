// URL schema and registry entry (found by its folder) of the bpe-stepper widget.
import { commonFields, enumField, intField, textField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { CORPUS_IDS } from './corpora';
import { MAX_MERGES, MAX_TEXT_CHARS } from './model';

/** Merges shown when the widget first appears. */
export const DEFAULT_MERGES = 10;

export const fields = urlSchema({
  ...commonFields,
  /** Training text: a built-in preset, or "custom" to use `text`. */
  corpus: enumField(CORPUS_IDS, 'prose'),
  /** The reader's own training text (used when corpus=custom). */
  text: textField(MAX_TEXT_CHARS, ''),
  /** How many merges to show, from 0 (bytes only) to 500. */
  merges: intField(0, MAX_MERGES, DEFAULT_MERGES),
});

export const meta = defineWidget({
  id: 'bpe-stepper',
  chapter: 'tokenizer',
  position: 1,
  reportRef: '§3.2',
  height: { en: 1237, zh: 1243 },
  fields,
});
