import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_5_GROUPS, TABLE_4 } from '../../data/trainingAtScale';
import { rankStrides } from '../../lib/llama';
import { defaultsOf, parseUrl } from '../../lib/urlState';
import { meta, fields } from './meta';
import {
  DEFAULTS, GRID_MAX, LIMITS, PRESETS, choicesFor, computePlan, derivedDp, dpAdjustment, groupSummary, groupsOf, readField,
  table4RowsOf, withDim, withGpus, type PlanOk, type PlanState,
} from './model';

const base: PlanState = { ...DEFAULTS };
const ok = (s: Partial<PlanState>): PlanOk => {
  const p = computePlan({ ...base, ...s });
  if (!p.ok) throw new Error(`expected a plan, got ${JSON.stringify(p.errors)}`);
  return p;
};

describe('defaults = Table 4 row 1', () => {
  it('the URL schema defaults are row 1 with M = 32, V = 1, MFU 0.43', () => {
    const d = defaultsOf(fields);
    expect(d).toMatchObject({ model: 'llama3-405b', gpus: 8_192, tp: 8, cp: 1, pp: 16, dp: 64, seqLen: 8_192, mbs: 32, m: 32, v: 1, mfu: 0.43 });
    expect(meta.id).toBe('parallelism-planner');
    expect(table4RowsOf(d as PlanState)).toEqual([1]);
  });
});

describe('405B at Table 4 row 1, by hand (as in src/lib/llama/parallelism.test.ts)', () => {
  const r = ok({});
  // First pipeline rank: 8 layers of 3,187,671,040/8 matrix parameters + 2·16,384 norm gains, and the embedding / 8.
  const params = 3_187_671_040 + 262_144 + 262_668_288; // 3,450,601,472
  it('memory terms', () => {
    expect(r.memory.params).toBe(params);
    expect(r.memory.weights).toBe(6_901_202_944); // 2 B, whole
    expect(r.memory.gradients).toBe(215_662_592); // 4 B / DP 64
    expect(r.memory.optimizer).toBe(646_987_776); // 12 B / DP 64
    expect(r.memory.activations).toBe(54_292_119_552); // 414,216 B / TP 8 × 8,192 tokens × 16 micro-batches × 8 layers
    expect(r.memory.total).toBe(62_055_972_864);
    expect(r.capacity).toBe(80e9);
    expect(r.fits).toBe(true);
    expect(Math.round(r.memoryShare * 1000) / 10).toBe(77.6);
  });
  it('accumulated gradients: 4 B × the whole share, 75.6 GB, still under 80 GB', () => {
    const a = ok({ grads: 'accumulated' });
    expect(a.memory.gradients).toBe(4 * params);
    expect(a.memory.total).toBe(75_642_716_160);
    expect(a.fits).toBe(true);
    expect(ok({ optBytes: '8' }).memory.optimizer).toBe(8 * params / 64);
    expect(ok({ ffnSaved: '4' }).memory.activations).toBe((414_216 + 4 * 53_248) / 8 * 8_192 * 128);
  });
  it('bubble 15/32, tokens per step 16,777,216 (Table 4’s 16M), one sequence per micro-batch', () => {
    expect(r.bubble).toBe(15 / 32);
    expect(r.tokensPerStep).toBe(16_777_216);
    expect(r.microBatchSequences).toBe(1);
  });
  it('time to train 15.6T tokens at 43% of 989.5 TFLOP/s on 8,192 GPUs', () => {
    expect(r.flopsPerToken).toBe(6 * 405_853_388_800);
    expect(r.tokens).toBe(15.6e12);
    expect(r.tokensAbout).toBe(false);
    expect(r.run.flops / 1e25).toBeCloseTo(3.7988, 4); // the report's 3.8 × 10²⁵
    expect(r.run.days).toBeCloseTo(126.14, 2);
    expect(r.run.gpuHours / 1e6).toBeCloseTo(24.80, 2);
    expect(r.run.tokensPerSecond).toBeCloseTo(1_431_376.13, 1);
    expect(r.stepSeconds).toBeCloseTo(11.721, 3);
    expect(r.ref405).toEqual({ flops: 3.8e25, gpuHours: 30.84e6 });
  });
  it('attention FLOPs add 12·L·H·Q·T', () => {
    expect(ok({ attnFlops: true }).flopsPerToken).toBe(6 * 405_853_388_800 + 12 * 126 * 128 * 128 * 8_192);
  });
  it('8B and 70B use “about 15T” tokens and never the 405B’s references', () => {
    for (const model of ['llama3-8b', 'llama3-70b'] as const) {
      const p = ok({ model });
      expect(p.tokens).toBe(15e12);
      expect(p.tokensAbout).toBe(true);
      expect(p.ref405).toBeNull();
    }
  });
});

