// URL schema and registry entry (found by its folder) of the scaling-law widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'scaling-law',
  chapter: 'pretraining',
  position: 2,
  reportRef: '§3.2.1',
  height: { en: 900, zh: 900 },
  fields,
});
