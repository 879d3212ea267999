// Geometry of dedup-lab's S-curve: the chance that LSH flags a pair, 1 − (1 − s^r)^b, against the pair's exact
// Jaccard similarity s on [0, 1], with every pair placed on the curve at its exact s (flagged: a filled square; not
// flagged: a hollow circle, so the two differ without colour) and the threshold (1/b)^(1/r) as a vertical line. Pure:
// d3-scale and d3-shape compute, the view draws and words. Coordinates are rounded to 0.01 px so the server's and the
// browser's last-bit differences in pow() never change the markup.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { scaleTicks, type Tick } from '../../lib/axisTicks';
import { sCurve, type DedupResult } from './model';

export interface Margin { top: number; right: number; bottom: number; left: number }
export const MARGIN: Margin = { top: 26, right: 14, bottom: 44, left: 44 };
/** Narrowest chart drawn, px (a 320 px screen leaves about 250 px inside a figure). */
export const MIN_WIDTH = 220;

export interface CurveMark { x: number; y: number; flagged: boolean; a: number; b: number }

export interface CurveGeometry {
  width: number;
  height: number;
  xTicks: Tick[];
  yTicks: Tick[];
  path: string;
  thresholdX: number;
  /** Pairs with s > 0 (the others sit at the origin together), flagged last so they draw on top. */
  marks: CurveMark[];
  plot: { left: number; right: number; top: number; bottom: number };
}

const r2 = (v: number) => Math.round(v * 100) / 100;

export function curveGeometry(
  r: DedupResult, width: number, height: number, similarity: (v: number) => string, percent: (v: number) => string,
): CurveGeometry {
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const x = scaleLinear().domain([0, 1]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, 1]).range([plot.bottom, plot.top]);
  const narrow = plot.right - plot.left < 300;
  const path = line<{ s: number; p: number }>().x((d) => r2(x(d.s))).y((d) => r2(y(d.p)))(sCurve(r.params.bands, r.rows, 200)) ?? '';
  const marks = r.pairs
    .filter((q) => q.exact > 0)
    .map((q) => ({ x: r2(x(q.exact)), y: r2(y(q.probability)), flagged: q.flagged, a: q.a, b: q.b }))
    .sort((m, n) => Number(m.flagged) - Number(n.flagged));
  return {
    width, height, plot, path, marks,
    thresholdX: r2(x(r.threshold)),
    xTicks: scaleTicks(x, narrow ? 5 : 10, similarity),
    yTicks: scaleTicks(y, 5, percent),
  };
}
