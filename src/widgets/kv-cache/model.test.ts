import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GPUS } from '../../data/gpus';
import { MODELS, type ModelId } from '../../data/models';
import { formatFor } from '../../lib/format';
import { DTYPE_IDS, kvBytesPerToken, kvCacheBytes, weightBytes } from '../../lib/llama';
import { defaultsOf } from '../../lib/urlState';
import { en as t } from './messages.en';
import { fields } from './meta';
import {
  ATTENTION_KINDS, BYTE_UNITS, LIMITS, MODEL_CHOICES, cacheTable, computeKv, kvHeadsFor, readCount, shapeIssues, shapeOf,
  storedKvHeads, summarize, type AttentionKind, type KvOk, type KvResult, type KvState, type LimitKey, type UnitSystem,
} from './model';

const defaults = defaultsOf(fields) as KvState;
const ok = (s: Partial<KvState>): KvOk => {
  const r = computeKv({ ...defaults, ...s });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};
const cache = (id: ModelId, attention: AttentionKind, context: number) => {
  const shape = shapeOf(MODELS[id]);
  return kvCacheBytes({ ...shape, kvHeads: kvHeadsFor(shape, attention) }, 'bf16', context, 1);
};
const perToken = (id: ModelId, attention: AttentionKind) => {
  const shape = shapeOf(MODELS[id]);
  return kvBytesPerToken({ ...shape, kvHeads: kvHeadsFor(shape, attention) }, 'bf16');
};
const GiB = 2n ** 30n;

// The widget's sizes and speeds as it prints them (src/lib/format, English), and its words (messages.ts).
const en = formatFor('en');
const humanBytes = (bytes: bigint, unit: UnitSystem) => en.bytesExact(bytes, { units: BYTE_UNITS[unit] });
const describeState = (s: KvState) => t.describe(summarize(s), en);
const errorsOf = (r: KvResult) => (r.ok ? [] : r.errors.map((i) => t.issue(i, en)));
const notesOf = (r: KvOk) => r.notes.map((n) => t.note(n, t.modelName(r.model, r.preset), en));
/** A typed count as the field reads it, its refusal in the words shown under the field (labelled `label`). */
const read = (text: string, key: LimitKey, label: string) => {
  const p = readCount(text, key);
  return p.ok ? p : { ok: false as const, error: t.countError(label, p.error, en) };
};

// The bytes themselves (facts §B.2) are pinned in src/lib/llama/kvCache.test.ts; here, the attention choice and the text.
describe('KV cache in bf16 as the widget shows it (llama3-facts.md §B.2)', () => {
  it('MHA, GQA and MQA store H, the model’s own and 1 KV heads', () => {
    const s = shapeOf(MODELS['llama3-405b']);
    expect(ATTENTION_KINDS.map((a) => kvHeadsFor(s, a))).toEqual([128, 8, 1]);
    expect(cache('llama3-405b', 'mha', 131_072)).toBe(1_008n * GiB);
    expect(perToken('llama3-8b', 'gqa')).toBe(131_072n);
  });
  it('bytes per token in binary units: 128 KiB, 512 KiB, 320 KiB, 2.5 MiB, 504 KiB, 7.875 MiB', () => {
    expect(humanBytes(perToken('llama3-8b', 'gqa'), 'gib').text).toBe('128 KiB');
    expect(humanBytes(perToken('llama3-8b', 'mha'), 'gib').text).toBe('512 KiB');
    expect(humanBytes(perToken('llama3-70b', 'gqa'), 'gib').text).toBe('320 KiB');
    expect(humanBytes(perToken('llama3-70b', 'mha'), 'gib').text).toBe('2.5 MiB');
    expect(humanBytes(perToken('llama3-405b', 'gqa'), 'gib').text).toBe('504 KiB');
    expect(humanBytes(perToken('llama3-405b', 'mha'), 'gib').text).toBe('7.875 MiB');
  });
  it('totals in GiB, exact: 1, 16, 2.5, 40, 3.9375, 63 and 1,008 GiB', () => {
    const t = (id: ModelId, a: AttentionKind, c: number) => humanBytes(cache(id, a, c), 'gib');
    expect(t('llama3-8b', 'gqa', 8_192)).toEqual({ text: '1 GiB', exact: true });
    expect(t('llama3-8b', 'gqa', 131_072)).toEqual({ text: '16 GiB', exact: true });
    expect(t('llama3-70b', 'gqa', 8_192).text).toBe('2.5 GiB');
    expect(t('llama3-70b', 'gqa', 131_072).text).toBe('40 GiB');
    expect(t('llama3-405b', 'gqa', 8_192)).toEqual({ text: '3.9375 GiB', exact: true });
    expect(t('llama3-405b', 'gqa', 131_072).text).toBe('63 GiB');
    expect(t('llama3-405b', 'mha', 131_072).text).toBe('1,008 GiB');
  });
  it('decimal units as the facts sheet rounds them: 1.07 GB, 17.2 GB, 1.08 TB', () => {
    expect(humanBytes(cache('llama3-8b', 'gqa', 8_192), 'gb')).toEqual({ text: '≈1.07 GB', exact: false });
    expect(humanBytes(cache('llama3-8b', 'gqa', 131_072), 'gb').text).toBe('≈17.2 GB');
    expect(humanBytes(cache('llama3-405b', 'mha', 131_072), 'gb').text).toBe('≈1.08 TB');
  });
  it('"128K" read as 128,000 tokens instead gives the facts sheet’s alternative figures', () => {
    expect(humanBytes(cache('llama3-8b', 'gqa', 128_000), 'gib').text).toBe('15.625 GiB');
    expect(humanBytes(cache('llama3-405b', 'gqa', 128_000), 'gib')).toEqual({ text: '≈61.5 GiB', exact: false });
  });
  it('uses 8 KV heads for 405B (Table 3), not the mp16 checkpoint’s 16', () => {
    expect(MODELS['llama3-405b'].kvHeads).toBe(8);
    expect(ok({ model: 'llama3-405b', context: 8_192 }).totalBytes).toBe(4_227_858_432n);
  });
});

