import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { MARGIN, chartGeometry, spreadLabels } from './chart';
import { DEFAULTS, computeCost, type CostOk, type CostState } from './model';

const ok = (s: Partial<CostState> = {}) => computeCost({ ...DEFAULTS, ...s }) as CostOk;
const fmt = formatFor('en');

describe('attention-cost chart geometry', () => {
  it('two lines per model, a third for the mask; the crossovers in order 8B, 70B, 405B, left to right', () => {
    const g = chartGeometry(ok({ docLen: 8_192 }), fmt, 640, 280);
    expect(g.lines.filter((l) => l.kind !== 'masked')).toHaveLength(6);
    const masked = g.lines.filter((l) => l.kind === 'masked');
    expect(masked).toHaveLength(1);
    expect(masked[0]!.points).toHaveLength(3); // bends at 8,192
    expect(masked[0]!.points[1]!.y).toBeCloseTo(masked[0]!.points[2]!.y, 9); // flat after the document length
    expect(g.crossovers.map((c) => c.model)).toEqual(['llama3-8b', 'llama3-70b', 'llama3-405b']);
    const xs = g.crossovers.map((c) => c.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(g.lines.slice(-3).every((l) => l.selected)).toBe(true); // the chosen model drawn last
  });
  it('every point lies inside the plot at 320 px and 1,280 px', () => {
    for (const width of [250, 1_200]) {
      const g = chartGeometry(ok({ docLen: 300, context: 1_024, count: 'full' }), fmt, width, 280);
      for (const p of g.lines.flatMap((l) => l.points)) {
        expect(p.x).toBeGreaterThanOrEqual(MARGIN.left - 1e-9);
        expect(p.x).toBeLessThanOrEqual(width - MARGIN.right + 1e-9);
        expect(p.y).toBeGreaterThanOrEqual(MARGIN.top - 1e-9);
        expect(p.y).toBeLessThanOrEqual(280 - MARGIN.bottom + 1e-9);
      }
    }
  });
  it('margin labels never come closer than 13 px, whatever the lines (property)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 1, maxLength: 3 }), (ys) => {
      const out = spreadLabels(ys, 13, 20, 240).sort((a, b) => a - b);
      for (let i = 1; i < out.length; i++) expect(out[i]! - out[i - 1]!).toBeGreaterThanOrEqual(13 - 1e-9);
      for (const y of out) { expect(y).toBeGreaterThanOrEqual(20 - 13 * 3); expect(y).toBeLessThanOrEqual(240); }
    }));
  });
});
