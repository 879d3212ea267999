// URL schema and registry entry (found by its folder) of the rope-rotation widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'rope-rotation',
  chapter: 'rope',
  position: 1,
  reportRef: '§3.2, Table 3',
  height: { en: 900, zh: 900 },
  fields,
});
