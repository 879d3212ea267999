// The validator's configuration: what it must catch, and the valid markup of our two renderers it must accept.
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { CONFIG } from './validateHtml.mjs';

const hv = new HtmlValidate(CONFIG);
const page = (head, body) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A page</title>${head}</head><body><main>${body}</main></body></html>`;
const rules = async (html) => (await hv.validateString(html)).results.flatMap((r) => r.messages.map((m) => m.ruleId));

describe('HTML validation config', { timeout: 30_000 }, () => {
  it('accepts what React and Astro write: camelCase attributes, hidden="", <input/>, useId ids, style attributes', async () => {
    expect(await rules(page('', '<label for="_r1R_ba_">dim</label><input id="_r1R_ba_" type="text" inputMode="numeric" spellCheck="false" autoComplete="off" style="width:100%" value="1"/><p hidden="">x</p><p hidden>y</p>'))).toEqual([]);
  });
  it('flags a JSX key rendered as an attribute', async () => {
    expect(await rules(page('', '<table><tbody><tr key="a"><td>1</td></tr></tbody></table>'))).toEqual(['l3x/no-react-key']);
  });
  it('flags a <style> element in the body, anywhere, and accepts it in the head', async () => {
    // Directly in <main> (where Astro put its island styles on embed pages) html-validate alone sees nothing.
    expect(await rules(page('', '<style>p{}</style><p>x</p>'))).toEqual(['l3x/no-style-in-body']);
    expect(await rules(page('', '<div><style>p{}</style></div>'))).toContain('l3x/no-style-in-body');
    expect(await rules(page('<style>p{}</style>', '<p>ok</p>'))).toEqual([]);
  });
  it('keeps the recommended rules on: duplicate landmark names, a <div role=region>, a label with two controls', async () => {
    expect(await rules(page('', '<section aria-label="A"><p>1</p></section><section aria-label="A"><p>2</p></section>'))).toContain('unique-landmark');
    expect(await rules(page('', '<div role="region" aria-label="B"><p>1</p></div>'))).toContain('prefer-native-element');
    expect(await rules(page('', '<label for="x">L <output>1</output></label><input id="x" type="range">'))).toContain('multiple-labeled-controls');
  });
});
