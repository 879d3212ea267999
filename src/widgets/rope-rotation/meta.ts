// URL schema and registry entry (found by its folder) of the rope-rotation widget. Bounds and defaults are the model's.
// `shift` is the one field beyond the list (m, n, pair, base, seed): the Δ of the "shift both" comparison, so
// a shared link shows the same two pairs of positions. A Δ that would move a position past 0 … 131,071 reaches the
// model, which keeps it in range, and the view (and the URL notice, `adjust` in RopeRotation.tsx) says so.
import { commonFields, intField, numberField, urlSchema } from '../../lib/urlState';
import { defineWidget } from '../types';
import { BASE_LIMITS, DEFAULTS, MAX_POSITION, MAX_SEED, MAX_SHIFT, PAIRS } from './model';

export const fields = urlSchema({
  ...commonFields,
  /** Position of the query, 0 … 131,071 (Llama 3.1's window of 131,072 positions). */
  m: intField(0, MAX_POSITION, DEFAULTS.m),
  /** Position of the key, 0 … 131,071. */
  n: intField(0, MAX_POSITION, DEFAULTS.n),
  /** Pair index i shown large: dimensions 2i and 2i + 1 of the head (0 … 63 for head dimension 128). */
  pair: intField(0, PAIRS - 1, DEFAULTS.pair),
  /** RoPE base b: 10000 (Llama 2), 500000 (Llama 3, §3.2) or any number from 2 to 10⁹ (1e9 form accepted). */
  base: numberField(BASE_LIMITS.min, BASE_LIMITS.max, DEFAULTS.base),
  /** Seed of the random query and key (N(0, 1) numbers, mulberry32). */
  seed: intField(0, MAX_SEED, DEFAULTS.seed),
  /** Δ of "shift both": the comparison adds it to m and n (negative allowed; kept so both stay in 0 … 131,071). */
  shift: intField(-MAX_SHIFT, MAX_SHIFT, DEFAULTS.shift),
});

export const meta = defineWidget({
  id: 'rope-rotation',
  chapter: 'rope',
  position: 1,
  reportRef: '§3.2, Table 3',
  height: { en: 1915, zh: 1786 },
  fields,
});
