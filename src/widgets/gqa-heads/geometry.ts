// Geometry of the gqa-heads attention maps (pure, no React): a [T, T] grid of square cells in SVG units,
// with a slash on each masked cell and the cell borders. The mask's outline, the cells and the pointer → cell mapping
// are the kit's (src/components/kit/heatmap.ts), shared with architecture-explorer.

/** A square map: `seq` cells per side of `size` units each, the grid's top-left corner at (pad, pad). */
export interface MapFrame {
  seq: number;
  /** Cell side, SVG units. */
  size: number;
  /** Offset of the grid from the SVG origin (room for tick labels), SVG units. */
  pad: number;
}

const r = (x: number) => Math.round(x * 100) / 100;

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
