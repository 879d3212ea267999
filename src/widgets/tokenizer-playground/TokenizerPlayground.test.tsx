import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../lib/urlState';
import { TokenizerPlaygroundView } from './TokenizerPlayground';
import { fields } from './meta';
import { SAMPLE_IDS } from './samples';

const render = (patch: Partial<ReturnType<typeof defaultsOf<typeof fields>>>) =>
  renderToString(<TokenizerPlaygroundView state={{ ...defaultsOf(fields), ...patch }} onChange={() => {}} embed={false} />);

describe('TokenizerPlayground view (server render)', () => {
  it('ships no vocabulary: the server render says the vocabularies load when on screen', () => {
    const html = render({});
    expect(html).toContain('The Llama 3 tokenizer loads when this figure is on screen (vocabularies: about 1 MB, once).');
    expect(html).toContain('The Llama 2 tokenizer loads when this figure is on screen');
    expect(html).toContain('Built with Meta Llama 3.');
  });
  it('carries the attribution both Llama licences require, linking copies that exist', () => {
    const html = render({});
    const here = (rel: string) => new URL(`../../../public${rel}`, import.meta.url);
    for (const href of ['/licenses/META-LLAMA-3-COMMUNITY-LICENSE.txt', '/licenses/LLAMA-2-COMMUNITY-LICENSE.txt', '/NOTICE.txt']) {
      expect(html).toContain(`href="${href}"`);
      expect(existsSync(here(href)), href).toBe(true);
    }
    expect(readFileSync(here('/licenses/LLAMA-2-COMMUNITY-LICENSE.txt'), 'utf8')).toMatch(/^LLAMA 2 COMMUNITY LICENSE AGREEMENT/);
    expect(readFileSync(here('/licenses/META-LLAMA-3-COMMUNITY-LICENSE.txt'), 'utf8')).toContain('META LLAMA 3 COMMUNITY LICENSE AGREEMENT');
    const notice = readFileSync(here('/NOTICE.txt'), 'utf8').replace(/\s+/g, ' ');
    expect(notice).toContain('Llama 2 is licensed under the LLAMA 2 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.');
    expect(notice).toContain('Built with Meta Llama 3.');
  });
  it('shows the chosen text and columns', () => {
    const html = render({ text: 'Hello world', compare: 'cl100k' });
    expect(html).toContain('>Hello world</textarea>');
    expect(html).toContain('cl100k_base (GPT-4)');
    expect(html).not.toContain('tp-llama2');
    expect(render({ compare: 'none' }).match(/<section/g)).toHaveLength(1);
  });
  it('refuses text over 50,000 characters with an inline message', () => {
    // The URL caps text at 2,000 characters; a longer text only comes from typing, checked here through the state.
    const html = render({ text: 'x'.repeat(50_001), sample: 'custom' });
    // Tied to the box with its count; inline, not an alert.
    expect(html).toMatch(/aria-invalid="true" aria-describedby="([^" ]+-count) ([^" ]+)".*<p id="\1" class="ctl-count">50,001 of 50,000 characters\.<\/p><p id="\2" class="ctl-error">This text has 50,001 characters; the playground tokenizes at most 50,000\./s);
    expect(html).toContain('Not tokenized: the text is over the limit.');
  });
  it('no state renders NaN, Infinity or undefined, and hostile text is escaped', () => {
    const state = fc.record({
      text: fc.string({ unit: 'binary', maxLength: 60 }),
      sample: fc.constantFrom(...SAMPLE_IDS),
      specials: fc.constantFrom('special' as const, 'plain' as const),
      compare: fc.constantFrom('llama2' as const, 'cl100k' as const, 'none' as const),
    });
    fc.assert(fc.property(state, (s) => {
      const html = render(s);
      expect(html).not.toMatch(/NaN|Infinity|undefined/);
    }), { numRuns: 150 });
    expect(render({ text: '<img src=x onerror=alert(1)>' })).not.toContain('<img');
  });
});
