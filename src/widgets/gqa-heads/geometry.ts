// Geometry of the gqa-heads attention maps (pure, no React): a [T, T] grid of square cells in SVG units,
// with the causal mask (cells above the diagonal) drawn as one staircase path instead of T² rectangles.
import type { Cell } from './model';

/** A square map: `seq` cells per side of `size` units each, the grid's top-left corner at (pad, pad). */
export interface MapFrame {
  seq: number;
  /** Cell side, SVG units. */
  size: number;
  /** Offset of the grid from the SVG origin (room for tick labels), SVG units. */
  pad: number;
}

const r = (x: number) => Math.round(x * 100) / 100;

/** Outline of the masked cells {(i, j) : j > i}: a staircase from the top-right corner down to the diagonal. */
export function maskPath({ seq, size, pad }: MapFrame): string {
  if (seq < 2) return '';
  const at = (k: number) => r(pad + k * size);
  let d = `M${at(1)} ${at(0)}H${at(seq)}V${at(seq - 1)}`;
  for (let i = seq - 2; i >= 0; i--) d += `H${at(i + 1)}V${at(i)}`;
  return `${d}Z`;
}

/** One short slash per masked cell, as a single path (the mark that tells masked from a tiny weight). */
export function hatchPath({ seq, size, pad }: MapFrame): string {
  let d = '';
  for (let i = 0; i < seq; i++) {
    for (let j = i + 1; j < seq; j++) {
      const x = pad + j * size, y = pad + i * size;
      d += `M${r(x + size * 0.3)} ${r(y + size * 0.7)}L${r(x + size * 0.7)} ${r(y + size * 0.3)}`;
    }
  }
  return d;
}

/** All cell borders as one path: seq + 1 horizontal and seq + 1 vertical lines. */
export function gridPath({ seq, size, pad }: MapFrame): string {
  const end = r(pad + seq * size);
  let d = '';
  for (let k = 0; k <= seq; k++) {
    const p = r(pad + k * size);
    d += `M${r(pad)} ${p}H${end}M${p} ${r(pad)}V${end}`;
  }
  return d;
}

/** The cell under a point in SVG units, or null outside the grid. */
export function cellAt({ seq, size, pad }: MapFrame, x: number, y: number): Cell | null {
  const col = Math.floor((x - pad) / size), row = Math.floor((y - pad) / size);
  if (!Number.isFinite(col) || !Number.isFinite(row) || row < 0 || col < 0 || row >= seq || col >= seq) return null;
  return { row, col };
}
