// URL schema and registry entry (found by its folder) of the dpo-loss widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'dpo-loss',
  chapter: 'dpo-vs-ppo',
  position: 2,
  reportRef: '§4.1.4',
  height: { en: 900, zh: 900 },
  fields,
});
