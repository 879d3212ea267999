import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../data/models';
import { formatFor } from '../../lib/format';
import { defaultsOf } from '../../lib/urlState';
import {
  components, evaluate, evaluateState, FIELD_LIMITS, groupShares, PRESET_IDS, readField, readShape, reportCheck,
  resolvedRun, runDefaults, runSources, SHAPE_FIELDS, shapeOf, summarize, unusedFields,
  type CounterState, type FieldProblems, type PresetId, type ShapeInput,
} from './model';
import { fields } from './meta';
import { en as words } from './messages.en';

const en = words;
const f = formatFor('en');
/** What a screen reader hears for a state (the English catalogue over the model's summary). */
const describeState = (state: CounterState) => en.describe(summarize(state.model, evaluateState(state)), f);
/** Each field's problem in words. */
const wordsOf = (errors: FieldProblems) =>
  Object.fromEntries(Object.entries(errors).map(([field, p]) => [field, en.fieldError(field as keyof FieldProblems, p, f)]));

const defaults = defaultsOf(fields) as CounterState;
const preset = (model: PresetId, extra: Partial<CounterState> = {}): CounterState => ({ ...defaults, model, ...extra });
const custom = (fields: Partial<CounterState>): CounterState => ({ ...defaults, model: 'custom', ...fields });

function report(state: CounterState) {
  const e = evaluateState(state);
  if (!e.ok) throw new Error(`invalid: ${JSON.stringify(e.errors)}`);
  return e.report;
}

// shared/reference/llama3-facts.md §B.1: totals with V = 128,256 (Llama 3) and 32,000 (Llama 2).
const TOTALS: Record<PresetId, bigint> = {
  'llama3-8b': 8_030_261_248n,
  'llama3-70b': 70_553_706_496n,
  'llama3-405b': 405_853_388_800n,
  'llama2-7b': 6_738_415_616n,
  'llama2-70b': 68_976_648_192n,
};
// §B.1 "Same shapes with MHA".
const MHA: Partial<Record<PresetId, bigint>> = {
  'llama3-8b': 8_835_567_616n,
  'llama3-70b': 79_948_947_456n,
  'llama3-405b': 469_271_265_280n,
};

describe('param-counter: exact counts (facts §B.1)', () => {
  for (const id of PRESET_IDS) {
    it(`${id} totals ${TOTALS[id]}`, () => {
      const r = report(preset(id));
      expect(r.total).toBe(TOTALS[id]);
      expect(en.modelName(id)).toBe(MODELS[id].name);
    });
  }
  for (const [id, mha] of Object.entries(MHA) as [PresetId, bigint][]) {
    it(`${id} with multi-head attention (kvHeads = heads) totals ${mha}`, () => {
      const m = MODELS[id];
      expect(report(custom({ ...shapeOf(preset(id)) as CounterState, kvHeads: m.heads })).total).toBe(mha);
    });
  }
  it('a custom config equal to a preset gives the same total', () => {
    const m = MODELS['llama3-70b'];
    const r = report(custom({ dim: m.dim, layers: m.layers, heads: m.heads, kvHeads: m.kvHeads, ffnDim: m.ffnDim, vocab: m.vocab, tied: false }));
    expect(r.total).toBe(70_553_706_496n);
  });
  it('a preset ignores the custom fields the state happens to hold', () => {
    expect(report(preset('llama3-405b', { dim: 48, heads: 7 })).total).toBe(405_853_388_800n);
  });
  it('with 128,000 rows (the paper’s vocabulary size) instead of 128,256', () => {
    expect(report(custom({ vocab: 128_000 })).total).toBe(8_028_164_096n);
  });
});

