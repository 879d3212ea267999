// Geometry of rope-frequencies' three charts, pure (d3-scale and d3-shape compute; the view draws and words the
// labels): the spectrum (wavelength λᵢ on a log axis against pair index, θᵢ = 2π/λᵢ on the right, context lines),
// the ratio θ′ᵢ/θᵢ on a log₂ axis with the band strips above it, and the phase error of a forgotten scaling.
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { logTicks, ticksAt, type Tick } from '../../lib/axisTicks';
import type { Format } from '../../lib/format';
import type { Band, Curve, CurveId, RefLine, RopeResult } from './model';

export interface Margin { top: number; right: number; bottom: number; left: number }

/** Narrowest chart drawn, px: a 320 px screen leaves about 250 px inside a figure. */
export const MIN_CHART_WIDTH = 220;
/** Least vertical distance between two reference-line labels, px (11 px text). */
export const LABEL_GAP = 13;
/** Markers are drawn only when pairs are at least this far apart, px (else the dash patterns tell the curves apart). */
const MARKER_SPACING = 6;

/** x of pair i and the ticks of the pair axis: multiples of a step that keeps them ≥ ~44 px apart, and the last pair. */
function pairAxis(pairs: number, left: number, right: number) {
  const x = scaleLinear().domain([0, pairs - 1]).range([left, right]);
  const plotW = right - left;
  const step = [4, 8, 16, 32, 64].find((s) => (plotW * s) / (pairs - 1) >= 44) ?? 64;
  const values: number[] = [];
  for (let i = 0; i < pairs; i += step) values.push(i);
  // The last pair (d/2 − 1) gets a tick when it is not too close to the last multiple.
  if (pairs - 1 - values[values.length - 1]! >= step / 2) values.push(pairs - 1);
  return { x, values, markers: plotW / (pairs - 1) >= MARKER_SPACING };
}

/**
 * Labels of horizontal lines, moved apart: each wants to sit at `want` (its line's y), none closer than `gap` to the
 * next, all inside [top, bottom]. Returns the y of each label in the input order. Pure; tested for overlaps.
 */
export function dodge(want: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = want.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const ys = order.map((o) => Math.min(bottom, Math.max(top, o.y)));
  for (let k = 1; k < ys.length; k++) ys[k] = Math.max(ys[k]!, ys[k - 1]! + gap);
  // Pushed past the bottom: pull the stack back up.
  if (ys.length && ys[ys.length - 1]! > bottom) {
    ys[ys.length - 1] = bottom;
    for (let k = ys.length - 2; k >= 0; k--) ys[k] = Math.min(ys[k]!, ys[k + 1]! - gap);
  }
  const out = new Array<number>(want.length);
  order.forEach((o, k) => { out[o.i] = ys[k]!; });
  return out;
}

export interface SeriesPath {
  /** 'original', or the scaled curve's id. */
  id: 'original' | CurveId;
  d: string;
  /** Marker positions (empty when the pairs are too close for markers). */
  points: { x: number; y: number }[];
}

export interface LineMark {
  line: RefLine;
  y: number;
  /** Where the label sits (dodged); it is drawn just above that y. */
  labelY: number;
}

export interface SpectrumGeometry {
  width: number;
  height: number;
  margin: Margin;
  xTicks: Tick[];
  yTicks: Tick[];
  /** The same axis read as θ = 2π/λ, radians per position. */
  thetaTicks: Tick[];
  series: SeriesPath[];
  lines: LineMark[];
}

function seriesOf(id: SeriesPath['id'], values: ArrayLike<number>, x: (i: number) => number, y: (v: number) => number, markers: boolean): SeriesPath {
  const pts = Array.from(values, (v, i) => ({ x: x(i), y: y(v) }));
  return { id, d: line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y)(pts) ?? '', points: markers ? pts : [] };
}

const decadeFloor = (v: number) => 10 ** Math.floor(Math.log10(v) + 1e-9);
const decadeCeil = (v: number) => 10 ** Math.ceil(Math.log10(v) - 1e-9);

/** The spectrum chart. Tick labels: powers of ten in scientific form (fmt.sci, bare 10ⁿ). */
export function spectrumGeometry(r: RopeResult, curves: readonly Curve[], fmt: Format, width: number, height: number, margin: Margin): SpectrumGeometry {
  const { x, values, markers } = pairAxis(r.pairs, margin.left, width - margin.right);
  const all = [...r.wavelengths, ...curves.flatMap((c) => [...c.wavelengths]), ...r.lines.map((l) => l.tokens)];
  const lo = decadeFloor(Math.min(...all));
  const hi = decadeCeil(Math.max(...all));
  const bottom = height - margin.bottom;
  const y = scaleLog().domain([lo, hi]).range([bottom, margin.top]);
  const maxTicks = Math.max(3, Math.floor((bottom - margin.top) / 26));
  const steps = [1, 2, 3, 4, 5, 10, 20, 50];
  const yValues = logTicks(lo, hi, 10, steps, maxTicks);
  // θ = 2π/λ: the right axis at the powers of ten of θ inside the λ domain, no more of them than on the left.
  const thetaValues = logTicks((2 * Math.PI) / hi, (2 * Math.PI) / lo, 10, steps, Math.min(maxTicks, yValues.length));
  const sci = (v: number) => fmt.sci(v, { bareOne: true });
  const marks = r.lines.map((l) => ({ line: l, y: y(l.tokens) }));
  const labelYs = dodge(marks.map((m) => m.y - 3), LABEL_GAP, margin.top + 10, bottom - 4);
  return {
    width, height, margin,
    xTicks: ticksAt(x, values, fmt.int),
    yTicks: ticksAt(y, yValues, sci),
    thetaTicks: ticksAt((t) => y((2 * Math.PI) / t), thetaValues, sci),
    series: [seriesOf('original', r.wavelengths, x, y, markers), ...curves.map((c) => seriesOf(c.id, c.wavelengths, x, y, markers))],
    lines: marks.map((m, k) => ({ ...m, labelY: labelYs[k]! })),
  };
}

