// URL schema and registry entry (found by its folder) of the best-of-k widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'best-of-k',
  chapter: 'post-training',
  position: 2,
  reportRef: '§4.2.2',
  height: { en: 900, zh: 900 },
  fields,
});
