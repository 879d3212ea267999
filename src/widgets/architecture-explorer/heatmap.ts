// Geometry of the activation and attention heatmaps: cells grouped into a few SVG paths by colour
// and intensity, so a 65 × 48 map is ~24 elements instead of ~3,000 (React re-renders it per keystroke).
// Pure; the view draws one <path> per layer.

/** Intensity steps per sign. */
export const HEAT_LEVELS = 12;

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

export interface HeatGrid {
  /** Columns and rows of cells. */
  nx: number;
  ny: number;
  /** Value of the cell in column x, row y. */
  value: (x: number, y: number) => number;
  /** Cell width and height, px; origin of the grid. */
  cw: number;
  ch: number;
  x0: number;
  y0: number;
  /**
   * attention: values are weights in [0, 1] drawn with intensity √w, and only cells with y ≥ x
   * (key not after query) are drawn. Otherwise intensity is |v| / scale and the sign picks the colour.
   */
  attention: boolean;
  /** Value drawn at full intensity (activations). */
  scale: number;
}

const num = (v: number) => String(Math.round(v * 100) / 100);

/** Intensity in [0, 1] of one value. */
export function intensity(v: number, attention: boolean, scale: number): number {
  if (!Number.isFinite(v)) return 0;
  if (attention) return Math.sqrt(Math.min(1, Math.max(0, v)));
  return scale > 0 ? Math.min(1, Math.abs(v) / scale) : 0;
}

/** Cells grouped by sign and intensity level; cells that round to level 0 are not drawn. */
export function heatmapLayers(g: HeatGrid): HeatLayer[] {
  const parts = new Map<string, { sign: 'p' | 'n'; level: number; d: string[] }>();
  const w = num(g.cw), h = num(g.ch), negW = num(-g.cw);
  for (let x = 0; x < g.nx; x++) {
    for (let y = g.attention ? x : 0; y < g.ny; y++) {
      const v = g.value(x, y);
      const level = Math.round(intensity(v, g.attention, g.scale) * HEAT_LEVELS);
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
