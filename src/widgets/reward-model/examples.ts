// Named states of reward-model whose view is snapshotted (src/widgets/contract.test.tsx): the default (prompt-blind
// features, no margin, medium noise, 400 pairs, seed 7, length-3 gold), every feature, Llama 2's margins, each noise
// level, Llama 3's filter, the length-neutral gold, the bounds of `pairs`, the error states (no features; the filter
// leaves no pair) and hostile URL values (the schema turns each into its default, which is what is rendered).
// The server render (what is snapshotted) shows the pending state: the fit runs after hydration.
import { parseUrl } from '../../lib/urlState';
import type { Examples } from '../types';
import { fields } from './meta';

/** A hostile query: every value is refused and falls back to its default (the embed page names each one). */
export const HOSTILE_QUERY = '?margin=__proto__&noise=NaN&features=tokens,evil&pairs=1e400&seed=-5&levels=x&gold=9';

export const examples = {
  default: {},
  'all-features': { features: 'tokens,length,truncated,goodBad,lengthFrom3' },
  'gold-features-only': { features: 'goodBad,lengthFrom3,truncated' },
  'margin-small': { margin: 'small' },
  'margin-large': { margin: 'large' },
  'noise-low': { noise: 'low' },
  'noise-high': { noise: 'high' },
  'noise-random': { noise: 'random' },
  'llama3-filter': { levels: 'llama3' },
  'length-neutral': { gold: 'lengthNeutral' },
  'pairs-min': { pairs: 20 },
  'pairs-max': { pairs: 2000, seed: 3 },
  /** The empty feature set: an error state with a message. */
  'no-features': { features: '' },
  /** 20 pairs, coin-flip labels are still levelled by the gold gap; with the filter a seed may keep none (an error state when it does). */
  'filter-few-pairs': { levels: 'llama3', pairs: 20 },
  hostile: parseUrl(fields, HOSTILE_QUERY).state,
} satisfies Examples<typeof fields>;
