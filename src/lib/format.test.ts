import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatBytesDecimal, formatInt, formatParams, formatRatio, formatSci, formatShort } from './format';

describe('format', () => {
  it('formats exact integers with separators, including bigint', () => {
    expect(formatInt(8_030_261_248)).toBe('8,030,261,248');
    expect(formatInt(405_853_388_800n)).toBe('405,853,388,800');
    expect(formatInt(12_345_678_901_234_567_890n)).toBe('12,345,678,901,234,567,890');
  });
  it('short forms round as a reader expects', () => {
    expect(formatShort(8_030_261_248)).toBe('8.03B');
    expect(formatShort(70_553_706_496)).toBe('70.6B');
    expect(formatShort(405_853_388_800)).toBe('406B');
    expect(formatShort(15.6e12)).toBe('15.6T');
    expect(formatShort(1.8e12, 2)).toBe('1.8T');
    expect(formatShort(2e12, 2)).toBe('2.0T');
    expect(formatShort(68_976_648_192)).toBe('69.0B');
  });
  it('model sizes: billions with one decimal, so the 405B is 405.9B, not 406B (issue 9, item 15)', () => {
    expect(formatParams(405_853_388_800n)).toBe('405.9B');
    expect(formatParams(8_030_261_248)).toBe('8.0B');
    expect(formatParams(70_553_706_496)).toBe('70.6B');
    expect(formatParams(6_738_415_616)).toBe('6.7B');
    expect(formatParams(68_976_648_192)).toBe('69.0B');
    expect(formatParams(124_000_000)).toBe('124M');
    expect(formatParams(999.96e9)).toBe('1.00T');
    expect(formatParams(Number.NaN)).toBe('—');
  });
  it('scientific notation uses superscripts', () => {
    expect(formatSci(3.8e25)).toBe('3.8 × 10²⁵');
    expect(formatSci(3.7988e25, 3)).toBe('3.8 × 10²⁵');
    expect(formatSci(1e-5)).toBe('1 × 10⁻⁵');
  });
  it('bytes in binary units', () => {
    expect(formatBytes(17_179_869_184)).toBe('16 GiB');
    expect(formatBytes(4_227_858_432, 5)).toBe('3.9375 GiB');
    expect(formatBytes(1_082_331_758_592)).toBe('1008 GiB');
    expect(formatBytes(512)).toBe('512 B');
  });
  it('bytes in decimal units', () => {
    expect(formatBytesDecimal(16_060_522_496)).toBe('16.1 GB');
    expect(formatBytesDecimal(811_706_777_600)).toBe('812 GB');
    expect(formatBytesDecimal(999)).toBe('999 B');
    expect(formatBytesDecimal(1_000)).toBe('1 kB');
  });
  it('ratios', () => {
    expect(formatRatio(4.008)).toBe('×4.01');
    expect(formatRatio(7.8)).toBe('×7.8');
    expect(formatRatio(70.55 / 68.98)).toBe('×1.02');
    expect(formatRatio(50)).toBe('×50');
  });
  it('never prints NaN, Infinity or undefined', () => {
    fc.assert(fc.property(fc.double(), (x) => {
      for (const s of [formatShort(x), formatSci(x), formatBytes(x), formatBytesDecimal(x), formatRatio(x), formatInt(x)]) {
        expect(s).not.toMatch(/NaN|Infinity|undefined/);
      }
    }));
  });
});
