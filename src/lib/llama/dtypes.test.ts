import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DTYPE_IDS, DTYPES, weightBytes } from './dtypes';

describe('number formats', () => {
  it('one row per id, in the listed order: 4, 2, 1 and ½ byte per number', () => {
    expect(Object.keys(DTYPES)).toEqual([...DTYPE_IDS]);
    expect(DTYPE_IDS.map((id) => DTYPES[id].bits / 8)).toEqual([4, 2, 1, 0.5]);
    for (const id of DTYPE_IDS) expect(DTYPES[id].id).toBe(id);
  });
});

describe('weight bytes', () => {
  it('Llama 3 8B (8,030,261,248 parameters) and 405B at fp32 / bf16 / fp8 / int4, exactly', () => {
    const at = (n: bigint) => DTYPE_IDS.map((id) => weightBytes(n, id));
    expect(at(8_030_261_248n)).toEqual([32_121_044_992n, 16_060_522_496n, 8_030_261_248n, 4_015_130_624n]);
    expect(at(405_853_388_800n)).toEqual([1_623_413_555_200n, 811_706_777_600n, 405_853_388_800n, 202_926_694_400n]);
  });
  it('an odd count at int4 needs one more (half-filled) byte', () => {
    expect(weightBytes(7n, 'int4')).toBe(4n);
    expect(weightBytes(8n, 'int4')).toBe(4n);
  });
  it('halve from fp32 to bf16 to fp8 (exactly) and int4 is the ceiling of half of fp8 (property)', () => {
    fc.assert(fc.property(fc.bigInt({ min: 1n, max: 10n ** 22n }), (n) => {
      expect(weightBytes(n, 'fp32')).toBe(2n * weightBytes(n, 'bf16'));
      expect(weightBytes(n, 'bf16')).toBe(2n * weightBytes(n, 'fp8'));
      expect(weightBytes(n, 'fp8')).toBe(n);
      expect(weightBytes(n, 'int4')).toBe((weightBytes(n, 'fp8') + 1n) / 2n);
    }));
  });
});
