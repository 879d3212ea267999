// Internal link check over dist/: every href/src on every page that points into the site (relative,
// root-relative or on SITE_URL's origin) must resolve to a built file, and every #fragment to an id
// on the target page. External links are listed, not fetched (no network here).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { siteOrigin } from '../src/site.ts';

const dist = process.argv[2] ?? 'dist';
const origin = siteOrigin(process.env);

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idCache.get(file);
}

/** The dist file a site path resolves to, or null. */
function resolveFile(path) {
  const clean = decodeURIComponent(path);
  const direct = join(dist, clean);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(dist, clean, 'index.html');
  return existsSync(index) ? index : null;
}

const broken = [];
const external = new Set();
let checked = 0;
for (const file of htmlFiles(dist)) {
  const pagePath = '/' + relative(dist, file).replace(/\\/g, '/').replace(/index\.html$/, '');
  const html = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '').replace(/<textarea[\s\S]*?<\/textarea>/g, '').replace(/<pre[\s\S]*?<\/pre>/g, '');
  for (const m of html.matchAll(/<(a|link|img|script|iframe|source)\b[^>]*?\s(href|src)="([^"]*)"/g)) {
    const raw = m[3].replace(/&amp;/g, '&');
    if (/^(mailto:|tel:|data:|javascript:)/.test(raw) || raw === '') continue;
    let url;
    try { url = new URL(raw, origin + pagePath); } catch { broken.push(`${pagePath}: unparsable link ${raw}`); continue; }
    if (url.origin !== origin) { external.add(url.href); continue; }
    checked++;
    const target = resolveFile(url.pathname);
    if (!target) { broken.push(`${pagePath}: ${raw} → no such file`); continue; }
    if (url.hash && url.hash.length > 1 && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsOf(target).has(id)) broken.push(`${pagePath}: ${raw} → no element with id "${id}"`);
    }
  }
}
console.log(`link check: ${checked} internal links checked, ${external.size} external links not fetched`);
if (broken.length) {
  console.log(`${broken.length} broken internal link(s):`);
  for (const b of broken) console.log(`  ${b}`);
  process.exit(1);
}
console.log('no broken internal links');