/** One run of equal bands in a strip: pairs first … last. */
export interface BandRun { band: Band; first: number; last: number; x: number; w: number }
export interface Strip { id: CurveId; y: number; runs: BandRun[] }

export interface RatioGeometry {
  width: number;
  height: number;
  margin: Margin;
  xTicks: Tick[];
  yTicks: Tick[];
  series: SeriesPath[];
  /** y of 1/s (the ratio of a divided pair), or null when it is outside the axis. */
  divideY: number | null;
  strips: Strip[];
  /** Height of one strip, px. */
  stripH: number;
}

export const STRIP_H = 14;
const STRIP_GAP = 4;
/** Room between the strips and the plot for the axis title, px. */
const TITLE_ROW = 16;

/** Runs of equal bands, each spanning its pairs' half-way points. */
function runsOf(bands: readonly Band[], x: (i: number) => number, left: number, right: number): BandRun[] {
  const runs: BandRun[] = [];
  const edge = (i: number) => (i <= 0 ? left : i >= bands.length ? right : (x(i - 1) + x(i)) / 2);
  let first = 0;
  for (let i = 1; i <= bands.length; i++) {
    if (i === bands.length || bands[i] !== bands[first]) {
      runs.push({ band: bands[first]!, first, last: i - 1, x: edge(first), w: edge(i) - edge(first) });
      first = i;
    }
  }
  return runs;
}

/**
 * The ratio chart: θ′/θ on a log₂ axis from the smallest power of two at or below the smallest ratio (at least ½) to
 * 1; the band strips of the banded curves sit above the plot (`margin.top` is raised for them). Tick labels: "1",
 * "1/2", "1/8", … and scientific form below 10⁻⁴.
 */
export function ratioGeometry(pairs: number, curves: readonly Curve[], factor: number, fmt: Format, width: number, plotHeight: number, margin: Margin): RatioGeometry {
  const banded = curves.filter((c) => c.bands);
  const stripsH = banded.length * (STRIP_H + STRIP_GAP);
  const m = { ...margin, top: margin.top + stripsH + TITLE_ROW };
  const height = m.top + plotHeight + m.bottom;
  const { x, values, markers } = pairAxis(pairs, m.left, width - m.right);
  const min = Math.min(...curves.flatMap((c) => [...c.ratio]), 1);
  const lo = Math.min(0.5, 2 ** Math.floor(Math.log2(min) + 1e-9));
  const bottom = height - m.bottom;
  const y = scaleLog().base(2).domain([lo, 1]).range([bottom, m.top]);
  const yValues = logTicks(lo, 1, 2, [1, 2, 3, 4, 5, 10, 20, 40], Math.max(2, Math.floor(plotHeight / 24)));
  const label = (v: number) => (v === 1 ? fmt.int(1) : v >= 1e-4 ? `1/${fmt.int(1 / v)}` : fmt.sci(v, { bareOne: true }));
  const divide = 1 / factor;
  return {
    width, height, margin: m,
    xTicks: ticksAt(x, values, fmt.int),
    yTicks: ticksAt(y, yValues, label),
    series: curves.map((c) => seriesOf(c.id, c.ratio, x, y, markers)),
    divideY: divide >= lo && divide < 1 ? y(divide) : null,
    strips: banded.map((c, k) => ({ id: c.id, y: margin.top + k * (STRIP_H + STRIP_GAP), runs: runsOf(c.bands!, x, m.left, width - m.right) })),
    stripH: STRIP_H,
  };
}

export interface ErrorGeometry {
  width: number;
  height: number;
  margin: Margin;
  xTicks: Tick[];
  yTicks: Tick[];
  series: SeriesPath[];
  /** y of π: above it (hatched) a pair has slipped by more than half a turn. */
  piY: number;
}

/** The phase-error chart: |m·(θᵢ − θ′ᵢ)| in radians on a linear axis from 0 to at least π (so the π line shows). */
export function errorGeometry(pairs: number, curves: readonly Curve[], fmt: Format, width: number, height: number, margin: Margin): ErrorGeometry {
  const { x, values, markers } = pairAxis(pairs, margin.left, width - margin.right);
  const max = Math.max(Math.PI, ...curves.map((c) => c.error.max));
  const bottom = height - margin.bottom;
  const y = scaleLinear().domain([0, max * 1.06]).range([bottom, margin.top]).nice(4);
  const ticks = y.ticks(4);
  const digits = ticks.some((t) => !Number.isInteger(t)) ? 1 : 0;
  return {
    width, height, margin,
    xTicks: ticksAt(x, values, fmt.int),
    yTicks: ticksAt(y, ticks, (t) => fmt.decimal(t, { digits, trim: true })),
    series: curves.map((c) => seriesOf(c.id, Float64Array.from(c.errors, Math.abs), x, y, markers)),
    piY: y(Math.PI),
  };
}
