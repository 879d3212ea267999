// URL schema and registry entry (found by its folder) of the lr-schedule widget. Limits and defaults are the model's.
import { commonFields, enumField, numberField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { AXES, DEFAULTS, MAX_AT, MODELS } from './model';

export const fields = urlSchema({
  ...commonFields,
  /**
   * The point read out, on the chosen axis: tokens (0 … 15.6T) or optimizer steps (0 … 1,154,406.5). Accepts
   * exponents ("2.87e12"). Up to 10¹⁵ is read; past the run's end it is clamped to the end, with a message.
   */
  at: numberField(0, MAX_AT, DEFAULTS.at),
  /** The x axis of both panels: tokens seen or optimizer steps. */
  axis: enumField(AXES, DEFAULTS.axis),
  /** Whose peak learning rate (Table 3) is marked: the 405B (whose schedule is drawn), the 70B or the 8B. */
  model: enumField(MODELS, DEFAULTS.model),
});

export const meta = defineWidget({
  id: 'lr-schedule',
  chapter: 'pretraining',
  position: 3,
  reportRef: '§3.4.1, §3.4.3, Table 3',
  height: { en: 1890, zh: 1725 },
  fields,
});