describe('Table 4 presets', () => {
  it('rows 1 and 2 are consistent and recognised; row 3 lands on the printed values with the product error and DP = 8', () => {
    expect(PRESETS.map((p) => p.printed)).toEqual(TABLE_4.value);
    const r2 = ok(PRESETS[1]!.state);
    expect(r2.rows).toEqual([2]);
    expect(r2.tokensPerStep).toBe(16_777_216);
    expect(r2.bubble).toBe(15 / 16);
    const r3 = computePlan({ ...base, ...PRESETS[2]!.state });
    expect(r3.ok).toBe(false);
    if (r3.ok) return;
    const e = r3.errors.find((x) => x.code === 'product');
    expect(e).toEqual({ code: 'product', gpus: 16_384, product: 8_192, inner: 2_048, dp: 4, fixDp: 8, tokensNow: 8_388_608, tokensFixed: 16_777_216, printedRows: [3] });
    const fixed = ok({ ...PRESETS[2]!.state, dp: 8 });
    expect(fixed.tokensPerStep).toBe(16_777_216);
    expect(fixed.memory.tokensPerMicroBatch).toBe(8_192); // 131,072 / CP 16
  });
  it('the URL’s inconsistent dp is named, with the DP that fits', () => {
    const s = parseUrl(fields, 'gpus=16384&tp=8&cp=16&pp=16&dp=4&seqLen=131072&mbs=16&m=16').state as PlanState;
    expect(dpAdjustment(s)).toEqual({ fixDp: 8 });
    expect(dpAdjustment(base)).toBeNull();
  });
});

describe('only valid factorisations', () => {
  it('withGpus keeps TP·CP·PP·DP = GPUs for any count', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: LIMITS.gpus.max }), fc.constantFrom(1, 2, 4, 8, 16), fc.constantFrom(1, 2, 16), fc.constantFrom(1, 3, 16),
      (gpus, tp, cp, pp) => {
        const l = withGpus({ tp, cp, pp, dp: 1 }, gpus);
        expect(l.tp * l.cp * l.pp * l.dp).toBe(gpus);
        expect(Number.isInteger(l.dp) && l.dp >= 1).toBe(true);
      },
    ));
    expect(withGpus({ tp: 8, cp: 1, pp: 16, dp: 64 }, 16_384)).toEqual({ gpus: 16_384, tp: 8, cp: 1, pp: 16, dp: 128 });
    expect(withGpus({ tp: 8, cp: 1, pp: 16, dp: 64 }, 24)).toEqual({ gpus: 24, tp: 8, cp: 1, pp: 1, dp: 3 });
  });
  it('every choice offered for TP, CP or PP keeps DP whole', () => {
    fc.assert(fc.property(fc.constantFrom(16, 64, 96, 8_192, 16_384, 24_576), fc.constantFrom('tp', 'cp', 'pp') as fc.Arbitrary<'tp' | 'cp' | 'pp'>, (gpus, dim) => {
      const s = { ...base, ...withGpus(base, gpus) };
      for (const v of choicesFor(s, dim)) {
        const next = { ...s, ...withDim(s, dim, v) };
        expect(next.tp * next.cp * next.pp * next.dp).toBe(gpus);
      }
    }));
    expect(choicesFor(base, 'tp')).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512]);
    expect(derivedDp(16_384, 8, 16, 16)).toBe(8);
    expect(derivedDp(100, 3, 1, 1)).toBeNull();
  });
  it('a product other than the GPU count is an error, never a number', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 512 }), (dp) => {
      const p = computePlan({ ...base, dp });
      expect(p.ok).toBe(dp === 64);
    }));
  });
  it('other impossible layouts are coded', () => {
    const codes = (s: Partial<PlanState>) => { const p = computePlan({ ...base, ...s }); return p.ok ? [] : p.errors.map((e) => e.code); };
    expect(codes({ model: 'llama3-70b', tp: 16, dp: 32, m: 5 })).toEqual(['tpHeads', 'microBatch']);
    expect(codes({ pp: 128, dp: 8, v: 2 })).toEqual(['ppLayers']);
    expect(codes({ cp: 2, dp: 32, seqLen: 8_190 })).toEqual(['cpChunks']);
    const w = ok({ v: 2, m: 8, mbs: 8 });
    expect(w.warnings.map((x) => x.code)).toEqual(['interleaveM']);
  });
});

