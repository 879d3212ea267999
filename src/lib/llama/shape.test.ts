import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../data/models';
import { SHAPE_FIELDS, headDim, validateShape, type ShapeValues } from './shape';

describe('head dimension', () => {
  it('is 128 for every Llama 3 and Llama 2 model (Table 3: d / H)', () => {
    for (const m of Object.values(MODELS)) expect(headDim(m)).toBe(128);
  });
});

describe('validateShape: codes and numbers', () => {
  it('accepts every released shape, with even head dimensions', () => {
    for (const m of Object.values(MODELS)) expect(validateShape(m, { evenHeadDim: true })).toEqual([]);
  });
  it('H must not exceed d, must divide it, and d_h must be even when asked (RoPE pairs)', () => {
    expect(validateShape({ dim: 16, heads: 32 })).toEqual([{ field: 'heads', code: 'exceedsDim', heads: 32, dim: 16 }]);
    expect(validateShape({ dim: 4_096, heads: 48 })).toEqual([{ field: 'heads', code: 'notDivisorOfDim', heads: 48, dim: 4_096 }]);
    expect(validateShape({ dim: 96, heads: 32 }, { evenHeadDim: true })).toEqual([{ field: 'heads', code: 'oddHeadDim', headDim: 3 }]);
    expect(validateShape({ dim: 96, heads: 32 })).toEqual([]);
    expect(validateShape({ headDim: 3 }, { evenHeadDim: true })).toEqual([{ field: 'headDim', code: 'oddHeadDim', headDim: 3 }]);
  });
  it('H_kv must not exceed H and must divide it; not checked while H itself is wrong', () => {
    expect(validateShape({ heads: 32, kvHeads: 64 })).toEqual([{ field: 'kvHeads', code: 'exceedsHeads', kvHeads: 64, heads: 32 }]);
    expect(validateShape({ heads: 32, kvHeads: 12 })).toEqual([{ field: 'kvHeads', code: 'notDivisor', kvHeads: 12, heads: 32 }]);
    expect(validateShape({ dim: 4_096, heads: 48, kvHeads: 5 }).map((i) => i.field)).toEqual(['heads']);
  });
  it('a width with a fixed head dimension must be a multiple of it', () => {
    expect(validateShape({ dim: 1_000, headDim: 128 })).toEqual([{ field: 'dim', code: 'notMultipleOfHeadDim', dim: 1_000, headDim: 128 }]);
    expect(validateShape({ dim: 1_024, headDim: 128 })).toEqual([]);
  });
  it('bounds: a field out of them, fractional or NaN is outOfRange with the bounds; unbounded fields must be ≥ 1', () => {
    const limits = { layers: { min: 1, max: 256 }, dim: { min: 128, max: 65_536 } };
    expect(validateShape({ layers: 0, dim: 1.5 }, { limits })).toEqual([
      { field: 'dim', code: 'outOfRange', value: 1.5, min: 128, max: 65_536 },
      { field: 'layers', code: 'outOfRange', value: 0, min: 1, max: 256 },
    ]);
    expect(validateShape({ layers: Number.NaN }, { limits })[0]).toMatchObject({ field: 'layers', code: 'outOfRange', min: 1, max: 256 });
    expect(validateShape({ vocab: 0 })[0]).toMatchObject({ field: 'vocab', code: 'outOfRange', min: 1 });
  });
  it('lists at most one issue per field, in field order, and runs the cross-field rules only on fields in bounds', () => {
    const issues = validateShape({ kvHeads: 12, heads: 32, dim: 4_096, layers: -1 });
    expect(issues.map((i) => [i.field, i.code])).toEqual([['layers', 'outOfRange'], ['kvHeads', 'notDivisor']]);
    expect(validateShape({ dim: 0, heads: 32, kvHeads: 12 }, { limits: { dim: { min: 1, max: 10 } } }).map((i) => i.code)).toEqual(['outOfRange', 'notDivisor']);
  });
});

describe('validateShape: properties', () => {
  const anyNumber = fc.oneof(fc.integer({ min: -10, max: 100_000 }), fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0));
  const anyValues = fc.record(Object.fromEntries(SHAPE_FIELDS.map((f) => [f, anyNumber])) as Record<(typeof SHAPE_FIELDS)[number], typeof anyNumber>, { requiredKeys: [] });
  it('never throws; one issue at most per field, in SHAPE_FIELDS order; every issue names a field it was given', () => {
    fc.assert(fc.property(anyValues, fc.boolean(), (values: ShapeValues, even) => {
      const issues = validateShape(values, { evenHeadDim: even });
      const fields = issues.map((i) => i.field);
      expect(new Set(fields).size).toBe(fields.length);
      expect([...fields].sort((a, b) => SHAPE_FIELDS.indexOf(a) - SHAPE_FIELDS.indexOf(b))).toEqual(fields);
      for (const f of fields) expect(values[f]).not.toBeUndefined();
    }));
  });
  it('a shape built to the rules has no issue; changing H_kv to a non-divisor gives notDivisor', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 128 }), (kv, group, half) => {
      const heads = kv * group;
      expect(validateShape({ dim: heads * 2 * half, heads, kvHeads: kv, layers: 1, ffnDim: 1, vocab: 1 }, { evenHeadDim: true })).toEqual([]);
      if (kv < heads && heads % (kv + 1) !== 0) {
        expect(validateShape({ heads, kvHeads: kv + 1 })).toEqual([{ field: 'kvHeads', code: 'notDivisor', kvHeads: kv + 1, heads }]);
      }
    }));
  });
});
