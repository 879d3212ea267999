import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../lib/urlState';
import { WhatChangedView } from './WhatChanged';
import { fields } from './meta';

describe('WhatChanged view', () => {
  it('renders every size without NaN and with the right column heads', () => {
    for (const size of ['8b', '70b', '405b'] as const) {
      const html = renderToString(<WhatChangedView state={{ ...defaultsOf(fields), size }} onChange={() => {}} embed={false} />);
      expect(html).not.toMatch(/NaN|undefined|Infinity/);
      expect(html).toContain(size === '8b' ? 'Llama 2 7B' : 'Llama 2 70B');
    }
  });
  it('marks the chosen size as checked', () => {
    const html = renderToString(<WhatChangedView state={{ ...defaultsOf(fields), size: '70b' }} onChange={() => {}} embed={false} />);
    expect(html).toMatch(/checked="" value="70b"/);
  });
  it('the two bars differ without colour (Llama 2 outlined above, Llama 3 solid below) and the key is outside the table head', () => {
    const html = renderToString(<WhatChangedView state={{ ...defaultsOf(fields), size: '8b' }} onChange={() => {}} embed={false} />);
    // The key is its own paragraph, not in <thead> (hidden in the narrow card layout), with a swatch drawn like each bar.
    const key = /<p class="wc-key"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!;
    expect(key.replace(/<[^>]+>/g, '')).toBe('Llama 2 7B: upper bar, outlinedLlama 3.1 8B: lower bar, solid');
    expect(key.match(/<svg class="wc-swatch"/g)).toHaveLength(2);
    expect(html.slice(html.indexOf('<thead'), html.indexOf('</thead>'))).not.toContain('swatch');
    // Every row with bars draws the Llama 2 bar first (upper) and the Llama 3 bar second (lower).
    const bars = [...html.matchAll(/<svg class="wc-bars"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(bars.length).toBeGreaterThan(3);
    for (const b of bars) expect([...b.matchAll(/<rect class="(l2|l3)" x="[\d.]+" y="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])])).toEqual([['l2', 3.75], ['l3', 14]]);
  });
});
