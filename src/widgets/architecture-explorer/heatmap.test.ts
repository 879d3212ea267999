import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEAT_LEVELS, heatmapLayers, intensity } from './heatmap';

const grid = (vals: number[][], attention = false, scale = 1) => ({
  nx: vals[0]!.length, ny: vals.length, value: (x: number, y: number) => vals[y]![x]!, cw: 10, ch: 5, x0: 30, y0: 16, attention, scale,
});

describe('heatmap layers', () => {
  it('groups cells by sign and level, with exact geometry', () => {
    const layers = heatmapLayers(grid([[1, -1], [0.5, 0]]));
    expect(layers.map((l) => [l.sign, l.level, l.cells])).toEqual([['n', 12, 1], ['p', 6, 1], ['p', 12, 1]]);
    expect(layers.find((l) => l.sign === 'n')!.d).toBe('M40 16h10v5h-10z');
    expect(layers.find((l) => l.level === 6)!.d).toBe('M30 21h10v5h-10z');
    expect(layers.find((l) => l.sign === 'p' && l.level === 12)!.opacity).toBe(1);
  });
  it('draws attention only on and below the diagonal, with intensity √w', () => {
    const layers = heatmapLayers(grid([[1, 0.9], [0.25, 0.75]], true));
    const cells = layers.reduce((a, l) => a + l.cells, 0);
    expect(cells).toBe(3); // (x=1, y=0) is a later key: never drawn, whatever its value
    expect(layers.find((l) => l.level === 6)!.d).toBe('M30 21h10v5h-10z'); // √0.25 = 0.5 → level 6
    expect(intensity(0.25, true, 1)).toBe(0.5);
  });
  it('never draws more cells than exist and never outputs NaN', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.double({ noNaN: false }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 10, noNaN: true }), (vals, scale) => {
      const layers = heatmapLayers(grid(vals, false, scale));
      expect(layers.reduce((a, l) => a + l.cells, 0)).toBeLessThanOrEqual(vals.length * 3);
      for (const l of layers) {
        expect(l.d).not.toMatch(/NaN|Infinity/);
        expect(l.level).toBeGreaterThanOrEqual(1);
        expect(l.level).toBeLessThanOrEqual(HEAT_LEVELS);
      }
    }));
  });
});
