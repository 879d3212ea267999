// URL schema and registry entry (found by its folder) of the param-counter widget.
// Shape fields are read only when model=custom (a preset uses its Table 3 / Llama 2 shapes).
// Their URL caps are deliberately wider than the model's limits (model.ts FIELD_LIMITS), so an
// out-of-range or inconsistent value reaches the model and gets its explanation per field.
// `tokens` and `ctx` are absent by default: each preset then uses its own documented token count and its
// pre-training context (src/data/models.ts), so no model borrows another's numbers.
import * as z from 'zod/mini';
import { commonFields, described, enumField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { URL_MAX, shapeFields } from './shapeFields';
import { MODEL_CHOICES } from './model';


export const VIEWS = ['absolute', 'share'] as const;

/** A number field whose absence means "the model's own value" (the state holds undefined). */
function optionalNumber(min: number, max: number, absent: 'modelTokens' | 'modelContext', integer = false) {
  const digits = integer ? /^-?\d{1,16}$/ : /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  const value = integer ? z.int() : z.number();
  return described(
    z.optional(z.pipe(z.pipe(z.string().check(z.regex(digits)), z.transform(Number)), value.check(z.gte(min), z.lte(max)))),
    { kind: integer ? 'int' : 'number', min, max, absent },
  );
}

export const fields = urlSchema({
  ...commonFields,
  /** A preset model, or `custom` to use the shape fields below. */
  model: enumField(MODEL_CHOICES, 'llama3-8b'),
  ...shapeFields,
  /** Training tokens D for C = 6·N·D (absent: the model's documented count, e.g. "about 15T" for 8B, report §1). */
  tokens: optionalNumber(1, 1e16, 'modelTokens'),
  /** Context T for the attention FLOPs term (absent: the model's standard pre-training context, 8,192 or 4,096). */
  ctx: optionalNumber(1, URL_MAX, 'modelContext', true),
  /** Breakdown chart in parameters or in shares of the total. */
  view: enumField(VIEWS, 'absolute'),
});

export const meta = defineWidget({
  id: 'param-counter',
  chapter: 'architecture',
  position: 2,
  reportRef: 'Table 3, §3.2',
  height: { en: 1979, zh: 1916 },
  fields,
});
