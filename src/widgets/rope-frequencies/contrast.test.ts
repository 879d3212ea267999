// The colours of rope-frequencies against the widget's surface, in both themes (WCAG 1.4.11: marks a reader needs
// ≥ 3:1; 1.4.3: text on the band fills ≥ 4.5:1), read from the stylesheets themselves. (src/styles/contrast.test.ts
// checks the site's own colours and a list of other widgets' marks the same way.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const css = read('./ropeFrequencies.css') + read('../../styles/global.css');
const VARS = new Map<string, string>();
for (const m of css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) if (!VARS.has(m[1]!)) VARS.set(m[1]!, m[2]!.trim());

function resolve(value: string, theme: 'light' | 'dark'): string {
  const v = value.trim();
  const ld = /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i.exec(v);
  if (ld) return (theme === 'light' ? ld[1]! : ld[2]!).toLowerCase();
  const ref = /^var\((--[\w-]+)\)$/.exec(v);
  if (ref) return resolve(VARS.get(ref[1]!)!, theme);
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toLowerCase();
  throw new Error(`not a colour: ${value}`);
}
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** The value of `prop` in the rule whose selector list is exactly `selector`. */
function decl(selector: string, prop: string): string {
  const rule = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].find((m) => m[1]!.trim() === selector);
  const v = rule && new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`).exec(rule[2]!)?.[1];
  if (!v) throw new Error(`${selector} { ${prop} } not found`);
  return v.trim();
}

const MARKS: [string, string][] = [
  ['.rf-s-original', 'stroke'], ['.rf-s-scaled', 'stroke'], ['.rf-s-second', 'stroke'], ['.rf-ref line', 'stroke'],
  ['.rf-ref-bound line', 'stroke'], ['.rf-ref-pi line', 'stroke'], ['.rf-band-keep', 'stroke'], ['.rf-band-blend', 'fill'],
  ['.rf-band-divide', 'fill'],
];

describe.each(['light', 'dark'] as const)('rope-frequencies colours, %s theme', (theme) => {
  const surface = resolve('var(--bg-raised)', theme);
  it.each(MARKS)('%s %s ≥ 3:1 on the widget’s surface', (selector, prop) => {
    expect(contrast(resolve(decl(selector, prop).split(/\s+/)[0]!, theme), surface)).toBeGreaterThanOrEqual(3);
  });
  it('labels inside the ÷ s band ≥ 4.5:1 on its fill; other labels are the page’s text colours on the surface', () => {
    expect(contrast(resolve(decl('.rf-run-divide', 'fill'), theme), resolve(decl('.rf-band-divide', 'fill'), theme))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(resolve('var(--fg-muted)', theme), surface)).toBeGreaterThanOrEqual(4.5);
  });
});
