// rlhf-memory's model against exact reference values: parameter counts of Llama 3 8B / 70B / 405B (llama3-facts.md
// §A and src/lib/llama/params.test.ts), the bytes each method holds computed by hand from them, GPUs of 80 GB, the
// precision choices, and hostile URLs.
import { describe, expect, it } from 'vitest';
import { parameterCount, RLHF_METHODS, rlhfMemory } from '../../lib/llama';
import { MODELS, MODEL_IDS } from '../../data/models';
import { parseUrl } from '../../lib/urlState';
import { HOSTILE_QUERY } from './examples';
import { fields } from './meta';
import {
  DEFAULTS, FIELD_LIMITS, GPU, MAX_BYTES_PER_PARAM, MAX_CUSTOM_PARAMS, METHODS, OPTIMIZERS, WEIGHT_DTYPES, checkMemory, computeMemory, gpusFor,
  precisionOf, presetFields, unusedFields, type MemState,
} from './model';

const base: MemState = { ...DEFAULTS };
const VOCAB = 128_256;
/** Llama 3 parameter counts (Table 3 shapes; 8,030,261,248 / 70,553,706,496 / 405,853,388,800) and widths d. */
const SIZES = [
  { model: 'llama3-8b', lm: 8_030_261_248, d: 4_096 },
  { model: 'llama3-70b', lm: 70_553_706_496, d: 8_192 },
  { model: 'llama3-405b', lm: 405_853_388_800, d: 16_384 },
] as const;

