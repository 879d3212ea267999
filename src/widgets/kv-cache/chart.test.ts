import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { DTYPE_IDS } from '../../lib/llama';
import { defaultsOf } from '../../lib/urlState';
import { chartGeometry } from './chart';
import { en as words } from './messages.en';
import { fields } from './meta';
import { ATTENTION_KINDS, MODEL_CHOICES, computeKv, type KvOk, type KvState } from './model';

const defaults = defaultsOf(fields) as KvState;
const ok = (s: Partial<KvState>): KvOk => {
  const r = computeKv({ ...defaults, ...s });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};

const en = formatFor('en');

describe('kv-cache chart geometry', () => {
  it('labels the context axis with K = 1,024 and M = 1,048,576', () => {
    expect(chartGeometry(ok({}), 'gib', en, 640, 290).xTicks.map((t) => t.label)).toEqual(
      ['1', '4', '16', '64', '256', '1K', '4K', '16K', '64K', '256K', '1M'],
    );
  });
  it('default: the GQA line sits 4× (2 octaves) below MHA and 8× above MQA; the marker is on it at 128K', () => {
    const g = chartGeometry(ok({}), 'gib', en, 640, 290);
    const [mha, gqa, mqa] = g.series;
    expect(mha!.kind).toBe('mha');
    const perOctave = (g.series[0]!.y1 - g.series[0]!.y2) / 20; // px per factor 2 (the line spans 2^20 in x and y)
    expect(gqa!.y1 - mha!.y1).toBeCloseTo(2 * perOctave, 6);
    expect(mqa!.y1 - gqa!.y1).toBeCloseTo(3 * perOctave, 6);
    expect(gqa!.selected).toBe(true);
    const t = (g.marker.x - gqa!.x1) / (gqa!.x2 - gqa!.x1);
    expect(g.marker.y).toBeCloseTo(gqa!.y1 + t * (gqa!.y2 - gqa!.y1), 6);
    expect(t).toBeCloseTo(17 / 20, 9);
    expect(g.maxContextX).toBeCloseTo(g.marker.x, 9); // 8B's window is 131,072
  });
  it('draws both GPU lines with labels on opposite sides, and the weights line', () => {
    const g = chartGeometry(ok({}), 'gib', en, 640, 290);
    const h100 = g.hlines.find((h) => h.id === 'h100')!;
    const h200 = g.hlines.find((h) => h.id === 'h200')!;
    // The labels are the catalogue's (messages.ts), as the view draws them.
    expect(words.gpuLine('h100', en)).toBe('H100 80 GB');
    expect(words.gpuLine('h200', en)).toBe('H200 141 GB');
    expect(h200.y).toBeLessThan(h100.y);
    expect(h200.labelSide).toBe('above');
    expect(h100.labelSide).toBe('below');
    expect(h100.selected).toBe(true);
    expect(g.hlines.map((h) => h.id)).toEqual(['h100', 'h200', 'weights']);
    expect(words.weightsLine('bf16')).toBe('weights (bf16)');
  });
  it('keeps every coordinate finite and inside the frame for any valid state and width', () => {
    const state = fc.record({
      model: fc.constantFrom(...MODEL_CHOICES.filter((m) => m !== 'custom')),
      attention: fc.constantFrom(...ATTENTION_KINDS),
      dtype: fc.constantFrom(...DTYPE_IDS),
      context: fc.integer({ min: 1, max: 1_048_576 }),
      batch: fc.integer({ min: 1, max: 1_024 }),
      unit: fc.constantFrom('gib' as const, 'gb' as const),
    });
    fc.assert(fc.property(state, fc.integer({ min: 260, max: 1_400 }), (s, width) => {
      const g = chartGeometry(ok(s), s.unit, en, width, 290);
      const ys = [...g.series.flatMap((l) => [l.y1, l.y2]), ...g.hlines.map((h) => h.y), g.marker.y, ...g.yTicks.map((t) => t.pos)];
      const xs = [...g.series.flatMap((l) => [l.x1, l.x2]), g.marker.x, ...g.xTicks.map((t) => t.pos)];
      for (const v of ys) { expect(Number.isFinite(v)).toBe(true); expect(v).toBeGreaterThanOrEqual(g.margin.top - 1e-6); expect(v).toBeLessThanOrEqual(290 - g.margin.bottom + 1e-6); }
      for (const v of xs) { expect(Number.isFinite(v)).toBe(true); expect(v).toBeGreaterThanOrEqual(g.margin.left - 1e-6); expect(v).toBeLessThanOrEqual(width - g.margin.right + 1e-6); }
      expect(g.yTicks.length).toBeGreaterThanOrEqual(2);
      expect(g.xTicks.length).toBeGreaterThanOrEqual(3);
      for (const t of [...g.xTicks, ...g.yTicks]) expect(t.label).not.toMatch(/NaN|Infinity|undefined/);
    }), { numRuns: 200 });
  });
});
