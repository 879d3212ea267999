// Named states of best-of-k whose view is snapshotted (src/widgets/contract.test.tsx): the default (K = 16, the
// prompt-blind RM, best per prompt), each scorer, top-k overall, K = 1, K = 64, another seed, and hostile URL values
// (the schema turns each into its default, which is what is rendered). The toy's numbers arrive from the worker after
// the first render, so a snapshot holds the pending state; src/widgets/best-of-k/*.test.* check the numbers.
import { parseUrl } from '../../lib/urlState';
import type { Examples } from '../types';
import { fields } from './meta';

/** A hostile query: every value is refused and falls back to its default (the embed page names each one). */
export const HOSTILE_QUERY = '?k=NaN&rm=__proto__&selection=1e400&seed=-5';

export const examples = {
  /** K = 16 (inside the report's 10–30), the prompt-blind RM (over-optimises: gold peaks at K = 6), best per prompt. */
  default: {},
  /** The RM with all five features: gold keeps rising with K. */
  full: { rm: 'full' },
  /** The gold reward as the scorer (an oracle). */
  oracle: { rm: 'gold' },
  /** Top-k overall selection: some prompts are left without a sample. */
  'top-overall': { selection: 'top-overall' },
  /** K = 1: sampling itself (KL 0, win rate ½). */
  'k-1': { k: 1 },
  /** K = 64, far above the report's range. */
  'k-64': { k: 64 },
  /** Another seed for the preference pairs. */
  'seed-42': { seed: 42 },
  /** HOSTILE_QUERY as parsed: the defaults. */
  hostile: parseUrl(fields, HOSTILE_QUERY).state,
} satisfies Examples<typeof fields>;
