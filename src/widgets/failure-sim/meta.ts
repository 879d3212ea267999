// URL schema and registry entry (found by its folder) of the failure-sim widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'failure-sim',
  chapter: 'training-at-scale',
  position: 2,
  reportRef: '§3.3',
  height: { en: 900, zh: 900 },
  fields,
});
