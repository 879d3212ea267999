// Contrast of the site's colours, computed from the CSS itself (both themes of every light-dark() variable):
// text ≥ 4.5:1 (WCAG 1.4.3), edges of form fields and graphics a reader must see ≥ 3:1 (1.4.11). A colour or an
// opacity changed in a stylesheet fails here, before any browser runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? cssFiles(join(dir, d.name)) : d.name.endsWith('.css') ? [join(dir, d.name)] : []);
}
const FILES = cssFiles(ROOT);
const css = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

interface Rule { file: string; selectors: string[]; decls: Record<string, string> }
/** Innermost `selector { declarations }` blocks (rules inside @media/@container included). */
const RULES: Rule[] = FILES.flatMap((file) =>
  [...css(file).matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    file: file.slice(ROOT.length + 1),
    selectors: m[1]!.split(',').map((s) => s.trim().replace(/\s+/g, ' ')),
    decls: Object.fromEntries(m[2]!.split(';').map((d) => d.split(/:(.*)/s).map((x) => x.trim())).filter((d) => d[0] && d[1]).map((d) => [d[0]!, d[1]!])),
  })));

/** Every custom property's definition, as written (the first one found: :root or the widget's own block). */
const VARS = new Map<string, string>();
for (const r of RULES) for (const [k, v] of Object.entries(r.decls)) if (k.startsWith('--') && !VARS.has(k)) VARS.set(k, v);

type Theme = 'light' | 'dark';
/** A colour value (hex, var(--x), light-dark(a, b)) in one theme, as #rrggbb. */
function resolve(value: string, theme: Theme): string {
  const v = value.trim();
  const ld = /^light-dark\((.+)\)$/.exec(v);
  if (ld) {
    const [a, b] = splitTop(ld[1]!);
    return resolve(theme === 'light' ? a! : b!, theme);
  }
  const ref = /^var\((--[\w-]+)\)$/.exec(v);
  if (ref) {
    const def = VARS.get(ref[1]!);
    if (!def) throw new Error(`undefined variable ${ref[1]}`);
    return resolve(def, theme);
  }
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  throw new Error(`not a colour this test understands: ${value}`);
}
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (s[i] === ',' && depth === 0) { out.push(s.slice(start, i).trim()); start = i + 1; }
  }
  out.push(s.slice(start).trim());
  return out;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** `fg` drawn at `alpha` over `bg` (what the browser composites). */
function over(fg: string, alpha: number, bg: string): string {
  const f = rgb(fg), b = rgb(bg);
  return `#${f.map((c, i) => Math.round(alpha * c + (1 - alpha) * b[i]!).toString(16).padStart(2, '0')).join('')}`;
}

const THEMES: Theme[] = ['light', 'dark'];
const SURFACES = ['--bg', '--bg-raised', '--bg-sunken'];

/** The one rule of `file` whose selector list contains `selector`. */
function rule(file: string, selector: string): Rule {
  const found = RULES.filter((r) => r.file === file && r.selectors.includes(selector));
  if (found.length !== 1) throw new Error(`${file}: expected one rule for "${selector}", found ${found.length}`);
  return found[0]!;
}

describe('text contrast (4.5:1), both themes', () => {
  for (const fg of ['--fg', '--fg-muted']) {
    for (const bg of SURFACES) {
      for (const theme of THEMES) {
        it(`${fg} on ${bg} (${theme})`, () => {
          expect(contrast(resolve(`var(${fg})`, theme), resolve(`var(${bg})`, theme))).toBeGreaterThanOrEqual(4.5);
        });
      }
    }
  }
  it('placeholders (the search box’s only visible label) are --fg-muted at full opacity', () => {
    const r = rule('styles/global.css', '::placeholder');
    expect(r.decls.color).toBe('var(--fg-muted)');
    expect(r.decls.opacity).toBe('1');
  });
});

describe('edges of form fields (3:1), both themes', () => {
  for (const bg of SURFACES) {
    for (const theme of THEMES) {
      it(`--border-strong against ${bg} (${theme})`, () => {
        expect(contrast(resolve('var(--border-strong)', theme), resolve(`var(${bg})`, theme))).toBeGreaterThanOrEqual(3);
      });
    }
  }

  it('every rule that draws a border on a text field, select or text area uses --border-strong (or the error colour)', () => {
    const field = /(^|[\s>+~(])(input|select|textarea)(?![\w-])(?!\[type=['"]?(range|radio|checkbox))/;
    const offenders: string[] = [];
    let seen = 0;
    for (const r of RULES) {
      if (!r.selectors.some((s) => field.test(s.split(/[\s>+~]+/).at(-1) ?? ''))) continue;
      for (const prop of ['border', 'border-color']) {
        const v = r.decls[prop];
        if (!v || v === '0' || v === 'none') continue;
        seen++;
        const ok = v.includes('var(--border-strong)') || /#b3261e|aria-invalid/.test(v + r.selectors.join());
        if (!ok) offenders.push(`${r.file}: ${r.selectors.join(', ')} { ${prop}: ${v} }`);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(6); // search box, controls, text areas of three widgets, the Embed snippet…
    expect(offenders).toEqual([]);
  });
});

/** Graphics a reader needs (WCAG 1.4.11): [css file, selector, property, the surface it is drawn on]. */
const GRAPHICS: [string, string, 'stroke' | 'fill', string][] = [
  ['widgets/gqa-heads/gqaHeads.css', '.gqa-link', 'stroke', '--bg-raised'],
  ['widgets/gqa-heads/gqaHeads.css', '.gqa-q.g0', 'stroke', '--bg-raised'],
  ['widgets/gqa-heads/gqaHeads.css', '.gqa-q.g1', 'stroke', '--bg-raised'],
  ['widgets/gqa-heads/gqaHeads.css', '.gqa-maskline', 'stroke', '--bg-sunken'],
  ['widgets/kv-cache/kvCache.css', '.kv-gpu', 'stroke', '--bg-raised'],
  ['widgets/kv-cache/kvCache.css', '.kv-marker-line', 'stroke', '--bg-raised'],
  ['widgets/kv-cache/kvCache.css', '.kv-mha', 'stroke', '--bg-raised'],
  ['widgets/kv-cache/kvCache.css', '.kv-gqa', 'stroke', '--bg-raised'],
  ['widgets/kv-cache/kvCache.css', '.kv-mqa', 'stroke', '--bg-raised'],
  ['widgets/architecture-explorer/architectureExplorer.css', '.arch .arch-masked', 'stroke', '--bg-raised'],
];

describe('graphics (3:1), both themes, with the opacity they are drawn at', () => {
  for (const [file, selector, prop, bg] of GRAPHICS) {
    for (const theme of THEMES) {
      it(`${selector} ${prop} on ${bg} (${theme})`, () => {
        const r = rule(file, selector);
        const value = r.decls[prop];
        expect(value, `${selector} sets its ${prop}`).toBeTruthy();
        const alpha = Number(r.decls.opacity ?? 1) * Number(r.decls[`${prop}-opacity`] ?? 1);
        const surface = resolve(`var(${bg})`, theme);
        const drawn = over(resolve(value!, theme), alpha, surface);
        expect(contrast(drawn, surface)).toBeGreaterThanOrEqual(3);
      });
    }
  }
});
