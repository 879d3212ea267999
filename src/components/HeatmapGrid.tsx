// The keyboard and screen-reader side of a heatmap drawn in SVG: an ARIA grid (WAI-ARIA APG grid pattern),
// so screen readers in browse mode hand the arrow keys to it (NVDA and JAWS switch to focus mode on a
// grid cell) instead of keeping them, as they did with a focusable role="group".
//
// A heatmap can have thousands of cells, so the grid holds only the current row and cell, numbered with
// aria-rowcount/aria-colcount and aria-rowindex/aria-colindex (the pattern for grids that are not all in the
// DOM). The cell is one Tab stop, laid over the picture where the cell is drawn, so its focus ring is the
// keyboard cursor; moving makes a new cell element and focus follows it, so each move is announced as a new
// cell ("row 3, column 2, …"). The data table beside each heatmap stays the complete text alternative.
import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cellBox, moveGridCell, type GridCell } from '../lib/gridNav';
import './heatmapGrid.css';

export interface HeatmapGridProps {
  /** Rows and columns of the heatmap. */
  rows: number;
  cols: number;
  /** The current cell (the one that has the Tab stop). */
  cell: GridCell;
  onMove: (cell: GridCell) => void;
  /** The grid's name: what the heatmap shows. */
  label: string;
  /** What the current cell says: where it is (in the picture's own terms) and its value. */
  cellText: (cell: GridCell) => string;
  /** Geometry of the drawing, in the SVG's viewBox units: origin and size of one cell, size of the picture. */
  frame: { x0: number; y0: number; cw: number; ch: number; width: number; height: number };
  /** The picture (an aria-hidden SVG), drawn under the grid. */
  children: ReactNode;
  className?: string;
}

export const GRID_INSTRUCTIONS =
  'Arrow keys move one cell; Home and End go to the start and end of the row, Page Up and Page Down to the first and last row, Control+Home and Control+End to the first and last cell.';

export function HeatmapGrid({ rows, cols, cell, onMove, label, cellText, frame, children, className }: HeatmapGridProps) {
  const helpId = useId();
  const cellRef = useRef<HTMLDivElement>(null);
  const row = Math.min(Math.max(0, cell.row), Math.max(0, rows - 1));
  const col = Math.min(Math.max(0, cell.col), Math.max(0, cols - 1));
  // The cell element is new for every position (key below): if the old one had focus when this render began,
  // the new one takes it once committed (keyboard moves, a click or a pointer move over the map while focused).
  const refocus = useRef(false);
  if (typeof document !== 'undefined' && cellRef.current && document.activeElement === cellRef.current) refocus.current = true;
  useLayoutEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || active === cellRef.current) cellRef.current?.focus();
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = moveGridCell({ row, col }, e.key, rows, cols, e.ctrlKey || e.metaKey);
    if (!next) return;
    e.preventDefault();
    if (next.row !== row || next.col !== col) onMove(next);
  };

  const box = cellBox({ row, col }, frame);
  return (
    // A click or tap on the picture picks a cell (the picture's own handler) and then gives it the focus.
    <div className={className ? `hmg ${className}` : 'hmg'} onClick={() => cellRef.current?.focus()}>
      {children}
      {rows > 0 && cols > 0 && (
        <div className="hmg-grid" role="grid" aria-label={label} aria-rowcount={rows} aria-colcount={cols}
          aria-describedby={helpId} onKeyDown={onKeyDown}>
          <div className="hmg-row" role="row" aria-rowindex={row + 1}>
            <div key={`${row}.${col}`} ref={cellRef} className="hmg-cell" role="gridcell" aria-colindex={col + 1} tabIndex={0}
              style={{ left: `${box.left}%`, top: `${box.top}%`, width: `${box.width}%`, height: `${box.height}%` }}>
              <span className="visually-hidden">{cellText({ row, col })}</span>
            </div>
          </div>
        </div>
      )}
      <p id={helpId} className="visually-hidden">{GRID_INSTRUCTIONS}</p>
    </div>
  );
}

/**
 * Diagonal stripes in the paper colour, laid over the cells of negative values: the sign then shows without
 * colour (greyscale, colour-vision deficiencies; WCAG 1.4.1), while the hue and its strength still give the
 * size. Put it in an SVG's <defs>; fill shapes with `url(#id)`.
 */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={4} height={4} patternTransform="rotate(45)">
      <rect className="hmg-stripe" width={1.5} height={4} />
    </pattern>
  );
}

/** A key swatch drawn in SVG (kept in forced-colours mode, unlike a CSS background), striped when `hatchId` is given. */
export function Swatch({ className, hatchId }: { className: string; hatchId?: string }) {
  return (
    <svg className="hmg-swatch" viewBox="0 0 12 12" width={12} height={12} aria-hidden="true" focusable="false">
      <rect className={className} width={12} height={12} />
      {hatchId && <rect width={12} height={12} fill={`url(#${hatchId})`} />}
    </svg>
  );
}

/** A document-unique id usable in `url(#…)` (React's ids may hold characters that need escaping there). */
export function svgId(reactId: string, prefix: string): string {
  return `${prefix}-${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;
}
