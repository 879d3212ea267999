// Geometry of best-of-k's charts, pure (d3-scale and d3-shape compute; BestOfK.tsx draws): curves over K = 1…64 on a
// log₂ axis with the report's 10–30 band and the chosen K, and the shown prompt's cumulative distribution (F and F^K)
// over its answers ranked by score. Labels come in as functions (the catalogue words them).
import { scaleLinear, scaleLog } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { ticksAt, type Tick } from '../../lib/axisTicks';
import { LIMITS, REPORT_K, type CdfPoint, type CurvePoint } from './model';

export interface Margin { top: number; right: number; bottom: number; left: number }
export const MARGIN: Margin = { top: 10, right: 14, bottom: 38, left: 40 };
export const MIN_WIDTH = 240;
/** One height at every width: the server renders at the default width, and hydration must not change the height. */
export const CURVE_HEIGHT = 150;
export const CDF_HEIGHT = 150;

const K_TICKS = [1, 2, 4, 8, 16, 32, 64];

export interface Frame {
  xTicks: Tick[];
  yTicks: Tick[];
  /** The report's K band, x from 10 to 30. */
  band: { x0: number; x1: number };
  kX: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface CurveGeometry extends Frame {
  /** One path per series, in the order given. */
  paths: string[];
  /** The chosen K's point on each series. */
  dots: { cx: number; cy: number }[];
}

function kScale(width: number, m: Margin) {
  return scaleLog().base(2).domain([LIMITS.k.min, LIMITS.k.max]).range([m.left, width - m.right]);
}

/** Nice bounds around the values (a tenth of the span each side), or [lo, hi] given. */
export function domainOf(values: readonly number[]): [number, number] {
  let lo = Math.min(...values), hi = Math.max(...values);
  if (!(hi > lo)) { lo -= 0.5; hi += 0.5; }
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

/**
 * Series of values over K (each an array indexed by K − 1), drawn on a log₂ K axis. `domain` fixes the y range; when
 * `series` is empty, only the frame is laid out (the pending state keeps the chart's size).
 */
export function curveGeometry(
  series: readonly (readonly number[])[], k: number, width: number, height: number, domain: [number, number],
  yValues: readonly number[] | null, yLabel: (v: number) => string, kLabel: (k: number) => string, m: Margin = MARGIN,
): CurveGeometry {
  const x = kScale(width, m);
  const y = scaleLinear().domain(domain).range([height - m.bottom, m.top]);
  const narrow = width < 360;
  const xTicks = ticksAt(x, narrow ? [1, 4, 16, 64] : K_TICKS, kLabel);
  const yTicks = yValues ? ticksAt(y, yValues, yLabel) : ticksAt(y, y.ticks(4), yLabel);
  const path = line<number>().x((_, i) => x(i + 1)).y((v) => y(v)).digits(1);
  return {
    xTicks, yTicks,
    band: { x0: x(REPORT_K.min), x1: x(REPORT_K.max) },
    kX: x(k),
    left: m.left, right: width - m.right, top: m.top, bottom: height - m.bottom,
    paths: series.map((s) => path(s as number[]) ?? ''),
    dots: series.map((s) => ({ cx: x(k), cy: y(s[k - 1] ?? domain[0]) })),
  };
}

/** A series of the curve. */
export const seriesOf = (curve: readonly CurvePoint[], key: keyof CurvePoint): number[] => curve.map((c) => c[key]);

export interface CdfGeometry {
  xTicks: Tick[];
  yTicks: Tick[];
  f: string;
  fk: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The shown prompt's CDF as two step lines over the score (F jumps where a likely answer's score is). Empty points:
 * the frame only.
 */
export function cdfGeometry(points: readonly CdfPoint[], width: number, height: number, pct: (v: number) => string,
  scoreLabel: (v: number) => string, m: Margin = MARGIN): CdfGeometry {
  const lo = points.length ? points[0]!.score : 0, hi = points.length ? points[points.length - 1]!.score : 1;
  const x = scaleLinear().domain(hi > lo ? [lo, hi] : [lo - 1, lo + 1]).range([m.left, width - m.right]);
  const y = scaleLinear().domain([0, 1]).range([height - m.bottom, m.top]);
  const step = (key: 'f' | 'fk') => line<CdfPoint>().curve(curveStepAfter).x((p) => x(p.score)).y((p) => y(p[key])).digits(1)(points as CdfPoint[]) ?? '';
  return {
    xTicks: points.length ? ticksAt(x, x.ticks(width < 360 ? 4 : 7), scoreLabel) : [],
    yTicks: ticksAt(y, [0, 0.5, 1], pct),
    f: points.length ? step('f') : '', fk: points.length ? step('fk') : '',
    left: m.left, right: width - m.right, top: m.top, bottom: height - m.bottom,
  };
}