describe('rlhf-memory model', () => {
  it('shows the three methods in src/lib/llama’s order', () => {
    expect([...METHODS]).toEqual([...RLHF_METHODS]);
  });

  it('the GPU is the report’s H100 with 80 GB (nominal, decimal)', () => {
    expect(GPU.memoryBytes).toBe(80e9);
  });

  describe.each(SIZES)('$model, bf16 weights, fp32 gradients, AdamW with master (12 B): exact bytes by hand', ({ model, lm, d }) => {
    const rm = lm - VOCAB * d + d; // scalar head of d weights in place of the vocabulary head
    const r = computeMemory({ ...base, model });
    it('parameter counts', () => {
      expect(r.params).toBe(lm);
      expect(r.scalarParams).toBe(rm);
    });
    it('PPO: policy and value trained (2 + 4 + 12 B), reference and reward frozen (2 B)', () => {
      expect(r.methods.ppo.memory.models.map((m) => m.role)).toEqual(['policy', 'value', 'reference', 'reward']);
      expect(r.methods.ppo.total).toBe(18 * lm + 18 * rm + 2 * lm + 2 * rm);
      expect(r.methods.ppo.weights).toBe(2 * (2 * lm + 2 * rm));
      expect(r.methods.ppo.gradients).toBe(4 * (lm + rm));
      expect(r.methods.ppo.optimizer).toBe(12 * (lm + rm));
    });
    it('GRPO: policy trained, reference and reward frozen; DPO: policy trained, reference frozen', () => {
      expect(r.methods.grpo.total).toBe(18 * lm + 2 * lm + 2 * rm);
      expect(r.methods.dpo.total).toBe(20 * lm);
    });
  });

  it('exact totals and GPUs of 80 GB for the 405B (the chapter’s numbers)', () => {
    const r = computeMemory(base);
    expect(r.methods.ppo.total).toBe(16_192_108_953_600);
    expect(r.methods.grpo.total).toBe(8_924_571_893_760);
    expect(r.methods.dpo.total).toBe(8_117_067_776_000);
    expect([r.methods.ppo.gpus, r.methods.grpo.gpus, r.methods.dpo.gpus]).toEqual([203, 112, 102]);
    const c = computeMemory({ ...base, cached: true, grpokl: false });
    expect(c.methods.dpo.total).toBe(7_305_360_998_400);
    expect(c.methods.dpo.gpus).toBe(92);
    expect(c.methods.grpo.total).toBe(8_112_865_116_160);
    expect(c.methods.grpo.gpus).toBe(102);
  });

  it('GPUs for the 8B and 70B', () => {
    const g = (model: MemState['model'], extra: Partial<MemState> = {}) => {
      const r = computeMemory({ ...base, model, ...extra });
      return METHODS.map((m) => r.methods[m].gpus);
    };
    expect(g('llama3-8b')).toEqual([4, 3, 3]);
    expect(g('llama3-70b')).toEqual([36, 20, 18]);
    expect(g('llama3-70b', { cached: true, grpokl: false })).toEqual([36, 18, 16]);
  });

  it('gpusFor rounds up, at least one', () => {
    expect(gpusFor(0)).toBe(1);
    expect(gpusFor(80e9)).toBe(1);
    expect(gpusFor(80e9 + 1)).toBe(2);
  });

  it('precisions: fp32 weights drop the master copy (8 B, with a note); AdamW without master 8 B; SGD momentum 4 B', () => {
    expect(precisionOf('bf16', 'adamw-master')).toEqual({ weightBytes: 2, gradBytes: 4, optimizerBytes: 12 });
    expect(precisionOf('fp32', 'adamw-master')).toEqual({ weightBytes: 4, gradBytes: 4, optimizerBytes: 8 });
    expect(precisionOf('bf16', 'adamw')).toEqual({ weightBytes: 2, gradBytes: 4, optimizerBytes: 8 });
    expect(precisionOf('fp32', 'sgd-momentum')).toEqual({ weightBytes: 4, gradBytes: 4, optimizerBytes: 4 });
    const lm = 8_030_261_248;
    const fp32 = computeMemory({ ...base, model: 'llama3-8b', dtype: 'fp32' });
    expect(fp32.notes).toEqual(['masterIsWeights']);
    expect(fp32.methods.dpo.total).toBe(16 * lm + 4 * lm);
    const sgd = computeMemory({ ...base, model: 'llama3-8b', optimizer: 'sgd-momentum' });
    expect(sgd.notes).toEqual([]);
    expect(sgd.methods.dpo.total).toBe(10 * lm + 2 * lm);
  });

  it('generation: PPO and GRPO generate every step, DPO never', () => {
    const r = computeMemory(base);
    expect(METHODS.map((m) => r.methods[m].memory.generates)).toEqual([true, true, false]);
  });

  it('PPO > GRPO for every model and choice, GRPO > DPO unless only GRPO drops its reference; maxTotal is PPO’s', () => {
    for (const model of ['llama3-8b', 'llama3-70b', 'llama3-405b', 'llama2-7b', 'llama2-70b'] as const) {
      for (const cached of [false, true]) for (const grpokl of [false, true]) {
        const r = computeMemory({ ...base, model, cached, grpokl });
        expect(r.methods.ppo.total).toBeGreaterThan(r.methods.grpo.total);
        // GRPO holds more than DPO unless GRPO drops its reference (β 0) while DPO keeps one: then the reward model
        // (a scalar head) is smaller than DPO's reference (a vocabulary head).
        if (grpokl || cached) expect(r.methods.grpo.total).toBeGreaterThan(r.methods.dpo.total);
        else expect(r.methods.grpo.total).toBeLessThan(r.methods.dpo.total);
        expect(r.maxTotal).toBe(r.methods.ppo.total);
        for (const m of METHODS) {
          expect(Number.isSafeInteger(r.methods[m].total)).toBe(true);
          expect(r.methods[m].weights + r.methods[m].gradients + r.methods[m].optimizer).toBe(r.methods[m].total);
        }
      }
    }
  });

  it('a hostile URL falls back to every default and names each refused parameter', () => {
    const { state, ignored } = parseUrl(fields, HOSTILE_QUERY);
    expect(state).toMatchObject({ ...DEFAULTS, theme: 'auto' });
    expect(ignored.map((i) => i.key).sort()).toEqual(['cached', 'dtype', 'grpokl', 'method', 'model', 'optimizer']);
    const r = computeMemory({ ...state });
    expect(r.methods.dpo.total).toBe(8_117_067_776_000);
  });

  it('valid URL values are read', () => {
    const { state, ignored } = parseUrl(fields, '?model=llama3-8b&method=ppo&dtype=fp32&optimizer=adamw&cached=true&grpokl=0');
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ model: 'llama3-8b', method: 'ppo', dtype: 'fp32', optimizer: 'adamw', cached: true, grpokl: false });
  });

  it('one update of the model takes well under a frame (≤ 16 ms budget)', () => {
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) computeMemory({ ...base, model: i % 2 ? 'llama3-405b' : 'llama3-8b' });
    const per = (performance.now() - t0) / 1000;
    expect(per).toBeLessThan(2);
    console.log(`computeMemory: ${(per * 1000).toFixed(1)} µs per call`);
  });
});

