import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { MARGIN, isoGeometry, lawGeometry } from './chart';
import { DEFAULTS, computeScaling, type ScalingOk } from './model';

const r = computeScaling(DEFAULTS) as ScalingOk;
/** A label's box, with 11 px text at about 6.5 px a character (wider for CJK: not used in these labels). */
const box = (x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end') => {
  const w = text.length * 6.5;
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  return { x0, x1: x0 + w, y0: y - 9, y1: y + 2 };
};
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe.each([250, 330, 600])('charts at %i px', (width) => {
  const f = formatFor('en');
  it('the Llama labels on the law chart do not overlap each other and stay inside the chart', () => {
    const g = lawGeometry(r, width, 260, f);
    const names: Record<string, string> = { 'llama3-8b': '8B', 'llama3-70b': '70B', 'llama3-405b': '405B', 'llama2-70b-l2': 'Llama 2 70B' };
    const boxes = g.placements.filter((p) => p.label).map((p) => {
      const dx = p.anchor === 'end' ? -7 : p.anchor === 'start' ? 7 : 0;
      return box(p.p.x + dx, p.p.y + p.dy, names[p.key]!, p.anchor);
    });
    expect(boxes).toHaveLength(4);
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i]!.x0).toBeGreaterThanOrEqual(MARGIN.left - 20);
      expect(boxes[i]!.x1).toBeLessThanOrEqual(width);
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${i} ${j}`).toBe(false);
    }
  });
  it('the IsoFLOP budget labels stay inside the plot and clear of the other curves’ runs', () => {
    const h = 210;
    const g = isoGeometry(r.reenactment, width, h, f);
    const labelled = g.curves.filter((c) => c.label);
    expect(labelled).toHaveLength(2);
    for (const c of labelled) {
      const b = box(c.label!.x, c.label!.y, c === labelled[0] ? '6 × 10¹⁸ FLOPs' : '10²² FLOPs', c.label!.anchor);
      expect(b.x1).toBeLessThanOrEqual(width);
      expect(b.y1).toBeLessThanOrEqual(h - MARGIN.bottom);
      for (const other of g.curves) for (const p of other.points) {
        expect(p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1, `${other.flops} run under a label`).toBe(false);
      }
    }
  });
  it('the law chart’s lines and ticks are finite', () => {
    const g = lawGeometry(r, width, 260, f);
    for (const l of g.lines) expect(l.path).not.toMatch(/NaN|Infinity/);
    expect(g.yTicks.map((t) => t.label)).toEqual(['1B', '10B', '100B', '1T', '10T', '100T', '10¹⁵']);
  });
});
