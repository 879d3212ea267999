import { scaleLinear, scaleLog } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logTicks, scaleTicks, ticksAt } from './axisTicks';

describe('tick geometry', () => {
  it('a linear scale: d3’s round values at their positions, labelled', () => {
    const y = scaleLinear().domain([0, 480]).range([150, 0]).nice();
    const round = (t: { value: number; pos: number; label: string }) => ({ ...t, pos: Math.round(t.pos * 1e9) / 1e9 });
    expect(scaleTicks(y, 4, (v) => `${v} tokens`).map(round)).toEqual([
      { value: 0, pos: 150, label: '0 tokens' },
      { value: 100, pos: 120, label: '100 tokens' },
      { value: 200, pos: 90, label: '200 tokens' },
      { value: 300, pos: 60, label: '300 tokens' },
      { value: 400, pos: 30, label: '400 tokens' },
      { value: 500, pos: 0, label: '500 tokens' },
    ]);
  });
  it('chosen values on a log scale, each at its place', () => {
    const x = scaleLog().domain([1e3, 1e6]).range([0, 300]);
    expect(ticksAt(x, [1e3, 1e4, 1e6], (v) => `${v / 1e3}K`).map((t) => [Math.round(t.pos * 1e9) / 1e9, t.label])).toEqual([[0, '1K'], [100, '10K'], [300, '1000K']]);
  });
  it('log ticks at powers of the base, thinning to fit', () => {
    expect(logTicks(1, 2 ** 20, 2, [5], 10)).toEqual([1, 32, 1_024, 32_768, 1_048_576]);
    expect(logTicks(1e3, 1e12, 10, [1, 2, 3], 4)).toEqual([1e3, 1e6, 1e9, 1e12]);
    expect(logTicks(2 ** 14, 2 ** 50, 2, [1, 2, 5, 10], 6)).toEqual([2 ** 20, 2 ** 30, 2 ** 40, 2 ** 50]);
    expect(logTicks(1, 1e9, 10, [1], Infinity)).toHaveLength(10);
  });
  it('log ticks stay inside the range and keep to the limit whenever a step allows it', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 2, max: 8 }), (a, span, max) => {
      const lo = 2 ** a, hi = 2 ** (a + span);
      const t = logTicks(lo, hi, 2, [1, 2, 5, 10, 20, 40], max);
      for (const v of t) { expect(v).toBeGreaterThanOrEqual(lo); expect(v).toBeLessThanOrEqual(hi); }
      expect(t.length).toBeLessThanOrEqual(Math.max(max, 2));
    }));
  });
});
