// Geometry of failure-sim's charts, pure (d3-scale and d3-shape compute; FailureSim.tsx draws): efficiency against the
// checkpoint interval (the closed-form curve, the simulated runs as points, τ*, the chosen τ, the report's 90% line)
// and the timeline strip of one run. Labels come in as functions (the catalogue words them).
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { ticksAt, type Tick } from '../../lib/axisTicks';
import { DAYS, LIMITS, TARGET, closedEfficiency, type Batch, type Closed, type Run, type SimState } from './model';

export interface Margin { top: number; right: number; bottom: number; left: number }
export const MARGIN: Margin = { top: 14, right: 22, bottom: 40, left: 44 };
export const MIN_WIDTH = 260;

/** Points of the closed-form curve (log-spaced over the slider's range). */
const CURVE_POINTS = 96;

export interface EffGeometry {
  path: string;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Bottom of the y axis (a fraction): points below it sit on the axis. */
  lower: number;
  targetY: number;
  tauX: number;
  tauY: number;
  youngX: number;
  youngY: number;
  /** Whether τ* is inside the axis (else no τ* mark; the readout says why). */
  youngShown: boolean;
  x: (minutes: number) => number;
  y: (efficiency: number) => number;
}

/** The y axis's bottom: 50%, or lower in 10% steps when the chosen or optimal efficiency is below 55%. */
export function lowerBound(closed: Closed): number {
  const low = Math.min(closed.efficiency, closed.atYoung) - 0.05;
  return Math.max(0, Math.min(0.5, Math.floor(low * 10) / 10));
}

export function effGeometry(s: SimState, closed: Closed, width: number, height: number, minutesLabel: (m: number) => string,
  percent: (v: number) => string, margin: Margin = MARGIN): EffGeometry {
  const x = scaleLog().domain([LIMITS.ckpt.min, LIMITS.ckpt.max]).range([margin.left, width - margin.right]);
  const lower = lowerBound(closed);
  const y = scaleLinear().domain([lower, 1]).range([height - margin.bottom, margin.top]);
  const lo = Math.log(LIMITS.ckpt.min), hi = Math.log(LIMITS.ckpt.max);
  const pts = Array.from({ length: CURVE_POINTS + 1 }, (_, k) => {
    const m = Math.exp(lo + ((hi - lo) * k) / CURVE_POINTS);
    return { m, e: closedEfficiency(s, m / 60) };
  });
  const path = line<{ m: number; e: number }>().defined((d) => d.e >= lower).x((d) => x(d.m)).y((d) => y(d.e)).digits(1)(pts) ?? '';
  const narrow = width < 420;
  const xValues = narrow ? [1, 10, 60, 360, 1440] : [1, 3, 10, 30, 60, 180, 360, 1440];
  const yValues: number[] = [];
  const step = 1 - lower > 0.55 ? 0.2 : 0.1;
  for (let v = 1; v >= lower - 1e-9; v -= step) yValues.push(Math.round(v * 10) / 10);
  const clampY = (e: number) => y(Math.max(e, lower));
  const youngShown = closed.youngMinutes >= LIMITS.ckpt.min && closed.youngMinutes <= LIMITS.ckpt.max;
  return {
    path, lower, x, y: clampY,
    xTicks: ticksAt(x, xValues, minutesLabel),
    yTicks: ticksAt(y, yValues, percent),
    targetY: y(TARGET),
    tauX: x(s.ckpt), tauY: clampY(closed.efficiency),
    youngX: x(closed.youngUsedMinutes), youngY: clampY(closed.atYoung), youngShown,
  };
}

/** The simulated runs as points: at the chosen τ spread a few px sideways (by index, deterministic), and the sweep. */
export function runPoints(batch: Batch, s: SimState, g: EffGeometry): { at: { cx: number; cy: number }[]; sweep: { cx: number; cy: number }[] } {
  // Runs below the axis are left out (the data table has their mean).
  const at = batch.runs.flatMap((e, i) => (e < g.lower ? [] : [{ cx: g.x(s.ckpt) + ((i % 7) - 3) * 1.6, cy: g.y(e) }]));
  const sweep = batch.sweep.flatMap((p) => p.runs.flatMap((e, i) => (e < g.lower ? [] : [{ cx: g.x(p.minutes) + ((i % 5) - 2) * 1.6, cy: g.y(e) }])));
  return { at, sweep };
}

// ── Timeline of one run ──────────────────────────────────────────────────────────────────────────────

export const TIMELINE = { height: 62, lane: 14, top: 6, left: 24, right: 24 };

export interface TimelineGeometry {
  /** One mark per pixel column and kind (a dense run would otherwise draw thousands). */
  failures: number[];
  planned: number[];
  ticks: Tick[];
  axisY: number;
  failureY: number;
  plannedY: number;
}

export function timelineGeometry(run: Run, width: number, dayLabel: (d: number) => string): TimelineGeometry {
  const x = scaleLinear().domain([0, DAYS]).range([TIMELINE.left, width - TIMELINE.right]);
  const seen = { failure: new Set<number>(), planned: new Set<number>() };
  for (const e of run.events) {
    if (e.day > DAYS) continue;
    seen[e.kind].add(Math.round(x(e.day)));
  }
  const failureY = TIMELINE.top + TIMELINE.lane / 2;
  const plannedY = failureY + TIMELINE.lane + 2;
  const axisY = plannedY + TIMELINE.lane / 2 + 2;
  return {
    failures: [...seen.failure], planned: [...seen.planned],
    ticks: ticksAt(x, width < 420 ? [0, 18, 36, 54] : [0, 9, 18, 27, 36, 45, 54], dayLabel),
    axisY, failureY, plannedY,
  };
}
