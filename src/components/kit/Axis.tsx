// Chart axes drawn by React from tick geometry (axis.ts): grid lines across the plot and tick labels beside it.
// aria-hidden: every chart has a text alternative (its name and a data table); the ticks are for the eye.
import type { ReactNode } from 'react';
import type { Tick } from '../../lib/axisTicks';
import './axis.css';

export interface AxisXProps {
  ticks: readonly Tick[];
  /** y of the axis (the bottom of the plot). */
  y: number;
  /** Grid lines from the axis up to this y (omit: none). */
  gridTo?: number | undefined;
  /** Tick labels this far below the axis; false: no labels (ticks only). */
  labelGap?: number | false | undefined;
  /** The plot's extent along x: the axis line (with `line`) and the centre of the title. */
  span?: readonly [number, number] | undefined;
  line?: boolean | undefined;
  /** Title below the labels, `titleGap` below the axis; may hold <tspan> lines. */
  title?: ReactNode | undefined;
  titleGap?: number | undefined;
}

/** A horizontal axis: labels below, grid lines up through the plot. */
export function AxisX({ ticks, y, gridTo, labelGap = 16, span, line = false, title, titleGap = 32 }: AxisXProps) {
  const mid = span ? (span[0] + span[1]) / 2 : 0;
  return (
    <g className="axis axis-x" aria-hidden="true">
      {ticks.map((t) => (
        <g key={t.value}>
          {gridTo !== undefined && <line className="axis-grid" x1={t.pos} x2={t.pos} y1={gridTo} y2={y} />}
          {labelGap !== false && <text className="axis-tick" x={t.pos} y={y + labelGap} textAnchor="middle">{t.label}</text>}
        </g>
      ))}
      {line && span && <line className="axis-line" x1={span[0]} x2={span[1]} y1={y} y2={y} />}
      {title !== undefined && span && <text className="axis-title" x={mid} y={y + titleGap} textAnchor="middle">{title}</text>}
    </g>
  );
}

export interface AxisYProps {
  ticks: readonly Tick[];
  /** x of the axis (the left edge of the plot). */
  x: number;
  /** Grid lines from the axis across to this x (omit: none). */
  gridTo?: number | undefined;
  /** Tick labels this far left of the axis, right-aligned. */
  labelGap?: number | undefined;
}

/** A vertical axis: labels to the left, grid lines across the plot. */
export function AxisY({ ticks, x, gridTo, labelGap = 6 }: AxisYProps) {
  return (
    <g className="axis axis-y" aria-hidden="true">
      {ticks.map((t) => (
        <g key={t.value}>
          {gridTo !== undefined && <line className="axis-grid" x1={x} x2={gridTo} y1={t.pos} y2={t.pos} />}
          <text className="axis-tick" x={x - labelGap} y={t.pos} dy="0.32em" textAnchor="end">{t.label}</text>
        </g>
      ))}
    </g>
  );
}
