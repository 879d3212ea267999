// Geometry of rl-arena's charts, pure (d3-scale and d3-shape compute; RlArena.tsx draws): line charts of (x, y) series
// on linear axes, with each series' points for markers and an end label pushed apart so labels never overlap. Labels
// come in as functions (the catalogue words them).
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { scaleTicks, ticksAt, type Tick } from '../../lib/axisTicks';

export interface Margin { top: number; right: number; bottom: number; left: number }
export const MARGIN: Margin = { top: 10, right: 16, bottom: 40, left: 44 };
export const MIN_WIDTH = 240;
/** One height per chart at every width: the server renders at the default width, and hydration must not change it. */
/** Each of the two KL panels (gold; the RM's score): side by side from 900 px, stacked below. */
export const KL_HEIGHT = 135;
export const SMALL_HEIGHT = 134;

export interface SeriesIn {
  id: string;
  points: readonly (readonly [number, number])[];
  /** Put a label at the series' last point. */
  label?: string | undefined;
}

export interface SeriesOut {
  id: string;
  path: string;
  points: { x: number; y: number }[];
  label: { text: string; x: number; y: number } | null;
}

export interface LineGeometry {
  /** The viewBox width. */
  width: number;
  xTicks: Tick[];
  yTicks: Tick[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  series: SeriesOut[];
}

/** Nice bounds around the values (a tenth of the span each side); [−0.5, 0.5] around a single value. */
export function domainOf(values: readonly number[], fallback: [number, number] = [0, 1]): [number, number] {
  const v = values.filter(Number.isFinite);
  if (v.length === 0) return fallback;
  let lo = Math.min(...v), hi = Math.max(...v);
  if (!(hi > lo)) { lo -= 0.5; hi += 0.5; }
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

export function lineGeometry(
  series: readonly SeriesIn[], width: number, height: number, xDomain: [number, number], yDomain: [number, number],
  xLabel: (v: number) => string, yLabel: (v: number) => string,
  options: { xValues?: readonly number[]; labelRoom?: number; m?: Margin } = {},
): LineGeometry {
  const m = options.m ?? MARGIN;
  const labelRoom = series.some((s) => s.label) ? (options.labelRoom ?? 0) : 0;
  const right = width - m.right - labelRoom;
  const x = scaleLinear().domain(xDomain).range([m.left, right]);
  const y = scaleLinear().domain(yDomain).range([height - m.bottom, m.top]);
  const narrow = width < 360;
  const xTicks = options.xValues ? ticksAt(x, options.xValues, xLabel) : scaleTicks(x, narrow ? 4 : 6, xLabel);
  const yTicks = scaleTicks(y, 5, yLabel);
  const path = line<readonly [number, number]>().x((p) => x(p[0])).y((p) => y(p[1]));
  const out: SeriesOut[] = series.map((s) => {
    const pts = s.points.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
    const lastPt = pts[pts.length - 1];
    return {
      id: s.id,
      path: pts.length ? path(pts) ?? '' : '',
      points: pts.map((p) => ({ x: x(p[0]), y: y(p[1]) })),
      label: s.label && lastPt ? { text: s.label, x: x(lastPt[0]) + 7, y: y(lastPt[1]) + 4 } : null,
    };
  });
  spreadLabels(out.map((s) => s.label).filter((l): l is NonNullable<typeof l> => l !== null), 12, m.top + 4, height - m.bottom + 4);
  return { width, xTicks, yTicks, left: m.left, right, top: m.top, bottom: height - m.bottom, series: out };
}

/** Moves labels apart vertically (at least `gap` between baselines), keeping them inside [lo, hi]. */
export function spreadLabels(labels: { y: number }[], gap: number, lo: number, hi: number): void {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.y < sorted[i - 1]!.y + gap) sorted[i]!.y = sorted[i - 1]!.y + gap;
  const over = sorted.length ? sorted[sorted.length - 1]!.y - hi : 0;
  if (over > 0) for (const l of sorted) l.y -= over;
  for (let i = 0; i < sorted.length; i++) if (sorted[i]!.y < lo + i * gap) sorted[i]!.y = lo + i * gap;
}
