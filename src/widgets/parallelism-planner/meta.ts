// URL schema and registry entry (found by its folder) of the parallelism-planner widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'parallelism-planner',
  chapter: 'training-at-scale',
  position: 1,
  reportRef: '§3.3',
  height: { en: 900, zh: 900 },
  fields,
});
