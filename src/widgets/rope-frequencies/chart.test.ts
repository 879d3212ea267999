// Geometry of the rope-frequencies charts: labels never overlap (down to a 320 px screen), everything drawn stays in
// its plot, the band strips cover every pair once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { LABEL_GAP, MIN_CHART_WIDTH, dodge, errorGeometry, ratioGeometry, spectrumGeometry } from './chart';
import { DEFAULTS, computeRope, type RopeState } from './model';

const f = formatFor('en');
const margin = { top: 24, right: 42, bottom: 40, left: 40 };
const run = (s: Partial<RopeState> = {}) => computeRope({ ...DEFAULTS, ...s })!;
const curvesOf = (s: Partial<RopeState> = {}) => { const r = run(s); return r.scaling?.ok ? r.scaling.curves : []; };

describe('dodge', () => {
  it('keeps labels at least `gap` apart and inside the band whenever they fit', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -50, max: 400, noNaN: true }), { maxLength: 8 }), (want) => {
      const ys = dodge(want, LABEL_GAP, 10, 300);
      const sorted = [...ys].sort((a, b) => a - b);
      for (let k = 1; k < sorted.length; k++) expect(sorted[k]! - sorted[k - 1]!).toBeGreaterThanOrEqual(LABEL_GAP - 1e-9);
      for (const y of ys) { expect(y).toBeGreaterThanOrEqual(10 - 1e-9); expect(y).toBeLessThanOrEqual(300 + 1e-9); }
    }));
  });
  it('leaves labels that are already apart where they are, in order', () => {
    expect(dodge([100, 50, 200], 13, 0, 300)).toEqual([100, 50, 200]);
    expect(dodge([100, 101], 13, 0, 300)).toEqual([100, 113]);
  });
});

describe('the spectrum at every width down to a 320 px screen', () => {
  for (const width of [MIN_CHART_WIDTH, 250, 640, 1200]) {
    it(`${width} px: line labels apart, series inside the plot`, () => {
      for (const s of [{}, { method: 'none' as const, base: 10_000 }, { method: 'yarn' as const, headDim: '256' as const }, { method: 'dynamic' as const, seqLen: 16_777_216 }]) {
        const r = run(s);
        const g = spectrumGeometry(r, curvesOf(s), f, width, 290, margin);
        const ys = g.lines.map((l) => l.labelY).sort((a, b) => a - b);
        for (let k = 1; k < ys.length; k++) expect(ys[k]! - ys[k - 1]!).toBeGreaterThanOrEqual(LABEL_GAP - 1e-9);
        for (const series of g.series) {
          for (const m of series.d.matchAll(/[ML]([\d.]+),([\d.]+)/g)) {
            expect(Number(m[1])).toBeGreaterThanOrEqual(margin.left - 1e-6);
            expect(Number(m[1])).toBeLessThanOrEqual(width - margin.right + 1e-6);
            expect(Number(m[2])).toBeGreaterThanOrEqual(margin.top - 1e-6);
            expect(Number(m[2])).toBeLessThanOrEqual(290 - margin.bottom + 1e-6);
          }
        }
        // Pair ticks at least 40 px apart, so their labels never meet.
        const xs = g.xTicks.map((t) => t.pos);
        for (let k = 1; k < xs.length; k++) expect(xs[k]! - xs[k - 1]!).toBeGreaterThanOrEqual(20);
        expect(g.thetaTicks.length).toBeLessThanOrEqual(g.yTicks.length);
      }
    });
  }
});

describe('the ratio chart and its strips', () => {
  it('each strip’s runs tile the plot from left to right, and the runs add up to every pair', () => {
    for (const s of [{}, { method: 'yarn' as const }, { method: 'pi' as const }, { method: 'yarn' as const, headDim: '64' as const, ramp: 'code' as const }]) {
      const r = run(s);
      const g = ratioGeometry(r.pairs, curvesOf(s), 8, f, 250, 150, { top: 8, right: 12, bottom: 40, left: 44 });
      expect(g.strips.length).toBeGreaterThan(0);
      for (const strip of g.strips) {
        expect(strip.runs[0]!.x).toBe(44);
        const last = strip.runs[strip.runs.length - 1]!;
        expect(last.x + last.w).toBeCloseTo(250 - 12, 9);
        for (let k = 1; k < strip.runs.length; k++) expect(strip.runs[k]!.x).toBeCloseTo(strip.runs[k - 1]!.x + strip.runs[k - 1]!.w, 9);
        expect(strip.runs.reduce((n, run) => n + run.last - run.first + 1, 0)).toBe(r.pairs);
        // The strips sit above the plot.
        expect(strip.y + g.stripH).toBeLessThan(g.margin.top);
      }
      expect(g.divideY).not.toBeNull();
    }
  });
  it('no strips for NTK-aware and dynamic NTK (no bands); the 1/s line sits on the divided pairs', () => {
    const g = ratioGeometry(64, curvesOf({ method: 'ntk' }), 8, f, 400, 150, { top: 8, right: 12, bottom: 40, left: 44 });
    expect(g.strips).toEqual([]);
    expect(g.yTicks.map((t) => t.label)).toEqual(['1/8', '1/4', '1/2', '1']);
  });
});

it('the error chart always shows π, inside the plot', () => {
  for (const position of [0, 100, 8_192, 131_071, 16_777_216]) {
    const g = errorGeometry(64, curvesOf({ position }), f, 250, 200, { top: 16, right: 12, bottom: 40, left: 44 });
    expect(g.piY).toBeGreaterThanOrEqual(16);
    expect(g.piY).toBeLessThanOrEqual(160);
  }
});
