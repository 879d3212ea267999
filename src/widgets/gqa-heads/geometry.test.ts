import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAt, gridPath, hatchPath, maskPath } from './geometry';

describe('attention-map geometry', () => {
  it('the mask outline of a 3-token map is the staircase above the diagonal', () => {
    // cells (0,1), (0,2), (1,2) masked; size 10, pad 0
    expect(maskPath({ seq: 3, size: 10, pad: 0 })).toBe('M10 0H30V20H20V10H10V0Z');
    expect(maskPath({ seq: 2, size: 10, pad: 5 })).toBe('M15 5H25V15H15V5Z');
    expect(maskPath({ seq: 1, size: 10, pad: 0 })).toBe('');
  });
  it('draws one slash per masked cell: T(T−1)/2', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16 }), (seq) => {
      expect(hatchPath({ seq, size: 7, pad: 3 }).match(/M/g)?.length ?? 0).toBe((seq * (seq - 1)) / 2);
    }));
  });
  it('grid has T + 1 lines each way', () => {
    expect(gridPath({ seq: 4, size: 5, pad: 0 }).match(/H/g)).toHaveLength(5);
    expect(gridPath({ seq: 4, size: 5, pad: 0 }).match(/V/g)).toHaveLength(5);
  });
  it('cellAt finds the cell whose centre was hit, and nothing outside the grid', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16 }), fc.nat(), fc.nat(), (seq, a, b) => {
      const f = { seq, size: 278 / seq, pad: 22 };
      const row = a % seq, col = b % seq;
      expect(cellAt(f, f.pad + (col + 0.5) * f.size, f.pad + (row + 0.5) * f.size)).toEqual({ row, col });
    }));
    const f = { seq: 6, size: 10, pad: 20 };
    expect(cellAt(f, 10, 30)).toBeNull();
    expect(cellAt(f, 30, 85)).toBeNull();
    expect(cellAt(f, Number.NaN, 30)).toBeNull();
  });
});