describe('weights and the decode bound', () => {
  it('weights are the exact parameter count, with the chosen attention, times the element size', () => {
    expect(ok({}).weightBytes).toBe(16_060_522_496n);
    expect(ok({ dtype: 'int4' }).weightBytes).toBe(4_015_130_624n);
    expect(ok({ attention: 'mha' }).weightBytes).toBe(weightBytes(8_835_567_616n, 'bf16'));
    expect(ok({ model: 'llama3-405b' }).parameters).toBe(405_853_388_800n);
    expect(ok({ model: 'llama3-405b', attention: 'mha' }).parameters).toBe(469_271_265_280n);
    expect(ok({ model: 'llama3-8b', attention: 'mha' }).parameters).toBe(8_835_567_616n);
  });
  it('default state: 8B, bf16, 131,072 tokens on an H100 reads 33.2 GB per step, at most ≈101 tokens/s', () => {
    const r = ok({});
    expect(r.totalBytes).toBe(17_179_869_184n);
    expect(r.decode.bytesPerStep).toBe(16_060_522_496n + 17_179_869_184n);
    expect(r.decode.tokensPerSecondPerSequence).toBeCloseTo(3.35e12 / 33_240_391_680, 9);
    expect(en.rate(r.decode.tokensPerSecondPerSequence)).toBe('101');
    expect(en.duration(r.decode.secondsPerStep)).toBe('9.92 ms');
    expect(r.gpusToHold).toBe(1);
  });
  it('the batch shares one read of the weights: total tokens/s grows, per-sequence tokens/s falls', () => {
    const one = ok({ context: 8_192 });
    const many = ok({ context: 8_192, batch: 64 });
    expect(many.decode.bytesPerStep).toBe(one.weightBytes! + 64n * one.totalBytes);
    expect(many.decode.tokensPerSecond).toBeGreaterThan(one.decode.tokensPerSecond);
    expect(many.decode.tokensPerSecondPerSequence).toBeLessThan(one.decode.tokensPerSecondPerSequence);
  });
  it('H200: 141 GB and 4.8 TB/s', () => {
    const r = ok({ gpu: 'h200', model: 'llama3-70b', context: 8_192 });
    expect(r.gpu.memoryBytes).toBe(141e9);
    expect(r.decode.secondsPerStep).toBeCloseTo(Number(r.decode.bytesPerStep) / 4.8e12, 12);
    expect(r.gpusToHold).toBe(2); // 141.1 GB of bf16 weights + 2.7 GB cache > 141 GB
  });
  it('KV cache ÷ weights at 131,072 tokens, batch 1, bf16: 8B 1.07×, 70B 0.30×, 405B 0.08× (issue 9, item 9)', () => {
    const r8 = ok({});
    expect(r8.cacheToWeights).toBeCloseTo(17_179_869_184 / 16_060_522_496, 12);
    expect(en.ratio(r8.cacheToWeights!)).toBe('1.07×');
    const r70 = ok({ model: 'llama3-70b' });
    expect(r70.cacheToWeights).toBeCloseTo(42_949_672_960 / 141_107_412_992, 12);
    expect(en.ratio(r70.cacheToWeights!)).toBe('0.30×');
    const r405 = ok({ model: 'llama3-405b' });
    expect(r405.cacheToWeights).toBeCloseTo(67_645_734_912 / 811_706_777_600, 12);
    expect(en.ratio(r405.cacheToWeights!)).toBe('0.08×');
    // the ratio scales with the batch: 70B passes its weights from a batch of 4 sequences
    expect(ok({ model: 'llama3-70b', batch: 4 }).cacheToWeights!).toBeGreaterThan(1);
    expect(ok({ model: 'custom' }).cacheToWeights).toBeNull();
    expect(en.ratio(0.004)).toBe('under 0.01×');
    expect(en.ratio(123.456)).toBe('123×');
  });
  it('GPU memory is labelled nominal (the datasheet size), and cited', () => {
    expect(GPUS.h100.memoryLabel).toBe('80 GB nominal');
    expect(GPUS.h200.memoryLabel).toBe('141 GB nominal');
    expect(GPUS.h100.name).toContain('nominal');
    expect(GPUS.h100.cite).toContain('Report §3.3.1');
  });
  it('405B in bf16 does not fit in one H100', () => {
    expect(ok({ model: 'llama3-405b' }).gpusToHold).toBe(Math.ceil((811_706_777_600 + 67_645_734_912) / 80e9));
  });
  it('custom shapes count the cache only', () => {
    const r = ok({ model: 'custom' });
    expect(r.weightBytes).toBeNull();
    expect(r.decode.includesWeights).toBe(false);
    expect(r.decode.bytesPerStep).toBe(r.totalBytes);
    expect(r.totalBytes).toBe(17_179_869_184n); // the custom defaults are the 8B shape
  });
});

