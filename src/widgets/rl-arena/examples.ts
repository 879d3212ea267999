// Named states of rl-arena whose view is snapshotted (src/widgets/contract.test.tsx): the default (all five methods,
// the prompt-blind RM, seed 7), the full RM, Llama 3's DPO with mask alone, Dr. GRPO at KL 0, Llama 2's PPO KL, no
// methods, and hostile URL values (the schema turns each into its default). The toy's numbers arrive from the worker
// after the first render, so a snapshot holds the pending state; model.test.ts and RlArena.dom.test.tsx check numbers.
import { parseUrl } from '../../lib/urlState';
import type { Examples } from '../types';
import { fields } from './meta';

/** A hostile query: every value is refused and falls back to its default (the embed page names each one). */
export const HOSTILE_QUERY = '?methods=ppo,<script>&beta=NaN&kl=-1&clip=1e400&group=65&nll=2&steps=0&seed=-5&rm=__proto__&variant=grpo%00';

export const examples = {
  /** All five methods, the prompt-blind (misspecified) RM, seed 7, 100 iterations (DPO 300 steps). */
  default: {},
  /** The RM with all five features: PPO, GRPO and best-of-n keep their gold. */
  'full-rm': { rm: 'full' },
  /** Llama 3's DPO with the mask alone (no NLL): termination gets worse in the toy. */
  'mask-alone': { methods: 'dpo,llama3', nll: 0 },
  /** Dr. GRPO with no KL term (TRL's default β = 0: no reference model). */
  'dr-grpo-kl0': { methods: 'grpo', variant: 'dr-grpo', kl: 0 },
  /** Llama 2's PPO KL coefficient for 34B/70B. */
  'llama2-kl': { methods: 'ppo,bon', kl: 0.005 },
  /** No methods: a clear message. */
  none: { methods: '' },
  /** HOSTILE_QUERY as parsed: the defaults. */
  hostile: parseUrl(fields, HOSTILE_QUERY).state,
} satisfies Examples<typeof fields>;