describe('param-counter: breakdown', () => {
  it('Llama 3 8B by component (Table 3 shapes, h = 128)', () => {
    const byId = Object.fromEntries(report(preset('llama3-8b')).components.map((c) => [c.id, c.params]));
    expect(byId).toEqual({
      embedding: 525_336_576n, // 128,256 × 4,096
      attnQ: 536_870_912n, // 32 × 4,096 × 4,096
      attnK: 134_217_728n, // 32 × 4,096 × (8 × 128)
      attnV: 134_217_728n,
      attnO: 536_870_912n,
      ffn: 5_637_144_576n, // 32 × 3 × 4,096 × 14,336
      norms: 266_240n, // (2 × 32 + 1) × 4,096
      lmHead: 525_336_576n,
    });
  });
  it('shares: feed-forward dominates and grows with size; the vocabulary matrices shrink', () => {
    const s8 = groupShares(MODELS['llama3-8b']);
    const s70 = groupShares(MODELS['llama3-70b']);
    const s405 = groupShares(MODELS['llama3-405b']);
    expect(s8.ffn.share).toBeCloseTo(5_637_144_576 / 8_030_261_248, 12);
    expect(s8.vocab.share).toBeCloseTo(1_050_673_152 / 8_030_261_248, 12);
    expect(s405.vocab.share).toBeCloseTo(4_202_692_608 / 405_853_388_800, 12);
    expect(s8.ffn.share).toBeLessThan(s70.ffn.share);
    expect(s70.ffn.share).toBeLessThan(s405.ffn.share);
    expect(s8.vocab.share).toBeGreaterThan(s70.vocab.share);
    expect(s70.vocab.share).toBeGreaterThan(s405.vocab.share);
    for (const s of [s8, s70, s405]) {
      expect(s.ffn.share + s.attention.share + s.vocab.share + s.norms.share).toBeCloseTo(1, 12);
    }
  });
  it('a tied LM head has 0 parameters of its own and says so', () => {
    const lm = report(custom({ tied: true })).components.find((c) => c.id === 'lmHead')!;
    expect(lm.params).toBe(0n);
    expect(lm.shared).toBe(true);
    expect(en.sharedFormula).toBe('shared with the embedding');
    expect(report(custom({ tied: false })).components.find((c) => c.id === 'lmHead')!.shared).toBe(false);
  });
});

describe('param-counter: weight memory', () => {
  it('bytes at fp32 / bf16 / fp8 / int4 are 4 / 2 / 1 / 0.5 per parameter, exactly', () => {
    const mem = (id: PresetId) => Object.fromEntries(report(preset(id)).memory.map((m) => [m.dtype.id, m.bytes]));
    expect(mem('llama3-8b')).toEqual({ fp32: 32_121_044_992n, bf16: 16_060_522_496n, fp8: 8_030_261_248n, int4: 4_015_130_624n });
    expect(mem('llama3-405b')).toEqual({ fp32: 1_623_413_555_200n, bf16: 811_706_777_600n, fp8: 405_853_388_800n, int4: 202_926_694_400n });
  });
});

