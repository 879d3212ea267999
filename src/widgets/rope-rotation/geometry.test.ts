import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arcPath, arrow, dialDrawing, pairDrawing, polar } from './geometry';

const c = { x: 100, y: 100 };

describe('drawing geometry (SVG y points down)', () => {
  it('polar: 0 is to the right, π/2 is up', () => {
    expect(polar(c, 10, 0)).toEqual({ x: 110, y: 100 });
    const up = polar(c, 10, Math.PI / 2);
    expect(up.x).toBeCloseTo(100, 12);
    expect(up.y).toBeCloseTo(90, 12);
  });
  it('arcs: counter-clockwise is sweep 0, clockwise 1; nothing for a zero turn; a wedge closes through the centre', () => {
    expect(arcPath(c, 10, 0, Math.PI / 2)).toBe('M 110 100 A 10 10 0 0 0 107.07 92.93 A 10 10 0 0 0 100 90');
    expect(arcPath(c, 10, 0, -Math.PI / 2)).toBe('M 110 100 A 10 10 0 0 1 107.07 107.07 A 10 10 0 0 1 100 110');
    expect(arcPath(c, 10, 0, 0)).toBe('');
    expect(arcPath(c, 10, 1, Number.NaN)).toBe('');
    expect(arcPath(c, 10, 0, Math.PI, true)).toMatch(/^M 100 100 L 110 100 A .* Z$/);
  });
  it('an arc ends at its end angle for any turn up to a full one', () => {
    fc.assert(fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -6.28, max: 6.28, noNaN: true }), (from, by) => {
      const d = arcPath(c, 50, from, by);
      if (Math.abs(by) <= 1e-4) { expect(d).toBe(''); return; }
      const nums = d.split(/[ MA]+/).filter(Boolean).map(Number);
      const end = polar(c, 50, from + by);
      expect(nums.at(-2)!).toBeCloseTo(end.x, 1);
      expect(nums.at(-1)!).toBeCloseTo(end.y, 1);
    }));
  });
  it('an arrow’s head ends at the tip; a zero-length arrow draws nothing', () => {
    const a = arrow(c, { x: 200, y: 100 }, 10);
    expect(a.shaft).toBe('M 100 100 L 190 100');
    expect(a.head).toBe('M 200 100 L 190 104.5 L 190 95.5 Z');
    expect(arrow(c, c, 10)).toEqual({ shaft: '', head: '' });
  });
  it('a pair drawing puts every vector on the rim (directions only), labels beyond the tips', () => {
    const d = pairDrawing(c, 80, { q: [0, 2], k: [-0.5, 0], signed: -Math.PI / 2 }, { q: [3, 0], k: [0, 0.1] }, 8, 10);
    const near = (p: { x: number; y: number }, x: number, y: number) => { expect(p.x).toBeCloseTo(x, 9); expect(p.y).toBeCloseTo(y, 9); };
    near(d.q.tip, 100, 20);
    near(d.k.tip, 20, 100);
    near(d.q.label, 100, 10);
    near(d.k.label, 10, 100);
    near(d.q0.to, 180, 100);
    near(d.k0.to, 100, 20);
    expect(d.between).toMatch(/^M 77\.6 100 A/);
  });
  it('a dial’s hand is at its angle and its wedge starts at 0', () => {
    const g = dialDrawing({ x: 0, y: 0 }, 11, Math.PI);
    expect(g.hand.x).toBeCloseTo(-11, 12);
    expect(g.wedge.startsWith('M 0 0 L 11 0 A')).toBe(true);
    expect(dialDrawing({ x: 0, y: 0 }, 11, 0).wedge).toBe('');
  });
});
