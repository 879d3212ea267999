// Tick geometry of the chart axes, pure (d3-scale computes; src/components/kit/Axis.tsx draws): which values get a tick,
// where each one sits and what it says. It lives in src/lib so models and chart geometry import no UI folder.

/** One tick: its value, its position along the axis in SVG units, its label. */
export interface Tick {
  value: number;
  pos: number;
  label: string;
}

/** A d3 scale, as far as ticks need one (scaleLinear, scaleLog, …). */
export interface TickScale {
  (value: number): number;
  ticks(count?: number): number[];
}

/** About `count` ticks at the scale's own round values (d3's ticks), labelled by `format`. */
export function scaleTicks(scale: TickScale, count: number, format: (value: number) => string = String): Tick[] {
  return ticksAt(scale, scale.ticks(count), format);
}

/** Ticks at chosen values (powers of two, named sizes), labelled by `format`. */
export function ticksAt(scale: (value: number) => number, values: readonly number[], format: (value: number) => string = String): Tick[] {
  return values.map((value) => ({ value, pos: scale(value), label: format(value) }));
}

/**
 * Ticks of a log axis: the powers of `base` inside [lo, hi] whose exponents are multiples of the smallest step in
 * `steps` that keeps at most `maxTicks` of them (the last step if none does).
 */
export function logTicks(lo: number, hi: number, base: number, steps: readonly number[], maxTicks: number): number[] {
  const e0 = Math.ceil(Math.log(lo) / Math.log(base) - 1e-9);
  const e1 = Math.floor(Math.log(hi) / Math.log(base) + 1e-9);
  for (const step of steps) {
    const exps: number[] = [];
    for (let e = Math.ceil(e0 / step) * step; e <= e1; e += step) exps.push(e);
    if (exps.length <= maxTicks || step === steps[steps.length - 1]) return exps.map((e) => base ** e);
  }
  return [];
}
