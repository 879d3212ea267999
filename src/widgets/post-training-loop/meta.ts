// URL schema and registry entry (found by its folder) of the post-training-loop widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'post-training-loop',
  chapter: 'post-training',
  position: 3,
  reportRef: '§4.1.6',
  height: { en: 900, zh: 900 },
  fields,
});
