// Named states of speech-adapter whose view is snapshotted (src/widgets/contract.test.tsx): the default (10 s of the
// synthetic vowels), the chirp, one second, the 60-s maximum segment with the window at its end, and hostile URL values
// (the schema turns each into its default, which is what is rendered). The spectrogram arrives from the worker after
// the first render, so a snapshot holds the pending picture; model.test.ts and SpeechAdapter.dom.test.tsx check it.
import { parseUrl } from '../../lib/urlState';
import type { Examples } from '../types';
import { fields } from './meta';

/** A hostile query: every value is refused and falls back to its default (the embed page names each one). */
export const HOSTILE_QUERY = '?seconds=1e400&sample=__proto__&at=-NaN';

export const examples = {
  /** 10 s of the synthetic vowels: 125 tokens. */
  default: {},
  /** The exponential sweep 100 Hz → 7 kHz. */
  chirp: { sample: 'chirp' },
  /** One second: 12.5 tokens. */
  'one-second': { seconds: 1 },
  /** The report's maximum segment: 60 s, 750 tokens; the detail window at 58 s. */
  'max-segment': { seconds: 60, at: 58 },
  /** HOSTILE_QUERY as parsed: the defaults. */
  hostile: parseUrl(fields, HOSTILE_QUERY).state,
} satisfies Examples<typeof fields>;
