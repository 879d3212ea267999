// Geometry of lr-schedule's panels, pure (d3-scale and d3-shape compute; the view draws what this returns and words
// the labels): the learning rate and the batch size against one shared x axis (tokens or steps), a sequence-length
// strip under the batch, and the normalised comparison with the IsoFLOP runs. The lines depend only on the axis, the
// size, the y scale and the marked peak, so a view keeps them while the reader scrubs (only the cursor moves).
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';
import { logTicks, scaleTicks, ticksAt, type Tick } from '../../lib/axisTicks';
import type { Format } from '../../lib/format';
import {
  ANNEAL_START, LONG_CONTEXT_START, LR_PEAK, RUN_END_U, batchSpans, fromTokens, lrCurve, normalisedCurves, runEnd,
  type Axis,
} from './model';

export interface Margin { top: number; right: number; bottom: number; left: number }
export interface Point { x: number; y: number }

/** One margin for both aligned panels: their plots start and end at the same x. */
export const MARGIN: Margin = { top: 10, right: 12, bottom: 24, left: 56 };
/** Narrowest chart drawn, px: a 320 px screen leaves about 250 px inside a figure. */
export const MIN_WIDTH = 220;
/** Height of the sequence-length strip under the batch panel, px. */
export const STRIP = 20;
/** Floor of the log learning-rate axis: below it (the warm-up's first steps, the anneal's end) the line sits on it. */
export const LOG_FLOOR = 1e-7;
/** Approximate width of one character of an 11 px label, px (to leave out labels that would not fit). */
const CHAR_PX = 6.4;

export function xScale(axis: Axis, width: number, margin: Margin = MARGIN) {
  return scaleLinear().domain([0, runEnd(axis)]).range([margin.left, width - margin.right]);
}

/** x ticks for an axis: round values in tokens (T) or steps (K), fewer on a narrow plot so labels never touch. */
export function xTicks(axis: Axis, width: number, fmt: Format, margin: Margin = MARGIN): Tick[] {
  const x = xScale(axis, width, margin);
  const plotW = width - margin.left - margin.right;
  const count = plotW >= 420 ? 8 : plotW >= 300 ? 5 : 4;
  const ticks = x.ticks(count);
  // Every label gets the room of the longest one, plus a gap; drop every other tick until they fit.
  const labels = ticks.map((v) => fmt.short(v, { digits: 3, trim: true }));
  const longest = Math.max(...labels.map((l) => l.length)) * CHAR_PX + 10;
  let step = 1;
  while (ticks.length > 1 && (x(ticks[step]!) - x(ticks[0]!)) < longest && step < ticks.length - 1) step++;
  return ticksAt(x, ticks.filter((_, i) => i % step === 0), (v) => fmt.short(v, { digits: 3, trim: true }));
}

// ── Learning-rate panel ──────────────────────────────────────────────────────────────────────────

export interface LrGeometry {
  path: string;
  yTicks: Tick[];
  /** The drawn long-context span and the anneal's start, x from … to. */
  longContext: [number, number];
  anneal: number;
  /** Table 3's peak of another model (8B, 70B): a horizontal marker, or null for the 405B. */
  peakY: number | null;
  y: (lr: number) => number;
}

function lrYScale(log: boolean, top: number, height: number, margin: Margin): ScaleContinuousNumeric<number, number> {
  const range = [height - margin.bottom, margin.top];
  return log
    ? scaleLog().domain([LOG_FLOOR, top]).range(range).clamp(true)
    : scaleLinear().domain([0, top]).range(range);
}

/** The y domain's top: 10% above the larger of the 405B's peak and the marked model's. */
export function lrTop(peak: number): number {
  return Math.max(LR_PEAK, peak) * 1.1;
}

export function lrGeometry(
  axis: Axis, width: number, height: number, log: boolean, peak: number, fmt: Format, margin: Margin = MARGIN,
): LrGeometry {
  const x = xScale(axis, width, margin);
  const top = lrTop(peak);
  const y = lrYScale(log, top, height, margin);
  const floor = log ? LOG_FLOOR : 0;
  const path = line<{ x: number; lr: number }>().x((d) => x(d.x)).y((d) => y(Math.max(d.lr, floor))).digits(1)(lrCurve(axis)) ?? '';
  const plotH = height - margin.top - margin.bottom;
  const yTicks = log
    ? ticksAt(y, logTicks(LOG_FLOOR, top, 10, [1], 6), (v) => fmt.sci(v, { bareOne: true }))
    : scaleTicks(y, plotH >= 150 ? 4 : 3, (v) => (v === 0 ? '0' : fmt.sci(v, { digits: 2 })));
  return {
    path, yTicks, y,
    longContext: [x(fromTokens(LONG_CONTEXT_START, axis)), x(fromTokens(ANNEAL_START, axis))],
    anneal: x(fromTokens(ANNEAL_START, axis)),
    peakY: peak === LR_PEAK ? null : y(peak),
  };
}

