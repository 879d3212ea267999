// URL schema and registry entry (found by its folder) of the vision-adapter widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'vision-adapter',
  chapter: 'multimodal',
  position: 1,
  reportRef: '§7.2',
  height: { en: 900, zh: 900 },
  fields,
});
