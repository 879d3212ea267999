import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { causalMaskPath, cellAt, cellBox, HEAT_LEVELS, heatmapLayers, intensity } from './heatmap';

const grid = (vals: number[][], kind: 'weights' | 'signed' = 'signed', scale = 1, causal = false) => ({
  nx: vals[0]!.length, ny: vals.length, value: (x: number, y: number) => vals[y]![x]!, cw: 10, ch: 5, x0: 30, y0: 16, kind, scale, causal,
});

describe('heatmap layers (one colour scale)', () => {
  it('groups cells by sign and level, with exact geometry', () => {
    const layers = heatmapLayers(grid([[1, -1], [0.5, 0]]));
    expect(layers.map((l) => [l.sign, l.level, l.cells])).toEqual([['n', 12, 1], ['p', 6, 1], ['p', 12, 1]]);
    expect(layers.find((l) => l.sign === 'n')!.d).toBe('M40 16h10v5h-10z');
    expect(layers.find((l) => l.level === 6)!.d).toBe('M30 21h10v5h-10z');
    expect(layers.find((l) => l.sign === 'p' && l.level === 12)!.opacity).toBe(1);
  });
  it('causal attention: only on and below the diagonal, with intensity √w', () => {
    const layers = heatmapLayers(grid([[1, 0.9], [0.25, 0.75]], 'weights', 1, true));
    const cells = layers.reduce((a, l) => a + l.cells, 0);
    expect(cells).toBe(3); // (x=1, y=0) is a later key: never drawn, whatever its value
    expect(layers.find((l) => l.level === 6)!.d).toBe('M30 21h10v5h-10z'); // √0.25 = 0.5 → level 6
    expect(intensity(0.25, 'weights', 1)).toBe(0.5);
  });
  it('never draws more cells than exist and never outputs NaN', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.double({ noNaN: false }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 10, noNaN: true }), (vals, scale) => {
      const layers = heatmapLayers(grid(vals, 'signed', scale));
      expect(layers.reduce((a, l) => a + l.cells, 0)).toBeLessThanOrEqual(vals.length * 3);
      for (const l of layers) {
        expect(l.d).not.toMatch(/NaN|Infinity/);
        expect(l.level).toBeGreaterThanOrEqual(1);
        expect(l.level).toBeLessThanOrEqual(HEAT_LEVELS);
      }
    }));
  });
});

describe('heatmap frame geometry', () => {
  it('the mask outline of a causal map is the staircase above the diagonal', () => {
    // cells (0,1), (0,2), (1,2) masked; cells 10 × 10 from (0, 0)
    expect(causalMaskPath(3, { x0: 0, y0: 0, cw: 10, ch: 10 })).toBe('M10 0H30V20H20V10H10V0Z');
    expect(causalMaskPath(2, { x0: 5, y0: 5, cw: 10, ch: 10 })).toBe('M15 5H25V15H15V5Z');
    expect(causalMaskPath(2, { x0: 30, y0: 16, cw: 8, ch: 8 })).toBe('M38 16H46V24H38V16Z');
    expect(causalMaskPath(1, { x0: 0, y0: 0, cw: 10, ch: 10 })).toBe('');
  });
  it('cellAt finds the cell whose centre was hit, and nothing outside the grid', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 16 }), fc.nat(), fc.nat(), (rows, cols, a, b) => {
      const f = { x0: 22, y0: 16, cw: 278 / cols, ch: 7 };
      const row = a % rows, col = b % cols;
      expect(cellAt(f, rows, cols, f.x0 + (col + 0.5) * f.cw, f.y0 + (row + 0.5) * f.ch)).toEqual({ row, col });
    }));
    const f = { x0: 20, y0: 20, cw: 10, ch: 10 };
    expect(cellAt(f, 6, 6, 10, 30)).toBeNull();
    expect(cellAt(f, 6, 6, 30, 85)).toBeNull();
    expect(cellAt(f, 6, 6, Number.NaN, 30)).toBeNull();
  });
  it('cellBox places a cell in percent of the picture', () => {
    // Picture 130 × 66 with cells of 10 × 5 from (30, 16): cell (row 2, col 4) spans x 70–80, y 26–31.
    expect(cellBox({ row: 2, col: 4 }, { x0: 30, y0: 16, cw: 10, ch: 5, width: 130, height: 66 }))
      .toEqual({ left: 53.846, top: 39.394, width: 7.692, height: 7.576 });
  });
});