describe('param-counter: FLOPs', () => {
  it('training compute 6·N·D for 405B on 15.6T tokens is 3.7988 × 10²⁵, within 0.3% of the report’s 3.8 × 10²⁵ (§1)', () => {
    const r = report(preset('llama3-405b', { tokens: 15.6e12 }));
    if (!r.training.ok) throw new Error('tokens rejected');
    expect(r.training.flops).toBe(37_987_877_191_680_000_000_000_000n);
    expect(Number(r.training.flops) / 3.7988e25).toBeCloseTo(1, 4);
    expect(Math.abs(Number(r.training.flops) / 3.8e25 - 1)).toBeLessThan(0.003);
  });
  it('a preset without tokens or context in the URL uses its own: 8B “about 15T”, 405B 15.6T, Llama 2 2.0T and 4,096', () => {
    const r8 = report(preset('llama3-8b'));
    expect(r8.training.ok && r8.training.tokens).toBe(15e12);
    expect(r8.training.ok && r8.training.flops).toBe(722_723_512_320_000_000_000_000n); // 6 × 8,030,261,248 × 15T
    const r405 = report(preset('llama3-405b'));
    expect(r405.training.ok && r405.training.tokens).toBe(15.6e12);
    const r2 = report(preset('llama2-7b'));
    expect(r2.training.ok && r2.training.tokens).toBe(2e12);
    expect(r2.forward.ok && r2.forward.ctx).toBe(4_096);
    expect(r8.forward.ok && r8.forward.ctx).toBe(8_192);
    expect(runDefaults('llama2-70b').tokens.cite).toBe('Llama 2 paper, Table 1; Report §1 (1.8T)');
    expect(resolvedRun({ model: 'llama3-70b', tokens: 2e12, ctx: undefined })).toEqual({ tokens: 2e12, ctx: 8_192 });
    expect(resolvedRun({ model: 'custom', tokens: undefined, ctx: undefined })).toEqual({ tokens: 15e12, ctx: 8_192 });
  });
  it('forward FLOPs per token include the attention term at the context shown (src/lib/llama/flops.test.ts explains 8B)', () => {
    const r8 = report(preset('llama3-8b'));
    if (!r8.forward.ok) throw new Error('context rejected');
    // 2 × 7,504,658,432 weights in matrix products + 2 × 32 × 8,192 × 4,096 for attention over the context.
    expect(r8.forward.flops).toEqual({ matmulParams: 7_504_658_432n, linear: 15_009_316_864n, attention: 2_147_483_648n, total: 17_156_800_512n });
    const r = report(preset('llama3-8b', { ctx: 131_072 }));
    expect(r.forward.ok && r.forward.flops.attention).toBe(2n * 32n * 131_072n * 4_096n);
  });
  it('a bad context or token count blanks only its own line', () => {
    const r = report(preset('llama3-8b', { ctx: 0, tokens: 1.5 }));
    expect(r.total).toBe(8_030_261_248n);
    expect(r.forward).toEqual({ ok: false, failure: 'tooSmall' });
    expect(r.training).toEqual({ ok: false, failure: 'fraction' });
    expect(en.fieldError('ctx', { kind: 'parse', failure: 'tooSmall' }, f)).toBe('context must be at least 1.');
    expect(en.fieldError('tokens', { kind: 'parse', failure: 'fraction' }, f)).toBe('tokens must be a whole number.');
  });
  it('the report’s own figure is compared only for the 405B on its documented 15.6T tokens (§1)', () => {
    const r = report(preset('llama3-405b'));
    if (!r.training.ok) throw new Error('tokens rejected');
    // (37,987,877,191,680,000,000,000,000 − 3.8 × 10²⁵) / 3.8 × 10²⁵ = −0.000319…: 0.032% below
    expect(r.training.check?.stated.value).toBe(3.8e25);
    expect(r.training.check?.relative).toBeCloseTo(-0.000319021271579, 12);
    const other = report(preset('llama3-405b', { tokens: 15e12 }));
    expect(other.training.ok && other.training.check).toBeNull();
    expect(reportCheck('llama3-70b', 15.6e12, 1n)).toBeNull();
  });
  it('the notes under the run fields: the model’s default, or the reader’s own value', () => {
    expect(runSources({ model: 'llama3-8b', tokens: undefined, ctx: undefined })).toEqual({ ctx: 'default', tokens: 'default' });
    expect(runSources({ model: 'llama3-8b', tokens: 15e12, ctx: 8_192 })).toEqual({ ctx: 'default', tokens: 'default' });
    expect(runSources({ model: 'llama3-8b', tokens: 2e12, ctx: 4_096 })).toEqual({ ctx: 'own', tokens: 'own' });
    // A custom shape has no documented count: any count it holds is the reader's own.
    expect(runSources({ model: 'custom', tokens: 15e12, ctx: 8_192 })).toEqual({ ctx: 'default', tokens: 'own' });
    expect(runSources({ model: 'custom', tokens: undefined, ctx: undefined })).toEqual({ ctx: 'default', tokens: 'default' });
  });
});

describe('param-counter: reading typed numbers', () => {
  // The parser itself is tested in src/lib/text.test.ts; here, what each field accepts and the words for each refusal.
  const message = (field: Parameters<typeof readField>[0], raw: string) => {
    const r = readField(field, raw);
    return r.ok ? r.value : en.fieldError(field, { kind: 'parse', failure: r.failure }, f);
  };
  it('accepts digits with group separators, and K/M/B/T for tokens, exactly', () => {
    expect(message('dim', ' 4,096 ')).toBe(4096);
    expect(message('vocab', '128_256')).toBe(128_256);
    expect(message('dim', '4096.0')).toBe(4096);
    expect(message('tokens', '15.6T')).toBe(15_600_000_000_000);
    expect(message('tokens', '1.56e13')).toBe(15_600_000_000_000);
    expect(message('tokens', '800b')).toBe(800e9);
  });
  it('names what is wrong, in the widget’s words', () => {
    expect(message('layers', '')).toBe('Enter layers as a whole number, for example 32.');
    expect(message('dim', 'abc')).toBe('Use digits only, for example 4,096.');
    expect(message('dim', '4K')).toBe('Use digits only, for example 4,096.'); // suffixes only for tokens
    expect(message('tokens', '4X')).toBe('Use digits, optionally with K, M, B or T (thousand, million, billion, trillion), for example 15.6T or 15,600,000,000,000.');
    expect(message('heads', '-3')).toBe('heads cannot be negative.');
    expect(message('ctx', '0')).toBe('context must be at least 1.');
    expect(message('kvHeads', '2.5')).toBe('kvHeads must be a whole number.');
    expect(message('tokens', '1.5')).toBe('tokens must be a whole number.');
    expect(message('layers', '9'.repeat(60))).toBe('layers can be at most 1,000,000 here.');
    expect(message('tokens', '1e999T')).toBe('tokens can be at most 10,000,000,000,000,000 here.');
    expect(message('dim', '\u202e4096')).toBe('Use digits only, for example 4,096.');
  });
  it('messages never echo what was typed', () => {
    const r = readField('dim', '<img src=x>\u202e');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const m = en.fieldError('dim', { kind: 'parse', failure: r.failure }, f);
      expect(m).toBe('Use digits only, for example 4,096.');
      expect(m).not.toContain('<');
    }
  });
});

