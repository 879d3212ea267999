// The numbers of the grouped-query attention chapter (content/chapters/<lang>/04-gqa.mdx), shared by every
// language: each chapter imports them with its own formatting (formatFor('en'), formatFor('zh')) and words them
// itself. The cache sizes come from the kv-cache widget's own computation, so the prose, the table and the
// calculator cannot disagree.
import { GPUS } from '../data/gpus';
import { CONTEXT_LLAMA31, MODELS, type ModelId } from '../data/models';
import type { Format } from '../lib/format';
import { parameterCount } from '../lib/llama';
import { defaultsOf } from '../lib/urlState';
import { fields as kvFields } from '../widgets/kv-cache/meta';
import { computeKv, type AttentionKind, type KvOk } from '../widgets/kv-cache/model';

/** The kv-cache widget's result for a released model in bf16 (the widget's default precision), on the H100. */
export function kv(model: ModelId, attention: AttentionKind, context: number, batch = 1): KvOk {
  const r = computeKv({ ...defaultsOf(kvFields), model, attention, context, batch });
  if (!r.ok) throw new Error(`kv-cache: ${JSON.stringify(r.errors)}`);
  return r;
}

export const M8 = MODELS['llama3-8b'];
export const M70 = MODELS['llama3-70b'];
export const M405 = MODELS['llama3-405b'];
export const H100 = GPUS.h100;
export const H200 = GPUS.h200;

/** Query heads per key/value head. */
export const groupSize = (id: ModelId): number => MODELS[id].heads / MODELS[id].kvHeads;

/** What the chapter prints, formatted for one language. */
export function gqaNumbers(f: Format) {
  /** Bytes in binary units, exactly where they are exact (GiB). */
  const gib = (bytes: bigint | number) => f.bytesExact(bytes).text;
  /** Bytes in decimal units (GB). */
  const gb = (bytes: bigint | number) => f.bytesExact(bytes, { units: 'decimal' }).text;
  /** One sequence's cache at 128K against the weights (bf16), and the smallest batch whose cache outweighs them. */
  const vsWeights = (id: ModelId) => {
    const r = kv(id, 'gqa', CONTEXT_LLAMA31);
    const weights = Number(r.weightBytes);
    return { ratio: f.decimal(Number(r.totalBytes) / weights), batch: Math.floor(weights / Number(r.totalBytes)) + 1 };
  };
  const mha405 = kv('llama3-405b', 'mha', CONTEXT_LLAMA31);
  return {
    gib,
    gb,
    vsWeights,
    /** The 8B model's parameters with one key/value head per query head. */
    params8Mha: parameterCount({ ...M8, kvHeads: M8.heads }),
    params8: parameterCount(M8),
    /** Whole H100s' worth of nominal memory that the 405B model's MHA cache at 128K exceeds. */
    h100sFor405Mha: Math.floor(Number(mha405.totalBytes) / H100.memoryBytes),
  };
}