// ── Batch panel and sequence strip ───────────────────────────────────────────────────────────────

export interface StripSegment {
  kind: 'seq' | 'longContext' | 'anneal';
  from: number;
  to: number;
  seqLen: number | null;
  /** Whether a label of `chars` characters fits inside (else the legend and the readout carry it). */
  fits: (chars: number) => boolean;
}

export interface BatchGeometry {
  path: string;
  yTicks: Tick[];
  y: (tokens: number) => number;
  /** Top of the strip, px. */
  stripY: number;
  strip: StripSegment[];
}

export const BATCH_TOP = 18e6;

export function batchGeometry(axis: Axis, width: number, height: number, fmt: Format, margin: Margin = MARGIN): BatchGeometry {
  const x = xScale(axis, width, margin);
  // The strip sits between the plot and the x labels: the plot ends STRIP + 4 px above the axis.
  const plotBottom = height - margin.bottom - STRIP - 4;
  const y = scaleLinear().domain([0, BATCH_TOP]).range([plotBottom, margin.top]);
  const spans = batchSpans(axis);
  const pts: [number, number][] = [];
  for (const s of spans) { pts.push([x(s.from), y(s.batchTokens)], [x(s.to), y(s.batchTokens)]); }
  const path = line().digits(1)(pts) ?? '';
  const yTicks = ticksAt(y, spans.map((s) => s.batchTokens), (v) => fmt.short(v, { digits: 2, trim: true }));
  const lcAt = fromTokens(LONG_CONTEXT_START, axis);
  const lcFrom = x(lcAt);
  const anneal = x(fromTokens(ANNEAL_START, axis));
  const end = x(runEnd(axis));
  const seg = (kind: StripSegment['kind'], from: number, to: number, seqLen: number | null): StripSegment => ({
    kind, from, to, seqLen, fits: (chars) => chars * CHAR_PX + 6 <= to - from,
  });
  const strip: StripSegment[] = [];
  for (const s of spans) {
    const to = Math.min(s.to, lcAt);
    const prev = strip[strip.length - 1];
    // Sequence length changes once (4,096 → 8,192, with the first doubling); the 8M → 16M doubling keeps 8,192.
    if (prev && prev.seqLen === s.seqLen) strip[strip.length - 1] = seg('seq', prev.from, x(to), s.seqLen);
    else strip.push(seg('seq', x(s.from), x(to), s.seqLen));
  }
  strip.push(seg('longContext', lcFrom, anneal, null), seg('anneal', anneal, end, null));
  return { path, yTicks, y, stripY: height - margin.bottom - STRIP, strip };
}

// ── Normalised comparison ────────────────────────────────────────────────────────────────────────

export interface CompareGeometry {
  llama: string;
  isoflop: string;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Where the 405B's run ends by the batch count (96% of its cosine). */
  runEndX: number;
  /** The two floors' y: 1% and 10% of the peak. */
  floors: { llama: number; isoflop: number };
}

export function compareGeometry(width: number, height: number, fmt: Format, margin: Margin = MARGIN): CompareGeometry {
  const x = scaleLinear().domain([0, 1]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, 1.05]).range([height - margin.bottom, margin.top]);
  const pts = normalisedCurves();
  const path = (key: 'llama' | 'isoflop') => line<(typeof pts)[number]>().x((d) => x(d.u)).y((d) => y(d[key])).digits(1)(pts) ?? '';
  const last = pts[pts.length - 1]!;
  const pct = (v: number) => fmt.percent(v, { digits: 0 });
  return {
    llama: path('llama'),
    isoflop: path('isoflop'),
    xTicks: ticksAt(x, [0, 0.5, 1], pct),
    yTicks: ticksAt(y, [0, 0.5, 1], pct),
    runEndX: x(RUN_END_U),
    floors: { llama: y(last.llama), isoflop: y(last.isoflop) },
  };
}

/** The cursor's x and its points on the learning-rate line and the batch staircase. */
export function cursorX(axis: Axis, at: number, width: number, margin: Margin = MARGIN): number {
  return xScale(axis, width, margin)(at);
}

/** A pointer's x on a chart → a position on the axis, inside the run. */
export function atFromPointer(axis: Axis, px: number, width: number, margin: Margin = MARGIN): number {
  const v = xScale(axis, width, margin).invert(px);
  return Math.min(Math.max(v, 0), runEnd(axis));
}

export type { Point as ChartPoint };