describe('Figure 5 layout', () => {
  const l = FIGURE_5_GROUPS.value;
  it('GPU0/1 TP group, 0/2 CP, 0/4 PP, 0/8 DP; strides 1, 2, 4, 8', () => {
    expect(groupsOf(0, l)).toEqual({ tp: [0, 1], cp: [0, 2], pp: [0, 4], dp: [0, 8] });
    expect(rankStrides(l)).toEqual({ tp: 1, cp: 2, pp: 4, dp: 8 });
    const p = ok({ model: 'llama3-8b', gpus: 16, ...l, seqLen: 8_192, mbs: 4, m: 4 });
    expect(p.grid).toBe(true);
    expect(ok({}).grid).toBe(false);
    expect(GRID_MAX).toBe(64);
  });
  it('large counts: groups in words (row 1: TP 0…7, PP every 8, DP every 128)', () => {
    const l1 = { tp: 8, cp: 1, pp: 16, dp: 64 };
    expect(groupSummary(0, 'tp', l1)).toEqual({ size: 8, first: 0, second: 1, last: 7, stride: 1 });
    expect(groupSummary(0, 'cp', l1)).toEqual({ size: 1, first: 0, second: null, last: 0, stride: 8 });
    expect(groupSummary(0, 'pp', l1)).toEqual({ size: 16, first: 0, second: 8, last: 120, stride: 8 });
    expect(groupSummary(0, 'dp', l1)).toEqual({ size: 64, first: 0, second: 128, last: 8_064, stride: 128 });
  });
});

describe('hostile input', () => {
  it('URL values out of range, text, NaN and __proto__ fall back to the defaults and are named', () => {
    const r = parseUrl(fields, 'gpus=-1&tp=NaN&cp=1e400&pp=__proto__&dp=9999999999&mfu=2&m=0&v=abc&model=gpt&optBytes=16&grads=x');
    expect(r.state).toEqual(defaultsOf(fields));
    expect(r.ignored.map((i) => i.key).sort()).toEqual(['cp', 'dp', 'gpus', 'grads', 'm', 'mfu', 'model', 'optBytes', 'pp', 'tp', 'v'].sort());
  });
  it('typed fields refuse junk; MFU reads a percentage', () => {
    for (const junk of ['', '-1', '2.5', 'NaN', '__proto__', '1e400', '🦙', '9'.repeat(40), '0']) expect(readField(junk, 'gpus').ok).toBe(false);
    expect(readField('16,384', 'gpus')).toEqual({ ok: true, value: 16_384 });
    expect(readField('43', 'mfu')).toEqual({ ok: true, value: 0.43 });
    expect(readField('38.5%', 'mfu')).toEqual({ ok: true, value: 0.385 });
    expect(readField('150', 'mfu').ok).toBe(false);
  });
  it('every state in bounds computes finite numbers or codes (never NaN)', () => {
    fc.assert(fc.property(
      fc.record({
        gpus: fc.integer({ min: 1, max: LIMITS.gpus.max }), tp: fc.integer({ min: 1, max: 64 }), cp: fc.integer({ min: 1, max: 64 }),
        pp: fc.integer({ min: 1, max: 200 }), dp: fc.integer({ min: 1, max: 4_096 }), seqLen: fc.integer({ min: 1, max: LIMITS.seqLen.max }),
        mbs: fc.integer({ min: 1, max: 4_096 }), m: fc.integer({ min: 1, max: 4_096 }), v: fc.integer({ min: 1, max: 128 }),
        mfu: fc.double({ min: 0.01, max: 1, noNaN: true }),
      }),
      (s) => {
        const p = computePlan({ ...base, ...s });
        if (p.ok) for (const v of [p.memory.total, p.bubble, p.run.days, p.stepSeconds, p.run.gpuHours]) expect(Number.isFinite(v)).toBe(true);
        else expect(p.errors.length).toBeGreaterThan(0);
      },
    ), { numRuns: 300 });
  });
  it('the worst update (131,072 GPUs, every divisor list) computes in well under a frame', () => {
    const s = { ...base, ...withGpus(base, 131_072) };
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) {
      computePlan(s);
      for (const d of ['tp', 'cp', 'pp'] as const) choicesFor(s, d);
      groupsOf(63, { tp: 2, cp: 2, pp: 4, dp: 4 });
    }
    const per = (performance.now() - t0) / 20;
    expect(per).toBeLessThan(4);
  });
});
