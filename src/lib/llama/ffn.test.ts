import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS, type ModelId } from '../../data/models';
import { ffnBaseWidth, ffnHiddenDim } from './ffn';

describe('the FeedForward width rule (facts §A.1–A.2)', () => {
  it('reproduces every FFN width of Table 3 and Llama 2 from its own rule', () => {
    const table: Record<ModelId, number> = {
      'llama3-8b': 14_336, 'llama3-70b': 28_672, 'llama3-405b': 53_248, 'llama2-7b': 11_008, 'llama2-70b': 28_672,
    };
    for (const [id, width] of Object.entries(table) as [ModelId, number][]) {
      expect(MODELS[id].ffnDim).toBe(width);
      expect(ffnHiddenDim(MODELS[id].dim, MODELS[id].ffnRule)).toBe(width);
    }
  });
  it('step by step: ⌊2·4d/3⌋, × multiplier, rounded up to the multiple', () => {
    expect(ffnBaseWidth(4_096)).toBe(10_922);
    expect(ffnHiddenDim(4_096, { multiplier: 1.3, multipleOf: 1_024 })).toBe(14_336); // ⌊1.3 × 10,922⌋ = 14,198 → 14,336
    expect(ffnHiddenDim(8_192, { multiplier: 1.3, multipleOf: 4_096 })).toBe(28_672);
    expect(ffnHiddenDim(16_384, { multiplier: 1.2, multipleOf: 4_096 })).toBe(53_248);
    expect(ffnHiddenDim(4_096, { multiplier: null, multipleOf: 256 })).toBe(11_008); // Llama 2 7B
    expect(ffnHiddenDim(16, { multiplier: null, multipleOf: 16 })).toBe(48); // the architecture explorer's micro model
  });
  it('is a multiple of the rounding step and at least the scaled base width (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 65_536 }), fc.option(fc.double({ min: 0.5, max: 4, noNaN: true })), fc.constantFrom(1, 16, 256, 1_024, 4_096),
      (dim, multiplier, multipleOf) => {
        const f = ffnHiddenDim(dim, { multiplier, multipleOf });
        expect(f % multipleOf).toBe(0);
        const h = multiplier === null ? ffnBaseWidth(dim) : Math.trunc(multiplier * ffnBaseWidth(dim));
        expect(f).toBeGreaterThanOrEqual(h);
        expect(f - h).toBeLessThan(multipleOf);
      },
    ));
  });
});