describe('rlhf-memory, a custom shape (param-counter’s fields, limits and rules)', () => {
  it.each(MODEL_IDS)('custom with %s’s shape gives exactly that model’s bytes', (id) => {
    for (const dtype of WEIGHT_DTYPES) for (const optimizer of OPTIMIZERS) {
      const s: MemState = { ...base, dtype, optimizer };
      const released = computeMemory({ ...s, model: id });
      const custom = checkMemory({ ...s, model: 'custom', custom: presetFields(id) });
      expect(custom.ok).toBe(true);
      if (!custom.ok) return;
      expect(custom.result.modelName).toBeNull();
      expect(custom.result.params).toBe(released.params);
      for (const m of METHODS) expect(custom.result.methods[m]).toEqual(released.methods[m]);
    }
  });

  it('impossible shapes give the field’s reason, never numbers', () => {
    const c = (patch: Partial<ReturnType<typeof presetFields>>) => checkMemory({ ...base, model: 'custom', custom: { ...presetFields('llama3-8b'), ...patch } });
    expect(c({ heads: 48 })).toEqual({ ok: false, tooLarge: null, errors: { heads: { kind: 'shape', issue: { field: 'heads', code: 'notDivisorOfDim', heads: 48, dim: 4_096 } } } });
    expect(c({ kvHeads: 5 })).toEqual({ ok: false, tooLarge: null, errors: { kvHeads: { kind: 'shape', issue: { field: 'kvHeads', code: 'notDivisor', kvHeads: 5, heads: 32 } } } });
    expect(c({ kvHeads: 64 })).toMatchObject({ ok: false, errors: { kvHeads: { kind: 'shape', issue: { code: 'exceedsHeads' } } } });
    expect(c({ heads: 8_192 })).toMatchObject({ ok: false, errors: { heads: { kind: 'shape', issue: { code: 'exceedsDim' } } } });
    expect(c({ dim: 4_000, heads: 32 })).toMatchObject({ ok: false, errors: { heads: { kind: 'shape', issue: { code: 'oddHeadDim', headDim: 125 } } } });
    expect(c({ dim: 96, heads: 32, kvHeads: 8 })).toMatchObject({ ok: false, errors: { heads: { kind: 'shape', issue: { code: 'oddHeadDim', headDim: 3 } } } });
    // Values the URL allows but the model refuses (param-counter's FIELD_LIMITS), and what no state should hold.
    expect(c({ layers: FIELD_LIMITS.layers.max + 1 })).toMatchObject({ ok: false, errors: { layers: { kind: 'parse', failure: 'tooLarge' } } });
    expect(c({ dim: Number.NaN })).toMatchObject({ ok: false, errors: { dim: { kind: 'parse' } } });
    expect(c({ vocab: 1.5 })).toMatchObject({ ok: false, errors: { vocab: { kind: 'parse', failure: 'fraction' } } });
  });

  it('a shape beyond MAX_CUSTOM_PARAMS is refused with its count', () => {
    const big = { ...presetFields('llama3-405b'), layers: 1_000_000 }; // every field within FIELD_LIMITS
    const r = checkMemory({ ...base, model: 'custom', custom: big });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({});
    expect(r.tooLarge).toEqual({ params: parameterCount({ ...big, tiedEmbeddings: false }), max: MAX_CUSTOM_PARAMS });
  });

  it('the bound: the largest total a custom shape can reach stays below 2^53 bytes, so every byte is exact', () => {
    // Worst bytes per parameter over the choices: PPO's two trained models at the widest precision, two frozen in fp32.
    const widest = Math.max(...WEIGHT_DTYPES.flatMap((d) => OPTIMIZERS.map((o) => { const p = precisionOf(d, o); return p.weightBytes + p.gradBytes + p.optimizerBytes; })));
    expect(widest).toBe(18);
    expect(MAX_BYTES_PER_PARAM).toBe(2 * 18 + 2 * 4);
    // A value or reward model has at most N + d parameters (a tied model keeps its embedding and adds d).
    const bound = (BigInt(MAX_CUSTOM_PARAMS) + BigInt(FIELD_LIMITS.dim.max)) * BigInt(MAX_BYTES_PER_PARAM);
    expect(bound < 2n ** 53n).toBe(true);
    // A real shape just under the cap, tied (the larger scalar model), at every choice: exact against bigint.
    const shape = { dim: 65_536, layers: 2_200, heads: 512, kvHeads: 512, ffnDim: 131_072, vocab: 1, tiedEmbeddings: true };
    const n = parameterCount(shape);
    expect(n <= BigInt(MAX_CUSTOM_PARAMS)).toBe(true);
    expect(n > BigInt(MAX_CUSTOM_PARAMS) * 9n / 10n).toBe(true);
    for (const dtype of WEIGHT_DTYPES) for (const optimizer of OPTIMIZERS) {
      const p = precisionOf(dtype, optimizer);
      const ppo = rlhfMemory('ppo', shape, p);
      const scalar = n + BigInt(shape.dim);
      const trained = BigInt(p.weightBytes + p.gradBytes + p.optimizerBytes);
      const exact = n * trained + scalar * trained + n * BigInt(p.weightBytes) + scalar * BigInt(p.weightBytes);
      expect(BigInt(ppo.total)).toBe(exact);
      expect(Number.isSafeInteger(ppo.total)).toBe(true);
      const viaWidget = checkMemory({ ...base, dtype, optimizer, model: 'custom', custom: { dim: shape.dim, layers: shape.layers, heads: shape.heads, kvHeads: shape.kvHeads, ffnDim: shape.ffnDim, vocab: shape.vocab, tied: true } });
      expect(viaWidget.ok && viaWidget.result.maxTotal).toBe(ppo.total);
    }
  });

  it('hostile custom values in the URL fall back to their defaults (Llama 3 8B’s shape) and are named', () => {
    const { state, ignored } = parseUrl(fields, '?model=custom&dim=-4096&layers=1e400&heads=NaN&kvHeads=__proto__&ffnDim=99999999999&vocab=1.5&tied=maybe');
    expect(ignored.map((i) => i.key).sort()).toEqual(['dim', 'ffnDim', 'heads', 'kvHeads', 'layers', 'tied', 'vocab']);
    const m = MODELS['llama3-8b'];
    expect(state).toMatchObject({ model: 'custom', dim: m.dim, layers: m.layers, heads: m.heads, kvHeads: m.kvHeads, ffnDim: m.ffnDim, vocab: m.vocab, tied: false });
    const { dim, layers, heads, kvHeads, ffnDim, vocab, tied } = state;
    const r = checkMemory({ ...base, model: 'custom', custom: { dim, layers, heads, kvHeads, ffnDim, vocab, tied } });
    expect(r.ok && r.result.methods.dpo.total).toBe(computeMemory({ ...base, model: 'llama3-8b' }).methods.dpo.total);
  });

  it('the shape fields are param-counter’s, and unused with a released model', () => {
    expect(unusedFields({ model: 'llama3-405b' })).toEqual(['dim', 'layers', 'heads', 'kvHeads', 'ffnDim', 'vocab', 'tied']);
    expect(unusedFields({ model: 'custom' })).toEqual([]);
  });
});
