import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultsOf, parseUrl, serializeUrl } from '../../lib/urlState';
import { GqaHeadsView } from './GqaHeads';
import { fields } from './meta';

const DEFAULTS = defaultsOf(fields);
const view = (patch: Partial<typeof DEFAULTS>) =>
  renderToString(<GqaHeadsView state={{ ...DEFAULTS, ...patch }} onChange={() => {}} embed={false} />);
/** Visible text only (tags stripped), for assertions about what a reader sees. */
const text = (html: string) => html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, '’').replace(/\s+/g, ' ');

describe('GqaHeads view', () => {

  it('links Table 3, where the head counts come from (issue 9, item 12)', () => {
    const html = view({});
    expect(html).toContain('Report <a href="https://arxiv.org/html/2407.21783v1#S3.SS2" target="_blank" rel="noopener">Table 3</a>');
    expect(text(html)).toContain('Llama 3.1 8B 32 → 8 · Llama 3.1 70B 64 → 8 · Llama 3.1 405B 128 → 8');
  });

  it('draws one query-head box per head, one K/V box per group, and one link per query head', () => {
    const html = view({ heads: 32, kvHeads: 8 });
    expect(html.match(/class="gqa-q /g)).toHaveLength(32);
    expect(html.match(/class="gqa-kv /g)).toHaveLength(8);
    expect(html.match(/class="gqa-link/g)).toHaveLength(32);
    expect(text(html)).toContain('K/V 7: q28–q31');
  });

  it('shows a seq × seq attention map twice (MHA and pooled) and the data tables', () => {
    const html = view({ seq: 5 });
    // One coloured cell per visible (query, key) pair: 5·6/2 = 15 per map, in the kit's paths (one per intensity
    // level, one square "M…z" per cell); the 10 masked cells are one path.
    const cells = [...html.matchAll(/<path d="([^"]*)" class="gqa-heat"/g)].map((m) => m[1]!.match(/M/g)!.length);
    expect(cells.reduce((a, n) => a + n, 0)).toBe(2 * 15);
    expect(html.match(/class="gqa-masked"/g)).toHaveLength(2);
    expect(html.match(/class="gqa-cellval"/g)).toHaveLength(2 * 15);
    expect(text(html)).toContain('Attention weights of query head 0, MHA');
  });

  it('stripes every negative output value as well as colouring it, and the key draws both swatches', () => {
    const html = view({});
    const strips = [...html.matchAll(/<figure class="gqa-strip">[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(strips).toHaveLength(2);
    for (const s of strips) {
      const negatives = [...s.matchAll(/<path d="([^"]*)" class="gqa-neg"/g)].map((m) => m[1]!).join('');
      expect(negatives.length).toBeGreaterThan(0);
      // The stripes cover exactly the negative cells.
      const hatch = /<path class="heat-hatch" d="([^"]*)" fill="url\(#([^)]+)\)"/.exec(s)!;
      expect(hatch[1]).toBe(negatives);
      expect(html).toContain(`<pattern id="${hatch[2]}"`);
    }
    expect(text(html)).toContain('positive (solid), negative (striped)');
  });

  it('labels the named settings and marks the current one pressed', () => {
    const mha = view({ kvHeads: 8 });
    expect(mha).toMatch(/aria-pressed="true">MHA/);
    expect(text(mha)).toContain('Each group has one head, so mean-pooling changes nothing');
    const llama = view({ heads: 32, kvHeads: 8 });
    expect(text(llama)).toMatch(/GQA Llama 3.1 8B: 32 → 8/);
    expect(llama).toMatch(/aria-pressed="true">GQA/);
    const mqa = view({ kvHeads: 1 });
    expect(mqa).toMatch(/aria-pressed="true">MQA/);
    expect(text(mqa)).toContain('Keys and values to cache: 1 of 8 heads (12.5% of MHA)');
  });

  it('uses the nearest divisor when kvHeads does not divide heads (a URL can say so); the shell names the change', () => {
    const { state, ignored, given } = parseUrl(fields, 'heads=8&kvHeads=3');
    expect(ignored).toEqual([]); // schema-valid: not "ignored", but adjusted (GqaHeads.dom.test.tsx checks the notice)
    expect(given).toEqual(['heads', 'kvHeads']);
    const html = renderToString(<GqaHeadsView state={state} onChange={() => {}} embed />);
    expect(text(html)).toContain('8 query heads read 2 key/value heads');
  });

  it('round-trips the Llama 3 preset through the URL', () => {
    const q = serializeUrl(fields, { ...DEFAULTS, heads: 32, kvHeads: 8 });
    expect(q).toBe('heads=32&kvHeads=8');
    expect(parseUrl(fields, q).state).toEqual({ ...DEFAULTS, heads: 32, kvHeads: 8 });
  });

  it('never renders NaN, Infinity or undefined, for any URL', () => {
    const keys = Object.keys(fields.shape);
    const value = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.integer({ min: -3, max: 40 }).map(String), fc.constantFrom('1e9', '2147483647', 'NaN', '-0', '\u202e8', '😀'));
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...keys), value), (rec) => {
      const { state } = parseUrl(fields, new URLSearchParams(rec));
      const html = renderToString(<GqaHeadsView state={state} onChange={() => {}} embed />);
      expect(html).not.toMatch(/NaN|Infinity|undefined/);
    }), { numRuns: 40 });
  });

  it('renders every extreme without NaN: 1 head, 32 heads MQA, 16 tokens, similarity 0 and 100', () => {
    for (const patch of [
      { heads: 1, kvHeads: 1 }, { heads: 32, kvHeads: 1, seq: 16 }, { heads: 31, kvHeads: 31, head: 30 },
      { similarity: 0 }, { similarity: 100 }, { seq: 2 }, { seed: 2 ** 31 - 1 }, { heads: 2, kvHeads: 32, head: 31 },
    ]) {
      expect(view(patch)).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
});
