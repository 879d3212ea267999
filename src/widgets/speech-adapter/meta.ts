// URL schema and registry entry (found by its folder) of the speech-adapter widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'speech-adapter',
  chapter: 'multimodal',
  position: 2,
  reportRef: '§8',
  height: { en: 900, zh: 900 },
  fields,
});
