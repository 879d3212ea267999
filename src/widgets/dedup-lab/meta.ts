// URL schema and registry entry (found by its folder) of the dedup-lab widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'dedup-lab',
  chapter: 'pretraining',
  position: 1,
  reportRef: '§3.1.1',
  height: { en: 900, zh: 900 },
  fields,
});
