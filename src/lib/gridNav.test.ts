import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellBox, GRID_KEYS, moveGridCell } from './gridNav';

describe('moveGridCell (APG grid keys) on a 4-row × 7-column grid', () => {
  const at = { row: 2, col: 3 };
  it.each([
    ['ArrowUp', false, { row: 1, col: 3 }],
    ['ArrowDown', false, { row: 3, col: 3 }],
    ['ArrowLeft', false, { row: 2, col: 2 }],
    ['ArrowRight', false, { row: 2, col: 4 }],
    ['Home', false, { row: 2, col: 0 }],
    ['End', false, { row: 2, col: 6 }],
    ['Home', true, { row: 0, col: 0 }],
    ['End', true, { row: 3, col: 6 }],
    ['PageUp', false, { row: 0, col: 3 }],
    ['PageDown', false, { row: 3, col: 3 }],
  ] as const)('%s (ctrl: %s) moves to %o', (key, ctrl, to) => {
    expect(moveGridCell(at, key, 4, 7, ctrl)).toEqual(to);
  });
  it('rows and columns are not swapped: End goes to the last column, PageDown to the last row', () => {
    expect(moveGridCell({ row: 0, col: 0 }, 'End', 4, 7)).toEqual({ row: 0, col: 6 });
    expect(moveGridCell({ row: 0, col: 0 }, 'PageDown', 4, 7)).toEqual({ row: 3, col: 0 });
  });
  it('ignores keys it does not use (Tab leaves the grid) and empty grids', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape']) expect(moveGridCell(at, key, 4, 7)).toBeNull();
    expect(moveGridCell(at, 'ArrowUp', 0, 7)).toBeNull();
  });
  it('every key keeps the cell inside the grid, from any start (also one left over from a bigger grid)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 70 }), fc.integer({ min: 1, max: 70 }),
      fc.integer({ min: -5, max: 100 }), fc.integer({ min: -5, max: 100 }),
      fc.constantFrom(...GRID_KEYS), fc.boolean(),
      (rows, cols, row, col, key, ctrl) => {
        const next = moveGridCell({ row, col }, key, rows, cols, ctrl)!;
        expect(next.row).toBeGreaterThanOrEqual(0);
        expect(next.row).toBeLessThan(rows);
        expect(next.col).toBeGreaterThanOrEqual(0);
        expect(next.col).toBeLessThan(cols);
      },
    ));
  });
});

describe('cellBox', () => {
  it('places a cell in percent of the picture', () => {
    // Picture 130 × 66 with cells of 10 × 5 from (30, 16): cell (row 2, col 4) spans x 70–80, y 26–31.
    expect(cellBox({ row: 2, col: 4 }, { x0: 30, y0: 16, cw: 10, ch: 5, width: 130, height: 66 }))
      .toEqual({ left: 53.846, top: 39.394, width: 7.692, height: 7.576 });
  });
});
