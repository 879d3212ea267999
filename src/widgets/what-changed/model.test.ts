import { describe, expect, it } from 'vitest';
import { barExtent, compareRows, describe as describeState, PAIRS, trainingFlops } from './model';

const row = (size: '8b' | '70b' | '405b', id: string) => {
  const r = compareRows(size).find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

describe('what-changed model', () => {
  it('pairs each Llama 3 size with its Llama 2 counterpart (405B with the largest, 70B)', () => {
    expect(PAIRS['8b']).toEqual({ llama2: 'llama2-7b', llama3: 'llama3-8b' });
    expect(PAIRS['405b'].llama2).toBe('llama2-70b');
  });
  it('shows exact parameter counts', () => {
    expect(row('8b', 'params').llama3.note).toBe('8,030,261,248 exactly');
    expect(row('8b', 'params').llama2.note).toBe('6,738,415,616 exactly');
    expect(row('405b', 'params').llama3.text).toBe('406B');
  });
  it('uses the report’s stated 405B compute and token count', () => {
    const c = row('405b', 'compute');
    expect(c.llama3.value).toBe(3.8e25);
    expect(c.llama3.text).toBe('3.8 × 10²⁵');
    expect(row('405b', 'tokens').llama3.text).toBe('15.6T');
  });
  it('405B compute is "almost 50×" the largest Llama 2 (6·N·D on 2.0T tokens)', () => {
    const ratio = row('405b', 'compute').ratio!;
    expect(ratio).toBeGreaterThan(40);
    expect(ratio).toBeLessThan(50);
  });
  it('labels computed compute as an estimate', () => {
    expect(row('8b', 'compute').llama3.note).toBe('6·N·D estimate');
    expect(row('8b', 'compute').llama3.value).toBeCloseTo(trainingFlops(8_030_261_248, 15e12), 0);
  });
  it('reports both Llama 2 token figures', () => {
    const t = row('70b', 'tokens');
    expect(t.llama2.text).toBe('2.0T');
    expect(t.llama2.note).toContain('1.8T');
  });
  it('vocabulary, context, θ and KV heads match Table 3 and Llama 2', () => {
    expect(row('8b', 'vocab').llama3.text).toBe('128,256');
    expect(row('8b', 'vocab').llama2.text).toBe('32,000');
    expect(row('8b', 'context').llama3.text).toBe('131,072');
    expect(row('8b', 'context').llama2.text).toBe('4,096');
    expect(row('70b', 'theta').ratio).toBe(50);
    expect(row('8b', 'kvHeads').llama2.text).toBe('32 of 32');
    expect(row('8b', 'kvHeads').llama3.text).toBe('8 of 32');
    expect(row('405b', 'kvHeads').llama3.text).toBe('8 of 128');
    expect(row('70b', 'kvHeads').llama2.note).toBe('grouped-query attention');
  });
  it('log bars span whole decades that contain both values', () => {
    for (const size of ['8b', '70b', '405b'] as const) {
      for (const r of compareRows(size)) {
        const e = barExtent(r);
        if (r.scale === 'none') { expect(e).toBeNull(); continue; }
        expect(e).not.toBeNull();
        const [lo, hi] = e!.domain;
        expect(lo).toBeLessThan(Math.min(r.llama2.value!, r.llama3.value!));
        expect(hi).toBeGreaterThanOrEqual(Math.max(r.llama2.value!, r.llama3.value!));
      }
    }
  });
  it('describes the comparison in words, with no NaN', () => {
    const text = describeState('405b');
    expect(text).toMatch(/^Llama 2 70B compared with Llama 3.1 405B\./);
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });
});
