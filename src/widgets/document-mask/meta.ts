// URL schema and registry entry (found by its folder) of the document-mask widget. Limits and defaults are the model's.
// `docs` is free text read by the model (parseDocList), so a bad list reaches the widget and is explained there
// (which document, what is wrong) instead of being dropped by the schema. `token` is absent by default: no row is
// highlighted.
import * as z from 'zod/mini';
import { commonFields, described, enumField, intField, textField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, LIMITS, MAX_DOCS_TEXT, PRESETS } from './model';

/** An integer field whose absence means "none" (the state holds undefined). */
function optionalInt(min: number, max: number) {
  return described(
    z.optional(z.pipe(z.pipe(z.string().check(z.regex(/^-?\d{1,16}$/)), z.transform((s: string) => Number(s) + 0)), z.int().check(z.gte(min), z.lte(max)))),
    { kind: 'int', min, max },
  );
}

export const fields = urlSchema({
  ...commonFields,
  /** Tokens in the packed sequence, 64 … 131,072 (Llama 3.1's context). */
  seqLen: intField(LIMITS.seqLen.min, LIMITS.seqLen.max, DEFAULTS.seqLen),
  /** Illustrative document lengths: web pages, code files, one book, seeded random draws, or custom (1000,3000,4192). */
  preset: enumField(PRESETS, DEFAULTS.preset),
  /** Document lengths in tokens, comma-separated ("1000,3000,4192"); when given it overrides the preset. */
  docs: textField(MAX_DOCS_TEXT, DEFAULTS.docs),
  /** Seed of the random lengths and of the attention demo's vectors. */
  seed: intField(LIMITS.seed.min, LIMITS.seed.max, DEFAULTS.seed),
  /** A token (0-based index) whose row is highlighted in both masks; absent: none. */
  token: optionalInt(LIMITS.token.min, LIMITS.token.max),
});

export const meta = defineWidget({
  id: 'document-mask',
  chapter: 'long-context',
  position: 2,
  reportRef: '§3.2',
  height: { en: 1663, zh: 1620 },
  fields,
});
