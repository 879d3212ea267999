// Named states of vision-adapter whose view is snapshotted (src/widgets/contract.test.tsx): the default (the paper's
// 405B set-up, a 1,600 × 1,200 image), each released model, a bundled picture on each side of the tiling rule, a gate
// turned up, and a hostile query (the schema turns each value into its default, which is what is rendered).
import { parseUrl } from '../../lib/urlState';
import type { Examples } from '../types';
import { fields } from './meta';

/** A hostile query: every value is refused and falls back to its default (the embed page names each one). */
export const HOSTILE_QUERY = '?model=__proto__&image=..%2F..%2Fetc&width=NaN&height=-5&gate=1e400';

export const examples = {
  /** Paper 405B: 336-px tiles, 2 × 2 tiles, 2,308 tokens; 32 blocks ≈ 102B against the report's ≈100B. */
  default: {},
  /** Released Llama 3.2 11B Vision Instruct: 560-px tiles, the bundled 750 × 1,334 phone screenshot on a 2 × 2 canvas (no canvas holds it unshrunk; 2 × 2 shrinks it least). */
  'instruct-phone': { model: 'llama32-11b-instruct', image: 'phone' },
  /** Released 90B: a panorama on 4 × 1 tiles. */
  '90b-panorama': { model: 'llama32-90b', image: 'panorama' },
  /** An icon on the 11B base (448 px): upscaled to one tile. */
  '11b-icon': { model: 'llama32-11b', image: 'icon' },
  /** The paper's 8B set-up (no adapter size in the paper), gate 1.5. */
  'paper-8b-gate': { model: 'paper-8b', gate: 1.5 },
  /** HOSTILE_QUERY as parsed: the defaults. */
  hostile: parseUrl(fields, HOSTILE_QUERY).state,
} satisfies Examples<typeof fields>;
