// Geometry of document-mask's two matrices, pure: the aggregated cells as kit HeatLayers (one path per intensity
// level, runs of equal cells in a row merged into one rectangle, so a 128 × 128 mask is a few hundred rectangles, not
// 8,000), the document boundaries, and the highlighted token's row with the keys it sees. Numbers come from model.ts.
import { HEAT_LEVELS, type HeatLayer } from '../../components/kit';
import type { MaskGrid } from './model';

/** Margins of one matrix picture, px: document numbers above, the axis words at the left. */
export const MARGIN = { top: 30, left: 22, right: 6, bottom: 6 } as const;
/** A panel is never drawn narrower than this (px). */
export const MIN_WIDTH = 220;
/** A document's number is written above it when its span is at least this wide (px). */
export const LABEL_ROOM = 14;

const num = (v: number) => String(Math.round(v * 100) / 100);

export interface MatrixFrame {
  /** Side of the square matrix, px; its top-left corner. */
  size: number;
  x0: number;
  y0: number;
  /** Picture width and height, px. */
  width: number;
  height: number;
}

export function matrixFrame(width: number): MatrixFrame {
  const w = Math.max(MIN_WIDTH, width);
  const size = w - MARGIN.left - MARGIN.right;
  return { size, x0: MARGIN.left, y0: MARGIN.top, width: w, height: MARGIN.top + size + MARGIN.bottom };
}

/**
 * The drawn level of a cell: the fraction of its pairs allowed, in HEAT_LEVELS steps; a cell with any allowed pair is
 * drawn at least at level 1 (so a block with one allowed pair does not vanish), an empty one not at all.
 */
export function cellLevel(allowed: number, rows: number, cols: number): number {
  if (allowed <= 0) return 0;
  return Math.max(1, Math.round((allowed / (rows * cols)) * HEAT_LEVELS));
}

/** The cells of one mask as HeatCells layers: per row, runs of cells of one level become one rectangle. */
export function maskLayers(grid: MaskGrid, counts: Float64Array, f: MatrixFrame): HeatLayer[] {
  const { n, edges } = grid;
  const seq = edges[n]!;
  const x = (t: number) => f.x0 + (t / seq) * f.size;
  const y = (t: number) => f.y0 + (t / seq) * f.size;
  const parts = new Map<number, { d: string[]; cells: number }>();
  for (let r = 0; r < n; r++) {
    const rows = edges[r + 1]! - edges[r]!;
    const top = y(edges[r]!), h = num(y(edges[r + 1]!) - top);
    let c = 0;
    while (c < n) {
      const level = cellLevel(counts[r * n + c]!, rows, edges[c + 1]! - edges[c]!);
      let end = c + 1;
      while (end < n && cellLevel(counts[r * n + end]!, rows, edges[end + 1]! - edges[end]!) === level) end++;
      if (level > 0) {
        let part = parts.get(level);
        if (!part) { part = { d: [], cells: 0 }; parts.set(level, part); }
        const left = x(edges[c]!), w = x(edges[end]!) - left;
        part.d.push(`M${num(left)} ${num(top)}h${num(w)}v${h}h${num(-w)}z`);
        part.cells += end - c;
      }
      c = end;
    }
  }
  return [...parts.entries()].sort((a, b) => a[0] - b[0])
    .map(([level, p]) => ({ sign: 'p' as const, level, opacity: level / HEAT_LEVELS, d: p.d.join(''), cells: p.cells }));
}

/** Dashed lines at the document boundaries, across the whole matrix both ways (one path). */
export function boundaryPath(boundaries: readonly number[], seqLen: number, f: MatrixFrame): string {
  return boundaries.map((b) => {
    const p = num(f.x0 + (b / seqLen) * f.size), q = num(f.y0 + (b / seqLen) * f.size);
    return `M${p} ${num(f.y0)}V${num(f.y0 + f.size)}M${num(f.x0)} ${q}H${num(f.x0 + f.size)}`;
  }).join('');
}

/** Where each document's number goes above the matrix (documents too narrow for a label get none). */
export function documentLabels(offsets: readonly number[], f: MatrixFrame): { doc: number; x: number }[] {
  const seq = offsets[offsets.length - 1]!;
  const out: { doc: number; x: number }[] = [];
  for (let d = 0; d + 1 < offsets.length; d++) {
    const a = (offsets[d]! / seq) * f.size, b = (offsets[d + 1]! / seq) * f.size;
    if (b - a >= LABEL_ROOM) out.push({ doc: d, x: f.x0 + (a + b) / 2 });
  }
  return out;
}

/** The highlighted token's row band (at least 3 px tall) and the keys it sees, [from, to] inclusive, as a rectangle. */
export function tokenRowBox(token: number, keysFrom: number, seqLen: number, f: MatrixFrame): { x: number; y: number; w: number; h: number } {
  const h = Math.max(3, f.size / seqLen);
  const yMid = f.y0 + ((token + 0.5) / seqLen) * f.size;
  const y = Math.min(Math.max(f.y0, yMid - h / 2), f.y0 + f.size - h);
  const x = f.x0 + (keysFrom / seqLen) * f.size;
  const w = Math.max(3, ((token + 1 - keysFrom) / seqLen) * f.size);
  return { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100, w: Math.round(w * 100) / 100, h: Math.round(h * 100) / 100 };
}
