// URL schema and registry entry (found by its folder) of the tokenizer playground.
import { commonFields, enumField, textField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import type { TokenizerPlaygroundMessages } from './messages';
import { SAMPLE_IDS } from './samples';

/** Longest reader's text the URL carries, in characters (code points). */
const MAX_URL_TEXT_CHARS = 2_000;

export const fields = urlSchema({
  ...commonFields,
  /** The reader's own text; when non-empty it is tokenized instead of the sample. */
  text: textField(MAX_URL_TEXT_CHARS, ''),
  /** Which sample text to show ('custom': the reader's text, even when empty). */
  sample: enumField(SAMPLE_IDS, 'prose'),
  /** Special-token text such as <|eot_id|>: one special token, or plain text. */
  specials: enumField(['special', 'plain'], 'special'),
  /** Tokenizer set beside Llama 3. */
  compare: enumField(['llama2', 'cl100k', 'none'], 'llama2'),
});

export const meta = defineWidget({
  id: 'tokenizer-playground',
  chapter: 'tokenizer',
  position: 2,
  reportRef: '§3.2',
  height: { en: 1590, zh: 1525 },
  fields,
  /** Each language's own sample (the catalogue's defaultSample: prose in English, the Chinese sample in Chinese). */
  localDefaults: (t: TokenizerPlaygroundMessages) => ({ sample: t.defaultSample }),
});
