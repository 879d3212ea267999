// The keyboard of every widget, as one pure table: a key (with its modifiers) is first read as an intent, then the
// intent moves a position in a list or a grid. After the WAI-ARIA APG listbox and grid patterns: arrows step,
// Home/End go to the start/end of the row (of the list, for a list), Ctrl+Home/Ctrl+End to the first/last item,
// Page Up/Page Down jump a page back/forward. A widget keeps only its own mapping of intents to its state
// (architecture-explorer's PageDown moves to the same block one layer later); everything else lives here,
// tested once as a table of keys (STYLE.md: "test the table of keys, not the DOM").

/** What a key asks for, whatever the widget. Horizontal arrows are next/prev, vertical ones down/up. */
export type Intent = 'next' | 'prev' | 'down' | 'up' | 'rowStart' | 'rowEnd' | 'first' | 'last' | 'pageNext' | 'pagePrev';

/** The part of a keyboard event the table reads (a React or DOM KeyboardEvent fits). */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  /** ⌘ on a Mac: read like Ctrl. */
  metaKey?: boolean;
}

/**
 * The intent of a key press, or null for a key no widget moves with (Tab, Enter, letters…): the browser and the
 * screen reader keep those.
 */
export function keyIntent(e: KeyPress): Intent | null {
  const ctrl = Boolean(e.ctrlKey || e.metaKey);
  switch (e.key) {
    case 'ArrowRight': return 'next';
    case 'ArrowLeft': return 'prev';
    case 'ArrowDown': return 'down';
    case 'ArrowUp': return 'up';
    case 'Home': return ctrl ? 'first' : 'rowStart';
    case 'End': return ctrl ? 'last' : 'rowEnd';
    case 'PageDown': return 'pageNext';
    case 'PageUp': return 'pagePrev';
    default: return null;
  }
}

/** The keys that have an intent (for property tests and docs). */
export const INTENT_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'] as const;

/** Items an intent moves forward (+1) or back (−1) by, in a list or a grid; 0 for jumps to an end. */
export function intentDirection(intent: Intent): 1 | -1 | 0 {
  switch (intent) {
    case 'next': case 'down': case 'pageNext': return 1;
    case 'prev': case 'up': case 'pagePrev': return -1;
    default: return 0;
  }
}

/**
 * The index an intent moves to in a list of `count` items laid out in reading order (a row of tokens, the stages of
 * a forward pass): next/down step forward, prev/up back, Home and Ctrl+Home go to the first item, End and Ctrl+End to
 * the last, Page Down/Up jump `pageSize` items. Null for an empty list. The start is clamped into the list first,
 * so an index left over from a longer list moves sensibly.
 */
export function moveInList(index: number, count: number, intent: Intent, pageSize = 1): number | null {
  if (count < 1) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  const at = clamp(Math.floor(Number.isFinite(index) ? index : 0));
  switch (intent) {
    case 'rowStart': case 'first': return 0;
    case 'rowEnd': case 'last': return last;
    case 'pageNext': case 'pagePrev': return clamp(at + intentDirection(intent) * Math.max(1, Math.floor(pageSize)));
    default: return clamp(at + intentDirection(intent));
  }
}

/** A cell: row (0-based, top to bottom) and column (0-based, left to right). */
export interface GridCell {
  row: number;
  col: number;
}

/**
 * The cell an intent moves to in a grid of `rows` × `cols` (a heatmap): arrows move one cell, Home/End go to the
 * first/last cell of the row, Ctrl+Home/Ctrl+End to the first/last cell of the grid, Page Up/Page Down move
 * `pageRows` rows (by default the whole grid: a heatmap is one page, so they go to the first/last row).
 * Null for an empty grid. The start is clamped into the grid first.
 */
export function moveInGrid(cell: GridCell, rows: number, cols: number, intent: Intent, pageRows = rows): GridCell | null {
  if (rows < 1 || cols < 1) return null;
  const r = (x: number) => Math.min(rows - 1, Math.max(0, x));
  const c = (x: number) => Math.min(cols - 1, Math.max(0, x));
  const row = r(cell.row);
  const col = c(cell.col);
  switch (intent) {
    case 'up': case 'down': return { row: r(row + intentDirection(intent)), col };
    case 'prev': case 'next': return { row, col: c(col + intentDirection(intent)) };
    case 'rowStart': return { row, col: 0 };
    case 'rowEnd': return { row, col: cols - 1 };
    case 'first': return { row: 0, col: 0 };
    case 'last': return { row: rows - 1, col: cols - 1 };
    case 'pagePrev': case 'pageNext': return { row: r(row + intentDirection(intent) * Math.max(1, Math.floor(pageRows))), col };
  }
}
