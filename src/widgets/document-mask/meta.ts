// URL schema and registry entry (found by its folder) of the document-mask widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'document-mask',
  chapter: 'long-context',
  position: 2,
  reportRef: '§3.2',
  height: { en: 900, zh: 900 },
  fields,
});
