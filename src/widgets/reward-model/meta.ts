// URL schema and registry entry (found by its folder) of the reward-model widget. SKELETON: replace.
import { commonFields, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const fields = urlSchema({
  ...commonFields,
});

export const meta = defineWidget({
  id: 'reward-model',
  chapter: 'post-training',
  position: 1,
  reportRef: '§4.1.2',
  height: { en: 900, zh: 900 },
  fields,
});
