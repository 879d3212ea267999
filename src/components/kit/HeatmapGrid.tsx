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
import { useMessages } from '../../i18n/react';
import { keyIntent, moveInGrid, type GridCell } from '../../lib/keys';
import { cellBox, type HeatFrame } from './heatmap';
import { KIT_MESSAGES } from './messages';
import './heatmap.css';

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
  /** Geometry of the drawing, in the SVG's viewBox units. */
  frame: HeatFrame;
  /** The picture (an aria-hidden SVG), drawn under the grid. */
  children: ReactNode;
  className?: string | undefined;
}

export function HeatmapGrid({ rows, cols, cell, onMove, label, cellText, frame, children, className }: HeatmapGridProps) {
  const t = useMessages(KIT_MESSAGES);
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
    const intent = keyIntent(e);
    const next = intent === null ? null : moveInGrid({ row, col }, rows, cols, intent);
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
      <p id={helpId} className="visually-hidden">{t.gridInstructions}</p>
    </div>
  );
}
