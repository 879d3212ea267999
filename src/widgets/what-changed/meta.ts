// URL schema and registry entry (found by its folder) of the what-changed widget.
import { LLAMA3_SIZES } from '../../lib/llama';
import { commonFields, enumField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
  /** Which Llama 3 size to compare with its Llama 2 counterpart. */
  size: enumField(LLAMA3_SIZES, '8b'),
});

export const meta = defineWidget({
  id: 'what-changed',
  chapter: 'overview',
  position: 1,
  reportRef: '§1, §3.2, Table 3, §4',
  height: { en: 1491, zh: 1265 },
  fields,
});
