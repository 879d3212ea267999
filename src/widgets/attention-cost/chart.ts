// Geometry of attention-cost's chart: training FLOPs per token against context, 1K … 1M tokens, both axes log, for the
// three Llama 3 sizes. Per model a flat weights line (long dashes) and an attention line (solid; linear in the context,
// so straight on log–log axes); for the selected model the attention under a document mask too (dotted: it rises
// until the document length, then stays flat). A diamond where each model's attention meets its weights, labelled
// with the model's size; the selected model's lines labelled in the right margin. Pure (d3-scale computes); the view
// draws what this returns and words the labels.
import { scaleLog } from 'd3-scale';
import { logTicks, ticksAt, type Tick } from '../../lib/axisTicks';
import type { Format } from '../../lib/format';
import { CHART_CONTEXTS, MODEL_CHOICES, tokenFlops, type CostModel, type CostOk } from './model';

export interface Margin { top: number; right: number; bottom: number; left: number }
export interface Point { x: number; y: number }

export type LineKind = 'weights' | 'attention' | 'masked';

export interface ChartLine {
  model: CostModel;
  kind: LineKind;
  /** Polyline points (two for straight lines, three for the masked one with a bend at the document length). */
  points: Point[];
  selected: boolean;
}

export interface Crossover extends Point { model: CostModel; selected: boolean; context: number }

/** A label in the right margin for one of the selected model's lines, placed so that none overlaps another. */
export interface EndLabel { kind: LineKind; y: number; lineY: number }

export interface ChartGeometry {
  width: number;
  height: number;
  margin: Margin;
  xTicks: Tick[];
  yTicks: Tick[];
  lines: ChartLine[];
  crossovers: Crossover[];
  endLabels: EndLabel[];
  /** The chosen context: its x and the selected model's points on it. */
  chosen: { x: number; points: Point[] };
}

export const MARGIN: Margin = { top: 16, right: 74, bottom: 40, left: 46 };
/** Narrowest chart drawn, px: a 320 px screen leaves about 250 px for it inside a figure. */
export const MIN_WIDTH = 220;
/** Least vertical distance between two margin labels, px (11 px text). */
const LABEL_GAP = 13;

/** Spread sorted label positions so that neighbours are at least `gap` apart, staying inside [lo, hi]. */
export function spreadLabels(ys: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
  const out = order.map(([y]) => Math.min(hi, Math.max(lo, y)));
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + gap);
  // Pushed past the bottom: shift back up from the end.
  if (out.length && out[out.length - 1]! > hi) {
    out[out.length - 1] = hi;
    for (let i = out.length - 2; i >= 0; i--) out[i] = Math.min(out[i]!, out[i + 1]! - gap);
  }
  const placed = new Array<number>(ys.length);
  order.forEach(([, i], k) => { placed[i] = out[k]!; });
  return placed;
}

export function chartGeometry(r: CostOk, fmt: Format, width: number, height: number, margin: Margin = MARGIN): ChartGeometry {
  const [c0, c1] = CHART_CONTEXTS;
  const f = (m: CostModel, t: number, doc: number | null = null) => tokenFlops(m, t, r.counting, doc);

  const values: number[] = [];
  for (const m of MODEL_CHOICES) {
    values.push(Number(f(m, c0).attention), Number(f(m, c1).attention), Number(f(m, c0).weights));
  }
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)) + 1e-9);
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)) - 1e-9);
  const x = scaleLog().base(2).domain([c0, c1]).range([margin.left, width - margin.right]);
  const y = scaleLog().base(10).domain([lo, hi]).range([height - margin.bottom, margin.top]);

  const plotH = height - margin.top - margin.bottom;
  const plotW = width - margin.left - margin.right;
  const yTickValues = logTicks(lo, hi, 10, [1, 2, 3], Math.max(3, Math.floor(plotH / 30)));
  const xTickValues = logTicks(c0, c1, 2, plotW >= 380 ? [2] : plotW >= 190 ? [5] : [10], 12).filter((v) => v >= c0);

  const lines: ChartLine[] = [];
  const crossovers: Crossover[] = [];
  for (const row of r.rows) {
    const selected = row.model === r.model;
    const w = y(Number(row.flops.weights));
    lines.push({ model: row.model, kind: 'weights', selected, points: [{ x: x(c0), y: w }, { x: x(c1), y: w }] });
    lines.push({
      model: row.model, kind: 'attention', selected,
      points: [{ x: x(c0), y: y(Number(f(row.model, c0).attention)) }, { x: x(c1), y: y(Number(f(row.model, c1).attention)) }],
    });
    if (row.crossover >= c0 && row.crossover <= c1) crossovers.push({ model: row.model, selected, context: row.crossover, x: x(row.crossover), y: w });
  }
  if (r.docLen !== null) {
    const doc = r.docLen;
    const bend = Math.min(c1, Math.max(c0, doc));
    const pts = [c0, ...(bend > c0 && bend < c1 ? [bend] : []), c1];
    lines.push({ model: r.model, kind: 'masked', selected: true, points: pts.map((t) => ({ x: x(t), y: y(Number(f(r.model, t, doc).attention)) })) });
  }
  // Selected lines last, so they are drawn over the others.
  lines.sort((a, b) => Number(a.selected) - Number(b.selected));

  const ends = lines.filter((l) => l.selected);
  const lineYs = ends.map((l) => l.points[l.points.length - 1]!.y);
  const placed = spreadLabels(lineYs, LABEL_GAP, margin.top + 4, height - margin.bottom);
  const endLabels = ends.map((l, i) => ({ kind: l.kind, y: placed[i]!, lineY: lineYs[i]! }));

  const sel = r.row;
  const chosenPoints = [
    { x: x(r.context), y: y(Number(sel.flops.weights)) },
    { x: x(r.context), y: y(Number(sel.flops.attention)) },
    ...(sel.masked ? [{ x: x(r.context), y: y(Number(sel.masked.attention)) }] : []),
  ];

  return {
    width, height, margin,
    xTicks: ticksAt(x, xTickValues, fmt.binaryShort),
    yTicks: ticksAt(y, yTickValues, (v) => fmt.sci(v, { bareOne: true })),
    lines, crossovers, endLabels,
    chosen: { x: x(r.context), points: chosenPoints },
  };
}

/** SVG path of a polyline. */
export function pathOf(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(2)},${p.y.toFixed(2)}`).join('');
}
