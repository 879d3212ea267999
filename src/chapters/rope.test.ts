// The RoPE chapter's numbers against the reference values of shared/reference/llama3-facts.md §B.5–B.7 and
// next-chapters-design.md §2.2, as both languages print them.
import { describe, expect, it } from 'vitest';
import { formatFor } from '../lib/format';
import { float32Spacing, ropeNumbers, unseenAngleCount, INV_LLAMA3 } from './rope';

const n = ropeNumbers(formatFor('en'));

describe('RoPE chapter numbers (English formatting)', () => {
  it('wavelength counts: 14 and 23 pairs at 10,000; 29 and 35 at 500,000 (§B.5)', () => {
    expect([n.longer2At8k, n.longer2At2k, n.longer3At8k, n.longer3At2k]).toEqual(['14', '23', '29', '35']);
  });
  it('longest wavelengths and the 2π·Θ limit they do not reach', () => {
    expect([n.lambdaLast2, n.lambdaLast3, n.twoPiTheta2, n.twoPiTheta3]).toEqual(['54,410', '2,559,196', '62,832', '3,141,593']);
    expect([n.lambda3At(16), n.lambda3At(28), n.lambda3At(35)]).toEqual(['167.1', '1,956', '8,219']);
  });
  it('critical dimensions 92, 70, 98 (Liu et al., design V3)', () => {
    expect([n.criticalLlama2At4k, n.criticalLlama3At8k, n.criticalLlama3At128k]).toEqual(['92', '70', '98']);
  });
  it('NTK-aware base 4,134,231.1, YaRN scale 1.207944, HF dynamic NTK 30,527.74 and 72,195.86 (§B.7)', () => {
    expect(n.ntkBase).toBe('4,134,231.1');
    expect(n.yarnScale).toBe('1.207944');
    expect(n.yarnLogitFactor).toBe('1.4591');
    expect(n.dynamicBase).toEqual(['30,527.74', '72,195.86']);
  });
  it('YaRN: correction range 18.08 → 18 and 34.98 → 35, bands 19/16/29, ramps at i = 25: 0.315 (paper) and 0.640 (code)', () => {
    expect([n.yarnLowExact, n.yarnHighExact, n.yarnLow, n.yarnHigh]).toEqual(['18.08', '34.98', '18', '35']);
    expect(n.yarnBands).toEqual({ keep: '19', blend: '16', divide: '29' });
    expect(n.raw.yarnBandsCode).toEqual({ keep: 19, blend: 16, divide: 29 });
    expect([n.rampPaper, n.rampCode]).toEqual(['0.315', '0.640']);
  });
  it('Llama 3.1: bands 29/6/29 (i = 0–28, 29–34, 35–63), thresholds 2,048 and 8,192, smooth 0.8036 … 0.0745 (§B.6)', () => {
    expect(n.bands31).toEqual({ keep: '29', blend: '6', divide: '29' });
    expect([n.keepLast, n.blendFirst, n.blendLast, n.divideFirst]).toEqual(['28', '29', '34', '35']);
    expect([n.keepBelow, n.divideAbove]).toEqual(['2,048', '8,192']);
    expect([n.smoothAt(29), n.smoothAt(34)]).toEqual(['0.8036', '0.0745']);
    expect([n.ratio31At(29), n.ratio31At(32), n.ratio31At(34)]).toEqual(['0.828', '0.371', '0.190']);
    expect(n.longestScaled).toBe('20,473,564');
  });
  it('forgotten rope_scaling: 7.29 rad (pair 32, 9 pairs over π) at 8,192; 29.1 (16) at 32,768; 116.6 (23) at 131,071 (design V6)', () => {
    expect(n.err8k).toEqual({ max: '7.29', at: '32', overPi: '9', last: '0.018' });
    expect(n.err32k).toMatchObject({ max: '29.1', overPi: '16' });
    expect(n.err128k).toEqual({ max: '116.6', at: '32', overPi: '23', last: '0.28' });
  });
  it('decay at 8,192 and 131,072 (design V4)', () => {
    expect(n.decayAt(0)).toMatchObject({ ones2: '0.025', ones3: '0.265', bound2: '4.90', bound3: '5.15' });
    expect(n.decayAt(1)).toMatchObject({ ones2: '−0.006', ones3: '0.048', bound2: '8.39', bound3: '4.09' });
  });
  it('float32 spacing: 2⁻²³·2¹⁷ = 0.015625 rad from 131,072 on, half that just below', () => {
    expect(float32Spacing(2 ** 17)).toBe(2 ** -6);
    expect(float32Spacing(131_071)).toBe(2 ** -7);
    expect(Math.fround(2 ** 17 + 2 ** -6)).toBe(2 ** 17 + 2 ** -6);
    expect(Math.fround(2 ** 17 + 2 ** -7)).not.toBe(2 ** 17 + 2 ** -7); // a tie rounds to even: the gap is 2⁻⁶
    expect(n.spacingAbove).toBe('0.0156');
    expect([n.pair1Angle, n.pair1Spacing, n.pair1Rounding]).toEqual(['106,773', '0.0078', '0.0039']);
    expect([n.stepShare, n.angleBound]).toEqual(['2.8%', '0.022']);
  });
  it('unseen angles: none inside the training length; every slow pair has met every angle up to (T − 1)·θ', () => {
    expect(unseenAngleCount(INV_LLAMA3, 8_192, 8_191)).toBe(0);
    expect(unseenAngleCount(INV_LLAMA3, 8_192, 100_000)).toBe(25);
  });
  it('shift example: the same score at (100, 37), (5,100, 5,037) and by the offset 63 alone, up to float64 rounding', () => {
    expect(n.shiftNear).toBe(n.shiftFar);
    expect(n.shiftNear).toBe(n.shiftByOffset);
    expect(n.raw.shift.difference).toBeLessThan(1e-10);
    expect(n.raw.shift.difference).toBeGreaterThan(0); // rounding is real at 5,000 rad: the text says so
  });
  it('an 8K model at 100,000: 25 of the 29 slow pairs at angles never reached in training, 4 wrapped back', () => {
    expect([n.unseenFar, n.wrappedFar]).toEqual(['25', '4']);
    expect([n.farAngle63, n.trainMaxAngle63]).toEqual(['0.246', '0.0201']);
  });
  it('forgotten scaling grows linearly: 0.1 rad by position 113, 1 rad by 1,125 (slope = θ₃₂ − θ′₃₂)', () => {
    expect([n.errTenthAt, n.errOneAt]).toEqual(['113', '1,125']);
    expect(n.raw.slope * 8_192).toBeCloseTo(n.raw.err8k.max, 12);
  });
  it('bfloat16 and PI helpers', () => {
    expect([n.bf16ExactUpTo, n.bf16SpacingAt256, n.piNeighbourAngle, n.factorTimesOriginal]).toEqual(['256', '2', '0.125', '65,536']);
  });
  it('never prints NaN, Infinity or undefined', () => {
    const { raw: _raw, ...printed } = n;
    expect(JSON.stringify(printed)).not.toMatch(/NaN|Infinity|undefined|—/);
  });
});
