// Compute-optimal scaling, the report's way (§3.2.1): IsoFLOP sweeps, a second-degree polynomial per budget, its
// minimum, and a power law N*(C) = A·C^α through the minima — N* counting TRAINING TOKENS (facts §B.4). Loss comes
// from a parametric surface L(N, D) = E + A/N^α + B/D^β (Chinchilla's, Hoffmann et al. 2022), since Llama 3's own
// measurements are not published. Pure.

export interface LossSurface { E: number; A: number; B: number; alpha: number; beta: number }
export interface PowerLaw { alpha: number; A: number }

/** L(N, D) = E + A/N^α + B/D^β. */
export function surfaceLoss(params: number, tokens: number, s: LossSurface): number {
  return s.E + s.A / params ** s.alpha + s.B / tokens ** s.beta;
}

/** Tokens a model of `params` parameters trains on with `flops` FLOPs: D = C/(6N). */
export function tokensAt(flops: number, params: number): number {
  return flops / (6 * params);
}

/**
 * The surface's exact compute-optimal split (Hoffmann et al. 2022, eq. 4): N_opt = G·(C/6)^a, D_opt = G⁻¹·(C/6)^b with
 * G = (αA/(βB))^(1/(α+β)), a = β/(α+β), b = α/(α+β).
 */
export function surfaceOptimum(flops: number, s: LossSurface): { params: number; tokens: number; a: number; b: number } {
  const a = s.beta / (s.alpha + s.beta), b = s.alpha / (s.alpha + s.beta);
  const G = ((s.alpha * s.A) / (s.beta * s.B)) ** (1 / (s.alpha + s.beta));
  return { params: G * (flops / 6) ** a, tokens: (flops / 6) ** b / G, a, b };
}

/** Least-squares y ≈ c₀ + c₁x + c₂x² (the report's "second degree polynomial"); null when the points cannot fix one. */
export function fitParabola(xs: readonly number[], ys: readonly number[]): [number, number, number] | null {
  if (xs.length < 3 || xs.length !== ys.length) return null;
  // Centre x for conditioning, solve the 3×3 normal equations by Cramer's rule, then shift back.
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, t0 = 0, t1 = 0, t2 = 0;
  xs.forEach((x0, i) => {
    const x = x0 - m, y = ys[i]!;
    s0 += 1; s1 += x; s2 += x * x; s3 += x * x * x; s4 += x * x * x * x;
    t0 += y; t1 += x * y; t2 += x * x * y;
  });
  const det3 = (a: number[]) => a[0]! * (a[4]! * a[8]! - a[5]! * a[7]!) - a[1]! * (a[3]! * a[8]! - a[5]! * a[6]!) + a[2]! * (a[3]! * a[7]! - a[4]! * a[6]!);
  const M = [s0, s1, s2, s1, s2, s3, s2, s3, s4];
  const D = det3(M);
  if (!Number.isFinite(D) || Math.abs(D) < 1e-12 * Math.abs(s4 * s2 * s0 || 1)) return null;
  const c0 = det3([t0, s1, s2, t1, s2, s3, t2, s3, s4]) / D;
  const c1 = det3([s0, t0, s2, s1, t1, s3, s2, t2, s4]) / D;
  const c2 = det3([s0, s1, t0, s1, s2, t1, s2, s3, t2]) / D;
  // y = c0 + c1(x − m) + c2(x − m)²
  return [c0 - c1 * m + c2 * m * m, c1 - 2 * c2 * m, c2];
}

/** x of a parabola's minimum, or null if it opens downwards (no minimum). */
export function parabolaMinimum([, c1, c2]: [number, number, number]): number | null {
  return c2 > 0 ? -c1 / (2 * c2) : null;
}

/** Least-squares line through (log₁₀ C, log₁₀ y): y = A·C^α. */
export function fitPowerLaw(flops: readonly number[], ys: readonly number[]): PowerLaw | null {
  const n = flops.length;
  if (n < 2 || n !== ys.length) return null;
  const xs = flops.map(Math.log10), ls = ys.map(Math.log10);
  const mx = xs.reduce((a, b) => a + b, 0) / n, my = ls.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0;
  xs.forEach((x, i) => { sxy += (x - mx) * (ls[i]! - my); sxx += (x - mx) ** 2; });
  if (sxx === 0) return null;
  const alpha = sxy / sxx;
  return { alpha, A: 10 ** (my - alpha * mx) };
}

/** N*(C) = A·C^α: with the report's coefficients, training tokens. */
export function powerLaw(flops: number, law: PowerLaw): number {
  return law.A * flops ** law.alpha;
}

export interface IsoFlopCurve {
  flops: number;
  /** The sampled model sizes, their token counts and losses. */
  points: { params: number; tokens: number; loss: number }[];
  /** The fitted polynomial in log₁₀ N, and its minimum (null if the fit has none). */
  fit: [number, number, number] | null;
  optimumParams: number | null;
  optimumTokens: number | null;
}

/**
 * One IsoFLOP curve: models of `sizes` parameters trained with `flops` FLOPs each, loss from the surface, a
 * parabola in log₁₀ N through them, and the compute-optimal model at its minimum (Chinchilla approach 2, the
 * report's procedure).
 */
export function isoFlopCurve(flops: number, sizes: readonly number[], s: LossSurface): IsoFlopCurve {
  const points = sizes.map((params) => {
    const tokens = tokensAt(flops, params);
    return { params, tokens, loss: surfaceLoss(params, tokens, s) };
  });
  const fit = fitParabola(points.map((p) => Math.log10(p.params)), points.map((p) => p.loss));
  const x = fit ? parabolaMinimum(fit) : null;
  const optimumParams = x === null ? null : 10 ** x;
  return { flops, points, fit, optimumParams, optimumTokens: optimumParams === null ? null : tokensAt(flops, optimumParams) };
}

/** `count` sizes spaced evenly in log between lo and hi (inclusive). */
export function logSpaced(lo: number, hi: number, count: number): number[] {
  if (count < 2) return [lo];
  const a = Math.log10(lo), b = Math.log10(hi);
  return Array.from({ length: count }, (_, i) => 10 ** (a + ((b - a) * i) / (count - 1)));
}
