// The deterministic part of the budgets (DESIGN.md "Budgets"), from dist/ alone:
//  - JS a page loads before any scroll or input: its <script src> modules and their static imports
//    (islands are client:widget: they load only when scrolled to or reached) ≤ 15 KB gz;
//  - JS of all its islands once hydrated (component + renderer + static imports) ≤ 150 KB gz.
// Dynamic import()s (tokenizer vocabularies, search index) are not followed: they load on demand.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_INITIAL_GZ = 15 * 1024;
export const BUDGET_ISLANDS_GZ = 150 * 1024;

const gzCache = new Map();
export function gzSize(file) {
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzCache.get(file);
}

/** Static import graph of one module (import ... from "./x.js" and bare import "./x.js"). */
export function staticClosure(dist, url, seen = new Set()) {
  if (seen.has(url)) return seen;
  const file = join(dist, url);
  if (!existsSync(file)) return seen;
  seen.add(url);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const dep = posix.normalize(posix.join(posix.dirname(url), m[1]));
    staticClosure(dist, dep, seen);
  }
  for (const m of src.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    staticClosure(dist, posix.normalize(posix.join(posix.dirname(url), m[1])), seen);
  }
  return seen;
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

/** Per page: { page, initialGz, islandsGz, inlineGz } in bytes. */
export function measure(dist = 'dist') {
  return htmlFiles(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    const page = '/' + relative(dist, file).replace(/index\.html$/, '').replace(/\\/g, '/');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
    const initial = new Set();
    for (const m of html.matchAll(/<script[^>]*\bsrc="(\/[^"]+\.js)"/g)) staticClosure(dist, m[1], initial);
    const islands = new Set();
    for (const m of html.matchAll(/(?:component-url|renderer-url)="(\/[^"]+\.js)"/g)) staticClosure(dist, m[1], islands);
    const sum = (set) => [...set].reduce((a, u) => a + gzSize(join(dist, u)), 0);
    const inlineGz = gzipSync(inline).length;
    return { page, initialGz: sum(initial) + inlineGz, islandsGz: sum(islands), inlineGz };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measure(process.argv[2] ?? 'dist');
  let failed = 0;
  const kb = (n) => (n / 1024).toFixed(1).padStart(6);
  console.log('page'.padEnd(42), 'before-input KB gz', ' islands KB gz');
  for (const r of rows.sort((a, b) => a.page.localeCompare(b.page))) {
    const isEmbed = r.page.startsWith('/embed/');
    // An embed page *is* the widget: its island loads at once, so only the islands budget applies.
    const okInitial = isEmbed || r.initialGz <= BUDGET_INITIAL_GZ;
    const okIslands = r.islandsGz <= BUDGET_ISLANDS_GZ;
    if (!okInitial || !okIslands) failed++;
    console.log(r.page.padEnd(42), kb(r.initialGz), okInitial ? ' ' : '✗', '        ', kb(r.islandsGz), okIslands ? '' : '✗');
  }
  console.log(failed ? `${failed} page(s) over budget` : 'all pages within budget');
  process.exit(failed ? 1 : 0);
}