describe('notes and validation', () => {
  it('flags contexts beyond the released window and hypothetical attention variants', () => {
    expect(notesOf(ok({ model: 'llama2-7b', context: 8_192 })).join(' ')).toMatch(/4,096-token window/);
    expect(notesOf(ok({ attention: 'mha' })).join(' ')).toMatch(/hypothetical/);
    expect(notesOf(ok({ model: 'llama2-7b', context: 4_096 })).join(' ')).toMatch(/GQA and MHA coincide/);
    expect(notesOf(ok({ dtype: 'int4' })).join(' ')).toMatch(/scale factors/);
    expect(ok({}).notes).toEqual([]);
    // The notes are codes with their numbers; the catalogue words them.
    expect(ok({ model: 'llama2-7b', context: 8_192, attention: 'mqa', dtype: 'int4' }).notes).toEqual([
      { code: 'beyondWindow', window: 4_096 },
      { code: 'hypotheticalAttention', attention: 'mqa', releasedKvHeads: 32, kvHeads: 1 },
      { code: 'multiHeadModel', heads: 32 },
      { code: 'int4Scales' },
    ]);
    expect(notesOf(ok({ attention: 'mqa' }))).toEqual([
      'Llama 3.1 8B as released stores 8 KV heads; this MQA variant with 1 is hypothetical (same shapes otherwise).',
    ]);
  });
  it('explains impossible custom shapes instead of computing', () => {
    const r1 = computeKv({ ...defaults, model: 'custom', heads: 32, kvHeads: 12 });
    expect(r1.ok).toBe(false);
    expect(errorsOf(r1)[0]).toMatch(/multiple of KV heads/);
    const r2 = computeKv({ ...defaults, model: 'custom', heads: 8, kvHeads: 32 });
    expect(errorsOf(r2)[0]).toMatch(/cannot outnumber/);
    expect(shapeIssues({ layers: 0, heads: 32, kvHeads: 8, headDim: 1.5 }).map((i) => [i.field, i.code])).toEqual([['layers', 'outOfRange'], ['headDim', 'outOfRange']]);
    // Out-of-bounds fields are reported alone: KV heads are checked against query heads once every field is in bounds.
    expect(shapeIssues({ layers: 0, heads: 8, kvHeads: 32, headDim: 128 }).map((i) => i.field)).toEqual(['layers']);
    expect(errorsOf(computeKv({ ...defaults, model: 'custom', layers: 0 }))).toEqual(['Layers must be a whole number from 1 to 1,024.']);
    expect(errorsOf(computeKv({ ...defaults, context: 0 }))).toEqual(['Context must be a whole number from 1 to 1,048,576.']);
    expect(errorsOf(computeKv({ ...defaults, batch: Number.NaN }))).toEqual(['Batch size must be a whole number from 1 to 1,024.']);
    expect(errorsOf(computeKv({ ...defaults, gpu: 'constructor' as never }))).toEqual(['GPU must be H100 or H200.']);
    expect(computeKv({ ...defaults, model: '__proto__' as never })).toEqual({ ok: false, model: null, preset: null, errors: [{ field: 'model', code: 'unknownChoice' }] });
    expect(describeState({ ...defaults, model: '__proto__' as never })).toBe('Unknown model: the configuration is impossible. Choose one of the listed models or a custom shape.');
  });
  it('never throws and never produces NaN, Infinity or undefined text, whatever the state', () => {
    const anyNum = fc.oneof(fc.integer({ min: -5, max: 2_000_000 }), fc.double(), fc.constant(Number.NaN));
    const state = fc.record({
      theme: fc.constant('auto'),
      model: fc.oneof(fc.constantFrom(...MODEL_CHOICES), fc.string()),
      attention: fc.oneof(fc.constantFrom(...ATTENTION_KINDS), fc.string()),
      dtype: fc.oneof(fc.constantFrom(...DTYPE_IDS), fc.string()),
      context: anyNum, batch: anyNum, layers: anyNum, heads: anyNum, kvHeads: anyNum, headDim: anyNum,
      gpu: fc.constantFrom('h100', 'h200', 'x'),
      unit: fc.constantFrom('gib', 'gb'),
    });
    fc.assert(fc.property(state, (s) => {
      const text = describeState(s as KvState);
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
    }), { numRuns: 300 });
  });
});

