import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { defaultsOf } from '../../lib/urlState';
import { evaluateState } from '../param-counter/model';
import { fields as counterFields } from '../param-counter/meta';
import { en } from './messages.en';
import { barExtent, compareRows, modelsFor, summarize } from './model';

const f = formatFor('en');

const row = (size: '8b' | '70b' | '405b', id: string) => {
  const r = compareRows(size).find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
/** A cell as the reader sees it (the English catalogue). */
const words = (size: '8b' | '70b' | '405b', id: string, side: 'llama2' | 'llama3') => en.cell(row(size, id)[side], f);

describe('what-changed model', () => {
  it('pairs each Llama 3 size with its Llama 2 counterpart (405B with the largest, 70B)', () => {
    expect([modelsFor('8b').llama2.name, modelsFor('8b').llama3.name]).toEqual(['Llama 2 7B', 'Llama 3.1 8B']);
    expect(modelsFor('405b').llama2.name).toBe('Llama 2 70B');
  });
  it('shows exact parameter counts (facts §B.1)', () => {
    expect(row('8b', 'params').llama3.value).toBe(8_030_261_248);
    expect(row('8b', 'params').llama2.value).toBe(6_738_415_616);
    expect(row('405b', 'params').llama3.value).toBe(405_853_388_800);
    expect(words('8b', 'params', 'llama3').note).toBe('8,030,261,248 exactly');
    expect(words('8b', 'params', 'llama2').note).toBe('6,738,415,616 exactly');
    expect(words('405b', 'params', 'llama3').text).toBe('405.9B');
    expect(words('8b', 'params', 'llama3').text).toBe('8.0B');
    expect(words('70b', 'params', 'llama3').text).toBe('70.6B');
  });
  it('uses the report’s stated 405B compute and token count', () => {
    const c = row('405b', 'compute');
    expect(c.llama3.value).toBe(3.8e25);
    expect(c.llama3.computed).toBe(false);
    expect(words('405b', 'compute', 'llama3')).toEqual({ text: '3.8 × 10²⁵', note: 'stated in the report', source: 'Report §1' });
    expect(words('405b', 'tokens', 'llama3').text).toBe('15.6T');
  });
  it('405B compute is "almost 50×" the largest Llama 2 (6·N·D on 2.0T tokens)', () => {
    const ratio = row('405b', 'compute').ratio!;
    expect(ratio).toBeGreaterThan(40);
    expect(ratio).toBeLessThan(50);
  });
  it('labels computed compute as an estimate', () => {
    expect(words('8b', 'compute', 'llama3').note).toBe('6·N·D estimate');
    expect(row('8b', 'compute').llama3.computed).toBe(true);
    // 6 × 8,030,261,248 (facts §B.1) × 15 × 10¹² = 722,723,512,320,000,000,000,000
    expect(row('8b', 'compute').llama3.value).toBe(7.2272351232e23);
  });
  it('8B: 6·N·D with “about 15T” tokens is 7.2 × 10²³, the same number param-counter shows (issue 9, item 4)', () => {
    const c = row('8b', 'compute').llama3;
    expect(c.value).toBe(7.2272351232e23);
    expect(words('8b', 'compute', 'llama3').text).toBe('≈7.2 × 10²³');
    const counter = evaluateState(defaultsOf(counterFields));
    expect(counter.ok && Number(counter.report.training.ok && counter.report.training.flops)).toBe(c.value);
    expect(words('8b', 'tokens', 'llama3').text).toBe('about 15T');
    expect(row('70b', 'tokens').llama3.value).toBe(15e12);
  });
  it('computed compute is 6·N·D on each model’s documented tokens (exact §B.1 counts × 15T or 2.0T)', () => {
    // 6 × 70,553,706,496 × 15 × 10¹² = 6,349,833,584,640,000,000,000,000
    expect(row('70b', 'compute').llama3.value).toBe(6.34983358464e24);
    // 6 × 68,976,648,192 × 2.0 × 10¹² = 827,719,778,304,000,000,000,000
    expect(row('70b', 'compute').llama2.value).toBe(8.27719778304e23);
    // 6 × 6,738,415,616 × 2.0 × 10¹² = 80,860,987,392,000,000,000,000
    expect(row('8b', 'compute').llama2.value).toBe(8.0860987392e22);
    expect(row('405b', 'compute').llama2.value).toBe(8.27719778304e23);
  });
  it('a computed value says how it was computed, with no “Source:” before it; a documented one names its source', () => {
    for (const size of ['8b', '70b', '405b'] as const) {
      for (const r of compareRows(size)) {
        for (const c of [r.llama2, r.llama3]) {
          expect(c.computed).toBe(r.id === 'params' || (r.id === 'compute' && c.model.id !== 'llama3-405b'));
          expect(en.cell(c, f).source.startsWith('Computed')).toBe(c.computed);
        }
      }
    }
  });
  it('reports both Llama 2 token figures', () => {
    const t = words('70b', 'tokens', 'llama2');
    expect(t.text).toBe('2.0T');
    expect(t.note).toContain('1.8T');
    expect(t.source).toBe('Llama 2 paper, Table 1; Report §1 (1.8T)');
  });
  it('vocabulary, context, θ and KV heads match Table 3 and Llama 2', () => {
    expect(words('8b', 'vocab', 'llama3').text).toBe('128,256');
    expect(words('8b', 'vocab', 'llama3').note).toBe('128,000 BPE + 256 special (tiktoken)');
    expect(words('8b', 'vocab', 'llama3').source).toBe('Report §3.2, Table 3 (128,000); Meta llama-models code (256 special tokens)');
    expect(words('8b', 'vocab', 'llama2').text).toBe('32,000');
    expect(words('8b', 'context', 'llama3').text).toBe('131,072');
    expect(words('8b', 'context', 'llama3').note).toBe('Llama 3.1 8B; Llama 3 8B (April 2024): 8,192');
    expect(words('70b', 'context', 'llama3').note).toBe('Llama 3.1 70B; Llama 3 70B (April 2024): 8,192');
    expect(words('405b', 'context', 'llama3').note).toMatch(/^Llama 3\.1 405B only;/);
    expect(words('8b', 'context', 'llama2').text).toBe('4,096');
    expect(row('70b', 'theta').ratio).toBe(50);
    expect(words('8b', 'kvHeads', 'llama2').text).toBe('32 of 32');
    expect(words('8b', 'kvHeads', 'llama2').note).toBe('multi-head attention');
    expect(words('8b', 'kvHeads', 'llama3').text).toBe('8 of 32');
    expect(words('405b', 'kvHeads', 'llama3').text).toBe('8 of 128');
    expect(words('70b', 'kvHeads', 'llama2').note).toBe('grouped-query attention');
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
    const text = en.describe(summarize('405b'), f);
    expect(text).toMatch(/^Llama 2 70B compared with Llama 3.1 405B\./);
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });
});
