// Geometry of reward-model's charts, pure (d3-scale and d3-shape compute; RewardModel.tsx draws): the loss and the
// accuracy by step (two small line charts sharing the step axis) and the learned reward against the gold reward
// (a scatter, one shape per prompt). Labels come in as functions (the catalogue words them).
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { scaleTicks, type Tick } from '../../lib/axisTicks';
import type { RmTracePoint } from '../../lib/toyLm';
import type { ScatterPoint } from './model';

export interface Margin { top: number; right: number; bottom: number; left: number }
export const MARGIN: Margin = { top: 10, right: 14, bottom: 34, left: 44 };
export const MIN_WIDTH = 200;
export const TRACE_HEIGHT = 140;
export const SCATTER_HEIGHT = 220;

export interface TraceGeometry {
  /** One path per series (loss: one; accuracy: training then held-out). */
  paths: string[];
  xTicks: Tick[];
  yTicks: Tick[];
}

function stepScale(trace: readonly RmTracePoint[], width: number, margin: Margin) {
  return scaleLinear().domain([0, Math.max(1, trace.at(-1)?.step ?? 1)]).range([margin.left, width - margin.right]);
}

export function lossGeometry(trace: readonly RmTracePoint[], width: number, height: number, num: (v: number) => string,
  margin: Margin = MARGIN): TraceGeometry {
  const x = stepScale(trace, width, margin);
  const top = Math.max(Math.LN2, ...trace.map((p) => p.loss));
  const y = scaleLinear().domain([0, top]).nice(4).range([height - margin.bottom, margin.top]);
  const path = line<RmTracePoint>().x((p) => x(p.step)).y((p) => y(p.loss))(trace) ?? '';
  return { paths: [path], xTicks: scaleTicks(x, 4, num), yTicks: scaleTicks(y, 3, num) };
}

export function accuracyGeometry(trace: readonly RmTracePoint[], width: number, height: number, num: (v: number) => string,
  pct: (v: number) => string, margin: Margin = MARGIN): TraceGeometry {
  const x = stepScale(trace, width, margin);
  const low = Math.min(0.5, ...trace.map((p) => Math.min(p.trainAccuracy, p.heldOutAccuracy)));
  const y = scaleLinear().domain([Math.floor(low * 10) / 10, 1]).range([height - margin.bottom, margin.top]);
  const series = (get: (p: RmTracePoint) => number) => line<RmTracePoint>().x((p) => x(p.step)).y((p) => y(get(p)))(trace) ?? '';
  return {
    paths: [series((p) => p.trainAccuracy), series((p) => p.heldOutAccuracy)],
    xTicks: scaleTicks(x, 4, num),
    yTicks: scaleTicks(y, 3, pct),
  };
}

export interface ScatterGeometry {
  points: { key: string; prompt: number; cx: number; cy: number }[];
  xTicks: Tick[];
  yTicks: Tick[];
}

export function scatterGeometry(points: readonly ScatterPoint[], width: number, height: number, num: (v: number) => string,
  margin: Margin = MARGIN): ScatterGeometry {
  const xs = points.map((p) => p.gold), ys = points.map((p) => p.rm);
  const pad = (lo: number, hi: number) => (hi - lo < 1e-9 ? [lo - 1, hi + 1] : [lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo)]);
  const x = scaleLinear().domain(pad(Math.min(...xs), Math.max(...xs))).nice(5).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain(pad(Math.min(...ys), Math.max(...ys))).nice(4).range([height - margin.bottom, margin.top]);
  return {
    points: points.map((p) => ({ key: `${p.prompt}-${p.id}`, prompt: p.prompt, cx: x(p.gold), cy: y(p.rm) })),
    xTicks: scaleTicks(x, width < 400 ? 4 : 6, num),
    yTicks: scaleTicks(y, 4, num),
  };
}

/** A small marker path centred at (0, 0) for each prompt: circle, square, triangle, diamond (meaning by shape, not colour). */
export const PROMPT_MARKS = [
  'M3,0A3,3 0 1,1 -3,0A3,3 0 1,1 3,0Z',
  'M-2.7,-2.7h5.4v5.4h-5.4Z',
  'M0,-3.4L3.2,2.6H-3.2Z',
  'M0,-3.6L3.6,0L0,3.6L-3.6,0Z',
] as const;
