// Named states of post-training-loop whose view is snapshotted (src/widgets/contract.test.tsx). The loop runs in a
// worker after hydration, so every server render is the pending state of the shown round; the states still differ
// in controls, the round shown, the clamped-round message and the legend.
import { parseUrl } from '../../lib/urlState';
import type { Examples } from '../types';
import { fields } from './meta';

/** A hostile query: every value is refused and falls back to its default (the embed page names each one). */
export const HOSTILE_QUERY = '?rounds=NaN&round=-3&seed=1e400&averaging=__proto__';

export const examples = {
  /** Six rounds, round 6 shown, seed 1, no averaging. */
  default: {},
  /** Round 0, the base model. */
  'round-0': { round: 0 },
  /** Model averaging on (the variant's series in the legend). */
  averaging: { averaging: 'on' },
  /** Three rounds, round 2 shown. */
  'three-rounds': { rounds: 3, round: 2 },
  /** A round past the last computed: round 3 is shown, and the message says so. */
  'round-past-rounds': { rounds: 3, round: 6 },
  /** Another seed. */
  'seed-42': { seed: 42 },
  /** HOSTILE_QUERY as parsed: the defaults. */
  hostile: parseUrl(fields, HOSTILE_QUERY).state,
} satisfies Examples<typeof fields>;
