// URL schema and registry entry (found by its folder) of the rlhf-memory widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'rlhf-memory',
  chapter: 'dpo-vs-ppo',
  position: 1,
  reportRef: '§4.1.4',
  height: { en: 900, zh: 900 },
  fields,
});
