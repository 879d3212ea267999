import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { defaultsOf, parseUrl } from '../../lib/urlState';
import { breakdownChart } from './chart';
import { adjust, ParamCounterView } from './ParamCounter';
import { fields } from './meta';
import { components, PRESET_IDS } from './model';
import { MODELS } from '../../data/models';
import { en as words } from './messages.en';

const en = formatFor('en');

const defaults = defaultsOf(fields);
const html = (state: Partial<typeof defaults>) =>
  renderToString(<ParamCounterView state={{ ...defaults, ...state }} onChange={() => {}} embed={false} />);

describe('ParamCounter view', () => {
  it('shows the exact total with separators for every preset', () => {
    const want = { 'llama3-8b': '8,030,261,248', 'llama3-70b': '70,553,706,496', 'llama3-405b': '405,853,388,800', 'llama2-7b': '6,738,415,616', 'llama2-70b': '68,976,648,192' };
    for (const id of PRESET_IDS) {
      const out = html({ model: id });
      expect(out).toContain(`<span class="pc-total-n">${want[id]}</span>`);
      expect(out).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
  it('shows the rounded total, the bf16 bytes and the 6·N·D check for 405B', () => {
    const out = html({ model: 'llama3-405b' });
    expect(out).toContain('≈ 405.9B');
    expect(out).not.toContain('406B');
    expect(out).toContain('811,706,777,600');
    expect(out).toContain('37,987,877,191,680,000,000,000,000');
    expect(out.replace(/<[^>]+>/g, '')).toContain('The report gives 3.8 × 10²⁵ FLOPs for this run (Report §1); 6·N·D with the exact count is 0.032% below it.');
  });
  it('each preset brings its own documented token count and its source (issue 9, item 4)', () => {
    const text = (model: (typeof PRESET_IDS)[number]) => html({ model }).replace(/<[^>]+>/g, '');
    // 8B: 6 × 8,030,261,248 × 15T, not the 405B's 15.6T
    expect(text('llama3-8b')).toContain('722,723,512,320,000,000,000,000');
    expect(text('llama3-8b')).toContain('≈ 7.23 × 10²³ FLOPs');
    expect(text('llama3-8b')).toContain('Llama 3.1 8B was pre-trained on about 15T tokens. Source: Report §1.');
    expect(text('llama3-405b')).toContain('Llama 3.1 405B was pre-trained on 15.6T tokens. Source: Report §1.');
    expect(text('llama2-7b')).toContain('Llama 2 7B was pre-trained on 2.0T tokens (the Llama 3 report says 1.8T). Source: Llama 2 paper, Table 1; Report §1 (1.8T).');
    expect(text('llama2-70b')).toContain('6 × 68,976,648,192 × 2,000,000,000,000');
  });
  it('each preset’s context default says which release it belongs to', () => {
    const text = (model: (typeof PRESET_IDS)[number]) => html({ model }).replace(/<[^>]+>/g, '');
    expect(text('llama3-8b')).toContain('8,192 tokens: the context of Llama 3.1’s standard pre-training, before long-context training (and the whole window of the April 2024 Llama 3 8B).');
    expect(text('llama2-7b')).toContain('4,096 tokens: Llama 2 7B’s whole window. Source: Llama 2 paper, Table 1.');
    expect(html({ model: 'llama2-7b' })).toContain('2 × 32 × 4,096 × 4,096');
  });
  it('links the report’s sections and tables in its sources', () => {
    const out = html({ model: 'llama3-8b' });
    expect(out).toContain('<a href="https://arxiv.org/html/2407.21783v1#S3.SS2" target="_blank" rel="noopener">Table 3</a>');
    expect(out).toContain('<a href="https://arxiv.org/html/2407.21783v1#S1" target="_blank" rel="noopener">§1</a>');
  });
  it('an invalid custom config from the URL shows the reason and no numbers', () => {
    const { state } = parseUrl(fields, '?model=custom&heads=48');
    const out = html(state);
    expect(out).toContain('heads (48) must divide dim (4,096) evenly');
    expect(out).toContain('No numbers: this configuration is not valid');
    expect(out).not.toContain('pc-total-n');
    expect(out).not.toContain('FLOPs per token');
    expect(out).not.toMatch(/NaN|Infinity|undefined/);
  });
  it('a custom config from the URL shows its exact total', () => {
    const { state, ignored } = parseUrl(fields, '?model=custom&dim=2048&layers=16&heads=32&kvHeads=8&ffnDim=8192&vocab=128256&tied=true');
    expect(ignored).toEqual([]);
    // 1B-class shape: V·d + L·(2·d² + 2·d·512 + 3·d·F + 2·d) + d, tied
    const d = 2048n, L = 16n;
    const total = 128_256n * d + L * (2n * d * d + 2n * d * 512n + 3n * d * 8192n + 2n * d) + d;
    expect(html(state)).toContain(`<span class="pc-total-n">${new Intl.NumberFormat('en-US').format(total)}</span>`);
  });
  it('no URL ever renders NaN, Infinity or undefined', () => {
    const keys = Object.keys(fields.shape);
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.integer().map(String), fc.integer({ min: 0, max: 3_000_000 }).map(String),
      fc.constantFrom('custom', 'llama2-7b', 'share', 'true', '1e16', '0', '-1', '1.5', 'NaN', 'Infinity'));
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...keys), value), (rec) => {
      const { state } = parseUrl(fields, new URLSearchParams(rec));
      expect(html(state)).not.toMatch(/NaN|Infinity|undefined/);
    }), { numRuns: 150 });
  });
});

