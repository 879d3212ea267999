import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultsOf, parseUrl } from '../../lib/urlState';
import { VocabTradeoffView } from './VocabTradeoff';
import { fields } from './meta';

const view = (patch: Partial<ReturnType<typeof defaultsOf<typeof fields>>>) =>
  renderToString(<VocabTradeoffView state={{ ...defaultsOf(fields), ...patch }} onChange={() => {}} embed={false} />);

describe('VocabTradeoff view', () => {

  it('names the source of every vocabulary size and of the shapes, linking the report (issue 9, item 12)', () => {
    const html = view({}).replace(/<!-- -->/g, '');
    expect(html).toContain('Llama 2 32,000, Meta llama code (tokenizer.model)');
    expect(html).toContain('cl100k_base 100,256, OpenAI tiktoken (cl100k_base ranks 0–100,255)');
    expect(html).toContain('Llama 3 128,256, 128,000 in Report <a href="https://arxiv.org/html/2407.21783v1#S3.SS2" target="_blank" rel="noopener">Table 3</a>');
    expect(html).toContain('Shapes of Llama 3.1 8B: Report <a href="https://arxiv.org/html/2407.21783v1#S3.SS2"');
  });

  it('shows the exact 8B cost before any tokenizer has loaded, and says the counts are loading', () => {
    const html = view({});
    expect(html).toContain('1,050,673,152');
    expect(html).toContain('13.1%');
    expect(html).toContain('8,030,261,248');
    expect(html).toContain('Loading the three tokenizers');
    // The three tokenizers are on the chart and in the table.
    for (const name of ['Llama 2', 'cl100k_base', 'Llama 3']) expect(html).toContain(name);
  });

  it('an impossible custom width shows its reason instead of numbers', () => {
    const html = view({ model: 'custom', dim: 1000 });
    expect(html).toContain('is not a multiple of 128');
    expect(html).not.toContain('vt-table');
  });

  it('any URL renders without NaN, Infinity or undefined (property)', () => {
    const keys = Object.keys(fields.shape);
    const query = fc.dictionary(fc.constantFrom(...keys), fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: -10, max: 2_000_000 }).map(String),
      fc.constantFrom('custom', 'llama3-405b', 'chinese', 'mixed', '1e6', '128256'),
    ));
    fc.assert(fc.property(query, (rec) => {
      const { state } = parseUrl(fields, new URLSearchParams(rec));
      const html = renderToString(<VocabTradeoffView state={state} onChange={() => {}} embed={false} />);
      expect(html).not.toMatch(/NaN|Infinity|undefined/);
    }), { numRuns: 80 });
  });
});
