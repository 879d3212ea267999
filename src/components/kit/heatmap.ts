// Geometry of the matrix heatmaps (architecture-explorer's activations and attention, gqa-heads' attention maps and
// output strips), pure: one colour scale for all of them, cells grouped into a few SVG paths by sign and intensity
// (a 65 × 48 map is ~24 elements instead of ~3,000, re-rendered per keystroke), the causal mask, and the mapping
// between cells and the picture (pointer → cell, cell → the focusable box laid over it).
import type { GridCell } from '../../lib/keys';

/** Intensity steps per sign: the colour scale of every heatmap. */
export const HEAT_LEVELS = 12;

/** Where the cells are drawn, in the SVG's viewBox units: origin and size of one cell, size of the whole picture. */
export interface HeatFrame {
  x0: number;
  y0: number;
  cw: number;
  ch: number;
  width: number;
  height: number;
}

export interface HeatGrid {
  /** Columns and rows of cells. */
  nx: number;
  ny: number;
  /** Value of the cell in column x, row y. */
  value: (x: number, y: number) => number;
  /** Cell width and height; origin of the grid. */
  cw: number;
  ch: number;
  x0: number;
  y0: number;
  /**
   * 'weights': attention weights in [0, 1], drawn with intensity √w (so the small weights of long rows stay
   * visible), one colour. 'signed': intensity |v| / scale, the sign picks the colour (and negatives are hatched).
   */
  kind: 'weights' | 'signed';
  /** Value drawn at full intensity ('signed'). */
  scale: number;
  /** Causal: only cells with y ≥ x (a key not after its query) are drawn. */
  causal?: boolean;
}

export interface HeatLayer {
  /** p: value ≥ 0, n: value < 0. */
  sign: 'p' | 'n';
  /** 1 … HEAT_LEVELS. */
  level: number;
  /** level / HEAT_LEVELS. */
  opacity: number;
  /** SVG path of all cells of this sign and level. */
  d: string;
  /** How many cells the path holds. */
  cells: number;
}

const num = (v: number) => String(Math.round(v * 100) / 100);

/** Intensity in [0, 1] of one value. */
export function intensity(v: number, kind: HeatGrid['kind'], scale: number): number {
  if (!Number.isFinite(v)) return 0;
  if (kind === 'weights') return Math.sqrt(Math.min(1, Math.max(0, v)));
  return scale > 0 ? Math.min(1, Math.abs(v) / scale) : 0;
}

/** Cells grouped by sign and intensity level; cells that round to level 0 are not drawn. */
export function heatmapLayers(g: HeatGrid): HeatLayer[] {
  const parts = new Map<string, { sign: 'p' | 'n'; level: number; d: string[] }>();
  const w = num(g.cw), h = num(g.ch), negW = num(-g.cw);
  for (let x = 0; x < g.nx; x++) {
    for (let y = g.causal ? x : 0; y < g.ny; y++) {
      const v = g.value(x, y);
      const level = Math.round(intensity(v, g.kind, g.scale) * HEAT_LEVELS);
      if (level === 0) continue;
      const sign = v >= 0 ? 'p' : 'n';
      const key = `${sign}${level}`;
      let part = parts.get(key);
      if (!part) { part = { sign, level, d: [] }; parts.set(key, part); }
      part.d.push(`M${num(g.x0 + x * g.cw)} ${num(g.y0 + y * g.ch)}h${w}v${h}h${negW}z`);
    }
  }
  return [...parts.values()]
    .sort((a, b) => (a.sign === b.sign ? a.level - b.level : a.sign < b.sign ? -1 : 1))
    .map((p) => ({ sign: p.sign, level: p.level, opacity: p.level / HEAT_LEVELS, d: p.d.join(''), cells: p.d.length }));
}

/** Outline of the masked cells of an n × n causal map {(row, col): col > row}: a staircase from the top-right corner down to the diagonal. */
export function causalMaskPath(n: number, f: Pick<HeatFrame, 'x0' | 'y0' | 'cw' | 'ch'>): string {
  if (n < 2) return '';
  const x = (k: number) => num(f.x0 + k * f.cw);
  const y = (k: number) => num(f.y0 + k * f.ch);
  let d = `M${x(1)} ${y(0)}H${x(n)}V${y(n - 1)}`;
  for (let i = n - 2; i >= 0; i--) d += `H${x(i + 1)}V${y(i)}`;
  return `${d}Z`;
}

/** The cell under a point in viewBox units, or null outside the `rows` × `cols` grid. */
export function cellAt(f: Pick<HeatFrame, 'x0' | 'y0' | 'cw' | 'ch'>, rows: number, cols: number, x: number, y: number): GridCell | null {
  const col = Math.floor((x - f.x0) / f.cw), row = Math.floor((y - f.y0) / f.ch);
  if (!Number.isFinite(col) || !Number.isFinite(row) || row < 0 || col < 0 || row >= rows || col >= cols) return null;
  return { row, col };
}

/** Where a cell sits over its picture, in percent of the picture's box (for the focusable cell laid over an SVG). */
export interface CellBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The box of a cell as percentages of the picture (HeatmapGrid's focus ring). */
export function cellBox(cell: GridCell, frame: HeatFrame): CellBox {
  const pct = (v: number, of: number) => (of > 0 ? Math.round((v / of) * 1e5) / 1e3 : 0);
  return {
    left: pct(frame.x0 + cell.col * frame.cw, frame.width),
    top: pct(frame.y0 + cell.row * frame.ch, frame.height),
    width: pct(frame.cw, frame.width),
    height: pct(frame.ch, frame.height),
  };
}
