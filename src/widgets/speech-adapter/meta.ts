// URL schema and registry entry (found by its folder) of the speech-adapter widget. Limits and defaults are the
// model's: seconds = length of the bundled sample, 1 … 60 (the report's maximum speech segment, ◐), default 10;
// sample = the bundled signal (vowels | chirp, made in code); at = start of the 2-s detail window, seconds (clamped
// into the audio). A file the reader loads is not in the URL (it never leaves the browser).
import { commonFields, enumField, intField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { DEFAULTS, LIMITS, SAMPLES } from './model';

export const fields = urlSchema({
  ...commonFields,
  /** Seconds of the bundled sample, 1 … 60. */
  seconds: intField(LIMITS.seconds.min, LIMITS.seconds.max, DEFAULTS.seconds),
  /** The bundled sample: vowels | chirp. */
  sample: enumField(SAMPLES, DEFAULTS.sample),
  /** Start of the 2-s detail window, seconds, 0 … 58. */
  at: intField(LIMITS.at.min, LIMITS.at.max, DEFAULTS.at),
});

export const meta = defineWidget({
  id: 'speech-adapter',
  chapter: 'multimodal',
  position: 2,
  reportRef: '§8',
  height: { en: 1913, zh: 1719 },
  fields,
});