describe('cache invariants (property tests)', () => {
  const shape = fc.integer({ min: 1, max: 64 }).chain((kv) => fc.record({
    layers: fc.integer({ min: LIMITS.layers.min, max: LIMITS.layers.max }),
    kvHeads: fc.constant(kv),
    heads: fc.integer({ min: 1, max: Math.floor(LIMITS.heads.max / kv) }).map((g) => g * kv),
    headDim: fc.integer({ min: LIMITS.headDim.min, max: LIMITS.headDim.max }),
  }));
  const dtype = fc.constantFrom(...DTYPE_IDS);
  const context = fc.integer({ min: LIMITS.context.min, max: LIMITS.context.max });
  const batch = fc.integer({ min: LIMITS.batch.min, max: LIMITS.batch.max });

  it('cache(GQA) = cache(MHA) × kvHeads / heads, exactly', () => {
    fc.assert(fc.property(shape, dtype, context, batch, (s, d, c, b) => {
      const gqa = kvCacheBytes({ ...s, kvHeads: kvHeadsFor(s, 'gqa') }, d, c, b);
      const mha = kvCacheBytes({ ...s, kvHeads: kvHeadsFor(s, 'mha') }, d, c, b);
      expect(gqa * BigInt(s.heads)).toBe(mha * BigInt(s.kvHeads));
      expect(shapeIssues(s)).toEqual([]);
    }));
  });
  it('MQA ≤ GQA ≤ MHA', () => {
    fc.assert(fc.property(shape, dtype, context, batch, (s, d, c, b) => {
      const [mha, gqa, mqa] = (['mha', 'gqa', 'mqa'] as const).map((a) => kvCacheBytes({ ...s, kvHeads: kvHeadsFor(s, a) }, d, c, b));
      expect(mqa! <= gqa!).toBe(true);
      expect(gqa! <= mha!).toBe(true);
    }));
  });
  it('prints sizes beyond 2^53 bytes exactly', () => {
    expect(humanBytes(kvCacheBytes({ layers: 1_024, kvHeads: 1_024, headDim: 1_024 }, 'fp32', 1_048_576, 1_024), 'gib')).toEqual({ text: '8 EiB', exact: true });
  });
});

