import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DTYPE_IDS } from '../../lib/llama';
import { defaultsOf, parseUrl } from '../../lib/urlState';
import { KvCacheView } from './KvCache';
import { fields } from './meta';
import { ATTENTION_KINDS, MODEL_CHOICES } from './model';

type State = ReturnType<typeof defaultsOf<typeof fields>>;
const defaults = defaultsOf(fields);
/** Server HTML without React's text separators, so sentences can be matched as a reader sees them. */
const html = (s: Partial<State>) =>
  renderToString(<KvCacheView state={{ ...defaults, ...s }} onChange={() => {}} embed={false} />).replace(/<!-- -->/g, '');

describe('KvCache view', () => {
  it('shows the exact total, the human unit and the formula', () => {
    const h = html({});
    expect(h).toContain('17,179,869,184');
    expect(h).toContain('16 GiB');
    expect(h).toMatch(/2 \(K and V\) × 32 layers × 8 KV heads × 128 dims/);
    expect(h).toContain('131,072 bytes per token');
    expect(h).toContain('16,060,522,496 bytes');
    expect(h).toContain('101 tokens/s per sequence');
    expect(h).toContain('An idealised upper bound');
  });
  it('shows KV cache ÷ weights for the state on screen (issue 9, item 9)', () => {
    expect(html({})).toContain('KV cache ÷ weights: <strong>1.07×</strong> (the cache is larger than the weights) for 1 × 131,072 tokens in bf16.');
    expect(html({ model: 'llama3-70b' })).toContain('<strong>0.30×</strong> (the weights are larger than the cache)');
    expect(html({ model: 'llama3-405b' })).toContain('<strong>0.08×</strong>');
  });
  it('labels GPU memory nominal and gives every input its source', () => {
    const h = html({});
    expect(h).toContain('fits in one H100 (80 GB nominal).');
    expect(h).toContain('GPU memory (nominal)');
    expect(h).toContain('GPU memory is the nominal size on NVIDIA’s datasheet');
    expect(h).toContain('shapes of Llama 3.1 8B: Report <a href="https://arxiv.org/html/2407.21783v1#S3.SS2" target="_blank" rel="noopener">Table 3</a>');
    expect(h).toContain('(Llama 3 8B, April 2024: 8,192, Meta Llama 3 model card');
    expect(h).toContain('The default context, 131,072 tokens, is the Llama 3.1 window; the April 2024 Llama 3 models had 8,192.');
    expect(h).toContain('its window, 131,072 tokens: Meta llama-models code (max_seq_length); Report <a href="https://arxiv.org/html/2407.21783v1#S3.SS4.SSS2" target="_blank" rel="noopener">§3.4.2</a>');
  });
  it('shows the facts sheet’s 405B figures', () => {
    expect(html({ model: 'llama3-405b', context: 8_192 })).toContain('4,227,858,432');
    expect(html({ model: 'llama3-405b', context: 8_192 })).toContain('3.9375 GiB');
    expect(html({ model: 'llama3-405b', attention: 'mha' })).toContain('1,008 GiB');
    expect(html({ model: 'llama3-405b', context: 131_072, unit: 'gb' })).toContain('≈67.6 GB');
  });
  it('custom shape: shows the four fields, and an impossible one gets an explanation instead of numbers', () => {
    const good = html({ model: 'custom' });
    for (const label of ['Layers', 'Query heads', 'KV heads (GQA)', 'Head dimension']) expect(good).toContain(label);
    expect(good).toContain('Weights are not shown for a custom shape');
    const bad = html({ model: 'custom', heads: 32, kvHeads: 12 });
    expect(bad).toMatch(/<div class="kv-invalid">.*must be a multiple of KV heads \(12\)/s);
    expect(bad).not.toContain('bytes per token');
  });
  it('every preset, attention, precision, unit and GPU renders without NaN, Infinity or undefined', () => {
    for (const model of MODEL_CHOICES) for (const attention of ATTENTION_KINDS) for (const dtype of DTYPE_IDS) {
      for (const [unit, gpu] of [['gib', 'h100'], ['gb', 'h200']] as const) {
        const h = html({ model, attention, dtype, unit, gpu, context: 1, batch: 1_024 });
        expect(h, `${model} ${attention} ${dtype}`).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });
  it('any URL query renders without NaN, Infinity or undefined', () => {
    const keys = Object.keys(fields.shape);
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -10, max: 2_000_000 }).map(String), fc.constantFrom('custom', 'mqa', 'int4', 'gb', 'h200', '0', '1024', '1048576'));
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...keys), value), (rec) => {
      const { state } = parseUrl(fields, new URLSearchParams(rec));
      const h = renderToString(<KvCacheView state={state} onChange={() => {}} embed />);
      expect(h).not.toMatch(/NaN|Infinity|undefined/);
    }), { numRuns: 60 });
  });
});
