import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultsOf, parseUrl, serializeUrl } from '../../lib/urlState';
import { ArchitectureExplorerView } from './ArchitectureExplorer';
import { fields } from './meta';
import { BLOCK_IDS, STAGES } from './model';

type State = ReturnType<typeof defaultsOf<typeof fields>>;
/** Server HTML without React's text-separator comments, so assertions read like the page. */
const render = (patch: Partial<State>) =>
  renderToString(<ArchitectureExplorerView state={{ ...defaultsOf(fields), ...patch }} onChange={() => {}} embed={false} />).replace(/<!-- -->/g, '');
/** The page text without the input's own value attribute (the reader's text stays in their text box). */
const outsideInput = (html: string) => html.replace(/ value="[^"]*"/g, '');

describe('ArchitectureExplorer view', () => {

  it('labels every block of the default (8B) diagram with shapes and counts', () => {
    const html = render({});
    expect(html).toContain('wq [4,096 × 4,096] · wk [4,096 × 1,024] · wv [4,096 × 1,024]');
    expect(html).toContain('25,165,824 × 32 = 805,306,368');
    expect(html).toContain('8,030,261,248');
    expect(html.match(/class="arch-block( [a-z]+)*"/g)).toHaveLength(BLOCK_IDS.length);
    // Roving focus: exactly one block is in the tab order, and it is the current one.
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html.match(/<button[^>]*class="arch-block[^"]*"[^>]*tabindex="0"/g)).toHaveLength(1);
    expect(html).toContain('Untrained weights:');
  });

  it('follows the size: 405B per-layer count and shapes', () => {
    const html = render({ size: '405b', block: 'qkv' });
    expect(html).toContain('wq [16,384 × 16,384] · wk [16,384 × 1,024]');
    expect(html).toContain('405,853,388,800');
  });

  it('highlights and explains differences when comparing', () => {
    const html = render({ compare: 'llama2', block: 'rope' });
    expect(html).toContain('6 blocks differ from Llama 2 7B');
    expect(html).toContain('Compared with Llama 2 7B:');
    expect(html.match(/arch-block differs/g)).toHaveLength(6);
    const t = render({ compare: 'transformer' });
    expect(t).toContain('encoder–decoder');
    expect(t.match(/arch-block differs/g)).toHaveLength(11);
  });

  it('renders every stage, head, size and comparison without NaN, Infinity or undefined', () => {
    // The micro pass does not depend on the size, so sizes rotate across stages instead of multiplying them.
    const sizes = ['8b', '70b', '405b'] as const;
    STAGES.forEach((pos, i) => {
      for (const compare of ['llama3', 'llama2', 'transformer'] as const) {
        const html = render({ block: pos.block, layer: pos.layer, size: sizes[i % 3]!, compare, head: 1 + (i % 4) });
        expect(html).not.toMatch(/NaN|Infinity|undefined/);
      }
    });
  });

  it('draws the attention pattern with nothing above the diagonal', () => {
    const html = render({ block: 'attention', layer: 1, head: 2, text: 'abc' });
    expect(html).toContain('Attention weights, query head 2 (reads key/value head 1)');
    expect(html).toContain('class="arch-masked"');
  });

  it('shows the next-token bars at the LM head', () => {
    const html = render({ block: 'lm-head' });
    expect(html).toContain('Next-token probabilities after “.” (position 25), top 8 of 45');
    expect(html.match(/class="arch-topk-p"/g)).toHaveLength(8);
  });

  it('never renders NaN or raw control/bidi characters for any URL or text', () => {
    const keys = Object.keys(fields.shape);
    const query = fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string({ unit: 'binary', maxLength: 70 }), fc.integer().map(String)));
    fc.assert(fc.property(query, fc.constantFrom(...STAGES), (rec, pos) => {
      const { state } = parseUrl(fields, new URLSearchParams(rec));
      const html = renderToString(<ArchitectureExplorerView state={{ ...state, block: pos.block, layer: pos.layer }} onChange={() => {}} embed={false} />);
      expect(html).not.toMatch(/NaN|Infinity|undefined/);
      expect(outsideInput(html)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }), { numRuns: 60 });
  });

  it('shows hostile characters as code points', () => {
    const html = render({ text: 'ab\u202Ecd\u0000\uD800', block: 'embedding' });
    expect(html).toContain('⟨U+202E⟩');
    expect(html).toContain('⟨U+0000⟩');
    expect(html).toContain('⟨U+D800⟩');
    expect(html).toContain('3 characters are not in the micro vocabulary');
  });

  it('round-trips its state through the URL', () => {
    const state = { ...defaultsOf(fields), size: '70b' as const, compare: 'transformer' as const, block: 'ffn' as const, layer: 2, head: 3, text: 'hello, world', seed: 42 };
    const q = serializeUrl(fields, state);
    expect(q).toBe('size=70b&compare=transformer&block=ffn&layer=2&head=3&text=hello%2C+world&seed=42');
    expect(parseUrl(fields, q)).toEqual({ state, ignored: [], given: ['size', 'compare', 'block', 'layer', 'head', 'text', 'seed'] });
    expect(parseUrl(fields, 'block=nope&layer=9&text=' + 'x'.repeat(65)).ignored.map((i) => i.key)).toEqual(['block', 'layer', 'text']);
  });
});
