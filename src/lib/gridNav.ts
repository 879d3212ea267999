// Keyboard movement in a two-dimensional grid of cells (the heatmaps), after the WAI-ARIA APG grid pattern:
// arrows move one cell, Home/End go to the first/last cell of the row, Ctrl+Home/Ctrl+End to the first/last
// cell of the grid, Page Up/Page Down to the first/last row (a heatmap is one page). Pure: a table of keys.

/** A cell: row (0-based, top to bottom) and column (0-based, left to right). */
export interface GridCell {
  row: number;
  col: number;
}

/** The keys a grid answers (the others are left to the browser and the screen reader). */
export const GRID_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'] as const;

/**
 * The cell a key moves to in a grid of `rows` × `cols`, or null for a key the grid does not use.
 * The start is clamped into the grid first, so a cell left over from a bigger grid moves sensibly.
 */
export function moveGridCell(cell: GridCell, key: string, rows: number, cols: number, ctrl = false): GridCell | null {
  if (rows < 1 || cols < 1) return null;
  const r = (x: number) => Math.min(rows - 1, Math.max(0, x));
  const c = (x: number) => Math.min(cols - 1, Math.max(0, x));
  const row = r(cell.row);
  const col = c(cell.col);
  switch (key) {
    case 'ArrowUp': return { row: r(row - 1), col };
    case 'ArrowDown': return { row: r(row + 1), col };
    case 'ArrowLeft': return { row, col: c(col - 1) };
    case 'ArrowRight': return { row, col: c(col + 1) };
    case 'Home': return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End': return ctrl ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
    case 'PageUp': return { row: 0, col };
    case 'PageDown': return { row: rows - 1, col };
    default: return null;
  }
}

/** Where a cell sits over its picture, in percent of the picture's box (for the focusable cell laid over an SVG). */
export interface CellBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The box of cell (row, col) of a grid drawn from (x0, y0) with cells of cw × ch, in a picture of
 * width × height (the SVG's viewBox), as percentages of the picture.
 */
export function cellBox(cell: GridCell, frame: { x0: number; y0: number; cw: number; ch: number; width: number; height: number }): CellBox {
  const pct = (v: number, of: number) => (of > 0 ? Math.round((v / of) * 1e5) / 1e3 : 0);
  return {
    left: pct(frame.x0 + cell.col * frame.cw, frame.width),
    top: pct(frame.y0 + cell.row * frame.ch, frame.height),
    width: pct(frame.cw, frame.width),
    height: pct(frame.ch, frame.height),
  };
}
