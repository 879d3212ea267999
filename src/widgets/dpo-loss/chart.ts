// Geometry of dpo-loss's two curves, pure (d3-scale and d3-shape compute; DpoLoss.tsx draws): a value of the loss curve
// (the loss or the gradient weight) against m from −10 to 10, for the chosen β and for Llama 3's β as a reference, and
// the marker. Labels come in as functions (the catalogue words them).
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { scaleTicks, ticksAt, type Tick } from '../../lib/axisTicks';
import { LIMITS, type LossPoint } from './model';

export const MARGIN = { top: 10, right: 14, bottom: 38, left: 40 };
export const MIN_WIDTH = 220;
/** One height at every width (the server renders at the default width; hydration must not change the height). */
export const CHART_HEIGHT = 136;
const M_TICKS = [-10, -5, 0, 5, 10];

export interface CurveGeometry {
  xTicks: Tick[];
  yTicks: Tick[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The chosen β's curve, the reference β's (null when they are the same), and the marker. */
  path: string;
  refPath: string | null;
  dot: { cx: number; cy: number };
}

export function curveGeometry(
  curve: readonly LossPoint[], ref: readonly LossPoint[] | null, at: LossPoint, key: 'loss' | 'weight', width: number,
  yLabel: (v: number) => string, xLabel: (v: number) => string,
): CurveGeometry {
  const left = MARGIN.left, right = Math.max(left + 40, width - MARGIN.right);
  const top = MARGIN.top, bottom = CHART_HEIGHT - MARGIN.bottom;
  const x = scaleLinear().domain([LIMITS.margin.min, LIMITS.margin.max]).range([left, right]);
  const hi = key === 'weight' ? 1 : Math.max(...curve.map((p) => p.loss), ...(ref ?? []).map((p) => p.loss));
  const y = scaleLinear().domain([0, hi]).nice(4).range([bottom, top]);
  const draw = line<LossPoint>().x((p) => x(p.m)).y((p) => y(p[key]));
  return {
    xTicks: ticksAt(x, M_TICKS, xLabel),
    yTicks: scaleTicks(y, 4, yLabel),
    left, right, top, bottom,
    path: draw(curve) ?? '',
    refPath: ref ? draw(ref) ?? '' : null,
    dot: { cx: x(at.m), cy: y(at[key]) },
  };
}
