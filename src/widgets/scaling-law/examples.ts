// Named states of scaling-law whose view is snapshotted (src/widgets/contract.test.tsx): default, other budgets, a
// custom law, the errors a law can meet, and a state no URL can give.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  /** 3.8 × 10²⁵ (the 405B's compute): text 10.46T / 605B, Figure 3 16.29T / 389B, stated 402B / 16.55T. */
  default: {},
  /** Inside the report's runs (10²¹): no extrapolation note. */
  'within-runs': { budget: 1e21 },
  /** Below the smallest run, with the budget field's smallest value. */
  'below-runs': { budget: 1e18 },
  /** The largest budget offered. */
  'largest-budget': { budget: 1e27 },
  /** The reader's law set to Figure 3's legend: it is drawn and read separately from the text's. */
  'custom-figure-law': { alpha: 0.537, A: 0.299 },
  /** A law that asks for more tokens than the budget can train on a one-parameter model: words, not Infinity. */
  'custom-impossible-law': { alpha: 2, A: 1e9 },
  /** A law with under one token at the budget. */
  'custom-too-few-tokens': { alpha: 0.01, A: 1e-9, budget: 1e18 },
  /** A state no URL can give (the schema refuses): α 0 and a budget past 10²⁷, as a direct caller could pass them. */
  impossible: { budget: 1e30, alpha: 0 },
} satisfies Examples<typeof fields>;
