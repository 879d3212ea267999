// Test helper: hand-written gradients against central finite differences (used by toyLm.test.ts and rl.test.ts).
import { expect } from 'vitest';

/** Central finite differences of f at theta, every coordinate. */
export function numericGrad(f: (t: Float64Array) => number, theta: Float64Array, h = 1e-6): Float64Array {
  const g = new Float64Array(theta.length);
  for (let i = 0; i < theta.length; i++) {
    const x = theta[i]!;
    theta[i] = x + h;
    const up = f(theta);
    theta[i] = x - h;
    const down = f(theta);
    theta[i] = x;
    g[i] = (up - down) / (2 * h);
  }
  return g;
}

/** Every coordinate agrees to 1e-6, relative where the gradient is larger than 1. */
export function expectGradClose(analytic: Float64Array, numeric: Float64Array): void {
  let worst = 0;
  for (let i = 0; i < analytic.length; i++) worst = Math.max(worst, Math.abs(analytic[i]! - numeric[i]!) / Math.max(1, Math.abs(numeric[i]!)));
  expect(worst).toBeLessThan(1e-6);
}