describe('readCount (what a reader types) and the words under the field', () => {
  it('reads digits, separators and K/M suffixes', () => {
    expect(readCount('131072', 'context')).toEqual({ ok: true, value: 131_072 });
    expect(readCount(' 131,072 ', 'context')).toEqual({ ok: true, value: 131_072 });
    expect(readCount('128K', 'context')).toEqual({ ok: true, value: 131_072 });
    expect(readCount('8k', 'context')).toEqual({ ok: true, value: 8_192 });
    expect(readCount('1M', 'context')).toEqual({ ok: true, value: 1_048_576 });
  });
  it('refuses suffixes where they make no sense, out-of-range values and junk, with a message', () => {
    expect(readCount('8k', 'batch').ok).toBe(false);
    expect(read('8k', 'batch', 'Batch')).toEqual({ ok: false, error: 'Batch: type a whole number from 1 to 1,024 (digits only).' });
    expect(readCount('2M', 'context')).toEqual({ ok: false, error: { failure: 'tooLarge', value: 2_097_152, min: 1, max: 1_048_576, suffixes: true } });
    const tooBig = read('2M', 'context', 'Context');
    expect(!tooBig.ok && tooBig.error).toBe('Context must be from 1 to 1,048,576; that is 2,097,152.');
    expect(read('1x', 'context', 'Context')).toEqual({ ok: false, error: 'Context: type a whole number from 1 to 1,048,576 (digits, or with K = 1,024 and M = 1,048,576, e.g. 128K).' });
    for (const junk of ['', '0', '-3', '1.5', '1e6', 'NaN', 'Infinity', '١٢٣', '\u202e123', '12\u0000', '🦙', '\ud800', 'x'.repeat(10_000)]) {
      const p = read(junk, 'layers', 'Layers');
      expect(p.ok, junk).toBe(false);
      if (!p.ok) {
        expect(p.error).toMatch(/^Layers/);
        expect(p.error.length).toBeLessThan(200);
        expect(p.error).not.toMatch(/[\u202e\u0000\ud800]|🦙|١/);
      }
    }
  });
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      const p = readCount(s, 'context');
      if (p.ok) expect(Number.isInteger(p.value) && p.value >= 1 && p.value <= 1_048_576).toBe(true);
    }));
  });
});

describe('describe (the catalogue, from the numeric summary)', () => {
  it('says what a sighted reader sees', () => {
    expect(describeState(defaults)).toBe(
      'Llama 3.1 8B with grouped-query attention (8 KV heads for 32 query heads), bf16, 131,072 tokens, batch 1: ' +
      'KV cache 17,179,869,184 bytes (16 GiB), 131,072 bytes per token. Multi-head attention would need 64 GiB; ' +
      'multi-query attention would need 2 GiB. Weights ≈15.0 GiB; the cache is 1.07× the weights. Idealised upper bound on decoding with one NVIDIA H100 SXM (80 GB nominal): 101 tokens per second per sequence.',
    );
  });
  it('explains an impossible shape', () => {
    expect(describeState({ ...defaults, model: 'custom', kvHeads: 5 })).toMatch(/^Custom shape: the configuration is impossible\. Query heads \(32\) must be a multiple of KV heads \(5\)/);
  });
});

describe('what the view shows, computed here', () => {
  it('the data table lists 4K, 8K, 32K, 128K, 1M and the state’s own context, with every kind’s cache', () => {
    const rows = cacheTable(ok({ context: 100_000, batch: 2 }));
    expect(rows.map((r) => r.context)).toEqual([4_096, 8_192, 32_768, 100_000, 131_072, 1_048_576]);
    expect(rows.filter((r) => r.chosen).map((r) => r.context)).toEqual([100_000]);
    expect(rows[0]!.bytes).toEqual({ mha: 524_288n * 4_096n * 2n, gqa: 131_072n * 4_096n * 2n, mqa: 16_384n * 4_096n * 2n });
    expect(cacheTable(ok({})).map((r) => r.context)).toEqual([4_096, 8_192, 32_768, 131_072, 1_048_576]);
  });
  it('the attention options name the KV heads stored, or none while a custom shape is not a count', () => {
    expect(ATTENTION_KINDS.map((k) => storedKvHeads({ heads: 32, kvHeads: 8 }, k))).toEqual([32, 8, 1]);
    expect(ATTENTION_KINDS.map((k) => storedKvHeads({ heads: 0, kvHeads: 2.5 }, k))).toEqual([null, null, 1]);
    expect(t.attentionOption('gqa', null, en)).toBe('GQA · ?');
    expect(t.attentionOption('mha', 1_024, en)).toBe('MHA · 1,024');
  });
  it('every preset’s element size is 4, 2, 1 or ½ byte, and the formula says so', () => {
    expect(DTYPE_IDS.map((d) => ok({ dtype: d }).bytesPerElement)).toEqual([4, 2, 1, 0.5]);
    const strong = (s: string) => `*${s}*`;
    expect(t.formula(ok({ dtype: 'int4', batch: 2 }), 'binary', en, strong).join('')).toBe(
      '2 (K and V) × 32 layers × 8 KV heads × 128 dims × 0.5 bytes = *32,768 bytes per token* (32 KiB), then × 131,072 tokens × 2 sequences. Each KV head serves 4 query heads.',
    );
    expect(t.formula(ok({ dtype: 'fp8', attention: 'mha' }), 'binary', en, strong).join('')).toBe(
      '2 (K and V) × 32 layers × 32 KV heads × 128 dims × 1 byte = *262,144 bytes per token* (256 KiB), then × 131,072 tokens × 1 sequence.',
    );
  });
});
