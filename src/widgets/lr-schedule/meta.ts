// URL schema and registry entry (found by its folder) of the lr-schedule widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'lr-schedule',
  chapter: 'pretraining',
  position: 3,
  reportRef: '§3.4.1',
  height: { en: 900, zh: 900 },
  fields,
});
