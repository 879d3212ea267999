// Named states of dpo-loss whose view is snapshotted (src/widgets/contract.test.tsx): the default (Llama 3's β 0.1 and
// NLL 0.2, the mask on, margin 0, the shared bandit after 10 steps), the mask off, a large β and a negative margin, each
// pair, the tabular bandit, no NLL, the extremes, and a hostile query (the schema turns each value into its default).
// The pair's tokens arrive from the tokenizer worker after mount, so a snapshot holds the placeholder; model.test.ts
// and DpoLoss.dom.test.tsx check the tokens.
import { parseUrl } from '../../lib/urlState';
import type { Examples } from '../types';
import { fields } from './meta';

/** A hostile query: every value is refused and falls back to its default (the embed page names each one). */
export const HOSTILE_QUERY = '?beta=NaN&margin=1e400&mask=__proto__&nll=-1&tokennll=Infinity&pair=../../x&policy=constructor&step=1.5';

export const examples = {
  /** Llama 3's settings, m = 0 (loss ln 2), the shared bandit after 10 steps (π(No) falls). */
  default: {},
  /** The mask off: the header cancels, the final <|eot_id|> does not. */
  'mask-off': { mask: 'off' },
  /** β = 1 and m = −4: a steep loss and a large weight. */
  'steep-negative': { beta: 1, margin: -4 },
  /** The repetition pair: with the mask on, no chosen token moves the margin. */
  repeat: { pair: 'repeat' },
  /** The Chinese pair. */
  gradient: { pair: 'gradient' },
  /** The tabular bandit: π(No) only rises. */
  tabular: { policy: 'tabular' },
  /** Plain DPO (no NLL term) and the bandit at its start. */
  'plain-start': { nll: 0, step: 0 },
  /** The extremes of every slider. */
  extremes: { beta: 0.01, margin: 10, nll: 1, tokennll: 5, step: 30 },
  /** HOSTILE_QUERY as parsed: the defaults. */
  hostile: parseUrl(fields, HOSTILE_QUERY).state,
} satisfies Examples<typeof fields>;
