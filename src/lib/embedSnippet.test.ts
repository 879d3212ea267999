import { describe, expect, it } from 'vitest';
import { elementSnippet, embedUrl, fullSnippet, iframeSnippet } from './embedSnippet';

const meta = { id: 'what-changed', title: 'What “changed” & <why>', height: 1054 };

describe('embed snippets', () => {
  it('the iframe sizes itself with attributes, never an inline style (a strict host CSP blocks style="")', () => {
    const html = iframeSnippet(meta, 'https://example.org', 'size=405b&theme=dark');
    expect(html).toBe(
      '<iframe data-l3x src="https://example.org/embed/what-changed/?size=405b&amp;theme=dark" ' +
      'title="What “changed” &amp; &lt;why&gt; (Llama 3 Explained)" width="100%" height="1054" frameborder="0" loading="lazy"></iframe>',
    );
    expect(html).not.toMatch(/style=/);
  });
  it('the full snippet adds the helper script from the same origin', () => {
    expect(fullSnippet(meta, 'https://example.org').split('\n')[1]).toBe('<script async src="https://example.org/embed.js"></script>');
  });
  it('the element form carries a link to the widget as fallback content, and no style', () => {
    const html = elementSnippet(meta, 'https://example.org', 'size=405b');
    expect(html.split('\n')[0]).toBe(
      '<l3x-embed widget="what-changed" params="size=405b" height="1054">' +
      '<a href="https://example.org/embed/what-changed/?size=405b">What “changed” &amp; &lt;why&gt; (Llama 3 Explained)</a></l3x-embed>',
    );
    expect(html).not.toMatch(/style=/);
    expect(elementSnippet(meta, 'https://example.org')).toContain('<l3x-embed widget="what-changed" height="1054"><a href="https://example.org/embed/what-changed/">');
  });
  it('embed URLs never carry a hash (WordPress appends #?secret=…)', () => {
    expect(embedUrl('https://example.org', 'kv-cache', 'model=llama3-70b')).toBe('https://example.org/embed/kv-cache/?model=llama3-70b');
  });
});
