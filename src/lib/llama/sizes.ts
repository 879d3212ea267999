// The three Llama 3 sizes (report Table 3) and the Llama 2 model each is compared with. The pairing is this
// site's choice, not the report's: 8B with 7B (the nearest size) and 70B with 70B; 405B has no Llama 2 peer, so
// it is compared with the largest Llama 2, 70B (the report's "almost 50× more compute" is against that model, §1).
import type { ModelId } from '../../data/models';

/** The sizes as URL values, smallest first. */
export const LLAMA3_SIZES = ['8b', '70b', '405b'] as const;
export type Llama3Size = (typeof LLAMA3_SIZES)[number];

/** Llama 3 size → its config in src/data/models.ts. */
export const LLAMA3_OF: Record<Llama3Size, ModelId> = { '8b': 'llama3-8b', '70b': 'llama3-70b', '405b': 'llama3-405b' };

/** Llama 3 size → the Llama 2 model it is compared with. */
export const LLAMA2_PEER_OF: Record<Llama3Size, ModelId> = { '8b': 'llama2-7b', '70b': 'llama2-70b', '405b': 'llama2-70b' };

/** The Llama 3 configs, smallest first. */
export const LLAMA3_MODEL_IDS = ['llama3-8b', 'llama3-70b', 'llama3-405b'] as const satisfies readonly ModelId[];
