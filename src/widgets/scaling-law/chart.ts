// Geometry of scaling-law's two charts. Pure (d3-scale and d3-shape compute; the view draws what this returns and
// words the labels).
// - IsoFLOP chart: loss against model size (log x) for every re-enacted budget: the sampled runs (circles), the fitted
//   parabola (a line) and its minimum (a diamond). The smallest and largest budgets are labelled at their lines.
// - Law chart: compute-optimal tokens against compute (log–log): the minima (circles), the line fitted through them,
//   the surface's exact optimum, the report's two printed laws and the reader's own (each its own dash pattern), the
//   report's stated 402B / 16.55T (hollow diamond), the Llama models (squares, labelled), the runs' span (a band) and
//   the chosen budget (a vertical line with each law's reading on it).
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { logTicks, scaleTicks, ticksAt, type Tick } from '../../lib/axisTicks';
import type { Format } from '../../lib/format';
import { ISOFLOP_RANGE } from '../../data/pretraining';
import { powerLaw, type PowerLaw } from '../../lib/llama';
import { LAW_IDS, LIMITS, PLACEMENTS, STATED, type LawId, type Reenactment, type ScalingOk } from './model';

export interface Margin { top: number; right: number; bottom: number; left: number }
export interface Point { x: number; y: number }

/**
 * Coordinates rounded to 0.1 px, as the paths are (d3's digits(1)): log and pow can differ in their last bits between
 * Node (server render) and the browser, and the hydrated attributes must equal the server's.
 */
const r1 = (v: number) => Math.round(v * 10) / 10;
const pt = (x: number, y: number): Point => ({ x: r1(x), y: r1(y) });
const rounded = (ticks: Tick[]): Tick[] => ticks.map((t) => ({ ...t, pos: r1(t.pos) }));

/** Narrowest chart drawn, px (a 320 px screen leaves about 250 px inside a figure). */
export const MIN_WIDTH = 220;
export const MARGIN: Margin = { top: 24, right: 16, bottom: 40, left: 46 };
/** y of the y axis's title, above the plot (clear of the top tick label). */
export const Y_TITLE_Y = 10;

// ── IsoFLOP chart ────────────────────────────────────────────────────────────────────────────────

/** Model sizes on the x axis: a little beyond the report's 40M–16B. */
export const SIZE_DOMAIN: readonly [number, number] = [3e7, 2e10];

export interface IsoGeometry {
  width: number;
  height: number;
  margin: Margin;
  xTicks: Tick[];
  yTicks: Tick[];
  curves: {
    flops: number;
    path: string;
    points: Point[];
    minimum: Point | null;
    /** Where the budget's label goes (first and last curves only), else null. */
    label: (Point & { anchor: 'start' | 'middle' }) | null;
  }[];
}

export function lossDomain(r: Reenactment): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const c of r.curves) for (const p of c.points) { lo = Math.min(lo, p.loss); hi = Math.max(hi, p.loss); }
  // Room under the lowest curve for its label.
  return [Math.floor(lo * 10) / 10 - 0.2, Math.ceil(hi * 10) / 10];
}

export function isoGeometry(r: Reenactment, width: number, height: number, fmt: Format, margin: Margin = MARGIN): IsoGeometry {
  const x = scaleLog().domain(SIZE_DOMAIN).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain(lossDomain(r)).range([height - margin.bottom, margin.top]);
  const xTicks = rounded(ticksAt(x, [1e8, 1e9, 1e10], (v) => fmt.short(v, { digits: 3, trim: true })));
  const yTicks = rounded(scaleTicks(y, 4, (v) => fmt.decimal(v, { digits: 1 })));
  const path = line<Point>().x((p) => p.x).y((p) => p.y).digits(1);
  const last = r.curves.length - 1;
  const curves = r.curves.map((c, i) => {
    const ns = c.points.map((p) => p.params);
    const lo = Math.log10(ns[0]!), hi = Math.log10(ns[ns.length - 1]!);
    const fit = c.fit;
    const samples: Point[] = fit
      ? Array.from({ length: 24 }, (_, k) => {
        const lx = lo + ((hi - lo) * k) / 23;
        return { x: x(10 ** lx), y: y(fit[0] + fit[1] * lx + fit[2] * lx * lx) };
      })
      : [];
    const points = c.points.map((p) => pt(x(p.params), y(p.loss)));
    const minimum = c.optimumParams !== null && c.fittedLoss !== null ? pt(x(c.optimumParams), y(c.fittedLoss)) : null;
    // The smallest budget is labelled right of its last run (the next curve ends lower and further right); the
    // largest under its minimum (the room lossDomain leaves). Neither meets a curve.
    const end = points[points.length - 1]!;
    const label = i === 0
      ? { ...pt(end.x + 6, end.y + 4), anchor: 'start' as const }
      : i === last && minimum ? { ...pt(minimum.x, minimum.y + 16), anchor: 'middle' as const } : null;
    return { flops: c.flops, path: path(samples) ?? '', points, minimum, label };
  });
  return { width, height, margin, xTicks, yTicks, curves };
}

