import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTENT_KEYS, keyIntent, moveInGrid, moveInList, type GridCell, type Intent } from './keys';

describe('keyIntent: the one table of keys', () => {
  it.each([
    ['ArrowRight', false, 'next'],
    ['ArrowLeft', false, 'prev'],
    ['ArrowDown', false, 'down'],
    ['ArrowUp', false, 'up'],
    ['Home', false, 'rowStart'],
    ['End', false, 'rowEnd'],
    ['Home', true, 'first'],
    ['End', true, 'last'],
    ['PageDown', false, 'pageNext'],
    ['PageUp', false, 'pagePrev'],
    ['PageDown', true, 'pageNext'],
    ['ArrowRight', true, 'next'],
  ] as const)('%s (ctrl: %s) → %s', (key, ctrl, intent) => {
    expect(keyIntent({ key, ctrlKey: ctrl })).toBe(intent);
  });
  it('⌘ on a Mac is read like Ctrl', () => {
    expect(keyIntent({ key: 'Home', metaKey: true })).toBe('first');
    expect(keyIntent({ key: 'End', metaKey: true })).toBe('last');
  });
  it('leaves every other key to the browser and the screen reader (Tab leaves, Enter and Space activate)', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape', 'Backspace', 'F6']) expect(keyIntent({ key })).toBeNull();
  });
});

/** Keys through the whole chain, as a widget sees them. */
const listMove = (from: number, key: string, count: number, page = 1, ctrl = false) => {
  const intent = keyIntent({ key, ctrlKey: ctrl });
  return intent === null ? null : moveInList(from, count, intent, page);
};
const gridMove = (from: GridCell, key: string, rows: number, cols: number, ctrl = false) => {
  const intent = keyIntent({ key, ctrlKey: ctrl });
  return intent === null ? null : moveInGrid(from, rows, cols, intent);
};

describe('a list (the token row: page of 20)', () => {
  const table: [number, string, number, number | null][] = [
    [0, 'ArrowRight', 10, 1], [0, 'ArrowDown', 10, 1], [9, 'ArrowRight', 10, 9],
    [5, 'ArrowLeft', 10, 4], [5, 'ArrowUp', 10, 4], [0, 'ArrowUp', 10, 0],
    [0, 'PageDown', 100, 20], [95, 'PageDown', 100, 99], [30, 'PageUp', 100, 10], [5, 'PageUp', 100, 0],
    [50, 'Home', 100, 0], [3, 'End', 100, 99], [3, 'a', 100, null], [0, 'ArrowRight', 0, null], [500, 'ArrowLeft', 10, 8],
  ];
  it.each(table)('from %i, %s over %i items → %s', (from, key, n, to) => {
    expect(listMove(from, key, n, 20)).toBe(to);
  });
  it('Ctrl+Home and Ctrl+End go to the ends too', () => {
    expect(listMove(40, 'Home', 100, 20, true)).toBe(0);
    expect(listMove(40, 'End', 100, 20, true)).toBe(99);
  });
  it('Page Down moves forward and Page Up back, never the wrong way; every key stays in the list', () => {
    fc.assert(fc.property(fc.integer({ min: -5, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 50 }),
      fc.constantFrom(...INTENT_KEYS), fc.boolean(), (at, n, page, key, ctrl) => {
        const i = Math.min(Math.max(0, at), n - 1);
        expect(listMove(i, 'PageDown', n, page)!).toBeGreaterThanOrEqual(i);
        expect(listMove(i, 'PageUp', n, page)!).toBeLessThanOrEqual(i);
        expect(listMove(i, 'ArrowRight', n, page)!).toBeGreaterThanOrEqual(i);
        expect(listMove(i, 'ArrowLeft', n, page)!).toBeLessThanOrEqual(i);
        const to = listMove(at, key, n, page, ctrl)!;
        expect(to).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThan(n);
      }));
  });
});

describe('a grid (the heatmaps, APG grid keys) on 4 rows × 7 columns', () => {
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
    expect(gridMove(at, key, 4, 7, ctrl)).toEqual(to);
  });
  it('rows and columns are not swapped: End goes to the last column, PageDown to the last row', () => {
    expect(gridMove({ row: 0, col: 0 }, 'End', 4, 7)).toEqual({ row: 0, col: 6 });
    expect(gridMove({ row: 0, col: 0 }, 'PageDown', 4, 7)).toEqual({ row: 3, col: 0 });
  });
  it('stays inside at the edges; a cell left over from a bigger grid is clamped first', () => {
    expect(gridMove({ row: 0, col: 0 }, 'ArrowUp', 6, 6)).toEqual({ row: 0, col: 0 });
    expect(gridMove({ row: 5, col: 5 }, 'ArrowRight', 6, 6)).toEqual({ row: 5, col: 5 });
    expect(gridMove({ row: 9, col: 9 }, 'ArrowLeft', 6, 6)).toEqual({ row: 5, col: 4 });
  });
  it('ignores keys it does not use and empty grids', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape']) expect(gridMove(at, key, 4, 7)).toBeNull();
    expect(moveInGrid(at, 0, 7, 'up')).toBeNull();
  });
  it('a page of fewer rows than the grid moves by that many', () => {
    expect(moveInGrid({ row: 1, col: 2 }, 10, 3, 'pageNext', 4)).toEqual({ row: 5, col: 2 });
    expect(moveInGrid({ row: 5, col: 2 }, 10, 3, 'pagePrev', 4)).toEqual({ row: 1, col: 2 });
  });
  it('every intent keeps the cell inside the grid, from any start; Page Down never moves up', () => {
    const intents: Intent[] = ['next', 'prev', 'down', 'up', 'rowStart', 'rowEnd', 'first', 'last', 'pageNext', 'pagePrev'];
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 70 }), fc.integer({ min: 1, max: 70 }),
      fc.integer({ min: -5, max: 100 }), fc.integer({ min: -5, max: 100 }), fc.constantFrom(...intents),
      (rows, cols, row, col, intent) => {
        const next = moveInGrid({ row, col }, rows, cols, intent)!;
        expect(next.row).toBeGreaterThanOrEqual(0);
        expect(next.row).toBeLessThan(rows);
        expect(next.col).toBeGreaterThanOrEqual(0);
        expect(next.col).toBeLessThan(cols);
        const start = Math.min(rows - 1, Math.max(0, row));
        if (intent === 'pageNext') expect(next.row).toBeGreaterThanOrEqual(start);
        if (intent === 'pagePrev') expect(next.row).toBeLessThanOrEqual(start);
      },
    ));
  });
});
