import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultsOf, parseUrl } from '../../lib/urlState';
import { BpeStepperView } from './BpeStepper';
import { fields } from './meta';
import { CORPUS_IDS } from './corpora';

const view = (patch: Partial<ReturnType<typeof defaultsOf<typeof fields>>>) =>
  renderToString(<BpeStepperView state={{ ...defaultsOf(fields), ...patch }} onChange={() => {}} embed={false} />);

describe('BpeStepper view', () => {

  it('cites Meta’s code for the pattern and says its ids are its own (issue 9, items 12–13)', () => {
    const html = view({}).replace(/<!-- -->/g, '');
    expect(html).toContain('<code>pat_str</code> in Meta’s tokenizer code');
    expect(html).toContain('describes the tokenizer, not this pattern');
    expect(html).toContain('they are not Llama 3’s ids');
  });

  it('shows the default step: 10 merges of the English paragraph, with the latest merge and the table', () => {
    const html = view({});
    expect(html).toContain('10 of ');
    expect(html).toMatch(/Merge <!-- -->10<!-- -->:/);
    expect(html).toContain('Merge table');
    // The text is drawn in chunk boxes; the textarea holds the preset.
    expect(html).toMatch(/class="bpe-chunk"/);
    expect(html).toContain('A tokenizer turns text into numbers.');
  });

  it('draws chunks as dashed boxes of solid-edged tokens, and marks the language of the multilingual text per chunk', () => {
    const html = view({ corpus: 'multilingual' });
    expect(html).toContain('Dashed boxes are the chunks cut by Llama 3’s regex');
    const chunks = [...html.matchAll(/<span class="bpe-chunk"(?: lang="([\w-]+)")?>/g)].map((m) => m[1]);
    expect(chunks.length).toBeGreaterThan(40);
    // Every chunk is English or Chinese, except "。An": Llama 3's regex glues one punctuation mark to the next
    // word, so that chunk straddles the two and inherits the page's language.
    expect(chunks.filter((l) => l !== 'en' && l !== 'zh')).toEqual([undefined]);
    // " 分词器先把文字变成字节" (the space before the Chinese is in its chunk) is Chinese; "Numbers" English.
    expect(html).toMatch(/<span class="bpe-chunk" lang="zh">(<span class="bpe-tok[^"]*" translate="no">[^<]*<\/span>|<span class="bpe-tok[^"]*" translate="no"><span[^>]*>[^<]*<\/span>)/);
    expect(chunks.filter((l) => l === 'zh').length).toBeGreaterThanOrEqual(4);
    expect(view({}).match(/ lang="/g)).toBeNull(); // the English paragraph: the page's language
  });

  it('every preset and step renders without NaN, Infinity or undefined', () => {
    for (const corpus of CORPUS_IDS) {
      for (const merges of [0, 1, 37, 500]) {
        const html = view({ corpus, merges, text: corpus === 'custom' ? 'héllo 🦙 wörld\n\t12345' : '' });
        expect(html, `${corpus} ${merges}`).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });

  it('empty custom text shows what to do, not a broken chart', () => {
    const html = view({ corpus: 'custom', text: '', merges: 10 });
    expect(html).toContain('Type or paste some text to train on.');
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('hostile text is shown as bytes, never as live markup or bidi controls', () => {
    const html = view({ corpus: 'custom', text: '<img src=x onerror=alert(1)>\u202eevil\u0000', merges: 0 });
    expect(html).not.toContain('<img');
    // Before merging, U+202E is three byte tokens, named as the tokenizers name bytes (<0xE2>, escaped in HTML);
    // the raw character appears only inside the textarea.
    expect(html).toContain('&lt;0xE2&gt;</span></span><span class="bpe-tok" translate="no"><span class="bpe-bytes">&lt;0x80&gt;');
    expect(html).toContain('&lt;0x00&gt;');
    expect(html.split('\u202e')).toHaveLength(2);
    expect(html.slice(html.indexOf('<textarea'), html.indexOf('</textarea>'))).toContain('\u202e');
  });

  it('any URL renders without NaN, Infinity or undefined (property)', () => {
    const keys = Object.keys(fields.shape);
    const query = fc.dictionary(fc.constantFrom(...keys), fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }), fc.integer({ min: -10, max: 1000 }).map(String), fc.constantFrom(...CORPUS_IDS),
    ));
    fc.assert(fc.property(query, (rec) => {
      const { state } = parseUrl(fields, new URLSearchParams(rec));
      const html = renderToString(<BpeStepperView state={state} onChange={() => {}} embed={false} />);
      expect(html).not.toMatch(/NaN|Infinity|undefined/);
    }), { numRuns: 60 });
  });
});
