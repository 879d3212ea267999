// URL schema and registry entry (found by its folder) of the rope-frequencies widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'rope-frequencies',
  chapter: 'rope',
  position: 2,
  reportRef: '§3.2, Table 3',
  height: { en: 900, zh: 900 },
  fields,
});