describe('param-counter: validation', () => {
  const errorsOf = (fields: Partial<ShapeInput>) => {
    const v = readShape({ ...shapeOf(defaults), ...fields });
    return v.ok ? {} : wordsOf(v.errors);
  };
  it('heads must divide dim', () => {
    expect(errorsOf({ heads: 48 }).heads).toBe('heads (48) must divide dim (4,096) evenly; 4,096 ÷ 48 = 85.33.');
  });
  it('heads cannot exceed dim, and the head dimension must be even (RoPE pairs)', () => {
    expect(errorsOf({ dim: 16, heads: 32, kvHeads: 8 }).heads).toMatch(/^heads \(32\) cannot exceed dim \(16\)/);
    expect(errorsOf({ dim: 96, heads: 32 }).heads).toBe('The head dimension dim ÷ heads = 3 must be even: RoPE rotates coordinates in pairs.');
  });
  it('kvHeads must divide heads and not exceed it', () => {
    expect(errorsOf({ kvHeads: 3 }).kvHeads).toMatch(/^kvHeads \(3\) must divide heads \(32\) evenly/);
    expect(errorsOf({ kvHeads: 64 }).kvHeads).toBe('kvHeads (64) cannot exceed heads (32).');
  });
  it('zero, negative, fractional and absurd values are refused per field', () => {
    expect(errorsOf({ layers: 0 }).layers).toBe('layers must be at least 1.');
    expect(errorsOf({ vocab: -5 }).vocab).toBe('vocab cannot be negative.');
    expect(errorsOf({ ffnDim: 14_336.5 }).ffnDim).toBe('ffnDim must be a whole number.');
    expect(errorsOf({ layers: 2_000_000 }).layers).toBe('layers can be at most 1,000,000 here.');
    expect(errorsOf({ dim: 2_097_152 }).dim).toBe('dim can be at most 1,048,576 here.');
    expect(errorsOf({ dim: Number.NaN }).dim).toBe('Use digits only, for example 4,096.');
    expect(errorsOf({ dim: Number.POSITIVE_INFINITY }).dim).toBe('dim can be at most 1,048,576 here.');
  });
  it('several problems are reported together, each on its own field', () => {
    expect(Object.keys(errorsOf({ layers: '', vocab: 'x', kvHeads: 5 })).sort()).toEqual(['kvHeads', 'layers', 'vocab']);
  });
  it('an invalid configuration yields no numbers at all, and says why', () => {
    const e = evaluateState(custom({ heads: 48 }));
    expect(e.ok).toBe(false);
    expect('report' in e).toBe(false);
    const text = describeState(custom({ heads: 48 }));
    expect(text).toMatch(/^This configuration is not valid, so no totals are shown\. heads: heads \(48\) must divide dim/);
  });
  it('huge but allowed shapes stay exact (beyond 2^53)', () => {
    const r = report(custom({ dim: 1_048_576, layers: 1_000_000, heads: 8_192, kvHeads: 8_192, ffnDim: 16_777_216, vocab: 16_777_216 }));
    const d = 1_048_576n, L = 1_000_000n, F = 16_777_216n, V = 16_777_216n;
    expect(r.total).toBe(2n * V * d + L * (4n * d * d + 3n * d * F + 2n * d) + d);
    expect(describeState(custom({ dim: 1_048_576, layers: 1_000_000, heads: 8_192, kvHeads: 8_192, ffnDim: 16_777_216, vocab: 16_777_216 }))).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('param-counter: describe', () => {
  it('reads the default state', () => {
    expect(describeState(defaults)).toBe(
      'Llama 3.1 8B: 8,030,261,248 parameters (8.0B). Feed-forward 70.2%, attention 16.7%, embedding and LM head 13.1%, norms 0.0033%. ' +
      'Weights in bf16: 16.06 GB (14.96 GiB). Forward pass: about 1.72 × 10¹⁰ FLOPs per token at a context of 8,192 tokens. ' +
      'Training on 15T tokens: 6·N·D ≈ 7.23 × 10²³ FLOPs.',
    );
  });
});

// ── Properties ─────────────────────────────────────────────────────────────────────────────────

/** Valid shapes: heads × even head dim = dim, kvHeads divides heads. */
const validShape = fc
  .record({
    heads: fc.integer({ min: 1, max: 128 }),
    halfHeadDim: fc.integer({ min: 1, max: 128 }),
    groups: fc.integer({ min: 1, max: 128 }),
    layers: fc.integer({ min: 1, max: FIELD_LIMITS.layers.max }),
    ffnDim: fc.integer({ min: 1, max: FIELD_LIMITS.ffnDim.max }),
    vocab: fc.integer({ min: 1, max: FIELD_LIMITS.vocab.max }),
    tied: fc.boolean(),
  })
  .map((r) => ({
    dim: r.heads * 2 * r.halfHeadDim, layers: r.layers, heads: r.heads,
    kvHeads: r.heads % r.groups === 0 ? r.heads / r.groups : 1,
    ffnDim: r.ffnDim, vocab: r.vocab, tied: r.tied,
  }));

const anyValue = fc.oneof(
  fc.integer({ min: -10, max: 2_000_000 }),
  fc.double(),
  fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e300, 4096.5),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('4096', '4,096', '', ' ', '1e6', '0x10', '٤٠٩٦', '\u202e12', '\ud800', '🦙', '12\u000032'),
);

describe('param-counter: properties', () => {
  it('the total is the sum of the eight components', () => {
    fc.assert(fc.property(validShape, (s) => {
      const v = readShape(s);
      expect(v.ok).toBe(true);
      if (!v.ok) return;
      const { items, total } = components(v.shape);
      expect(items.reduce((a, c) => a + c.params, 0n)).toBe(total);
      expect(items.reduce((a, c) => a + c.share, 0)).toBeCloseTo(1, 9);
    }));
  });
  it('GQA never has more parameters than MHA with the same shapes', () => {
    fc.assert(fc.property(validShape, (s) => {
      const gqa = report(custom(s)).total;
      const mha = report(custom({ ...s, kvHeads: s.heads })).total;
      expect(gqa <= mha).toBe(true);
    }));
  });
  it('tying the LM head changes the total by exactly vocab × dim', () => {
    fc.assert(fc.property(validShape, (s) => {
      const untied = report(custom({ ...s, tied: false })).total;
      const tied = report(custom({ ...s, tied: true })).total;
      expect(untied - tied).toBe(BigInt(s.vocab) * BigInt(s.dim));
    }));
  });
  it('validation never throws, and an invalid configuration never yields a number', () => {
    fc.assert(fc.property(
      fc.record(Object.fromEntries(SHAPE_FIELDS.map((f) => [f, anyValue])) as Record<(typeof SHAPE_FIELDS)[number], typeof anyValue>),
      fc.boolean(), anyValue, anyValue,
      (fields, tied, ctx, tokens) => {
        const e = evaluate('custom', { ...fields, tied } as ShapeInput, ctx, tokens);
        if (!e.ok) {
          expect(Object.keys(e.errors).length).toBeGreaterThan(0);
          for (const m of Object.values(wordsOf(e.errors))) expect(m).not.toMatch(/NaN|Infinity|undefined/);
          return;
        }
        const r = e.report;
        expect(r.total > 0n).toBe(true);
        for (const f of SHAPE_FIELDS) {
          const x = r.shape[f];
          expect(Number.isInteger(x) && x >= 1 && x <= FIELD_LIMITS[f].max).toBe(true);
        }
        expect(r.shape.dim % r.shape.heads).toBe(0);
        expect((r.shape.dim / r.shape.heads) % 2).toBe(0);
        expect(r.shape.heads % r.shape.kvHeads).toBe(0);
      },
    ));
  });
  it('describe never prints NaN, Infinity or undefined', () => {
    fc.assert(fc.property(validShape, fc.integer({ min: 1, max: FIELD_LIMITS.ctx.max }), fc.integer({ min: 1, max: 1e16 }), (s, ctx, tokens) => {
      expect(describeState(custom({ ...s, ctx, tokens }))).not.toMatch(/NaN|Infinity|undefined/);
    }));
  });
});

describe('param-counter: URL fields a preset does not use', () => {
  const DEFAULTS = defaultsOf(fields);
  it('with a preset, tied and the six shape fields are named as not used (the issue: ?tied=true)', () => {
    expect(unusedFields({ ...DEFAULTS, tied: true })).toEqual(['dim', 'layers', 'heads', 'kvHeads', 'ffnDim', 'vocab', 'tied']);
  });
  it('with model=custom, every field is used', () => {
    expect(unusedFields({ ...DEFAULTS, model: 'custom', tied: true })).toEqual([]);
  });
});
