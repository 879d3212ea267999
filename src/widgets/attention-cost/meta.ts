// URL schema and registry entry (found by its folder) of the attention-cost widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'attention-cost',
  chapter: 'long-context',
  position: 1,
  reportRef: '§3.4.2',
  height: { en: 900, zh: 900 },
  fields,
});