// ── Law chart ────────────────────────────────────────────────────────────────────────────────────

export const FLOPS_DOMAIN: readonly [number, number] = [LIMITS.budget.min, LIMITS.budget.max];
export const TOKENS_DOMAIN: readonly [number, number] = [1e9, 1e15];


export interface LawGeometry {
  width: number;
  height: number;
  margin: Margin;
  xTicks: Tick[];
  yTicks: Tick[];
  /** The runs' span, 6 × 10¹⁸ … 10²². */
  runs: { x0: number; x1: number };
  lines: { id: LawId; path: string }[];
  minima: Point[];
  stated: Point;
  /** Every model's square; the second Llama 2 70B figure (1.8T) is not labelled again. */
  placements: { key: string; p: Point; label: boolean; anchor: 'start' | 'middle' | 'end'; dy: number }[];
  budget: { x: number; readings: { id: LawId; p: Point }[] };
}

function lawPath(law: PowerLaw, x: (v: number) => number, y: (v: number) => number): string {
  const [c0, c1] = FLOPS_DOMAIN;
  const pts: Point[] = [];
  for (let k = 0; k <= 36; k++) {
    const c = 10 ** (Math.log10(c0) + ((Math.log10(c1) - Math.log10(c0)) * k) / 36);
    const t = powerLaw(c, law);
    if (Number.isFinite(t) && t > 0) pts.push({ x: x(c), y: y(t) });
  }
  return line<Point>().x((p) => p.x).y((p) => p.y).digits(1)(pts) ?? '';
}

/** Label placement of the Llama models: left of 8B, above 70B, right of 405B and below-right of Llama 2. */
const PLACE_LABEL: Readonly<Record<string, { anchor: 'start' | 'middle' | 'end'; dy: number }>> = {
  'llama3-8b': { anchor: 'end', dy: 4 },
  'llama3-70b': { anchor: 'middle', dy: -9 },
  'llama3-405b': { anchor: 'start', dy: 14 },
  'llama2-70b-l2': { anchor: 'start', dy: 12 },
};

export function lawGeometry(r: ScalingOk, width: number, height: number, fmt: Format, margin: Margin = MARGIN): LawGeometry {
  const x = scaleLog().domain(FLOPS_DOMAIN).range([margin.left, width - margin.right]);
  const y = scaleLog().domain(TOKENS_DOMAIN).range([height - margin.bottom, margin.top]);
  const plotW = width - margin.left - margin.right;
  const xTicks = rounded(ticksAt(x, logTicks(FLOPS_DOMAIN[0], FLOPS_DOMAIN[1], 10, plotW >= 420 ? [1, 3] : [3], 10),
    (v) => fmt.sci(v, { bareOne: true })));
  const yTicks = rounded(ticksAt(y, logTicks(TOKENS_DOMAIN[0], TOKENS_DOMAIN[1], 10, [1], 8),
    (v) => (v >= 1e15 ? fmt.sci(v, { bareOne: true }) : fmt.short(v, { digits: 1, trim: true }))));
  const lines: LawGeometry['lines'] = [];
  for (const id of LAW_IDS) {
    if (id === 'custom' && r.customIsText) continue;
    const law = r.laws[id].law;
    if (law) lines.push({ id, path: lawPath(law, x, y) });
  }
  const readings: LawGeometry['budget']['readings'] = [];
  for (const id of LAW_IDS) {
    const l = r.laws[id];
    if (!l.ok || (id === 'custom' && r.customIsText)) continue;
    if (l.tokens >= TOKENS_DOMAIN[0] && l.tokens <= TOKENS_DOMAIN[1]) readings.push({ id, p: pt(x(r.budget), y(l.tokens)) });
  }
  return {
    width, height, margin, xTicks, yTicks,
    runs: { x0: r1(x(ISOFLOP_RANGE.value.minFlops)), x1: r1(x(ISOFLOP_RANGE.value.maxFlops)) },
    lines,
    minima: r.reenactment.curves.flatMap((c) => (c.optimumTokens === null ? [] : [pt(x(c.flops), y(c.optimumTokens))])),
    stated: pt(x(STATED.flops), y(STATED.tokens)),
    placements: PLACEMENTS.map((p) => ({
      key: p.key, p: pt(x(p.flops), y(p.tokens)), label: p.key in PLACE_LABEL, ...(PLACE_LABEL[p.key] ?? { anchor: 'start', dy: 12 }),
    })),
    budget: { x: r1(x(r.budget)), readings },
  };
}
