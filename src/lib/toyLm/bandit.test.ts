import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { banditDpo, banditLogits, logSoftmax } from './index';

describe('the DPO bandit (design §2.1.1, level 1)', () => {
  it('loss ln 2 at margin 0; one SGD step on a tabular policy moves the logits by lr·β·(1 − σ(z))·(e_w − e_l)', () => {
    const theta = [0.3, -0.2, 0.5, 0, 0.1, -0.4];
    const ref = logSoftmax(theta);
    const first = banditDpo('tabular', theta, [], ref, 1, 2, 0.1);
    expect(first.loss).toBeCloseTo(Math.LN2, 12);
    expect(first.weight).toBeCloseTo(0.5, 12);
    const lr = 2;
    const next = theta.map((x, k) => x - lr * first.grad[k]!);
    const expected = theta.map((x, k) => x + lr * 0.1 * 0.5 * (k === 1 ? 1 : k === 2 ? -1 : 0));
    next.forEach((x, k) => expect(x).toBeCloseTo(expected[k]!, 14));
  });
  it('tabular: a DPO step never lowers π(chosen), whatever the logits, pair, β and step size', () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: 6, maxLength: 6 }),
      fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: 6, maxLength: 6 }),
      fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.01, max: 1, noNaN: true }),
      fc.double({ min: 0.001, max: 5, noNaN: true }),
      (theta, refLogits, w, shift, beta, lr) => {
        const l = (w + shift) % 6;
        const step = banditDpo('tabular', theta, [], logSoftmax(refLogits), w, l, beta);
        const before = logSoftmax(theta)[w]!;
        const after = logSoftmax(theta.map((x, k) => x - lr * step.grad[k]!))[w]!;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }));
  });
  it('shared features: the same step can lower π(chosen) while the margin grows (preferring "No" over "Never" raises "Yes")', () => {
    // Features (F = 2): No and Never are near-identical; Yes sits far along the direction that separates them.
    const features = [[1, -3], [1, 0.9], [1, 1.1]]; // Yes, No, Never
    const theta = [0, 0];
    const ref = logSoftmax(banditLogits('shared', theta, features));
    const step = banditDpo('shared', theta, features, ref, 1, 2, 0.1); // chosen No, rejected Never
    const next = theta.map((x, j) => x - 5 * step.grad[j]!);
    const after = logSoftmax(banditLogits('shared', next, features));
    expect(after[1]!).toBeLessThan(ref[1]!); // π(No) fell
    expect(after[0]!).toBeGreaterThan(ref[0]!); // π(Yes) rose
    expect(after[1]! - after[2]!).toBeGreaterThan(ref[1]! - ref[2]!); // the margin still grew
  });
  it('the shared gradient is the tabular one pulled back through the features', () => {
    const features = [[1, 0], [0.5, 2], [-1, 1]];
    const theta = [0.2, -0.3];
    const ref = [-1, -1.2, -1.1];
    const s = banditDpo('shared', theta, features, ref, 0, 2, 0.5);
    const h = 1e-6;
    theta.forEach((_, j) => {
      const up = [...theta], down = [...theta];
      up[j]! += h;
      down[j]! -= h;
      const fd = (banditDpo('shared', up, features, ref, 0, 2, 0.5).loss - banditDpo('shared', down, features, ref, 0, 2, 0.5).loss) / (2 * h);
      expect(s.grad[j]).toBeCloseTo(fd, 8);
    });
  });
});