describe('breakdown chart geometry', () => {
  const items = components(MODELS['llama3-8b']).items;
  it('absolute: the largest bar (feed-forward) spans the axis; bars are proportional', () => {
    const g = breakdownChart(items, 'absolute', 600, en);
    const ffn = g.rows.find((r) => r.id === 'ffn')!;
    const emb = g.rows.find((r) => r.id === 'embedding')!;
    expect(ffn.width).toBeGreaterThan(0);
    expect(ffn.x + ffn.width).toBeLessThanOrEqual(g.x1 + 1e-9);
    expect(emb.width / ffn.width).toBeCloseTo(525_336_576 / 5_637_144_576, 9);
  });
  it('share: the axis is 0–100% of the total', () => {
    const g = breakdownChart(items, 'share', 600, en);
    const ffn = g.rows.find((r) => r.id === 'ffn')!;
    expect(ffn.width / (g.x1 - g.x0)).toBeCloseTo(5_637_144_576 / 8_030_261_248, 9);
    expect(g.ticks.at(-1)!.label).toBe('100%');
    expect(ffn.valueText).toBe('70.2%');
  });
  it('axis ticks are bare round numbers', () => {
    expect(breakdownChart(items, 'absolute', 600, en).ticks.map((t) => t.label)).toEqual(['0', '1B', '2B', '3B', '4B', '5B', '6B']);
  });
  it('never draws outside its width, even when narrow', () => {
    for (const w of [0, 240, 320, 1200]) {
      const g = breakdownChart(items, 'absolute', w, en);
      for (const r of g.rows) expect(r.valueX + 60).toBeLessThanOrEqual(g.width);
    }
  });
});

describe('URL fields a preset does not use, in the reader’s words', () => {
  it('with a preset, tied and the shape fields are named as not used, and why (the issue: ?tied=true)', () => {
    const unused = adjust({ ...defaults, tied: true }, words);
    expect(unused.map((u) => u.key)).toEqual(['dim', 'layers', 'heads', 'kvHeads', 'ffnDim', 'vocab', 'tied']);
    expect(unused.find((u) => u.key === 'tied')).toEqual({
      key: 'tied', value: 'true', to: null, reason: `used only with model=custom; ${MODELS['llama3-8b'].name} has its own shape`,
    });
  });
  it('with model=custom, every field is used', () => {
    expect(adjust({ ...defaults, model: 'custom', tied: true }, words)).toEqual([]);
  });
});
