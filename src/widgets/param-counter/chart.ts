// Geometry of the param-counter breakdown bars (pure: d3-scale computes positions, React draws them).
import { scaleLinear } from 'd3-scale';
import { scaleTicks, type Tick } from '../../lib/axisTicks';
import type { Format } from '../../lib/format';
import type { Component, ComponentGroup, ComponentId } from './model';

export type BreakdownView = 'absolute' | 'share';

/** Row pitch, bar thickness, label column and value column, px (SVG user units = CSS px). The label and value
 *  columns are defaults: the view passes the widths of its labels as drawn (they grow with text settings). */
export const ROW_H = 26;
export const BAR_H = 16;
export const LABEL_W = 96;
export const VALUE_W = 64;
export const AXIS_H = 22;

export interface BarRow {
  id: ComponentId;
  group: ComponentGroup;
  /** Bar rectangle (the view draws the component's name in the label column). */
  x: number;
  y: number;
  width: number;
  /** Printed after the bar. */
  valueText: string;
  valueX: number;
}

export interface BreakdownChart {
  width: number;
  height: number;
  rows: BarRow[];
  ticks: Tick[];
  /** x of the zero line and the far end of the axis. */
  x0: number;
  x1: number;
}

/**
 * Bars of the eight components. `absolute`: a linear axis from 0 to the largest component, in
 * parameters. `share`: a linear axis from 0 to 100 % of the total, so bars show the part of the
 * whole (the two views differ in more than their labels). Values and ticks are printed with `fmt` (the
 * reader's language): shares as percentages, counts in short form (ticks without trailing zeros: "1B", not "1.00B").
 */
export function breakdownChart(
  items: Component[], view: BreakdownView, width: number, fmt: Format, labelW: number = LABEL_W, valueW: number = VALUE_W,
): BreakdownChart {
  const w = Math.max(240, Math.round(width));
  // Measured columns may grow past the defaults, up to half (labels) and a quarter (values) of the width.
  const x0 = Math.max(LABEL_W, Math.min(labelW, w / 2));
  const x1 = w - Math.max(VALUE_W, Math.min(valueW, w / 4));
  const values = items.map((c) => (view === 'share' ? c.share : Number(c.params)));
  const maxValue = Math.max(0, ...values.filter(Number.isFinite));
  const domainMax = view === 'share' ? 1 : maxValue > 0 ? maxValue : 1;
  const x = scaleLinear().domain([0, domainMax]).range([x0, x1]);
  if (view === 'absolute') x.nice(w < 420 ? 3 : 5);
  const rows = items.map((c, i) => {
    const v = values[i]!;
    const end = x(Number.isFinite(v) ? Math.max(0, v) : 0);
    return {
      id: c.id,
      group: c.group,
      x: x0,
      y: i * ROW_H + (ROW_H - BAR_H) / 2,
      width: Math.max(0, end - x0),
      valueText: view === 'share' ? fmt.percent(c.share) : fmt.short(c.params),
      valueX: Math.max(end, x0) + 4,
    };
  });
  const ticks = scaleTicks(x, w < 420 ? 3 : 5, (t) => (view === 'share' ? fmt.percent(t, { digits: 0 }) : fmt.short(t, { trim: true })));
  return { width: w, height: items.length * ROW_H + AXIS_H, rows, ticks, x0, x1 };
}

