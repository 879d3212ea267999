// Geometry of post-training-loop's chart, pure (d3-scale and d3-shape compute; PostTrainingLoop.tsx draws): the exact
// gold reward of each round's chat model and of its SFT model before DPO (and, with averaging, of one variant), over
// rounds 0…R, the shown round marked. The x axis always spans the rounds asked for, so arriving rounds never rescale it.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { ticksAt, type Tick } from '../../lib/axisTicks';
import type { RoundResult } from './model';

export interface Margin { top: number; right: number; bottom: number; left: number }
export const MARGIN: Margin = { top: 12, right: 18, bottom: 40, left: 46 };
export const MIN_WIDTH = 240;
export const HEIGHT = 210;

/** The y axis: at least [−1.6, 0.4] (where the toy's gold reward lives), widened in steps of 0.4 if a value is outside. */
export function goldDomain(rounds: readonly RoundResult[]): [number, number] {
  let lo = -1.6, hi = 0.4;
  for (const r of rounds) {
    for (const v of [r.model.gold, r.sftGold ?? undefined, r.variant?.model.gold]) {
      if (v === undefined || !Number.isFinite(v)) continue;
      while (v < lo) lo -= 0.4;
      while (v > hi) hi += 0.4;
    }
  }
  return [Math.round(lo * 10) / 10, Math.round(hi * 10) / 10];
}

export interface Pt { x: number; y: number; round: number }

export interface LoopGeometry {
  xTicks: Tick[];
  yTicks: Tick[];
  chat: Pt[];
  sft: Pt[];
  variant: Pt[];
  chatPath: string;
  sftPath: string;
  variantPath: string;
  shownX: number;
  zeroY: number | null;
}

export function loopGeometry(rounds: readonly RoundResult[], total: number, shown: number, width: number,
  roundLabel: (r: number) => string, goldLabel: (v: number) => string, margin: Margin = MARGIN): LoopGeometry {
  const x = scaleLinear().domain([0, Math.max(1, total)]).range([margin.left, width - margin.right]);
  const [lo, hi] = goldDomain(rounds);
  const y = scaleLinear().domain([lo, hi]).range([HEIGHT - margin.bottom, margin.top]);
  const pts = (pick: (r: RoundResult) => number | undefined) => rounds.flatMap((r) => {
    const v = pick(r);
    return v === undefined ? [] : [{ x: x(r.round), y: y(v), round: r.round }];
  });
  const chat = pts((r) => r.model.gold);
  // The SFT series starts from round 0's model (the base), so each round's SFT point links to where it started.
  const sft = pts((r) => (r.round === 0 ? r.model.gold : r.sftGold ?? undefined));
  const variant = pts((r) => (r.round === 0 ? r.model.gold : r.variant?.model.gold));
  const path = (p: Pt[]) => line<Pt>().x((d) => d.x).y((d) => d.y).digits(1)(p) ?? '';
  const yValues: number[] = [];
  for (let v = hi; v >= lo - 1e-9; v -= 0.4) yValues.push(Math.round(v * 10) / 10);
  return {
    xTicks: ticksAt(x, Array.from({ length: total + 1 }, (_, i) => i), roundLabel),
    yTicks: ticksAt(y, yValues, goldLabel),
    chat, sft: sft.length > 1 ? sft : [], variant: variant.length > 1 ? variant : [],
    chatPath: path(chat), sftPath: sft.length > 1 ? path(sft) : '', variantPath: variant.length > 1 ? path(variant) : '',
    shownX: x(Math.min(shown, total)),
    zeroY: lo < 0 && hi > 0 ? y(0) : null,
  };
}
