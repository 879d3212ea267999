import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { MARGIN, MIN_WIDTH, panelDomain, panelGeometry, panelPaths } from './chart';
import { DEFAULTS, PLOT_DISTANCES, computeDecay, type DecayOk, type DecayState } from './model';

const en = formatFor('en');
const STATE: DecayState = { base: DEFAULTS.base, scaling: DEFAULTS.scaling, distance: DEFAULTS.distance, headDim: DEFAULTS.headDim };
const ok = (s: Partial<DecayState> = {}) => computeDecay({ ...STATE, ...s }) as DecayOk;

describe('the lines', () => {
  it('join every plotted distance; the chosen distance is a dot at its exact value', () => {
    const r = ok({ distance: 54_410 });
    const g = panelGeometry(r, 'bound', 640, 230, en);
    expect(g.paths.reference.match(/[ML]/g)!.length).toBe(PLOT_DISTANCES.length);
    const y = (v: number) => 230 - MARGIN.bottom - ((230 - MARGIN.bottom - MARGIN.top) * v) / ((r.pairs + 1) / 2);
    expect(g.chosen.points.reference.y).toBeCloseTo(y(r.reference.reading.bound), 9);
  });
  it('the paths do not depend on the chosen distance (a view keeps them while the distance moves)', () => {
    const a = ok({ distance: 10 });
    const b = ok({ distance: 100_000 });
    expect(panelDomain(a, 'bound')).toEqual(panelDomain(b, 'bound'));
    expect(panelGeometry(a, 'bound', 640, 230, en).paths).toEqual(panelGeometry(b, 'bound', 640, 230, en).paths);
    const curves = { reference: a.reference.curve, compared: a.compared.curve };
    expect(panelPaths(curves, 'ones', 640, 230, MARGIN, panelDomain(a, 'ones'))).toEqual(panelGeometry(a, 'ones', 640, 230, en).paths);
  });
  it('every value drawn lies inside the panel, at any head dimension and base', () => {
    for (const s of [{}, { headDim: '64' as const, base: 2 }, { headDim: '256' as const, base: 1e9, scaling: 'llama31' as const }]) {
      const r = ok(s);
      for (const m of ['bound', 'ones'] as const) {
        const g = panelGeometry(r, m, 640, 230, en);
        const nums = [...g.paths.reference.matchAll(/-?\d+(\.\d+)?/g), ...g.paths.compared.matchAll(/-?\d+(\.\d+)?/g)].map((x) => Number(x[0]));
        const ys = nums.filter((_, i) => i % 2 === 1);
        expect(Math.min(...ys)).toBeGreaterThanOrEqual(MARGIN.top - 0.05);
        expect(Math.max(...ys)).toBeLessThanOrEqual(230 - MARGIN.bottom + 0.05);
      }
    }
  });
  it('markers tell the lines apart without colour: circles at 1, 4, … 65,536; squares at 2, 8, … 131,072', () => {
    const g = panelGeometry(ok(), 'bound', 640, 230, en);
    expect(g.markers.reference.length).toBe(9);
    expect(g.markers.compared.length).toBe(9);
    expect(g.markers.compared.at(-1)!.x).toBeCloseTo(640 - MARGIN.right, 6);
    expect(g.markers.reference[0]!.x).toBeCloseTo(MARGIN.left, 6);
  });
});

describe('marks from the computation', () => {
  it('the longest-wavelength line of 10,000 sits at 54,410 on the log axis; 500,000’s is off the axis', () => {
    const g = panelGeometry(ok(), 'bound', 640, 230, en);
    const x = (d: number) => MARGIN.left + (640 - MARGIN.left - MARGIN.right) * (Math.log(d) / Math.log(131_072));
    expect(g.wraps).toHaveLength(1);
    expect(g.wraps[0]!.id).toBe('reference');
    expect(g.wraps[0]!.x).toBeCloseTo(x(54_410.14), 1);
    expect(g.falls.map((f) => f.id)).toEqual(['reference', 'compared']);
    expect(g.falls[0]!.x).toBeCloseTo(x(18), 6);
    expect(panelGeometry(ok(), 'ones', 640, 230, en).falls).toEqual([]);
  });
  it('a second base with its own longest wavelength on the axis gets a second line, its label on a second row', () => {
    const g = panelGeometry(ok({ base: 1_000 }), 'bound', 640, 230, en);
    expect(g.wraps.map((w) => [w.id, w.row])).toEqual([['reference', 0], ['compared', 1]]);
  });
  it('the all-ones panel has a zero line and room for the lowest value', () => {
    const g = panelGeometry(ok(), 'ones', 640, 230, en);
    expect(g.zeroY).not.toBeNull();
    expect(g.yTicks.map((t) => t.label)).toEqual(['−0.5', '0', '0.5', '1']);
  });
});

describe('narrow screens', () => {
  it('at the narrowest width the x labels are at least 36 px apart (“64K” is about 20 px at 11 px)', () => {
    const g = panelGeometry(ok(), 'bound', MIN_WIDTH, 200, en);
    const gaps = g.xTicks.slice(1).map((t, i) => t.pos - g.xTicks[i]!.pos);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(36);
    expect(g.xTicks.map((t) => t.label)).toEqual(['1', '16', '256', '4K', '64K']);
  });
  it('wide panels label every second power of two', () => {
    expect(panelGeometry(ok(), 'bound', 640, 230, en).xTicks.map((t) => t.label)).toEqual(['1', '4', '16', '64', '256', '1K', '4K', '16K', '64K']);
  });
});
