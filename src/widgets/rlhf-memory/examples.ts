// Named states of rlhf-memory whose view is snapshotted (src/widgets/contract.test.tsx): the default (Llama 3.1 405B,
// DPO highlighted, bf16 weights, AdamW with an fp32 master copy), the 8B and 70B, PPO and GRPO highlighted, DPO with
// cached reference log-probabilities, GRPO without its KL term, fp32 weights (the master copy is the weights), the
// smaller optimizers, a Llama 2 model, a custom shape and an impossible one, and hostile URL values (the schema turns
// each into its default).
import { parseUrl } from '../../lib/urlState';
import type { Examples } from '../types';
import { fields } from './meta';

/** A hostile query: every value is refused and falls back to its default (the embed page names each one). */
export const HOSTILE_QUERY = '?model=__proto__&method=<script>&dtype=NaN&optimizer=1e400&cached=maybe&grpokl=-1';

export const examples = {
  /** Llama 3.1 405B, DPO highlighted (what Llama 3 used), bf16 weights, fp32 gradients, AdamW with master (12 B). */
  default: {},
  /** Llama 3.1 8B with PPO highlighted: four models. */
  'ppo-8b': { model: 'llama3-8b', method: 'ppo' },
  /** Llama 3.1 70B with GRPO highlighted, its KL term off (β 0, TRL's default): no reference model. */
  'grpo-70b-no-kl': { model: 'llama3-70b', method: 'grpo', grpokl: false },
  /** DPO with cached reference log-probabilities: the policy alone. */
  'dpo-cached': { cached: true },
  /** fp32 weights with AdamW + master: the master copy is the weights (8 B of state, with a note). */
  fp32: { dtype: 'fp32' },
  /** SGD with momentum (4 B). */
  sgd: { optimizer: 'sgd-momentum' },
  /** Llama 2 70B, tuned with PPO (Llama 2 paper §3.2.3). */
  'llama2-70b': { model: 'llama2-70b', method: 'ppo' },
  /** A custom shape between the 8B and the 70B (d 6,144, 48 layers, 48 heads, 8 KV heads), PPO highlighted. */
  custom: { model: 'custom', method: 'ppo', dim: 6_144, layers: 48, heads: 48, kvHeads: 8, ffnDim: 16_384, vocab: 128_256, tied: false },
  /** An impossible custom shape: 48 heads do not divide a width of 4,096; no numbers, the field says why. */
  'custom-impossible': { model: 'custom', dim: 4_096, layers: 32, heads: 48, kvHeads: 8, ffnDim: 14_336, vocab: 128_256, tied: false },
  /** HOSTILE_QUERY as parsed: the defaults. */
  hostile: parseUrl(fields, HOSTILE_QUERY).state,
} satisfies Examples<typeof fields>;
