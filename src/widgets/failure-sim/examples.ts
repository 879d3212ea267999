// Named states of failure-sim whose view is snapshotted (src/widgets/contract.test.tsx): the default, a high failure
// rate, 4× the GPUs, a long checkpoint write, τ at the Young/Daly optimum, a free write, and hostile URL values (the
// schema turns each into its default, which is what is rendered).
import { parseUrl } from '../../lib/urlState';
import type { Examples } from '../types';
import { fields } from './meta';

/** A hostile query: every value is refused and falls back to its default (the embed page names each one). */
export const HOSTILE_QUERY = '?rate=NaN&ckpt=-5&write=1e400&restart=__proto__&scale=8&seed=9999999999999';

export const examples = {
  /** The report's rate (7.76 a day); assumed τ 30 min, δ 30 s, R 5 min: 87.9% closed form, τ* 13.6 min → 90.1%. */
  default: {},
  /** 30 unexpected interruptions a day, 1 h checkpoints: far below 90%. */
  'high-rate': { rate: 30, ckpt: 60 },
  /** 4× the GPUs, failures scaled with them (an assumption): MTBF 46 min. */
  'scale-4': { scale: '4' },
  /** A 10-minute write with 2 h checkpoints. */
  'long-write': { write: 600, ckpt: 120 },
  /** A write that takes longer than the interval (the longWrite message). */
  'write-longer-than-interval': { write: 1800, ckpt: 10 },
  /** A free write: τ* = 0 (the freeWrite message). */
  'free-write': { write: 0, ckpt: 1 },
  /** Another seed (same closed form; the runs differ). */
  'seed-42': { seed: 42 },
  /** HOSTILE_QUERY as parsed: the defaults. */
  hostile: parseUrl(fields, HOSTILE_QUERY).state,
} satisfies Examples<typeof fields>;
