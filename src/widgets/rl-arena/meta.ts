// URL schema and registry entry (found by its folder) of the rl-arena widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'rl-arena',
  chapter: 'dpo-vs-ppo',
  position: 3,
  reportRef: '§4.1.4',
  height: { en: 900, zh: 900 },
  fields,
});
