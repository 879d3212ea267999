// Geometry of rope-decay's two panels: RoFormer's bound, and the all-ones score, against distance on a log axis from 1
// to 131,072, one line per base. Pure (d3-scale and d3-shape compute; the view draws what this returns and words the
// labels). Each line joins the plotted distances (the chosen distance's exact values are dots, which can sit off a
// straight segment: the curves swing between plotted points); shape markers (circles on the 10,000 line, squares on
// the other) sit on the line at powers of two, so the lines differ without colour. The paths depend only on the
// curves and the panel's size and domain, so a view can keep them while the distance moves (panelPaths).
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { logTicks, scaleTicks, ticksAt, type Tick } from '../../lib/axisTicks';
import type { Format } from '../../lib/format';
import { LIMITS, type DecayCurve, type DecayOk, type SeriesId, type SeriesResult } from './model';

export type Measure = 'bound' | 'ones';
export const MEASURES: readonly Measure[] = ['bound', 'ones'];
export const SERIES_IDS: readonly SeriesId[] = ['reference', 'compared'];

export interface Margin { top: number; right: number; bottom: number; left: number }
export interface Point { x: number; y: number }

export interface PanelGeometry {
  measure: Measure;
  width: number;
  height: number;
  margin: Margin;
  xTicks: Tick[];
  yTicks: Tick[];
  /** SVG path of each line. */
  paths: Record<SeriesId, string>;
  /** Shape markers on each line: the 10,000 line at 1, 4, 16 … 65,536; the other at 2, 8, 32 … 131,072. */
  markers: Record<SeriesId, Point[]>;
  /** The chosen distance: its x and the point on each line. */
  chosen: { x: number; points: Record<SeriesId, Point> };
  /** Longest-wavelength lines of the bases whose λ_max lies on the axis; the label's row and side. */
  wraps: { id: SeriesId; x: number; row: number; anchor: 'start' | 'end' }[];
  /** The bound panel only: where each bound stops falling at every step. */
  falls: { id: SeriesId; x: number; y: number }[];
  /** y of the zero line (the all-ones panel), or null. */
  zeroY: number | null;
}

export const MARGIN: Margin = { top: 12, right: 14, bottom: 40, left: 40 };
/** Narrowest panel drawn, px: a 320 px screen leaves about 250 px inside a figure. */
export const MIN_WIDTH = 220;
/** Below this plot width the x axis labels every fourth power of two instead of every second. */
const WIDE_PLOT = 420;

const valueOf = (s: SeriesResult, m: Measure) => (m === 'bound' ? s.curve.bound : s.curve.ones);
const readingOf = (s: SeriesResult, m: Measure) => (m === 'bound' ? s.reading.bound : s.reading.ones);

/**
 * The y domain of a panel: the bound from 0 to its value at distance 0, (d/2 + 1)/2; the all-ones score from a quarter
 * below its lowest plotted or chosen value (−0.25 at least) to 1.
 */
export function panelDomain(r: DecayOk, measure: Measure): [number, number] {
  if (measure === 'bound') return [0, (r.pairs + 1) / 2];
  let min = Math.min(r.reference.reading.ones, r.compared.reading.ones);
  for (const s of [r.reference, r.compared]) for (const v of s.curve.ones) if (v < min) min = v;
  return [Math.min(-0.25, Math.floor(min * 4) / 4), 1];
}

function scales(width: number, height: number, margin: Margin, domain: readonly [number, number]) {
  return {
    x: scaleLog().domain([1, LIMITS.distance.max]).range([margin.left, width - margin.right]),
    y: scaleLinear().domain(domain).range([height - margin.bottom, margin.top]),
  };
}

/** The two lines' SVG paths: every plotted distance of each curve, joined by straight segments. */
export function panelPaths(
  curves: Record<SeriesId, DecayCurve>, measure: Measure, width: number, height: number, margin: Margin, domain: readonly [number, number],
): Record<SeriesId, string> {
  const { x, y } = scales(width, height, margin, domain);
  const path = line<number>().x((d) => x(d)).digits(1);
  const one = (c: DecayCurve) => {
    const values = measure === 'bound' ? c.bound : c.ones;
    return path.y((_, j) => y(values[j]!))(c.distances) ?? '';
  };
  return { reference: one(curves.reference), compared: one(curves.compared) };
}

export function panelGeometry(
  r: DecayOk, measure: Measure, width: number, height: number, fmt: Format, margin: Margin = MARGIN,
  paths?: Record<SeriesId, string>,
): PanelGeometry {
  const series = { reference: r.reference, compared: r.compared };
  const domain = panelDomain(r, measure);
  const [lo] = domain;
  const { x, y } = scales(width, height, margin, domain);
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const xTicks = ticksAt(x, logTicks(1, LIMITS.distance.max, 2, [plotW >= WIDE_PLOT ? 2 : 4], 30), fmt.binaryShort);
  const yTicks = scaleTicks(y, plotH >= 140 ? 4 : 3, (v) => fmt.decimal(v, { digits: 2, trim: true }));

  const at = (s: SeriesResult, d: number): Point => {
    const j = s.curve.distances.indexOf(d);
    return { x: x(d), y: y(valueOf(s, measure)[j]!) };
  };
  const markerDistances = (start: number) => {
    const out: number[] = [];
    for (let d = start; d <= LIMITS.distance.max; d *= 4) out.push(d);
    return out;
  };

  const wraps: PanelGeometry['wraps'] = [];
  for (const id of SERIES_IDS) {
    const s = series[id];
    if (!s.wrapsOnAxis) continue;
    const xw = x(s.longestWavelength);
    wraps.push({ id, x: xw, row: wraps.length, anchor: xw - margin.left > 64 ? 'end' : 'start' });
  }

  return {
    measure, width, height, margin, xTicks, yTicks,
    paths: paths ?? panelPaths({ reference: r.reference.curve, compared: r.compared.curve }, measure, width, height, margin, domain),
    markers: { reference: markerDistances(1).map((d) => at(r.reference, d)), compared: markerDistances(2).map((d) => at(r.compared, d)) },
    chosen: {
      x: x(r.distance),
      points: {
        reference: { x: x(r.distance), y: y(readingOf(r.reference, measure)) },
        compared: { x: x(r.distance), y: y(readingOf(r.compared, measure)) },
      },
    },
    wraps,
    falls: measure === 'bound'
      ? SERIES_IDS.flatMap((id) => {
        const f = series[id].steadyFall;
        return f ? [{ id, x: x(f.distance), y: y(f.bound) }] : [];
      })
      : [],
    zeroY: lo < 0 ? y(0) : null,
  };
}
