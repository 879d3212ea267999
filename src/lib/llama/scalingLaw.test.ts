import { describe, expect, it } from 'vitest';
import { CHINCHILLA_SURFACE, ISOFLOP_RANGE, SCALING_LAW_FIGURE, SCALING_LAW_STATED, SCALING_LAW_TEXT } from '../../data/pretraining';
import { fitParabola, fitPowerLaw, isoFlopCurve, logSpaced, parabolaMinimum, powerLaw, surfaceOptimum, tokensAt } from './scalingLaw';

const C = SCALING_LAW_STATED.value.flops;

describe('the report\'s power law at 3.8 × 10²⁵ FLOPs (facts §B.4, design §0.1)', () => {
  it('the text\'s (0.53, 0.29) gives 10.46T tokens, i.e. 605B parameters — not 16.55T', () => {
    const D = powerLaw(C, SCALING_LAW_TEXT.value);
    expect(D / 1e12).toBeCloseTo(10.46, 2);
    expect(tokensAt(C, D) / 1e9).toBeCloseTo(605, 0);
  });
  it('Figure 3\'s legend (0.537, 0.299) gives 16.29T tokens, 389B parameters', () => {
    const D = powerLaw(C, SCALING_LAW_FIGURE.value);
    expect(D / 1e12).toBeCloseTo(16.29, 2);
    expect(Math.round(tokensAt(C, D) / 1e9)).toBe(389);
  });
  it('the stated 402B × 16.55T needs 3.99 × 10²⁵ FLOPs at 6ND, 5% above 3.8 × 10²⁵', () => {
    const { params, tokens } = SCALING_LAW_STATED.value;
    expect((6 * params * tokens) / 1e25).toBeCloseTo(3.99, 2);
  });
});

describe('fits', () => {
  it('a parabola through exact points is recovered, with its minimum', () => {
    const xs = [7, 8, 9, 10, 11], ys = xs.map((x) => 2 + 0.5 * (x - 9.3) ** 2);
    const fit = fitParabola(xs, ys)!;
    expect(parabolaMinimum(fit)).toBeCloseTo(9.3, 10);
    expect(fitParabola([1, 2], [1, 2])).toBeNull();
    expect(parabolaMinimum([0, 1, -1])).toBeNull();
  });
  it('a power law through exact points is recovered', () => {
    const cs = [1e19, 1e20, 1e21, 1e22], law = { alpha: 0.53, A: 0.29 };
    const fit = fitPowerLaw(cs, cs.map((c) => powerLaw(c, law)))!;
    expect(fit.alpha).toBeCloseTo(0.53, 10);
    expect(fit.A).toBeCloseTo(0.29, 8);
  });
});

describe('re-enacting the IsoFLOP procedure on Chinchilla\'s surface', () => {
  const s = CHINCHILLA_SURFACE.value;
  const budgets = logSpaced(ISOFLOP_RANGE.value.minFlops, ISOFLOP_RANGE.value.maxFlops, 8);
  it('recovers the surface\'s token exponent b = α/(α+β) = 0.548 within 0.01, and its optima within 5%', () => {
    const curves = budgets.map((c) => {
      const opt = surfaceOptimum(c, s).params;
      return isoFlopCurve(c, logSpaced(opt / 4, opt * 4, 9), s); // a centred, ±4× grid
    });
    const law = fitPowerLaw(budgets, curves.map((c) => c.optimumTokens!))!;
    expect(Math.abs(law.alpha - surfaceOptimum(1e20, s).b)).toBeLessThan(0.01);
    for (const c of curves) expect(Math.abs(c.optimumParams! / surfaceOptimum(c.flops, s).params - 1)).toBeLessThan(0.05);
  });
  it('the exact optimum spends the budget: 6·N·D = C', () => {
    const o = surfaceOptimum(1e22, s);
    expect((6 * o.params * o.tokens) / 1e22).toBeCloseTo(1, 10);
  });
});
