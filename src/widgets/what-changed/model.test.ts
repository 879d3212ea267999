import { describe, expect, it } from 'vitest';
import { trainingFlops } from '../../lib/llama';
import { evaluateState } from '../param-counter/model';
import { fields as counterParams } from '../param-counter/meta';
import { defaultsOf } from '../../lib/urlState';
import { barExtent, compareRows, describe as describeState, modelsFor } from './model';

const row = (size: '8b' | '70b' | '405b', id: string) => {
  const r = compareRows(size).find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

describe('what-changed model', () => {
  it('pairs each Llama 3 size with its Llama 2 counterpart (405B with the largest, 70B)', () => {
    expect([modelsFor('8b').llama2.name, modelsFor('8b').llama3.name]).toEqual(['Llama 2 7B', 'Llama 3.1 8B']);
    expect(modelsFor('405b').llama2.name).toBe('Llama 2 70B');
  });
  it('shows exact parameter counts', () => {
    expect(row('8b', 'params').llama3.note).toBe('8,030,261,248 exactly');
    expect(row('8b', 'params').llama2.note).toBe('6,738,415,616 exactly');
    expect(row('405b', 'params').llama3.text).toBe('405.9B');
    expect(row('8b', 'params').llama3.text).toBe('8.0B');
    expect(row('70b', 'params').llama3.text).toBe('70.6B');
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
    expect(row('8b', 'compute').llama3.value).toBe(Number(trainingFlops(8_030_261_248n, 15e12)));
  });
  it('8B: 6·N·D with “about 15T” tokens is 7.2 × 10²³, the same number param-counter shows (issue 9, item 4)', () => {
    const c = row('8b', 'compute').llama3;
    expect(c.value).toBe(6 * 8_030_261_248 * 15e12);
    expect(c.text).toBe('≈7.2 × 10²³');
    const counter = evaluateState(defaultsOf(counterParams));
    expect(counter.ok && Number(counter.report.training.ok && counter.report.training.flops)).toBe(c.value);
    expect(row('8b', 'tokens').llama3.text).toBe('about 15T');
    expect(row('70b', 'tokens').llama3.value).toBe(15e12);
  });
  it('computed compute is 6·N·D on each model’s documented tokens (exact §B.1 counts × 15T or 2.0T)', () => {
    expect(row('70b', 'compute').llama3.value).toBe(6 * 70_553_706_496 * 15e12);
    expect(row('70b', 'compute').llama2.value).toBe(6 * 68_976_648_192 * 2e12);
    expect(row('8b', 'compute').llama2.value).toBe(6 * 6_738_415_616 * 2e12);
    expect(row('405b', 'compute').llama2.value).toBe(row('70b', 'compute').llama2.value);
  });
  it('reports both Llama 2 token figures', () => {
    const t = row('70b', 'tokens');
    expect(t.llama2.text).toBe('2.0T');
    expect(t.llama2.note).toContain('1.8T');
    expect(t.llama2.cite).toBe('Llama 2 paper, Table 1; Report §1 (1.8T)');
  });
  it('vocabulary, context, θ and KV heads match Table 3 and Llama 2', () => {
    expect(row('8b', 'vocab').llama3.text).toBe('128,256');
    expect(row('8b', 'vocab').llama2.text).toBe('32,000');
    expect(row('8b', 'context').llama3.text).toBe('131,072');
    expect(row('8b', 'context').llama3.note).toBe('Llama 3.1 8B; Llama 3 8B (April 2024): 8,192');
    expect(row('70b', 'context').llama3.note).toBe('Llama 3.1 70B; Llama 3 70B (April 2024): 8,192');
    expect(row('405b', 'context').llama3.note).toMatch(/^Llama 3\.1 405B only;/);
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
